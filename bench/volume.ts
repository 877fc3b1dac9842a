/*
 * Bench volume: fills a database with a national-scale consortium directory (by default 2,000
 * consortiums, 50,000 organisations, 20,000 people) so the scenarios read realistic amounts of
 * data. Everything is set-based SQL (INSERT ... SELECT over generate_series) in one transaction,
 * never row by row through the services; every row satisfies the schema's CHECK, unique and
 * foreign-key constraints.
 *
 * Run alone against any database (it applies the migrations first):
 *   DATABASE_URL=postgres://... node dist/bench/volume.js [--consortiums=N] [--organizations=N] [--people=N]
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import { type DataSource, type EntityManager } from 'typeorm';
import { REGION_NAMES } from '@vcp/consortia/organizations';
import { createDataSource, migrate } from '@vcp/platform/database';
import {
  REGIONS,
  REGION_PROFILES,
  VERTICAL_PROFILES,
  STEMS,
  LARGE_GROUPS,
  INTEGRATOR_WORDS,
  AGENCY_WORDS,
  FAMILY_NAMES,
  GIVEN_NAMES,
} from './volume-vocabulary';

export interface VolumeSize {
  consortiums: number;
  organizations: number;
  /** Accounts in identity.users, each attached to an organisation. */
  people: number;
}

export const DEFAULT_VOLUME: Readonly<VolumeSize> = Object.freeze({
  consortiums: 2000,
  organizations: 50000,
  people: 20000,
});

export interface VolumeCounts {
  organizations: number;
  consortiums: number;
  memberships: number;
  users: number;
  consortiumPeople: number;
  organizationAdmins: number;
  auditEvents: number;
}

export interface VolumeResult {
  /** True when the database already held consortiums and nothing was generated. */
  skipped: boolean;
  /** Wall-clock seconds of the generation (0 when skipped). */
  seconds: number;
  size: VolumeSize;
  /** Rows in the tables afterwards (whether generated now or found). */
  counts: VolumeCounts;
  consortiumsByStatus: Record<string, number>;
  membershipsByStatus: Record<string, number>;
  /** Seconds per step, in order. */
  steps: { step: string; seconds: number }[];
}

// ---------------------------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------------------------

/** How the organisations split into kinds; anchors are the first `consortiums` mid-sized firms. */
export interface OrganizationMix {
  midSized: number;
  large: number;
  universities: number;
  integrators: number;
  agencies: number;
  smes: number;
}

export function organizationMix(size: VolumeSize): OrganizationMix {
  const o = size.organizations;
  const midSized = Math.max(size.consortiums, Math.round(o * 0.05));
  const large = Math.max(1, Math.round(o * 0.01));
  const universities = Math.max(REGIONS.length, Math.round(o * 0.008));
  const integrators = Math.max(2 * REGIONS.length, Math.round(o * 0.05));
  const agencies = Math.max(REGIONS.length, Math.round(o * 0.007));
  const smes = o - midSized - large - universities - integrators - agencies;
  return { midSized, large, universities, integrators, agencies, smes };
}

/** How the people split: one lead per consortium, a few operators, one officer per university, then the rest. */
export interface PeopleMix {
  leads: number;
  operators: number;
  officers: number;
  smeAdmins: number;
  researchers: number;
  integratorStaff: number;
  anchorStaff: number;
}

export function peopleMix(size: VolumeSize, organizations: OrganizationMix): PeopleMix {
  const leads = size.consortiums;
  const operators = Math.min(25, Math.max(1, Math.round(size.people * 0.001)));
  const officers = organizations.universities;
  const rest = size.people - leads - operators - officers;
  const smeAdmins = Math.round(rest * 0.45);
  const researchers = Math.round(rest * 0.25);
  const integratorStaff = Math.round(rest * 0.15);
  const anchorStaff = rest - smeAdmins - researchers - integratorStaff;
  return { leads, operators, officers, smeAdmins, researchers, integratorStaff, anchorStaff };
}

function validate(size: VolumeSize): { orgs: OrganizationMix; people: PeopleMix } {
  for (const [name, value] of Object.entries(size)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`${name} must be a whole number of at least 1; got ${String(value)}`);
    }
  }
  const orgs = organizationMix(size);
  // A consortium takes up to 24 SMEs of its vertical, 15 on average; leave room for the spread.
  if (orgs.smes < size.consortiums * 18) {
    throw new RangeError(
      `${size.organizations} organisations leave ${orgs.smes} SMEs, too few for ${size.consortiums} consortiums (at least ${size.consortiums * 18} needed)`,
    );
  }
  const people = peopleMix(size, orgs);
  if (people.smeAdmins < 1 || people.researchers < 1 || people.integratorStaff < 1) {
    throw new RangeError(
      `${size.people} people are too few: ${size.consortiums} leads, ${people.operators} operators and ${orgs.universities} university officers come first`,
    );
  }
  return { orgs, people };
}

// ---------------------------------------------------------------------------------------------
// SQL helpers
// ---------------------------------------------------------------------------------------------

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const textArray = (values: readonly string[]) => `ARRAY[${values.map(literal).join(',')}]::text[]`;
/** 1-based index into an SQL array expression from a random number in [0, 1). */
const pick = (array: string, random: string) =>
  `(${array})[1 + floor(${random} * cardinality(${array}))::int]`;

/** Cumulative [lo, hi) bands for weighted picks with random(); the last band ends above 1. */
function bands<T>(items: [T, number][]): { item: T; lo: number; hi: number }[] {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let lo = 0;
  return items.map(([item, weight], index) => {
    const hi = index === items.length - 1 ? 2 : lo + weight / total;
    const band = { item, lo, hi };
    lo = hi;
    return band;
  });
}

