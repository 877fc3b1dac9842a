import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ForbiddenError,
  NotFoundError,
  requestScoped,
  UnauthenticatedError,
} from '@vcp/platform/graphql';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { type ComputeConfig, computeConfig } from '../compute.config';

/**
 * Who the caller is to a consortium, as the consortia subgraph's `Consortium.myAccess` says
 * (strongest first). The compute subgraph never reads the consortia schema, so it asks.
 */
export enum ConsortiumAccess {
  OPERATOR = 'OPERATOR',
  LEAD = 'LEAD',
  MANAGER = 'MANAGER',
  VIEWER = 'VIEWER',
  MEMBER = 'MEMBER',
  PARTNER = 'PARTNER',
  PUBLIC = 'PUBLIC',
}

const LEVELS: ReadonlySet<string> = new Set(Object.values(ConsortiumAccess));

/** The caller's own credentials, passed on as the gateway passed them. */
const FORWARDED_HEADERS = ['authorization', 'x-api-key'] as const;
const REQUEST_ID_HEADER = 'x-request-id';

/** Consortiums asked about in one request to the consortia subgraph (it allows 50 aliases). */
export const MAX_CONSORTIUMS_PER_CALL = 25;
/** How long the consortia subgraph may take to answer. */
export const CONSORTIA_TIMEOUT_MS = 5000;

/** The one-consortium question; several consortiums are asked with one alias each. */
export const CONSORTIUM_ACCESS_QUERY = 'query($id: UUID!){ consortium(id: $id){ id myAccess } }';

