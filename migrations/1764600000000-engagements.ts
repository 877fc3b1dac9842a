import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Researchers, their universities' policies and officers, dual-role engagements with versioned
 * conflict-of-interest disclosures, and hour logs whose corrections keep history. The database
 * holds the ORCID check character, the engagement lifecycle, approval only after a competing-firm
 * flag is acknowledged, quarter-hour entries of at most 24 hours, and append-only disclosures.
 */
export class Engagements1764600000000 implements MigrationInterface {
  name = 'Engagements1764600000000';

  async up(q: QueryRunner): Promise<void> {
    // ISO 7064 MOD 11-2 over the first 15 digits; 10 is written X.
    await q.query(`
      CREATE FUNCTION consortia.orcid_is_valid(orcid text) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        digits text;
        total int := 0;
        result int;
      BEGIN
        IF orcid !~ '^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$' THEN
          RETURN false;
        END IF;
        digits := replace(orcid, '-', '');
        FOR i IN 1..15 LOOP
          total := (total + substr(digits, i, 1)::int) * 2;
        END LOOP;
        result := (12 - total % 11) % 11;
        RETURN substr(digits, 16, 1) = CASE WHEN result = 10 THEN 'X' ELSE result::text END;
      END $$`);

    await q.query(`
      CREATE FUNCTION consortia.refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await q.query(`
      ALTER TABLE consortia.audit_events DROP CONSTRAINT audit_events_entity_type_check,
        ADD CONSTRAINT audit_events_entity_type_check CHECK (entity_type IN (
          'ORGANIZATION','CONSORTIUM','MEMBERSHIP','CONSORTIUM_PERSON',
          'UNIVERSITY_POLICY','RESEARCHER','ENGAGEMENT','HOUR_LOG'))`);

    await q.query(`
      CREATE TABLE consortia.university_policies (
        university_id    uuid PRIMARY KEY REFERENCES consortia.organizations(id),
        weekly_cap_hours numeric(5,2) NOT NULL DEFAULT 8
                           CHECK (weekly_cap_hours > 0 AND weekly_cap_hours <= 40),
        approval_required boolean NOT NULL DEFAULT true,
        updated_by       uuid,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE consortia.university_officers (
        university_id uuid NOT NULL REFERENCES consortia.organizations(id),
        user_id       uuid NOT NULL,
        granted_by    uuid,
        granted_at    timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (university_id, user_id)
      )`);
    await q.query(
      `CREATE INDEX university_officers_user_idx ON consortia.university_officers (user_id)`,
    );

    await q.query(`
      CREATE TABLE consortia.researchers (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id       uuid NOT NULL,
        university_id uuid NOT NULL REFERENCES consortia.organizations(id),
        rank          text NOT NULL CHECK (rank IN (
                        'PROFESSOR','ASSOCIATE_PROFESSOR','ASSISTANT_PROFESSOR',
                        'RESEARCH_PROFESSOR','POSTDOCTORAL_RESEARCHER','LECTURER')),
        department    text NOT NULL CHECK (char_length(department) BETWEEN 1 AND 200),
        fields        text[] NOT NULL DEFAULT '{}' CHECK (cardinality(fields) <= 10),
        orcid         text NOT NULL CHECK (consortia.orcid_is_valid(orcid)),
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT researchers_user_key UNIQUE (user_id),
        CONSTRAINT researchers_orcid_key UNIQUE (orcid)
      )`);
    await q.query(
      `CREATE INDEX researchers_university_idx ON consortia.researchers (university_id)`,
    );

    await q.query(`
      CREATE TABLE consortia.engagements (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        researcher_id             uuid NOT NULL REFERENCES consortia.researchers(id),
        university_id             uuid NOT NULL REFERENCES consortia.organizations(id),
        consortium_id             uuid NOT NULL,
        vertical_code             text NOT NULL,
        host_organization_id      uuid NOT NULL REFERENCES consortia.organizations(id),
        role                      text NOT NULL CHECK (char_length(role) BETWEEN 1 AND 120),
        start_date                date NOT NULL,
        end_date                  date,
        committed_hours_per_week  numeric(5,2) NOT NULL
                                    CHECK (committed_hours_per_week > 0 AND committed_hours_per_week <= 40),
        pay_type                  text NOT NULL CHECK (pay_type IN ('SALARIED','HOURLY','STIPEND','UNPAID')),
        status                    text NOT NULL DEFAULT 'DRAFT' CHECK (status IN (
                                    'DRAFT','SUBMITTED','APPROVED','REJECTED','ACTIVE','ENDED','REVOKED')),
        status_reason             text CHECK (char_length(status_reason) <= 1000),
        competing_engagement_ids  uuid[] NOT NULL DEFAULT '{}',
        competing_acknowledged_by uuid,
        competing_acknowledged_at timestamptz,
        submitted_at              timestamptz,
        approved_on               date,
        decided_by                uuid,
        created_at                timestamptz NOT NULL DEFAULT now(),
        status_changed_at         timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (consortium_id, vertical_code) REFERENCES consortia.consortiums(id, vertical_code),
        CONSTRAINT engagements_dates CHECK (end_date IS NULL OR end_date >= start_date),
        CONSTRAINT engagements_approved_on CHECK (
          status NOT IN ('APPROVED','ACTIVE','ENDED') OR approved_on IS NOT NULL),
        -- One live engagement with a firm at a time: a second one over the same dates overlaps.
        CONSTRAINT engagements_no_overlap EXCLUDE USING gist (
          researcher_id WITH =, host_organization_id WITH =,
          daterange(start_date, end_date, '[]') WITH &&
        ) WHERE (status IN ('DRAFT','SUBMITTED','APPROVED','ACTIVE')),
        CONSTRAINT engagements_competing_acknowledged CHECK (
          cardinality(competing_engagement_ids) = 0 OR status NOT IN ('APPROVED','ACTIVE')
          OR competing_acknowledged_at IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX engagements_researcher_idx ON consortia.engagements (researcher_id, status)`,
    );
    await q.query(
      `CREATE INDEX engagements_university_idx ON consortia.engagements (university_id, status)`,
    );
    await q.query(
      `CREATE INDEX engagements_consortium_idx ON consortia.engagements (consortium_id, status)`,
    );
    await q.query(`
      CREATE TRIGGER engagements_status_transition BEFORE UPDATE OF status ON consortia.engagements
      FOR EACH ROW EXECUTE FUNCTION consortia.enforce_status_transition(
        'DRAFT>SUBMITTED', 'SUBMITTED>APPROVED', 'SUBMITTED>REJECTED', 'APPROVED>ACTIVE',
        'ACTIVE>ENDED', 'APPROVED>ENDED', 'SUBMITTED>REVOKED', 'APPROVED>REVOKED', 'ACTIVE>REVOKED')`);

    await q.query(`
      CREATE TABLE consortia.coi_disclosures (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        engagement_id  uuid NOT NULL REFERENCES consortia.engagements(id),
        version        integer NOT NULL CHECK (version >= 1),
        holds_equity   boolean NOT NULL,
        equity_details text CHECK (char_length(equity_details) BETWEEN 1 AND 1000),
        pay_band       text NOT NULL CHECK (pay_band IN (
                         'NONE','UNDER_10M','FROM_10M_TO_30M','FROM_30M_TO_60M','OVER_60M')),
        family_ties    boolean NOT NULL,
        family_details text CHECK (char_length(family_details) BETWEEN 1 AND 1000),
        declared_by    uuid NOT NULL,
        declared_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coi_disclosures_version_key UNIQUE (engagement_id, version),
        CONSTRAINT coi_disclosures_equity_explained CHECK (NOT holds_equity OR equity_details IS NOT NULL),
        CONSTRAINT coi_disclosures_family_explained CHECK (NOT family_ties OR family_details IS NOT NULL)
      )`);
    await q.query(`
      CREATE TRIGGER coi_disclosures_append_only BEFORE UPDATE OR DELETE ON consortia.coi_disclosures
      FOR EACH ROW EXECUTE FUNCTION consortia.refuse_change()`);

    // A correction is a new row pointing at the one it replaces; the replaced row keeps its values.
    await q.query(`
      CREATE TABLE consortia.hour_logs (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        engagement_id uuid NOT NULL REFERENCES consortia.engagements(id),
        researcher_id uuid NOT NULL REFERENCES consortia.researchers(id),
        work_date     date NOT NULL,
        iso_week      text NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
        hours         numeric(4,2) NOT NULL
                        CHECK (hours > 0 AND hours <= 24 AND hours * 4 = trunc(hours * 4)),
        activity_type text NOT NULL CHECK (activity_type IN (
                        'RESEARCH','DEVELOPMENT','CONSULTING','TRAINING','MEETING','OTHER')),
        note          text CHECK (char_length(note) <= 1000),
        created_by    uuid NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        supersedes    uuid REFERENCES consortia.hour_logs(id),
        superseded_at timestamptz,
        CONSTRAINT hour_logs_one_correction UNIQUE (supersedes)
      )`);
    await q.query(`
      CREATE INDEX hour_logs_week_idx ON consortia.hour_logs (researcher_id, iso_week)
      WHERE superseded_at IS NULL`);
    await q.query(`
      CREATE INDEX hour_logs_engagement_idx ON consortia.hour_logs (engagement_id, work_date)
      WHERE superseded_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortia.hour_logs`);
    await q.query(`DROP TABLE consortia.coi_disclosures`);
    await q.query(`DROP TABLE consortia.engagements`);
    await q.query(`DROP TABLE consortia.researchers`);
    await q.query(`DROP TABLE consortia.university_officers`);
    await q.query(`DROP TABLE consortia.university_policies`);
    await q.query(`
      ALTER TABLE consortia.audit_events DROP CONSTRAINT audit_events_entity_type_check,
        ADD CONSTRAINT audit_events_entity_type_check CHECK (entity_type IN (
          'ORGANIZATION','CONSORTIUM','MEMBERSHIP','CONSORTIUM_PERSON'))`);
    await q.query(`DROP FUNCTION consortia.refuse_change()`);
    await q.query(`DROP FUNCTION consortia.orcid_is_valid(text)`);
  }
}
