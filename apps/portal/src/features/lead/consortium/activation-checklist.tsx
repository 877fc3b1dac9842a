import { Alert, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { type ConsortiumOverviewQuery } from '../../../gql/graphql';

type Consortium = ConsortiumOverviewQuery['consortium'];

const REQUIREMENTS: { key: string; label: string }[] = [
  { key: 'MID_SIZED_ANCHOR', label: 'A mid-sized anchor firm' },
  { key: 'SME_MEMBERS', label: 'At least 3 active SME members' },
  { key: 'RESEARCH_PARTNERS', label: 'At least 1 university research partner' },
  { key: 'CERTIFIED_INTEGRATORS', label: 'At least 1 integrator with a valid certification' },
];

/** What the consortium still needs to go ACTIVE, one line per activation rule. */
export function ActivationChecklist({ consortium }: { consortium: Consortium }) {
  const gaps = consortium.activationGaps;
  if (consortium.status !== 'FORMING')
    return (
      <Alert color={consortium.status === 'ACTIVE' ? 'green' : 'orange'} title="Activation">
        {consortium.status === 'ACTIVE'
          ? 'The consortium is active.'
          : `The consortium is ${consortium.status.toLowerCase()}${consortium.statusReason ? `: ${consortium.statusReason}` : '.'}`}
      </Alert>
    );
  if (!gaps)
    return (
      <Text c="dimmed">
        Only the consortium's leads and operators see its activation checklist.
      </Text>
    );
  const done = REQUIREMENTS.filter((r) => !gaps.some((g) => g.requirement === r.key)).length;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Activation checklist
        </Title>
        <Progress
          value={(done / REQUIREMENTS.length) * 100}
          aria-label={`${done} of ${REQUIREMENTS.length} activation requirements met`}
        />
        <List spacing="xs" listStyleType="none" aria-label="Activation requirements">
          {REQUIREMENTS.map((requirement) => {
            const gap = gaps.find((g) => g.requirement === requirement.key);
            return (
              <List.Item
                key={requirement.key}
                icon={
                  <ThemeIcon color={gap ? 'orange' : 'green'} size={22} radius="xl" aria-hidden>
                    {gap ? '!' : '✓'}
                  </ThemeIcon>
                }
              >
                <Text fw={500}>
                  {requirement.label}{' '}
                  <Text span c={gap ? 'orange' : 'green'} size="sm">
                    {gap ? `missing (${gap.actual} of ${gap.required})` : 'done'}
                  </Text>
                </Text>
                {gap ? (
                  <Text size="sm" c="dimmed">
                    {gap.message}
                  </Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
        {gaps.length === 0 ? (
          <Alert color="green">Every requirement is met: the consortium can be activated.</Alert>
        ) : null}
      </Stack>
    </Paper>
  );
}