interface GraphQLAnswer<Node = { id: string; myAccess: string }> {
  data?: Record<string, Node | null> | null;
  errors?: { message?: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

type Outcome = ConsortiumAccess | Error;

const MEMBERS_QUERY = `query($id: UUID!, $after: String) { consortium(id: $id) {
  members(first: 100, after: $after, statuses: [ACTIVE]) { nodes { organizationId role } pageInfo { hasNextPage endCursor } } } }`;
/** A consortium's active members are read at most this many pages of 100 deep. */
const MAX_MEMBER_PAGES = 20;

/** Organisations asked about in one request to the consortia subgraph (it allows 50 aliases). */
export const MAX_ORGANIZATIONS_PER_CALL = 25;

const ORGANIZATION_FACT_FIELDS =
  'id name kind sizeClass inLargeBusinessGroup certification { expired }';

/** The one-organisation question; several organisations are asked with one alias each. */
export const ORGANIZATION_FACTS_QUERY = `query($id: UUID!){ organization(id: $id){ ${ORGANIZATION_FACT_FIELDS} } }`;

/**
 * What the consortia subgraph's public directory says about an organisation (fields any signed-in
 * person may read): the facts the credit rules need and the compute subgraph cannot read itself.
 */
export interface OrganizationFacts {
  id: string;
  name: string;
  /** The consortia subgraph's `OrganizationKind`, e.g. SME or CERTIFIED_INTEGRATOR. */
  kind: string;
  /** SME, MID_SIZED or LARGE as the size policy derives it; null for universities and agencies. */
  sizeClass: string | null;
  inLargeBusinessGroup: boolean;
  /** An integrator's certification; null when it holds none. */
  certification: { expired: boolean } | null;
}

function isOrganizationFacts(node: unknown): node is OrganizationFacts {
  if (typeof node !== 'object' || node === null) return false;
  const facts = node as Record<string, unknown>;
  const certification = facts['certification'];
  return (
    typeof facts['id'] === 'string' &&
    typeof facts['name'] === 'string' &&
    typeof facts['kind'] === 'string' &&
    (facts['sizeClass'] === null || typeof facts['sizeClass'] === 'string') &&
    typeof facts['inLargeBusinessGroup'] === 'boolean' &&
    (certification === null ||
      (typeof certification === 'object' &&
        typeof (certification as Record<string, unknown>)['expired'] === 'boolean'))
  );
}

/**
 * Asks the consortia subgraph, with the caller's own credentials, who the caller is to
 * consortiums, once per request and consortium; the consortiums a request needs are asked about
 * together.
 */
@Injectable()
export class ConsortiumAccessClient {
  private readonly logger = new Logger(ConsortiumAccessClient.name);

  constructor(@Inject(computeConfig.KEY) private readonly config: ComputeConfig) {}

  /** The caller's standing: NOT_FOUND if the consortium does not exist. */
  levelOf(request: Request, consortiumId: string): Promise<ConsortiumAccess> {
    return this.loader(request).load(consortiumId);
  }

  /** Read its workloads and hardware plan: anyone but the public. */
  async canRead(request: Request, consortiumId: string): Promise<boolean> {
    return (await this.levelOf(request, consortiumId)) !== ConsortiumAccess.PUBLIC;
  }

  async assertCanRead(request: Request, consortiumId: string): Promise<void> {
    if (await this.canRead(request, consortiumId)) return;
    throw new ForbiddenError(
      "Only the consortium's people and members, reading partners and program operators can read its workloads and hardware plan.",
    );
  }

  /** Describe workloads: the consortium's leads and managers, and operators. */
  async assertCanManageWorkloads(request: Request, consortiumId: string): Promise<void> {
    if (await this.runsConsortium(request, consortiumId)) return;
    throw new ForbiddenError(
      "Only the consortium's leads and managers, or a program operator, can describe its workloads.",
    );
  }

  /**
   * Read the pool time and credits its reservations took (what member SMEs spend): the
   * consortium's leads and managers, and operators.
   */
  async assertCanReadComputeUse(request: Request, consortiumId: string): Promise<void> {
    if (await this.runsConsortium(request, consortiumId)) return;
    throw new ForbiddenError(
      "Only the consortium's leads and managers, or a program operator, can read its compute use.",
    );
  }

  /** The consortium's leads and managers, and operators. */
  private async runsConsortium(request: Request, consortiumId: string): Promise<boolean> {
    const level = await this.levelOf(request, consortiumId);
    return (
      level === ConsortiumAccess.OPERATOR ||
      level === ConsortiumAccess.LEAD ||
      level === ConsortiumAccess.MANAGER
    );
  }

  /** Choose the hardware plan: the consortium's leads, and operators. */
  async assertCanPlan(request: Request, consortiumId: string): Promise<void> {
    const level = await this.levelOf(request, consortiumId);
    if (level === ConsortiumAccess.OPERATOR || level === ConsortiumAccess.LEAD) return;
    throw new ForbiddenError(
      "Only the consortium's leads, or a program operator, can choose its hardware plan.",
    );
  }

  /**
   * The public directory facts of organisations, in the order asked, with the caller's own
   * credentials; asked once per request and organisation, those a request needs together.
   * NOT_FOUND for an organisation that does not exist.
   */
  organizationFacts(request: Request, ids: readonly string[]): Promise<OrganizationFacts[]> {
    const loader = this.factsLoader(request);
    return Promise.all(ids.map((id) => loader.load(id)));
  }

  /**
   * Consortiums' vertical and regions, for utilization by vertical and region; asked in chunks
   * of aliases. Consortiums the consortia subgraph does not know are left out.
   */
  async consortiumFacts(
    request: Request,
    ids: readonly string[],
  ): Promise<Map<string, { verticalCode: string; regions: string[] }>> {
    const facts = new Map<string, { verticalCode: string; regions: string[] }>();
    for (let start = 0; start < ids.length; start += MAX_ORGANIZATIONS_PER_CALL) {
      const chunk = ids.slice(start, start + MAX_ORGANIZATIONS_PER_CALL);
      const query = `query(${chunk.map((_, i) => `$c${i}: UUID!`).join(', ')}) { ${chunk
        .map((_, i) => `c${i}: consortium(id: $c${i}) { id verticalCode regions }`)
        .join(' ')} }`;
      const answer = await this.post<{ id: string; verticalCode: string; regions: string[] }>(
        request,
        query,
        Object.fromEntries(chunk.map((id, i) => [`c${i}`, id])),
      );
      for (const node of Object.values(answer.data ?? {})) {
        if (node) facts.set(node.id, { verticalCode: node.verticalCode, regions: node.regions });
      }
    }
    return facts;
  }

  /** How many SMEs the directory has registered. */
  async registeredSmes(request: Request): Promise<number> {
    const answer = await this.post<{ kind: string; count: number }[]>(
      request,
      'query { organizationCounts { kind count } }',
      {},
    );
    const counts = (answer.data?.organizationCounts ?? []) as { kind: string; count: number }[];
    return counts.find((row) => row.kind === 'SME')?.count ?? 0;
  }

  /**
   * Whether the organisation is an ACTIVE SME member of the consortium, from the consortium's
   * member list (readable by its members, people, operators and reading partners), page by page.
   */
  async isActiveSmeMember(
    request: Request,
    consortiumId: string,
    organizationId: string,
  ): Promise<boolean> {
    let after: string | null = null;
    for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
      const answer: GraphQLAnswer<{
        members: {
          nodes: { organizationId: string; role: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        } | null;
      }> = await this.post(
        request,
        MEMBERS_QUERY,
        after ? { id: consortiumId, after } : { id: consortiumId },
      );
      const members = answer.data?.consortium?.members;
      if (!members) return false;
      if (members.nodes.some((m) => m.organizationId === organizationId && m.role === 'SME_MEMBER'))
        return true;
      if (!members.pageInfo.hasNextPage || !members.pageInfo.endCursor) return false;
      after = members.pageInfo.endCursor;
    }
    return false;
  }

  organizationFactsOf(request: Request, id: string): Promise<OrganizationFacts> {
    return this.factsLoader(request).load(id);
  }

  private factsLoader(request: Request): DataLoader<string, OrganizationFacts> {
    return requestScoped(
      request,
      'organization-facts',
      () =>
        new DataLoader((ids: readonly string[]) => this.askFacts(request, ids), {
          maxBatchSize: MAX_ORGANIZATIONS_PER_CALL,
        }),
    );
  }

  private async askFacts(
    request: Request,
    ids: readonly string[],
  ): Promise<(OrganizationFacts | Error)[]> {
    const single = ids.length === 1;
    const query = single
      ? ORGANIZATION_FACTS_QUERY
      : `query(${ids.map((_, i) => `$o${i}: UUID!`).join(', ')}){ ${ids
          .map((_, i) => `o${i}: organization(id: $o${i}){ ${ORGANIZATION_FACT_FIELDS} }`)
          .join(' ')} }`;
    const variables = single
      ? { id: ids[0] }
      : Object.fromEntries(ids.map((id, i) => [`o${i}`, id]));
    const alias = (index: number) => (single ? 'organization' : `o${index}`);

    const answer = await this.post<unknown>(request, query, variables);
    const errorFor = new Map<string, { code?: string; message?: string }>();
    for (const error of answer.errors ?? []) {
      const key = typeof error.path?.[0] === 'string' ? error.path[0] : '';
      errorFor.set(key, { code: error.extensions?.code, message: error.message });
    }
    const someoneFailed = ids.some((_, index) => errorFor.has(alias(index)));
    const outcomes = ids.map((id, index): OrganizationFacts | Error | null => {
      const node = answer.data?.[alias(index)];
      if (isOrganizationFacts(node)) {
        return {
          id: node.id,
          name: node.name,
          kind: node.kind,
          sizeClass: node.sizeClass,
          inLargeBusinessGroup: node.inLargeBusinessGroup,
          certification: node.certification ? { expired: node.certification.expired } : null,
        };
      }
      const error = errorFor.get(alias(index)) ?? errorFor.get('');
      // `organization` is non-null: one organisation's error nulls the whole answer, so the
      // others in the batch have neither facts nor an error of their own. They are asked again.
      if (!error && someoneFailed) return null;
      switch (error?.code ?? '') {
        case 'NOT_FOUND':
          return new NotFoundError('Organisation', id);
        case 'FORBIDDEN':
          // A client without consortia:read may not read the directory.
          return new ForbiddenError(
            'Reading the organisation directory needs the scope consortia:read.',
          );
        case 'UNAUTHENTICATED':
          return new UnauthenticatedError();
        default:
          return this.failure(
            `answered ${error ? `${error.code ?? 'an error'}: ${error.message ?? ''}` : 'no organisation facts'} for organisation ${id}`,
          );
      }
    });
    const again = ids.filter((_, index) => outcomes[index] === null);
    if (again.length === 0) return outcomes as (OrganizationFacts | Error)[];
    const answered = await this.askFacts(request, again);
    return outcomes.map((outcome) => outcome ?? (answered.shift() as OrganizationFacts | Error));
  }

  private loader(request: Request): DataLoader<string, ConsortiumAccess> {
    return requestScoped(
      request,
      'consortium-access',
      () =>
        new DataLoader((ids: readonly string[]) => this.ask(request, ids), {
          maxBatchSize: MAX_CONSORTIUMS_PER_CALL,
        }),
    );
  }

  private async ask(request: Request, ids: readonly string[]): Promise<Outcome[]> {
    const single = ids.length === 1;
    const query = single
      ? CONSORTIUM_ACCESS_QUERY
      : `query(${ids.map((_, i) => `$c${i}: UUID!`).join(', ')}){ ${ids
          .map((_, i) => `c${i}: consortium(id: $c${i}){ id myAccess }`)
          .join(' ')} }`;
    const variables = single
      ? { id: ids[0] }
      : Object.fromEntries(ids.map((id, i) => [`c${i}`, id]));
    const alias = (index: number) => (single ? 'consortium' : `c${index}`);

    const answer = await this.post(request, query, variables);
    const errorFor = new Map<string, { code?: string; message?: string }>();
    for (const error of answer.errors ?? []) {
      const key = typeof error.path?.[0] === 'string' ? error.path[0] : '';
      errorFor.set(key, { code: error.extensions?.code, message: error.message });
    }
    return ids.map((id, index): Outcome => {
      const node = answer.data?.[alias(index)];
      if (node && LEVELS.has(node.myAccess)) return node.myAccess as ConsortiumAccess;
      const error = errorFor.get(alias(index)) ?? errorFor.get('');
      switch (error?.code ?? '') {
        case 'NOT_FOUND':
          return new NotFoundError('Consortium', id);
        case 'FORBIDDEN':
          // The caller may not even read the directory (a client without consortia:read).
          return ConsortiumAccess.PUBLIC;
        case 'UNAUTHENTICATED':
          return new UnauthenticatedError();
        default:
          return this.failure(
            `answered ${error ? `${error.code ?? 'an error'}: ${error.message ?? ''}` : 'no access level'} for consortium ${id}`,
          );
      }
    });
  }

  private async post<Node = { id: string; myAccess: string }>(
    request: Request,
    query: string,
    variables: Record<string, string>,
  ): Promise<GraphQLAnswer<Node>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    // This request's id (the incoming one, or the one the logger gave it), so both logs read as one trail.
    const requestId =
      (request as Request & { id?: unknown }).id ?? request.headers[REQUEST_ID_HEADER];
    if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = requestId;
    let response: Response;
    try {
      response = await fetch(`${this.config.consortiaUrl}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(CONSORTIA_TIMEOUT_MS),
      });
    } catch (error) {
      throw this.failure(`could not be reached: ${(error as Error).message}`, error);
    }
    try {
      return (await response.json()) as GraphQLAnswer<Node>;
    } catch (error) {
      throw this.failure(`answered HTTP ${response.status} without a GraphQL body`, error);
    }
  }

  /** Logged with the cause; the caller sees only INTERNAL_SERVER_ERROR (a plain Error is masked). */
  private failure(what: string, cause?: unknown): Error {
    const message = `The consortia subgraph at ${this.config.consortiaUrl} ${what}`;
    this.logger.error({ err: cause }, message);
    return new Error(message);
  }
}
