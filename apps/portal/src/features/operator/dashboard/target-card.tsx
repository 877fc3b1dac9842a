import { Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { formatCount, formatPercent } from '../../../shared/format';

/** A figure beside its target, as a number and a bar. */
export function TargetCard({
  title,
  value,
  target,
  format,
  detail,
}: {
  title: string;
  value: number;
  target: number;
  format: 'percent' | 'count';
  detail: string;
}) {
  const show = format === 'percent' ? formatPercent : formatCount;
  const share = target > 0 ? Math.min(1, value / target) : 0;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="xl" fw={700}>
          {show(value)}{' '}
          <Text span c="dimmed" size="sm" fw={400}>
            of {show(target)} target
          </Text>
        </Text>
        <Progress
          value={share * 100}
          aria-label={`${title}: ${formatPercent(share)} of the target`}
        />
        <Text size="sm" c="dimmed">
          {detail}
        </Text>
      </Stack>
    </Paper>
  );
}