/** Lookup tables the generation joins: verticals, regions (with per-vertical weights), kinds. */
function lookupStatements(verticals: string[], orgs: OrganizationMix, people: PeopleMix): string[] {
  const verticalRows = bands(verticals.map((code) => [code, VERTICAL_PROFILES[code].weight])).map(
    ({ item: code, lo, hi }) => {
      const profile = VERTICAL_PROFILES[code];
      return `(${literal(code)}, ${lo}, ${hi}, ${textArray(profile.industries)}, ${textArray(profile.words)}, ${textArray(profile.themes)})`;
    },
  );
  const placeRows = REGIONS.map((region, index) => {
    const profile = REGION_PROFILES[region];
    return `(${literal(region)}, ${index + 1}, ${literal(REGION_NAMES[region].en)}, ${textArray(profile.cities)}, ${textArray(profile.neighbours)})`;
  });
  const weightRows: string[] = [];
  for (const scope of ['*', ...verticals]) {
    const boost = scope === '*' ? {} : VERTICAL_PROFILES[scope].regionBoost;
    const regionBands = bands(
      REGIONS.map((region) => [region, REGION_PROFILES[region].weight * (boost[region] ?? 1)]),
    );
    for (const { item: region, lo, hi } of regionBands) {
      weightRows.push(`(${literal(scope)}, ${REGIONS.indexOf(region) + 1}, ${lo}, ${hi})`);
    }
  }
  const kinds: [string, number][] = [
    ['MID_SIZED_FIRM', orgs.midSized],
    ['LARGE_ENTERPRISE', orgs.large],
    ['UNIVERSITY', orgs.universities],
    ['CERTIFIED_INTEGRATOR', orgs.integrators],
    ['PUBLIC_AGENCY', orgs.agencies],
    ['SME', orgs.smes],
  ];
  const personKinds: [string, number, string][] = [
    ['LEAD', people.leads, 'CONSORTIUM_LEAD'],
    ['OPERATOR', people.operators, 'OPERATOR'],
    ['OFFICER', people.officers, 'UNIVERSITY_OFFICER'],
    ['SME_ADMIN', people.smeAdmins, 'SME_ADMIN'],
    ['RESEARCHER', people.researchers, 'RESEARCHER'],
    ['INTEGRATOR', people.integratorStaff, 'INTEGRATOR'],
    ['ANCHOR_STAFF', people.anchorStaff, 'CONSORTIUM_LEAD'],
  ];
  const ranges = <T extends [string, number, ...unknown[]]>(rows: T[]) => {
    let first = 1;
    return rows
      .filter(([, count]) => count > 0)
      .map((row) => {
        const range = { row, first, last: first + row[1] - 1 };
        first += row[1];
        return range;
      });
  };
  return [
    `CREATE TEMP TABLE g_vertical (code text, lo float8, hi float8, industries text[], words text[], themes text[]) ON COMMIT DROP`,
    `INSERT INTO g_vertical VALUES ${verticalRows.join(', ')}`,
    `CREATE TEMP TABLE g_place (region text, ord int, name_en text, cities text[], neighbours text[]) ON COMMIT DROP`,
    `INSERT INTO g_place VALUES ${placeRows.join(', ')}`,
    `CREATE TEMP TABLE g_region_weight (scope text, ord int, lo float8, hi float8) ON COMMIT DROP`,
    `INSERT INTO g_region_weight VALUES ${weightRows.join(', ')}`,
    `CREATE TEMP TABLE g_kind (kind text, first int, last int) ON COMMIT DROP`,
    `INSERT INTO g_kind VALUES ${ranges(kinds)
      .map(({ row, first, last }) => `(${literal(row[0])}, ${first}, ${last})`)
      .join(', ')}`,
    `CREATE TEMP TABLE g_person_kind (kind text, first int, last int, role text) ON COMMIT DROP`,
    `INSERT INTO g_person_kind VALUES ${ranges(personKinds)
      .map(({ row, first, last }) => `(${literal(row[0])}, ${first}, ${last}, ${literal(row[2])})`)
      .join(', ')}`,
    `ANALYZE g_vertical, g_place, g_region_weight, g_kind, g_person_kind`,
  ];
}

const DAY = `interval '1 day'`;

