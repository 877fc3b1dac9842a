/*
 * The benchmark scenarios. Add one by appending an entry to SCENARIOS: a name (what
 * `npm run bench -- <name>` selects), a description, the process to hit, the request(s) to send
 * and, optionally, a second process to send the same request(s) to so the table shows the ratio.
 */

import { BENCH_MATCH_WORKLOAD } from './matching';

/** The processes of the stack a scenario can send requests to (each serves POST /graphql). */
export type Target = 'gateway' | 'consortia' | 'compute';

/** What a scenario may use to build its requests; prepared once before any scenario runs. */
export interface BenchContext {
  /** Access token of the bench account (role OPERATOR), obtained by logging in through the gateway. */
  accessToken: string;
  /** Id of the bench account. */
  userId: string;
  /** The active consortium with the most members in the volume data. */
  consortiumId: string;
}

/** One HTTP request. `path` defaults to /graphql and `method` to POST. */
export interface ScenarioRequest {
  method?: 'GET' | 'POST';
  path?: string;
  headers?: Record<string, string>;
  /** Sent as is; build GraphQL bodies with graphqlBody(). */
  body: string;
}

export interface Scenario {
  /** Lower-case, dash-separated; what `npm run bench -- <name>` selects. */
  name: string;
  /** One line: what is measured and why. */
  description: string;
  /** Where the load goes. */
  target: Target;
  /**
   * Also send the same request(s) straight to this process and report the ratios
   * (compareWith req/s ÷ target req/s, target p50 ÷ compareWith p50): the cost of the hop.
   */
  compareWith?: Target;
  /** The request(s) to send; with several, each connection cycles through them in order. */
  requests: (context: BenchContext) => ScenarioRequest | ScenarioRequest[];
  /**
   * Whether a 2xx response body counts as a success; a failing body is counted under "gql errors".
   * Defaults to graphqlSucceeded (has `data`, no `errors`).
   */
  verify?: (body: string) => boolean;
  /** Also count the SQL statements one request costs (PostgreSQL's pg_stat_statements). */
  countStatements?: boolean;
}

/** Headers every request to /graphql carries: JSON (Apollo CSRF prevention) and the preflight flag. */
export const GRAPHQL_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'apollo-require-preflight': 'true',
};

export function bearer(context: BenchContext): Record<string, string> {
  return { authorization: `Bearer ${context.accessToken}` };
}

export function graphqlBody(
  query: string,
  variables?: Record<string, unknown>,
  operationName?: string,
): string {
  return JSON.stringify({ query, variables, operationName });
}

/**
 * Cheap check run on every response (it runs inside the load generator, so no JSON parsing):
 * a GraphQL success starts with `data` and carries no `errors` member.
 */
export function graphqlSucceeded(body: string): boolean {
  return body.startsWith('{"data":') && !body.includes('"errors":');
}

/**
 * A page of the directory with every member's organisation (the members' default page, 20): the
 * fan-out the loaders batch. An explicit members(first: 50) inside first: 50 is over the gateway's
 * cost limit, which multiplies nested page sizes.
 */
const consortiumsPage = (first: number) => /* GraphQL */ `
  query ConsortiumsPage {
    consortiums(first: ${first}, filter: { statuses: [ACTIVE] }) {
      nodes {
        name
        anchor { name }
        members { nodes { role organization { name sizeClass } } }
      }
    }
  }`;

const CONSORTIUM_DETAIL = /* GraphQL */ `
  query ConsortiumDetail($id: UUID!) {
    consortium(id: $id) {
      name
      status
      anchor {
        name
      }
      members(first: 50) {
        nodes {
          role
          status
          organization {
            name
          }
        }
      }
      people {
        role
        displayName
      }
      auditTrail(first: 20) {
        nodes {
          action
          occurredAt
          actorType
        }
      }
    }
  }
`;

const MATCH_WORKLOAD = /* GraphQL */ `
  query MatchWorkload($workload: WorkloadInput!) {
    matchWorkload(workload: $workload) {
      ranking {
        deviceId
        score
        throughput
        latencyMs
        bound
      }
      exclusions {
        deviceId
      }
    }
  }
`;

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'me-authenticated',
    description:
      'Authenticated `me` query (JWT check, session check, one user row read): through the gateway and straight to the consortia subgraph.',
    target: 'gateway',
    compareWith: 'consortia',
    requests: (context) => ({
      headers: bearer(context),
      body: graphqlBody('query Me { me { id email displayName roles } }', undefined, 'Me'),
    }),
  },
  {
    name: 'consortiums-10',
    description:
      'consortiums(first: 10) with anchor and members (up to 20 each) with their organisations, through the gateway.',
    target: 'gateway',
    countStatements: true,
    requests: (context) => ({
      headers: bearer(context),
      body: graphqlBody(consortiumsPage(10), undefined, 'ConsortiumsPage'),
    }),
  },
  {
    name: 'consortiums-50',
    description:
      'The same page with first: 50; its SQL statements per request should equal consortiums-10.',
    target: 'gateway',
    countStatements: true,
    requests: (context) => ({
      headers: bearer(context),
      body: graphqlBody(consortiumsPage(50), undefined, 'ConsortiumsPage'),
    }),
  },
  {
    name: 'consortium-detail',
    description:
      'One consortium with members, people, activation gaps and its last 20 audit events, through the gateway.',
    target: 'gateway',
    countStatements: true,
    requests: (context) => ({
      headers: bearer(context),
      body: graphqlBody(CONSORTIUM_DETAIL, { id: context.consortiumId }, 'ConsortiumDetail'),
    }),
  },
  {
    name: 'match-1000-devices',
    description:
      'matchWorkload for one inline workload against the 1,000 active devices (catalog plus variants): through the gateway and straight to compute.',
    target: 'gateway',
    compareWith: 'compute',
    requests: (context) => ({
      headers: bearer(context),
      body: graphqlBody(MATCH_WORKLOAD, { workload: BENCH_MATCH_WORKLOAD }, 'MatchWorkload'),
    }),
  },
];

export function findScenarios(names: string[]): Scenario[] {
  if (names.length === 0) return [...SCENARIOS];
  const unknown = names.filter((name) => !SCENARIOS.some((scenario) => scenario.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scenario(s): ${unknown.join(', ')}. Available: ${SCENARIOS.map((s) => s.name).join(', ')}`,
    );
  }
  return SCENARIOS.filter((scenario) => names.includes(scenario.name));
}
