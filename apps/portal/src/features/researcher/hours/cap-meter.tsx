import { Group, Progress, Stack, Text } from '@mantine/core';

/**
 * The week's hours against the university's weekly cap (across all engagements): how many hours
 * are left before the server refuses another entry in that ISO week.
 */
export function CapMeter({ week, cap, logged }: { week: string; cap: number; logged: number }) {
  const remaining = Math.max(0, cap - logged);
  const used = cap > 0 ? Math.min(100, (logged / cap) * 100) : 100;
  const color = remaining === 0 ? 'red' : used >= 75 ? 'orange' : 'teal';
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="baseline">
        <Text fw={600}>Weekly cap, {week}</Text>
        <Text size="sm" c="dimmed">
          {logged} of {cap} h
        </Text>
      </Group>
      <Progress.Root size="xl">
        <Progress.Section
          value={used}
          color={color}
          aria-label={`Hours logged in ${week}`}
          aria-valuetext={`${logged} of ${cap} hours logged`}
        />
      </Progress.Root>
      <Text size="sm" role="status" aria-live="polite" data-testid="cap-remaining">
        {remaining > 0
          ? `${remaining} h left this week: the server refuses an entry that would pass ${cap} h.`
          : `The cap of ${cap} h is reached: the server refuses more hours in ${week}.`}
      </Text>
    </Stack>
  );
}