/** Organisations: kind, vertical and region first (g_org), then the rows with names and figures. */
function organizationStatements(size: VolumeSize, regions: number): string[] {
  const stems = textArray(STEMS);
  const brnCheck = (p: string) =>
    `((10 - ((substr(${p},1,1)::int + substr(${p},2,1)::int*3 + substr(${p},3,1)::int*7` +
    ` + substr(${p},4,1)::int + substr(${p},5,1)::int*3 + substr(${p},6,1)::int*7` +
    ` + substr(${p},7,1)::int + substr(${p},8,1)::int*3 + substr(${p},9,1)::int*5` +
    ` + (substr(${p},9,1)::int*5)/10) % 10)) % 10)::text`;
  return [
    `CREATE TEMP TABLE g_org ON COMMIT DROP AS
     WITH base AS MATERIALIZED (
       SELECT i, k.kind, i - k.first + 1 AS kind_rank,
              random() AS u_vertical, random() AS u_region, random() AS u_cert, random() AS u_age,
              random() AS u_pool
         FROM generate_series(1, ${size.organizations}) AS i
         JOIN g_kind k ON i BETWEEN k.first AND k.last
     ), placed AS MATERIALIZED (
       SELECT b.*, v.code AS vertical,
              CASE WHEN b.kind IN ('UNIVERSITY', 'PUBLIC_AGENCY') AND b.kind_rank <= ${regions} THEN b.kind_rank
                   WHEN b.kind = 'CERTIFIED_INTEGRATOR' AND b.kind_rank <= ${2 * regions}
                     THEN 1 + (b.kind_rank - 1) % ${regions}
              END AS fixed_ord,
              CASE WHEN b.kind <> 'CERTIFIED_INTEGRATOR' THEN NULL
                   WHEN b.kind_rank <= ${2 * regions} OR b.u_cert < 0.87 THEN 'VALID'
                   WHEN b.u_cert < 0.97 THEN 'EXPIRED'
                   ELSE 'NONE' END AS certification
         FROM base b JOIN g_vertical v ON b.u_vertical >= v.lo AND b.u_vertical < v.hi
     ), aged AS MATERIALIZED (
       SELECT p.*, coalesce(p.fixed_ord, w.ord) AS region_ord,
              CASE WHEN p.certification = 'EXPIRED' THEN 1600 + floor(p.u_age * 300)
                   ELSE 760 + floor(p.u_age * 700) END::int AS days_old
         FROM placed p
         JOIN g_region_weight w
           ON w.scope = CASE WHEN p.kind IN ('SME', 'MID_SIZED_FIRM', 'LARGE_ENTERPRISE') THEN p.vertical ELSE '*' END
          AND p.u_region >= w.lo AND p.u_region < w.hi
     )
     SELECT gen_random_uuid() AS id, a.i, a.kind, a.kind_rank, a.vertical, a.region_ord, g.region,
            a.u_pool, a.certification,
            now() - a.days_old * ${DAY} - random() * ${DAY} AS created_at,
            CASE a.certification
              WHEN 'VALID' THEN current_date - floor(random() * least(1000, a.days_old - 2))::int
              WHEN 'EXPIRED' THEN current_date - (1100 + floor(random() * (a.days_old - 1102)))::int
            END AS certified_on
       FROM aged a JOIN g_place g ON g.ord = a.region_ord`,
    `CREATE INDEX ON g_org (kind, kind_rank)`,
    `ANALYZE g_org`,
    `INSERT INTO consortia.organizations
       (id, name, kind, business_registration_number, region, industry_code, annual_revenue_krw,
        total_assets_krw, employees, business_group, in_large_business_group, certification_number,
        certified_on, certification_expires_on, created_at, updated_at)
     WITH r AS MATERIALIZED (
       SELECT o.*, v.industries, v.words, p.cities,
              random() AS a, random() AS b, random() AS c, random() AS d, random() AS e,
              random() AS f, random() AS g
         FROM g_org o JOIN g_vertical v ON v.code = o.vertical JOIN g_place p ON p.ord = o.region_ord
     ), f AS MATERIALIZED (
       SELECT r.*,
              ${pick(stems, 'r.d')} AS stem,
              ${pick(textArray(LARGE_GROUPS), 'r.f')} AS grp,
              CASE r.kind
                WHEN 'SME' THEN exp(ln(3e8) + r.a * (ln(4.5e10) - ln(3e8)))
                WHEN 'MID_SIZED_FIRM' THEN exp(ln(1.6e11) + r.a * (ln(3e12) - ln(1.6e11)))
                WHEN 'LARGE_ENTERPRISE' THEN exp(ln(3e12) + r.a * (ln(6e13) - ln(3e12)))
                WHEN 'CERTIFIED_INTEGRATOR' THEN exp(ln(5e8) + r.a * (ln(6e10) - ln(5e8)))
              END AS revenue,
              lpad((101 + (r.i - 1) % 797)::text, 3, '0')
                || CASE WHEN r.kind IN ('UNIVERSITY', 'PUBLIC_AGENCY') THEN (ARRAY['82','83'])[1 + floor(r.e * 2)::int]
                        ELSE (ARRAY['81','81','81','86','87','88'])[1 + floor(r.e * 6)::int] END
                || lpad(((r.i - 1) / 797)::text, 4, '0') AS brn9
         FROM r
     )
     SELECT f.id,
            CASE f.kind
              WHEN 'SME' THEN f.stem || ' ' || ${pick('f.words', 'r2.w')} || ' ' || ${pick(textArray(['Co., Ltd.', 'Co., Ltd.', 'Inc.', 'Corp.']), 'r2.s')}
              WHEN 'MID_SIZED_FIRM' THEN f.stem || ' ' || ${pick('f.words', 'r2.w')} || ' ' || ${pick(textArray(['Co., Ltd.', 'Co., Ltd.', 'Corporation']), 'r2.s')}
              WHEN 'LARGE_ENTERPRISE' THEN f.grp || ' ' || ${pick('f.words', 'r2.w')} || ' Co., Ltd.'
              WHEN 'CERTIFIED_INTEGRATOR' THEN f.stem || ' ' || ${pick(textArray(INTEGRATOR_WORDS), 'r2.w')} || ' Co., Ltd.'
              WHEN 'UNIVERSITY' THEN CASE floor(r2.s * 4)::int
                WHEN 0 THEN f.stem || ' Institute of Technology'
                WHEN 1 THEN f.stem || ' University of Science and Technology'
                WHEN 2 THEN ${pick('f.cities', 'r2.w')} || ' ' || f.stem || ' University'
                ELSE f.stem || ' University' END
              ELSE ${pick('f.cities', 'r2.w')} || ' ' || ${pick(textArray(AGENCY_WORDS), 'r2.s')}
            END,
            f.kind,
            f.brn9 || ${brnCheck('f.brn9')},
            f.region,
            CASE f.kind
              WHEN 'UNIVERSITY' THEN 'P85'
              WHEN 'PUBLIC_AGENCY' THEN 'O84'
              WHEN 'CERTIFIED_INTEGRATOR' THEN ${pick(textArray(['J62', 'J62', 'J62', 'J63', 'J58']), 'f.g')}
              ELSE ${pick('f.industries', 'f.g')}
            END,
            round(f.revenue)::bigint,
            round(f.revenue * CASE f.kind
              WHEN 'SME' THEN 0.3 + 0.9 * f.b
              WHEN 'MID_SIZED_FIRM' THEN 0.5 + 1.0 * f.b
              WHEN 'LARGE_ENTERPRISE' THEN 0.8 + 0.8 * f.b
              ELSE 0.2 + 0.6 * f.b END)::bigint,
            CASE f.kind
              WHEN 'SME' THEN greatest(3, round(f.revenue / (1.5e8 + 2.5e8 * f.c)))
              WHEN 'MID_SIZED_FIRM' THEN round(f.revenue / (4e8 + 6e8 * f.c))
              WHEN 'LARGE_ENTERPRISE' THEN round(f.revenue / (1.5e9 + 1.5e9 * f.c))
              WHEN 'CERTIFIED_INTEGRATOR' THEN greatest(5, round(f.revenue / (1e8 + 1e8 * f.c)))
              WHEN 'UNIVERSITY' THEN 300 + floor(f.c * 4000)
              ELSE 30 + floor(f.c * 500)
            END::int,
            CASE WHEN f.kind = 'LARGE_ENTERPRISE' THEN f.grp || ' Group' END,
            f.kind = 'LARGE_ENTERPRISE',
            CASE WHEN f.certified_on IS NOT NULL
                 THEN 'AIC-' || to_char(f.certified_on, 'YYYY') || '-' || lpad(f.kind_rank::text, 5, '0') END,
            f.certified_on,
            f.certified_on + 1095,
            f.created_at,
            greatest(f.created_at, f.certified_on + interval '10 hours')
       FROM f CROSS JOIN LATERAL (SELECT random() + 0 * f.i AS w, random() + 0 * f.i AS s) r2`,
  ];
}

