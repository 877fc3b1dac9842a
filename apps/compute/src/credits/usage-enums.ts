import { registerEnumType } from '@nestjs/graphql';

/** What compute utilization is grouped by. */
export enum UtilizationGrouping {
  POOL = 'POOL',
  CONSORTIUM = 'CONSORTIUM',
}

registerEnumType(UtilizationGrouping, {
  name: 'UtilizationGrouping',
  description: 'POOL (one row per pool) or CONSORTIUM (one row per consortium).',
});

/** The usage service's grouping key for each GraphQL grouping. */
export const UTILIZATION_KEY = {
  [UtilizationGrouping.POOL]: 'pool',
  [UtilizationGrouping.CONSORTIUM]: 'consortium',
} as const satisfies Record<UtilizationGrouping, 'pool' | 'consortium'>;
