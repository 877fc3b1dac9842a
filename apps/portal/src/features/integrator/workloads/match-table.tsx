import { Badge, Button, List, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useState } from 'react';
import { formatCount, humanize } from '../../../shared/format';
import { type MatchResult } from './workload-match.page';

type Prediction = MatchResult['ranking'][number];

const figure = (value: number, digits = 1) =>
  value >= 100 ? formatCount(Math.round(value)) : value.toFixed(digits);

const meets = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : (
    <Badge size="xs" color={value ? 'teal' : 'red'} ml={4}>
      {value ? 'meets target' : 'misses target'}
    </Badge>
  );

/** The devices that can run the workload, best first, each with its factors explained on demand. */
export function MatchTable({ ranking }: { ranking: readonly Prediction[] }) {
  const [open, setOpen] = useState<string | null>(ranking[0]?.deviceId ?? null);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label="Ranked devices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Device</Table.Th>
            <Table.Th>Devices</Table.Th>
            <Table.Th>Throughput /s</Table.Th>
            <Table.Th>Latency ms</Table.Th>
            <Table.Th>Bound</Table.Th>
            <Table.Th>Credits/h</Table.Th>
            <Table.Th>Score</Table.Th>
            <Table.Th>
              <VisuallyHidden>Explanation</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ranking.map((prediction, index) => {
            const expanded = open === prediction.deviceId;
            const detailsId = `why-${prediction.deviceId}`;
            return (
              <Fragment key={prediction.deviceId}>
                <Table.Tr>
                  <Table.Td>{index + 1}</Table.Td>
                  <Table.Td>
                    <Text fw={index === 0 ? 700 : 500}>{prediction.device.name}</Text>
                    <Text size="xs" c="dimmed">
                      {prediction.device.vendor} · {humanize(prediction.device.category)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{prediction.devices}</Table.Td>
                  <Table.Td>
                    {figure(prediction.throughput)}
                    {meets(prediction.meetsThroughputTarget)}
                  </Table.Td>
                  <Table.Td>
                    {figure(prediction.latencyMs, 2)}
                    {meets(prediction.meetsLatencyTarget)}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={prediction.bound === 'MEMORY' ? 'grape' : 'blue'}>
                      {humanize(prediction.bound)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {prediction.creditsPerHour === null || prediction.creditsPerHour === undefined
                      ? '—'
                      : figure(prediction.creditsPerHour)}
                  </Table.Td>
                  <Table.Td>{prediction.score.toFixed(3)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      aria-expanded={expanded}
                      aria-controls={detailsId}
                      onClick={() => setOpen(expanded ? null : prediction.deviceId)}
                    >
                      {expanded ? 'Hide why' : 'Why'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {expanded ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={9} bg="var(--mantine-color-gray-0)">
                      <List size="sm" spacing={4}>
                        {prediction.explanations.map((explanation) => (
                          <List.Item key={explanation.factor}>
                            <b>{humanize(explanation.factor)}:</b> {explanation.text}
                          </List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