/** Consortiums, anchored by the first mid-sized firms: mostly active, some forming or suspended. */
function consortiumStatements(size: VolumeSize): string[] {
  return [
    `CREATE TEMP TABLE g_cons ON COMMIT DROP AS
     WITH base AS MATERIALIZED (
       SELECT o.kind_rank AS n, o.id AS anchor_id, o.vertical, o.region, o.region_ord,
              random() AS u_status, random() AS u_age, random() AS u_sme, random() AS u_uni,
              random() AS u_int, random() AS u_reach, random() AS u_name, random() AS u_suspend
         FROM g_org o WHERE o.kind = 'MID_SIZED_FIRM' AND o.kind_rank <= ${size.consortiums}
     ), shaped AS MATERIALIZED (
       SELECT b.*,
              CASE WHEN b.u_status < 0.88 THEN 'ACTIVE' WHEN b.u_status < 0.90 THEN 'SUSPENDED'
                   ELSE 'FORMING' END AS status
         FROM base b
     ), sized AS MATERIALIZED (
       SELECT s.*,
              CASE WHEN s.status = 'FORMING' THEN now() - (8 + s.u_age * 50) * ${DAY}
                   ELSE now() - (90 + s.u_age * 640) * ${DAY} END AS created_at,
              CASE WHEN s.status = 'FORMING' THEN 5 + floor(s.u_sme * 8)
                   ELSE 7 + floor(s.u_sme * 18) END::int AS n_sme,
              CASE WHEN s.status = 'FORMING' THEN 1 + floor(s.u_uni * 2)
                   ELSE 1 + floor(s.u_uni * 3) END::int AS n_uni,
              CASE WHEN s.status = 'FORMING' THEN 1 + floor(s.u_int * 2)
                   ELSE 1 + floor(s.u_int * 3) END::int AS n_int
         FROM shaped s
     )
     SELECT gen_random_uuid() AS id, z.*,
            CASE WHEN z.status <> 'FORMING' THEN z.created_at + 20 * ${DAY} END AS activated_at,
            coalesce(sum(z.n_sme) OVER (PARTITION BY z.vertical ORDER BY z.region_ord, z.status = 'FORMING', z.n
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS sme_offset,
            (sum(z.n_sme) OVER (PARTITION BY z.vertical))::int AS sme_demand
       FROM sized z`,
    `CREATE INDEX ON g_cons (n)`,
    `ANALYZE g_cons`,
    `INSERT INTO consortia.consortiums
       (id, name, description, vertical_code, regions, anchor_organization_id, status, status_reason,
        created_at, activated_at, status_changed_at)
     SELECT c.id,
            ${pick('p.cities', 'c.u_name')} || ' ' || ${pick('v.themes', 'c.u_reach')} || ' '
              || (ARRAY['Consortium','Alliance','Cluster','Network'])[1 + c.n % 4] || ' ' || c.n,
            format('%s consortium anchored by %s, for firms in %s and neighbouring regions.',
                   vv.name, a.name, p.name_en),
            c.vertical,
            ARRAY[c.region] || (p.neighbours)[1:floor(c.u_reach * 3)::int],
            c.anchor_id,
            c.status,
            CASE WHEN c.status = 'SUSPENDED' THEN 'Suspended pending the annual program review.' END,
            c.created_at,
            c.activated_at,
            CASE c.status WHEN 'FORMING' THEN c.created_at
                          WHEN 'ACTIVE' THEN c.activated_at
                          ELSE c.activated_at + (now() - c.activated_at) * c.u_suspend END
       FROM g_cons c
       JOIN g_place p ON p.ord = c.region_ord
       JOIN g_vertical v ON v.code = c.vertical
       JOIN consortia.verticals vv ON vv.code = c.vertical
       JOIN consortia.organizations a ON a.id = c.anchor_id`,
  ];
}

/** People: one lead per consortium (from its anchor), operators, officers, SME admins, researchers, integrator and anchor staff. */
function peopleStatements(size: VolumeSize, orgs: OrganizationMix, people: PeopleMix): string[] {
  const agencyCount = Math.min(3, orgs.agencies);
  return [
    `CREATE TEMP TABLE g_user ON COMMIT DROP AS
     WITH base AS MATERIALIZED (
       SELECT u AS rank, k.kind, u - k.first + 1 AS kr, k.role
         FROM generate_series(1, ${size.people}) AS u
         JOIN g_person_kind k ON u BETWEEN k.first AND k.last
     ), target AS (
       SELECT b.*,
              CASE b.kind WHEN 'LEAD' THEN 'MID_SIZED_FIRM' WHEN 'OPERATOR' THEN 'PUBLIC_AGENCY'
                          WHEN 'OFFICER' THEN 'UNIVERSITY' WHEN 'SME_ADMIN' THEN 'SME'
                          WHEN 'RESEARCHER' THEN 'UNIVERSITY' WHEN 'INTEGRATOR' THEN 'CERTIFIED_INTEGRATOR'
                          ELSE 'MID_SIZED_FIRM' END AS org_kind,
              CASE b.kind WHEN 'LEAD' THEN b.kr
                          WHEN 'OPERATOR' THEN 1 + (b.kr - 1) % ${agencyCount}
                          WHEN 'OFFICER' THEN b.kr
                          WHEN 'SME_ADMIN' THEN 1 + floor((b.kr - 1)::numeric * ${orgs.smes} / ${Math.max(1, people.smeAdmins)})::int
                          WHEN 'RESEARCHER' THEN 1 + (b.kr - 1) % ${orgs.universities}
                          WHEN 'INTEGRATOR' THEN 1 + (b.kr - 1) % ${orgs.integrators}
                          ELSE 1 + (b.kr - 1) % ${size.consortiums} END AS org_rank
         FROM base b
     )
     SELECT gen_random_uuid() AS id, t.rank, t.kind, t.kr, t.role, o.id AS organization_id,
            CASE WHEN t.kind = 'LEAD' THEN c.created_at - (1 + random() * 30) * ${DAY}
                 -- Operators register the organisations, so they were there first.
                 WHEN t.kind = 'OPERATOR' THEN now() - (1950 + random() * 100) * ${DAY}
                 ELSE now() - (10 + random() * 700) * ${DAY} END AS created_at,
            t.kind IN ('LEAD', 'OFFICER', 'SME_ADMIN')
              OR (t.kind = 'INTEGRATOR' AND t.kr <= ${orgs.integrators}) AS is_admin,
            random() AS u_family, random() AS u_given
       FROM target t
       JOIN g_org o ON o.kind = t.org_kind AND o.kind_rank = t.org_rank
       LEFT JOIN g_cons c ON t.kind = 'LEAD' AND c.n = t.kr`,
    `CREATE INDEX ON g_user (kind, kr)`,
    `CREATE INDEX ON g_user (organization_id)`,
    `ANALYZE g_user`,
    `INSERT INTO identity.users (id, email, display_name, password_hash, roles, organization_id, created_at)
     SELECT u.id,
            lower(replace(n.given, '-', '')) || '.' || lower(n.family) || '.' || lpad(u.rank::text, 6, '0')
              || '@volume.bench.example.com',
            CASE WHEN u.kind = 'RESEARCHER' THEN 'Prof. ' ELSE '' END || n.given || ' ' || n.family,
            $1,
            ARRAY[u.role],
            u.organization_id,
            u.created_at
       FROM g_user u
       CROSS JOIN LATERAL (SELECT ${pick(textArray(FAMILY_NAMES), 'u.u_family')} AS family,
                                  ${pick(textArray(GIVEN_NAMES), 'u.u_given')} AS given) n`,
  ];
}

