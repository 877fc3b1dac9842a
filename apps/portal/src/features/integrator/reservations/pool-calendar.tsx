import { useQuery } from '@apollo/client/react';
import { Box, Group, ScrollArea, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../../gql';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';
import { addSeoulDays, seoulInstant, seoulParts } from './seoul-time';

const POOL_CALENDAR = graphql(`
  query PoolCalendar($poolId: UUID!, $from: DateTime!, $to: DateTime!) {
    poolCalendar(poolId: $poolId, from: $from, to: $to) {
      poolId
      capacityDevices
      hours {
        startsAt
        freeDevices
      }
    }
  }
`);

const DAYS = 7;
const weekday = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** Green when every device is free, through amber, to red when none is. */
function shade(free: number, capacity: number): string {
  if (capacity <= 0 || free <= 0) return 'var(--mantine-color-red-6)';
  const share = free / capacity;
  if (share >= 1) return 'var(--mantine-color-teal-6)';
  if (share >= 0.5) return 'var(--mantine-color-teal-3)';
  return 'var(--mantine-color-orange-4)';
}

/**
 * A week of the pool's hours (Korea time) as a heat map of free devices; choosing an hour starts
 * the reservation there. A new `version` (after a hold, confirmation or cancellation) reloads the
 * hours while the current ones stay on screen.
 */
export function PoolCalendar({
  poolId,
  firstDay,
  version,
  onPick,
}: {
  poolId: string;
  firstDay: string;
  version: number;
  onPick: (date: string, hour: number) => void;
}) {
  // Hours before the page opened are past; holds must start in the future.
  const [now] = useState(() => Date.now());
  const from = seoulInstant(firstDay, 0);
  const to = seoulInstant(addSeoulDays(firstDay, DAYS), 0);
  const { data, error, refetch } = useQuery(POOL_CALENDAR, {
    variables: { poolId, from: from.toISOString(), to: to.toISOString() },
    fetchPolicy: 'network-only',
  });
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    void refetch();
  }, [version, refetch]);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!data) return <LoadingPanel label="Loading free devices…" />;
  const calendar = data.poolCalendar;
  const free = new Map(calendar.hours.map((h) => [new Date(h.startsAt).getTime(), h.freeDevices]));
  const days = Array.from({ length: DAYS }, (_, i) => addSeoulDays(firstDay, i));

  return (
    <Box>
      <ScrollArea type="auto" offsetScrollbars>
        <table
          aria-label={`Free devices per hour, of ${calendar.capacityDevices}, Korea time`}
          style={{ borderCollapse: 'separate', borderSpacing: 2, minWidth: 720 }}
        >
          <thead>
            <tr>
              <th scope="col">
                <VisuallyHidden>Day</VisuallyHidden>
              </th>
              {Array.from({ length: 24 }, (_, hour) => (
                <th key={hour} scope="col" style={{ fontSize: 10, fontWeight: 400 }}>
                  {String(hour).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day}>
                <th scope="row" style={{ fontSize: 12, textAlign: 'left', whiteSpace: 'nowrap' }}>
                  {weekday.format(new Date(`${day}T00:00:00Z`))}
                </th>
                {Array.from({ length: 24 }, (_, hour) => {
                  const at = seoulInstant(day, hour);
                  const devices = free.get(at.getTime()) ?? 0;
                  const past = at.getTime() <= now;
                  const label = `${day} ${String(hour).padStart(2, '0')}:00, ${devices} of ${calendar.capacityDevices} free`;
                  return (
                    <td key={hour} style={{ padding: 0 }}>
                      <UnstyledButton
                        aria-label={label}
                        title={label}
                        disabled={past}
                        onClick={() => {
                          const parts = seoulParts(at);
                          onPick(parts.date, parts.hour);
                        }}
                        style={{
                          display: 'block',
                          width: 24,
                          height: 22,
                          borderRadius: 3,
                          background: past
                            ? 'var(--mantine-color-gray-3)'
                            : shade(devices, calendar.capacityDevices),
                          color: 'white',
                          fontSize: 10,
                          textAlign: 'center',
                          cursor: past ? 'not-allowed' : 'pointer',
                        }}
                      >
                        {past ? '' : devices}
                      </UnstyledButton>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <Group gap="md" mt="xs">
        {[
          ['var(--mantine-color-teal-6)', 'all free'],
          ['var(--mantine-color-teal-3)', 'half or more'],
          ['var(--mantine-color-orange-4)', 'under half'],
          ['var(--mantine-color-red-6)', 'none free'],
          ['var(--mantine-color-gray-3)', 'past'],
        ].map(([color, text]) => (
          <Group gap={4} key={text}>
            <Box w={12} h={12} style={{ background: color, borderRadius: 2 }} aria-hidden />
            <Text size="xs">{text}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
