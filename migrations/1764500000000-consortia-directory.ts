import { type MigrationInterface, type QueryRunner } from 'typeorm';

const REGIONS = [
  'SEOUL',
  'BUSAN',
  'DAEGU',
  'INCHEON',
  'GWANGJU',
  'DAEJEON',
  'ULSAN',
  'SEJONG',
  'GYEONGGI',
  'GANGWON',
  'CHUNGBUK',
  'CHUNGNAM',
  'JEONBUK',
  'JEONNAM',
  'GYEONGBUK',
  'GYEONGNAM',
  'JEJU',
];
const REGION_ARRAY = `ARRAY[${REGIONS.map((r) => `'${r}'`).join(',')}]::text[]`;

const VERTICALS: [code: string, name: string, description: string][] = [
  [
    'MANUFACTURING',
    'Manufacturing',
    'Factories: vision inspection, predictive maintenance, edge inference on the line.',
  ],
  ['LOGISTICS', 'Logistics', 'Warehousing, routing and fleet optimisation.'],
  ['E_COMMERCE', 'E-commerce', 'Recommendation, search and demand forecasting for online retail.'],
  ['HEALTHCARE', 'Healthcare', 'Medical imaging and clinical text, with data kept on site.'],
  ['AGRI_FOOD', 'Agri-food', 'Crop monitoring, smart farms and food processing.'],
  ['ENERGY', 'Energy', 'Grid forecasting, plant monitoring and energy trading.'],
];

/**
 * Organisations, verticals, consortiums, memberships (invitations included), people's consortium
 * roles and the append-only audit log. The database holds the rules it can: the registration
 * number's check digit, one live membership per organisation and consortium, one SME membership
 * per vertical, leads from the anchor firm, legal lifecycle transitions and an audit log that
 * cannot be rewritten.
 */