/**
 * Memberships. SMEs come from a per-vertical pool ordered by region, handed out in consortium
 * order (also by region), so members are mostly local and no SME is an active member of two
 * consortiums of one vertical. Universities and valid integrators come from the anchor's region.
 */
function membershipStatements(): string[] {
  return [
    `CREATE TEMP TABLE g_sme_pool ON COMMIT DROP AS
     SELECT vertical, (row_number() OVER (PARTITION BY vertical ORDER BY region_ord, u_pool) - 1)::int AS pr,
            count(*) OVER (PARTITION BY vertical)::int AS pool_n, id
       FROM g_org WHERE kind = 'SME'`,
    `CREATE INDEX ON g_sme_pool (vertical, pr)`,
    `CREATE TEMP TABLE g_partner ON COMMIT DROP AS
     SELECT CASE WHEN kind = 'UNIVERSITY' THEN 'RESEARCH_PARTNER' ELSE 'INTEGRATOR_PARTNER' END AS role,
            region_ord, (row_number() OVER (PARTITION BY kind, region_ord ORDER BY i) - 1)::int AS rr,
            count(*) OVER (PARTITION BY kind, region_ord)::int AS cnt, id
       FROM g_org
      WHERE kind = 'UNIVERSITY' OR (kind = 'CERTIFIED_INTEGRATOR' AND certification = 'VALID')`,
    `CREATE INDEX ON g_partner (role, region_ord, rr)`,
    `CREATE TEMP TABLE g_expired ON COMMIT DROP AS
     SELECT (row_number() OVER (ORDER BY i) - 1)::int AS rr, count(*) OVER ()::int AS cnt, id
       FROM g_org WHERE certification = 'EXPIRED'`,
    `ANALYZE g_sme_pool, g_partner, g_expired`,
    `CREATE TEMP TABLE g_slot ON COMMIT DROP AS
     WITH sme AS (
       SELECT x.n, x.vertical, x.slot, x.pr % x.pool_n AS pr, x.pr >= x.pool_n AS overflow
         FROM (
           SELECT c.n, c.vertical, s AS slot, z.pool_n,
                  -- Spread the vertical's demand evenly over its pool when the pool is larger.
                  CASE WHEN z.pool_n >= c.sme_demand
                       THEN floor((c.sme_offset + s)::numeric * z.pool_n / c.sme_demand)::int
                       ELSE c.sme_offset + s END AS pr
             FROM g_cons c
             JOIN (SELECT DISTINCT vertical, pool_n FROM g_sme_pool) z ON z.vertical = c.vertical
             CROSS JOIN LATERAL generate_series(0, c.n_sme - 1) AS s
         ) x
     ), partner AS (
       SELECT c.n, r.role, k AS slot, p.id
         FROM g_cons c
         CROSS JOIN (VALUES ('RESEARCH_PARTNER'), ('INTEGRATOR_PARTNER')) AS r(role)
         JOIN (SELECT DISTINCT role, region_ord, cnt FROM g_partner) pc
           ON pc.role = r.role AND pc.region_ord = c.region_ord
         CROSS JOIN LATERAL generate_series(0, least(CASE r.role WHEN 'RESEARCH_PARTNER' THEN c.n_uni ELSE c.n_int END, pc.cnt) - 1) AS k
         JOIN g_partner p ON p.role = r.role AND p.region_ord = c.region_ord AND p.rr = (c.n * 7 + k) % pc.cnt
     )
     SELECT sme.n, 'SME_MEMBER' AS role, sme.slot, p.id AS organization_id, sme.overflow, false AS lapsed
       FROM sme JOIN g_sme_pool p ON p.vertical = sme.vertical AND p.pr = sme.pr
     UNION ALL
     SELECT n, role, slot, id, false, false FROM partner
     UNION ALL
     -- Every tenth live consortium once had an integrator whose certification lapsed.
     SELECT c.n, 'INTEGRATOR_PARTNER', 9, e.id, false, true
       FROM g_cons c JOIN g_expired e ON e.rr = (c.n * 31) % e.cnt
      WHERE c.n % 10 = 0 AND c.status <> 'FORMING'`,
    `CREATE TEMP TABLE g_member ON COMMIT DROP AS
     WITH r AS MATERIALIZED (
       SELECT s.*, c.id AS consortium_id, c.vertical, c.status AS c_status, c.created_at, c.activated_at,
              (c.status <> 'FORMING' AND NOT s.lapsed AND NOT s.overflow
               AND ((s.role = 'SME_MEMBER' AND s.slot < 3) OR (s.role <> 'SME_MEMBER' AND s.slot = 0))) AS core,
              random() AS u, random() AS v, random() AS w, random() AS x
         FROM g_slot s JOIN g_cons c ON c.n = s.n
     ), s0 AS MATERIALIZED (
       SELECT r.*,
              CASE
                WHEN r.overflow THEN 'DECLINED'
                WHEN r.lapsed THEN 'REMOVED'
                WHEN r.core THEN 'ACTIVE'
                WHEN r.c_status = 'FORMING' AND r.role = 'SME_MEMBER'
                  THEN CASE WHEN r.u < 0.35 THEN 'ACTIVE' WHEN r.u < 0.9 THEN 'INVITED' ELSE 'DECLINED' END
                WHEN r.c_status = 'FORMING' THEN CASE WHEN r.u < 0.5 THEN 'ACTIVE' ELSE 'INVITED' END
                WHEN r.role = 'SME_MEMBER'
                  THEN CASE WHEN r.u < 0.86 THEN 'ACTIVE' WHEN r.u < 0.90 THEN 'INVITED'
                            WHEN r.u < 0.93 THEN 'SUSPENDED' WHEN r.u < 0.96 THEN 'DECLINED' ELSE 'REMOVED' END
                ELSE CASE WHEN r.u < 0.88 THEN 'ACTIVE' WHEN r.u < 0.96 THEN 'INVITED' ELSE 'REMOVED' END
              END AS status0
         FROM r
     ), st AS MATERIALIZED (
       -- A suspended consortium sends no invitations; the ones it had lapsed.
       SELECT s0.*, CASE WHEN s0.status0 = 'INVITED' AND s0.c_status = 'SUSPENDED' THEN 'EXPIRED'
                         ELSE s0.status0 END AS status
         FROM s0
     ), invited AS MATERIALIZED (
       SELECT st.*,
              CASE
                WHEN st.status = 'INVITED' THEN now() - st.v * 6 * ${DAY}
                WHEN st.c_status = 'FORMING' THEN st.created_at + (now() - 7 * ${DAY} - st.created_at) * st.v
                WHEN st.core THEN st.created_at + st.v * 10 * ${DAY}
                ELSE st.activated_at + (now() - 8 * ${DAY} - st.activated_at) * st.v
              END AS invited_at
         FROM st
     ), joined AS MATERIALIZED (
       SELECT i.*,
              CASE WHEN i.status IN ('ACTIVE', 'SUSPENDED', 'REMOVED')
                   THEN i.invited_at + interval '1 hour' + i.w * 6 * ${DAY} END AS joined_at
         FROM invited i
     )
     SELECT gen_random_uuid() AS id, j.consortium_id, j.vertical, j.organization_id, j.role, j.status,
            lead.id AS invited_by, j.invited_at, j.invited_at + 7 * ${DAY} AS invitation_expires_at,
            j.joined_at,
            CASE
              WHEN j.overflow THEN 'Already a member of another consortium in this vertical.'
              WHEN j.lapsed THEN 'Integrator certification expired.'
              WHEN j.status = 'SUSPENDED' THEN 'Suspended while its participation is reviewed.'
              WHEN j.status = 'REMOVED' THEN 'Left the consortium at its own request.'
            END AS status_reason,
            CASE j.status
              WHEN 'INVITED' THEN j.invited_at
              WHEN 'ACTIVE' THEN j.joined_at
              WHEN 'DECLINED' THEN j.invited_at + j.w * 6 * ${DAY}
              WHEN 'EXPIRED' THEN j.invited_at + 7 * ${DAY}
              ELSE j.joined_at + (now() - j.joined_at) * j.x
            END AS status_changed_at
       FROM joined j
       JOIN g_user lead ON lead.kind = 'LEAD' AND lead.kr = j.n`,
    `INSERT INTO consortia.memberships
       (id, consortium_id, vertical_code, organization_id, role, status, invited_by, invited_at,
        invitation_expires_at, joined_at, status_reason, status_changed_at)
     SELECT id, consortium_id, vertical, organization_id, role, status, invited_by, invited_at,
            invitation_expires_at, joined_at, status_reason, status_changed_at
       FROM g_member ORDER BY invited_at`,
  ];
}

