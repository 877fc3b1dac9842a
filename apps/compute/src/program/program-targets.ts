/** The national AI program's public targets, which dashboards set the measured figures against. */
export interface ProgramTarget {
  key: string;
  description: string;
  unit: string;
  target: number;
  targetYear: number;
  baseline: number | null;
  baselineYear: number | null;
}

export const PROGRAM_TARGETS: readonly ProgramTarget[] = [
  {
    key: 'industrial-ai-adoption',
    description: 'Share of firms that have adopted AI in industry',
    unit: 'percent',
    target: 70,
    targetYear: 2030,
    baseline: null,
    baselineYear: null,
  },
  {
    key: 'public-sector-ai-integration',
    description: 'Share of public-sector services integrating AI',
    unit: 'percent',
    target: 95,
    targetYear: 2030,
    baseline: null,
    baselineYear: null,
  },
  {
    key: 'advanced-ai-experts',
    description: 'Advanced AI experts in the workforce',
    unit: 'people',
    target: 200_000,
    targetYear: 2030,
    baseline: 51_000,
    baselineYear: 2023,
  },
  {
    key: 'center-compute-capacity',
    description: 'Public AI computing center capacity, fifteen-fold today’s',
    unit: 'exaflops',
    target: 2,
    targetYear: 2030,
    baseline: 2 / 15,
    baselineYear: 2024,
  },
  {
    key: 'ai-unicorns',
    description: 'AI start-ups valued at over one billion US dollars',
    unit: 'firms',
    target: 10,
    targetYear: 2030,
    baseline: null,
    baselineYear: null,
  },
];
