import { ApolloArmor } from '@escape.tech/graphql-armor';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
  maxDirectives: number;
}

/** Limits for requests from the outside world, enforced at the gateway. */
export const PUBLIC_QUERY_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 2000,
  maxDirectives: 20,
};

/**
 * Subgraphs enforce limits too (they never trust the network), but looser ones: the gateway's
 * query plans add `_entities` fetches and type conditions a client did not write.
 */
export const SUBGRAPH_QUERY_LIMITS: QueryLimits = {
  maxDepth: 16,
  maxAliases: 50,
  maxCost: 20000,
  maxTokens: 8000,
  maxDirectives: 50,
};

/** graphql-armor plugins and validation rules; batched HTTP arrays are refused. */
export function queryProtection(limits: QueryLimits, production: boolean) {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: !production },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: !production },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules, allowBatchedHttpRequests: false as const };
}