/** Consortium roles (a lead from every anchor, managers and viewers) and organisation admins. */
function roleStatements(): string[] {
  return [
    `INSERT INTO consortia.consortium_people (consortium_id, user_id, organization_id, role, granted_by, granted_at)
     SELECT c.id AS consortium_id, u.id AS user_id, u.organization_id, 'LEAD' AS role,
            $1::uuid AS granted_by, c.created_at AS granted_at
       FROM g_user u JOIN g_cons c ON c.n = u.kr
      WHERE u.kind = 'LEAD'
     UNION ALL
     SELECT c.id, u.id, u.organization_id,
            CASE WHEN random() < 0.6 THEN 'MANAGER' ELSE 'VIEWER' END,
            lead.id, c.created_at + (now() - c.created_at) * random()
       FROM g_user u
       JOIN g_cons c ON c.n = 1 + (u.kr - 1) % (SELECT count(*) FROM g_cons)
       JOIN g_user lead ON lead.kind = 'LEAD' AND lead.kr = c.n
      WHERE u.kind = 'ANCHOR_STAFF'
     UNION ALL
     SELECT m.consortium_id, u.id, u.organization_id, 'VIEWER', m.invited_by,
            m.joined_at + (now() - m.joined_at) * random()
       FROM g_member m JOIN g_user u ON u.organization_id = m.organization_id AND u.kind = 'SME_ADMIN'
      WHERE m.role = 'SME_MEMBER' AND m.status = 'ACTIVE' AND random() < 0.25`,
    `INSERT INTO consortia.organization_admins (organization_id, user_id, granted_by, granted_at)
     SELECT organization_id, id, $1::uuid, created_at + (now() - created_at) * 0.05
       FROM g_user WHERE is_admin`,
  ];
}

