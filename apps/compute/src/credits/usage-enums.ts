import { registerEnumType } from '@nestjs/graphql';

/** What compute utilization is grouped by. */
export enum UtilizationGrouping {
  POOL = 'POOL',
  CONSORTIUM = 'CONSORTIUM',
  VERTICAL = 'VERTICAL',
  REGION = 'REGION',
}

registerEnumType(UtilizationGrouping, {
  name: 'UtilizationGrouping',
  description:
    'POOL, CONSORTIUM, VERTICAL or REGION (a consortium working in several regions counts in each).',
});

/** The usage service's grouping key for each GraphQL grouping. */
export const UTILIZATION_KEY = {
  [UtilizationGrouping.POOL]: 'pool',
  [UtilizationGrouping.CONSORTIUM]: 'consortium',
  [UtilizationGrouping.VERTICAL]: 'consortium',
  [UtilizationGrouping.REGION]: 'consortium',
} as const satisfies Record<UtilizationGrouping, 'pool' | 'consortium'>;