export class ConsortiaDirectory1764500000000 implements MigrationInterface {
  name = 'ConsortiaDirectory1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION consortia.brn_is_valid(brn text) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT CASE WHEN brn !~ '^[0-9]{10}$' THEN false ELSE
          (10 - (
            (SELECT sum(substr(brn, i, 1)::int * (ARRAY[1,3,7,1,3,7,1,3,5])[i]) FROM generate_series(1, 9) AS i)
            + (substr(brn, 9, 1)::int * 5) / 10
          ) % 10) % 10 = substr(brn, 10, 1)::int
        END
      $$`);

    // Rejects a status change that is not listed as 'FROM>TO' in the trigger's arguments.
    await q.query(`
      CREATE FUNCTION consortia.enforce_status_transition() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status
           AND NOT (OLD.status || '>' || NEW.status = ANY (TG_ARGV)) THEN
          RAISE EXCEPTION 'illegal % status change % -> %', TG_TABLE_NAME, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_status_transition';
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE TABLE consortia.verticals (
        code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
        name        text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 80),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 500),
        created_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT verticals_name_key UNIQUE (name)
      )`);
    for (const [code, name, description] of VERTICALS) {
      await q.query(
        `INSERT INTO consortia.verticals (code, name, description) VALUES ($1, $2, $3)`,
        [code, name, description],
      );
    }

    await q.query(`
      CREATE TABLE consortia.organizations (
        id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200 AND name = btrim(name)),
        kind                      text NOT NULL CHECK (kind IN (
                                    'MID_SIZED_FIRM','SME','LARGE_ENTERPRISE','UNIVERSITY','CERTIFIED_INTEGRATOR','PUBLIC_AGENCY')),
        business_registration_number text NOT NULL CHECK (consortia.brn_is_valid(business_registration_number)),
        region                    text NOT NULL CHECK (region = ANY (${REGION_ARRAY})),
        industry_code             text NOT NULL CHECK (industry_code ~ '^[A-U]([0-9]{2})?$'),
        annual_revenue_krw        bigint CHECK (annual_revenue_krw >= 0),
        total_assets_krw          bigint CHECK (total_assets_krw >= 0),
        employees                 integer CHECK (employees >= 0),
        business_group            text CHECK (char_length(business_group) BETWEEN 1 AND 200),
        in_large_business_group   boolean NOT NULL DEFAULT false,
        certification_number      text CHECK (char_length(certification_number) BETWEEN 1 AND 60),
        certified_on              date,
        certification_expires_on  date,
        created_at                timestamptz NOT NULL DEFAULT now(),
        updated_at                timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organizations_brn_key UNIQUE (business_registration_number),
        CONSTRAINT organizations_firm_figures CHECK (
          kind IN ('UNIVERSITY','PUBLIC_AGENCY')
          OR (annual_revenue_krw IS NOT NULL AND total_assets_krw IS NOT NULL AND employees IS NOT NULL)),
        CONSTRAINT organizations_large_group_named CHECK (NOT in_large_business_group OR business_group IS NOT NULL),
        CONSTRAINT organizations_certification_whole CHECK (
          (certification_number IS NULL) = (certified_on IS NULL)
          AND (certified_on IS NULL) = (certification_expires_on IS NULL)),
        CONSTRAINT organizations_certification_for_integrators CHECK (
          certification_number IS NULL OR kind = 'CERTIFIED_INTEGRATOR'),
        CONSTRAINT organizations_certification_dates CHECK (certification_expires_on > certified_on)
      )`);
    await q.query(`CREATE INDEX organizations_name_idx ON consortia.organizations (name, id)`);
    await q.query(
      `CREATE INDEX organizations_name_trgm_idx ON consortia.organizations USING gin (name gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX organizations_kind_region_idx ON consortia.organizations (kind, region)`,
    );

    await q.query(`
      CREATE TABLE consortia.organization_admins (
        organization_id uuid NOT NULL REFERENCES consortia.organizations(id),
        user_id         uuid NOT NULL,
        granted_by      uuid,
        granted_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, user_id)
      )`);
    await q.query(
      `CREATE INDEX organization_admins_user_idx ON consortia.organization_admins (user_id)`,
    );

    await q.query(`
      CREATE TABLE consortia.consortiums (
        id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name                   text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200 AND name = btrim(name)),
        description            text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        vertical_code          text NOT NULL REFERENCES consortia.verticals(code),
        regions                text[] NOT NULL CHECK (
                                 cardinality(regions) BETWEEN 1 AND 17 AND regions <@ ${REGION_ARRAY}),
        anchor_organization_id uuid NOT NULL REFERENCES consortia.organizations(id),
        status                 text NOT NULL DEFAULT 'FORMING'
                                 CHECK (status IN ('FORMING','ACTIVE','SUSPENDED','DISSOLVED')),
        status_reason          text CHECK (char_length(status_reason) <= 500),
        created_at             timestamptz NOT NULL DEFAULT now(),
        activated_at           timestamptz,
        status_changed_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consortiums_id_vertical_key UNIQUE (id, vertical_code),
        CONSTRAINT consortiums_id_anchor_key UNIQUE (id, anchor_organization_id),
        CONSTRAINT consortiums_activated CHECK (status = 'FORMING' OR activated_at IS NOT NULL
                                                OR status = 'DISSOLVED')
      )`);
    await q.query(
      `CREATE UNIQUE INDEX consortiums_name_key ON consortia.consortiums (lower(name))`,
    );
    await q.query(`CREATE INDEX consortiums_name_idx ON consortia.consortiums (name, id)`);
    await q.query(
      `CREATE INDEX consortiums_name_trgm_idx ON consortia.consortiums USING gin (name gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX consortiums_vertical_status_idx ON consortia.consortiums (vertical_code, status)`,
    );
    await q.query(
      `CREATE INDEX consortiums_regions_idx ON consortia.consortiums USING gin (regions)`,
    );
    await q.query(
      `CREATE INDEX consortiums_anchor_idx ON consortia.consortiums (anchor_organization_id)`,
    );
    await q.query(`
      CREATE TRIGGER consortiums_status_transition BEFORE UPDATE OF status ON consortia.consortiums
      FOR EACH ROW EXECUTE FUNCTION consortia.enforce_status_transition(
        'FORMING>ACTIVE', 'FORMING>DISSOLVED', 'ACTIVE>SUSPENDED', 'ACTIVE>DISSOLVED',
        'SUSPENDED>ACTIVE', 'SUSPENDED>DISSOLVED')`);

    await q.query(`
      CREATE TABLE consortia.memberships (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consortium_id         uuid NOT NULL,
        vertical_code         text NOT NULL,
        organization_id       uuid NOT NULL REFERENCES consortia.organizations(id),
        role                  text NOT NULL CHECK (role IN ('SME_MEMBER','RESEARCH_PARTNER','INTEGRATOR_PARTNER')),
        status                text NOT NULL DEFAULT 'INVITED' CHECK (status IN (
                                'INVITED','ACTIVE','SUSPENDED','REMOVED','DECLINED','EXPIRED')),
        invited_by            uuid,
        invited_at            timestamptz NOT NULL DEFAULT now(),
        invitation_expires_at timestamptz NOT NULL,
        invited_person_id     uuid,
        invited_person_role   text CHECK (invited_person_role IN ('MANAGER','VIEWER')),
        joined_at             timestamptz,
        status_reason         text CHECK (char_length(status_reason) <= 500),
        status_changed_at     timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (consortium_id, vertical_code)
          REFERENCES consortia.consortiums(id, vertical_code),
        CONSTRAINT memberships_invitation_window CHECK (invitation_expires_at > invited_at),
        CONSTRAINT memberships_person_role CHECK ((invited_person_id IS NULL) = (invited_person_role IS NULL)),
        CONSTRAINT memberships_joined CHECK (
          status NOT IN ('ACTIVE','SUSPENDED') OR joined_at IS NOT NULL)
      )`);
    await q.query(`
      CREATE UNIQUE INDEX memberships_one_live_key ON consortia.memberships (consortium_id, organization_id)
      WHERE status IN ('INVITED','ACTIVE','SUSPENDED')`);
    // An SME belongs to one consortium per vertical; a suspension keeps its place.
    await q.query(`
      CREATE UNIQUE INDEX memberships_sme_one_per_vertical_key ON consortia.memberships (organization_id, vertical_code)
      WHERE role = 'SME_MEMBER' AND status IN ('ACTIVE','SUSPENDED')`);
    await q.query(
      `CREATE INDEX memberships_consortium_idx ON consortia.memberships (consortium_id, status)`,
    );
    await q.query(
      `CREATE INDEX memberships_organization_idx ON consortia.memberships (organization_id, status)`,
    );
    await q.query(`
      CREATE TRIGGER memberships_status_transition BEFORE UPDATE OF status ON consortia.memberships
      FOR EACH ROW EXECUTE FUNCTION consortia.enforce_status_transition(
        'INVITED>ACTIVE', 'INVITED>DECLINED', 'INVITED>EXPIRED', 'INVITED>REMOVED',
        'ACTIVE>SUSPENDED', 'ACTIVE>REMOVED', 'SUSPENDED>ACTIVE', 'SUSPENDED>REMOVED')`);

    // Leads come from the anchor firm: a LEAD row's organisation must be its consortium's anchor.
    await q.query(`
      CREATE TABLE consortia.consortium_people (
        consortium_id   uuid NOT NULL REFERENCES consortia.consortiums(id),
        user_id         uuid NOT NULL,
        organization_id uuid NOT NULL REFERENCES consortia.organizations(id),
        role            text NOT NULL CHECK (role IN ('LEAD','MANAGER','VIEWER')),
        lead_anchor_id  uuid GENERATED ALWAYS AS (CASE WHEN role = 'LEAD' THEN organization_id END) STORED,
        granted_by      uuid,
        granted_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consortium_id, user_id),
        CONSTRAINT consortium_people_lead_from_anchor FOREIGN KEY (consortium_id, lead_anchor_id)
          REFERENCES consortia.consortiums(id, anchor_organization_id)
      )`);
    await q.query(
      `CREATE INDEX consortium_people_user_idx ON consortia.consortium_people (user_id)`,
    );

    await q.query(`
      CREATE TABLE consortia.audit_events (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at     timestamptz NOT NULL DEFAULT now(),
        actor_type      text NOT NULL CHECK (actor_type IN ('USER','CLIENT','SYSTEM')),
        actor_id        uuid,
        action          text NOT NULL CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        entity_type     text NOT NULL CHECK (entity_type IN (
                          'ORGANIZATION','CONSORTIUM','MEMBERSHIP','CONSORTIUM_PERSON')),
        entity_id       text NOT NULL,
        consortium_id   uuid REFERENCES consortia.consortiums(id),
        organization_id uuid REFERENCES consortia.organizations(id),
        before          jsonb,
        after           jsonb,
        CONSTRAINT audit_events_actor CHECK (actor_type = 'SYSTEM' OR actor_id IS NOT NULL),
        CONSTRAINT audit_events_change CHECK (before IS NOT NULL OR after IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX audit_events_consortium_idx ON consortia.audit_events (consortium_id, id DESC)`,
    );
    await q.query(
      `CREATE INDEX audit_events_entity_idx ON consortia.audit_events (entity_type, entity_id, id DESC)`,
    );
    await q.query(
      `CREATE INDEX audit_events_organization_idx ON consortia.audit_events (organization_id, id DESC)`,
    );
    await q.query(`
      CREATE FUNCTION consortia.audit_events_are_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON consortia.audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION consortia.audit_events_are_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortia.audit_events`);
    await q.query(`DROP FUNCTION consortia.audit_events_are_append_only()`);
    await q.query(`DROP TABLE consortia.consortium_people`);
    await q.query(`DROP TABLE consortia.memberships`);
    await q.query(`DROP TABLE consortia.consortiums`);
    await q.query(`DROP TABLE consortia.organization_admins`);
    await q.query(`DROP TABLE consortia.organizations`);
    await q.query(`DROP TABLE consortia.verticals`);
    await q.query(`DROP FUNCTION consortia.enforce_status_transition()`);
    await q.query(`DROP FUNCTION consortia.brn_is_valid(text)`);
  }
}