/** The audit trail the services would have written, oldest first. */
function auditStatement(): string {
  const org = `jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind,
      'businessRegistrationNumber', o.business_registration_number, 'region', o.region,
      'industryCode', o.industry_code, 'annualRevenueKrw', o.annual_revenue_krw,
      'totalAssetsKrw', o.total_assets_krw, 'employees', o.employees,
      'businessGroup', o.business_group, 'inLargeBusinessGroup', o.in_large_business_group,
      'certificationNumber', o.certification_number, 'certifiedOn', o.certified_on,
      'certificationExpiresOn', o.certification_expires_on, 'createdAt', o.created_at,
      'updatedAt', o.updated_at)`;
  const uncertified = `jsonb_build_object('certificationNumber', NULL, 'certifiedOn', NULL,
      'certificationExpiresOn', NULL, 'updatedAt', o.created_at)`;
  const consortium = `jsonb_build_object('id', c.id, 'name', c.name, 'description', c.description,
      'verticalCode', c.vertical_code, 'regions', to_jsonb(c.regions),
      'anchorOrganizationId', c.anchor_organization_id, 'status', c.status,
      'statusReason', c.status_reason, 'createdAt', c.created_at, 'activatedAt', c.activated_at,
      'statusChangedAt', c.status_changed_at)`;
  const membership = `jsonb_build_object('id', m.id, 'consortiumId', m.consortium_id,
      'verticalCode', m.vertical_code, 'organizationId', m.organization_id, 'role', m.role,
      'status', m.status, 'invitedBy', m.invited_by, 'invitedAt', m.invited_at,
      'invitationExpiresAt', m.invitation_expires_at, 'invitedPersonId', NULL,
      'invitedPersonRole', NULL, 'joinedAt', m.joined_at, 'statusReason', m.status_reason,
      'statusChangedAt', m.status_changed_at)`;
  return `INSERT INTO consortia.audit_events
       (occurred_at, actor_type, actor_id, action, entity_type, entity_id, consortium_id,
        organization_id, before, after)
     WITH orgs AS MATERIALIZED (
       SELECT o.id, o.created_at, o.certified_on, ${org} AS snap, ${uncertified} AS blank
         FROM consortia.organizations o
     ), cons AS MATERIALIZED (
       SELECT c.id, c.anchor_organization_id, c.status, c.created_at, c.activated_at,
              c.status_changed_at, ${consortium} AS snap, lead.id AS lead_id
         FROM consortia.consortiums c
         JOIN g_cons gc ON gc.id = c.id
         JOIN g_user lead ON lead.kind = 'LEAD' AND lead.kr = gc.n
     ), cons_states AS MATERIALIZED (
       SELECT cons.*,
              cons.snap || jsonb_build_object('status', 'FORMING', 'statusReason', NULL,
                'activatedAt', NULL, 'statusChangedAt', cons.created_at) AS formed,
              cons.snap || jsonb_build_object('status', 'ACTIVE', 'statusReason', NULL,
                'statusChangedAt', cons.activated_at) AS activated
         FROM cons
     ), ms AS MATERIALIZED (
       SELECT m.id, m.consortium_id, m.organization_id, m.status, m.invited_by, m.invited_at,
              m.joined_at, m.status_changed_at, ${membership} AS snap
         FROM consortia.memberships m
     ), ms_states AS MATERIALIZED (
       SELECT ms.*,
              ms.snap || jsonb_build_object('status', 'INVITED', 'joinedAt', NULL,
                'statusReason', NULL, 'statusChangedAt', ms.invited_at) AS invited,
              ms.snap || jsonb_build_object('status', 'ACTIVE', 'statusReason', NULL,
                'statusChangedAt', ms.joined_at) AS accepted
         FROM ms
     ), events AS (
       SELECT o.created_at AS occurred_at, $1::uuid AS actor, 'organization.registered' AS action,
              'ORGANIZATION' AS entity_type, o.id::text AS entity_id, NULL::uuid AS consortium_id,
              o.id AS organization_id, NULL::jsonb AS before,
              o.snap || o.blank AS after
         FROM orgs o
       UNION ALL
       SELECT greatest(o.created_at, o.certified_on + interval '10 hours'), $1::uuid, 'organization.certified',
              'ORGANIZATION', o.id::text, NULL, o.id, o.snap || o.blank, o.snap
         FROM orgs o WHERE o.certified_on IS NOT NULL
       UNION ALL
       SELECT a.granted_at, $1::uuid, 'organization.admin_granted', 'ORGANIZATION',
              a.organization_id::text, NULL, a.organization_id, NULL,
              jsonb_build_object('adminUserId', a.user_id)
         FROM consortia.organization_admins a
       UNION ALL
       SELECT c.created_at, $1::uuid, 'consortium.created', 'CONSORTIUM', c.id::text, c.id,
              c.anchor_organization_id, NULL, c.formed
         FROM cons_states c
       UNION ALL
       SELECT c.activated_at, c.lead_id, 'consortium.activated', 'CONSORTIUM', c.id::text, c.id,
              NULL, c.formed, c.activated
         FROM cons_states c WHERE c.activated_at IS NOT NULL
       UNION ALL
       SELECT c.status_changed_at, $1::uuid, 'consortium.suspended', 'CONSORTIUM', c.id::text, c.id,
              NULL, c.activated, c.snap
         FROM cons_states c WHERE c.status = 'SUSPENDED'
       UNION ALL
       SELECT p.granted_at, coalesce(p.granted_by, $1::uuid), 'consortium_person.assigned',
              'CONSORTIUM_PERSON', p.consortium_id || ':' || p.user_id, p.consortium_id,
              p.organization_id, NULL,
              jsonb_build_object('consortiumId', p.consortium_id, 'userId', p.user_id,
                'organizationId', p.organization_id, 'role', p.role, 'leadAnchorId', p.lead_anchor_id,
                'grantedBy', p.granted_by, 'grantedAt', p.granted_at)
         FROM consortia.consortium_people p
       UNION ALL
       SELECT m.invited_at, m.invited_by, 'membership.invited', 'MEMBERSHIP', m.id::text,
              m.consortium_id, m.organization_id, NULL, m.invited
         FROM ms_states m
       UNION ALL
       SELECT m.joined_at, $1::uuid, 'membership.accepted', 'MEMBERSHIP', m.id::text,
              m.consortium_id, m.organization_id, m.invited, m.accepted
         FROM ms_states m WHERE m.joined_at IS NOT NULL
       UNION ALL
       SELECT m.status_changed_at, $1::uuid, 'membership.declined', 'MEMBERSHIP', m.id::text,
              m.consortium_id, m.organization_id, m.invited, m.snap
         FROM ms_states m WHERE m.status = 'DECLINED'
       UNION ALL
       SELECT m.status_changed_at, m.invited_by, lower('membership.' || m.status), 'MEMBERSHIP',
              m.id::text, m.consortium_id, m.organization_id, m.accepted, m.snap
         FROM ms_states m WHERE m.status IN ('SUSPENDED', 'REMOVED')
     )
     SELECT occurred_at, 'USER', actor, action, entity_type, entity_id, consortium_id,
            organization_id, before, after
       FROM events ORDER BY occurred_at`;
}

