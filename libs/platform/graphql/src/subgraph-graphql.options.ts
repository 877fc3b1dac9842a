import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { SUBGRAPH_QUERY_LIMITS } from './limits';
import { checkScalarInputs, SCALARS_MAP } from './scalars';
import { serverHardening } from './server-hardening';

export interface GraphQLRequestContext {
  req: Request;
  res: Response;
}

/**
 * The one configuration every code-first subgraph uses: Federation 2 schema, shared scalars and
 * the shared hardening (with the looser subgraph query limits).
 */
export function subgraphGraphQLOptions(service = 'subgraph'): ApolloFederationDriverConfig {
  const hardening = serverHardening(SUBGRAPH_QUERY_LIMITS, service);
  return {
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP, noDuplicatedFields: true },
    transformSchema: checkScalarInputs,
    context: ({ req, res }: GraphQLRequestContext): GraphQLRequestContext => ({ req, res }),
    playground: false,
    ...hardening,
    plugins: [
      ...hardening.plugins,
      // Federated tracing is only for Apollo's hosted reporting, which the product does not use.
      ApolloServerPluginInlineTraceDisabled(),
    ],
  };
}
