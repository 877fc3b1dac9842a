import { type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { Logger } from '@nestjs/common';
import { isProduction } from '@vcp/platform/config';
import { maskErrors } from './format-error';
import { queryProtection, type QueryLimits } from './limits';

/**
 * The Apollo Server settings every GraphQL endpoint shares, the gateway and each subgraph alike:
 * CSRF prevention, query limits, no batched arrays, error masking, and no introspection, landing
 * page or stack traces in production.
 */
export function serverHardening(limits: QueryLimits, service: string) {
  const production = isProduction();
  const protection = queryProtection(limits, production);
  const logger = new Logger(service);
  return {
    csrfPrevention: true,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      production
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
    ] as ApolloServerPlugin[],
    formatError: maskErrors({
      exposeStacktrace: !production,
      onMasked: (formatted, original) =>
        logger.error({ err: original, path: formatted.path }, 'Unexpected error'),
    }),
  };
}