// ---------------------------------------------------------------------------------------------
// Running it
// ---------------------------------------------------------------------------------------------

async function countRows(db: DataSource | EntityManager): Promise<VolumeCounts> {
  const [row] = await db.query<Record<keyof VolumeCounts, string>[]>(
    `SELECT (SELECT count(*) FROM consortia.organizations) AS "organizations",
            (SELECT count(*) FROM consortia.consortiums) AS "consortiums",
            (SELECT count(*) FROM consortia.memberships) AS "memberships",
            (SELECT count(*) FROM identity.users) AS "users",
            (SELECT count(*) FROM consortia.consortium_people) AS "consortiumPeople",
            (SELECT count(*) FROM consortia.organization_admins) AS "organizationAdmins",
            (SELECT count(*) FROM consortia.audit_events) AS "auditEvents"`,
  );
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, Number(value)]),
  ) as unknown as VolumeCounts;
}

async function countBy(db: DataSource, table: string): Promise<Record<string, number>> {
  const rows = await db.query<{ status: string; count: string }[]>(
    `SELECT status, count(*) AS count FROM ${table} GROUP BY status ORDER BY status`,
  );
  return Object.fromEntries(rows.map((row) => [row.status, Number(row.count)]));
}

/**
 * Fills the database with `size` (by default DEFAULT_VOLUME) in one transaction. Skips, and
 * reports what is there, when the database already holds consortiums.
 */
export async function generateVolume(
  dataSource: DataSource,
  size: VolumeSize = DEFAULT_VOLUME,
): Promise<VolumeResult> {
  const { orgs, people } = validate(size);
  const startedAt = performance.now();
  const steps: VolumeResult['steps'] = [];
  const [{ populated }] = await dataSource.query<{ populated: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM consortia.consortiums) AS populated`,
  );
  if (!populated) {
    const verticalRows = await dataSource.query<{ code: string }[]>(
      `SELECT code FROM consortia.verticals ORDER BY code`,
    );
    const verticals = verticalRows
      .map((row) => row.code)
      .filter((code) => code in VERTICAL_PROFILES);
    if (verticals.length === 0)
      throw new Error('consortia.verticals holds none of the known verticals');
    // One password for every generated account: nobody signs in as them, but the hash is real.
    const passwordHash = await argon2.hash(randomBytes(24).toString('base64url'), {
      type: argon2.argon2id,
    });

    await dataSource.transaction(async (manager) => {
      const run = async (step: string, statements: string[], parameters?: unknown[]) => {
        const stepStart = performance.now();
        for (const sql of statements) {
          await manager.query(sql, sql.includes('$1') ? parameters : undefined);
        }
        steps.push({ step, seconds: (performance.now() - stepStart) / 1000 });
      };
      await run('settings', [`SET LOCAL work_mem = '128MB'`, `SELECT setseed(0.2030)`]);
      await run('lookups', lookupStatements(verticals, orgs, people));
      await run('organizations', organizationStatements(size, REGIONS.length));
      await run('consortiums', consortiumStatements(size));
      await run('people', peopleStatements(size, orgs, people), [passwordHash]);
      await run('memberships', membershipStatements());
      const [operator] = await manager.query<{ id: string }[]>(
        `SELECT id FROM g_user WHERE kind = 'OPERATOR' ORDER BY rank LIMIT 1`,
      );
      await run('roles and admins', roleStatements(), [operator.id]);
      await run('audit events', [auditStatement()], [operator.id]);
      await run('analyze', [
        `ANALYZE consortia.organizations, consortia.consortiums, consortia.memberships,
                 consortia.consortium_people, consortia.organization_admins, consortia.audit_events,
                 identity.users`,
      ]);
    });
  }
  const seconds = populated ? 0 : (performance.now() - startedAt) / 1000;
  return {
    skipped: populated,
    seconds,
    size: { ...size },
    counts: await countRows(dataSource),
    consortiumsByStatus: await countBy(dataSource, 'consortia.consortiums'),
    membershipsByStatus: await countBy(dataSource, 'consortia.memberships'),
    steps,
  };
}

/** One line for people: what was generated (or found) and how long it took. */
export function describeVolume(result: VolumeResult): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const { counts } = result;
  const what =
    `${n(counts.organizations)} organisations, ${n(counts.consortiums)} consortiums, ` +
    `${n(counts.memberships)} memberships, ${n(counts.users)} people, ` +
    `${n(counts.consortiumPeople)} consortium roles, ${n(counts.auditEvents)} audit events`;
  return result.skipped
    ? `Volume data already present (${what}); not generated again.`
    : `Generated volume data in ${result.seconds.toFixed(1)} s: ${what}.`;
}

function sizeFromArgs(args: string[]): VolumeSize {
  const size: VolumeSize = { ...DEFAULT_VOLUME };
  for (const arg of args) {
    const match = /^--(consortiums|organizations|people)=(\d+)$/.exec(arg);
    if (!match) {
      throw new Error(
        `Unknown argument ${arg}; use --consortiums=N, --organizations=N or --people=N`,
      );
    }
    size[match[1] as keyof VolumeSize] = Number(match[2]);
  }
  return size;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to the database to fill.');
  const size = sizeFromArgs(process.argv.slice(2));
  const dataSource = createDataSource({ url, applicationName: 'bench-volume' });
  await dataSource.initialize();
  try {
    const applied = await migrate(dataSource);
    if (applied.length) process.stdout.write(`Applied migrations: ${applied.join(', ')}\n`);
    const result = await generateVolume(dataSource, size);
    process.stdout.write(`${describeVolume(result)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `Volume generation failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  });
}
