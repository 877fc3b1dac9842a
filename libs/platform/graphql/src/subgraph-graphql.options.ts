import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { isProduction } from '@vcp/platform/config';
import type { Request, Response } from 'express';
import { maskErrors } from './format-error';
import { queryProtection, SUBGRAPH_QUERY_LIMITS } from './limits';
import { SCALARS_MAP } from './scalars';

export interface GraphQLRequestContext {
  req: Request;
  res: Response;
}

const logger = new Logger('GraphQL');

/**
 * The one configuration every code-first subgraph uses: Federation 2 schema, shared scalars,
 * error masking, CSRF prevention, query limits, and no introspection or stack traces in production.
 */
export function subgraphGraphQLOptions(): ApolloFederationDriverConfig {
  const production = isProduction();
  const protection = queryProtection(SUBGRAPH_QUERY_LIMITS, production);
  return {
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP, noDuplicatedFields: true },
    context: ({ req, res }: GraphQLRequestContext): GraphQLRequestContext => ({ req, res }),
    playground: false,
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      // Federated tracing is only for Apollo's hosted reporting, which the product does not use.
      ApolloServerPluginInlineTraceDisabled(),
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ],
    formatError: maskErrors({
      exposeStacktrace: !production,
      onMasked: (formatted, original) =>
        logger.error({ err: original, path: formatted.path }, 'Unexpected error in a resolver'),
    }),
  };
}
