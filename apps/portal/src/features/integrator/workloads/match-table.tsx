import { Badge, Button, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { Fragment, useId, useState } from 'react';
import { type RooflineBound } from '../../../gql/graphql';
import { formatCount, humanize } from '../../../shared/format';
import { type MatchResult } from './workload-match.page';

type Prediction = MatchResult['ranking'][number];

const figure = (value: number, digits = 1) =>
  value >= 100 ? formatCount(Math.round(value)) : value.toFixed(digits);

/** Badges keep their whole word: a table column must not squeeze them to an ellipsis. */
const WHOLE = { root: { minWidth: 'max-content', overflow: 'visible' } } as const;

const meets = (value: boolean | null | undefined) =>
  value === null || value === undefined ? null : (
    <Badge size="sm" tt="none" variant="dot" color={value ? 'teal' : 'red'} styles={WHOLE}>
      {value ? 'meets target' : 'misses target'}
    </Badge>
  );

const BOUND: Record<RooflineBound, string> = { MEMORY: 'Memory-bound', COMPUTE: 'Compute-bound' };

/** The devices that can run the workload, best first, each with its factors explained on demand. */
export function MatchTable({ ranking }: { ranking: readonly Prediction[] }) {
  const [open, setOpen] = useState<string | null>(ranking[0]?.deviceId ?? null);
  const noteId = useId();
  const unpriced = ranking.some((p) => p.creditsPerHour === null || p.creditsPerHour === undefined);
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Ranked devices" horizontalSpacing={8} verticalSpacing={6}>
          <Table.Thead style={{ whiteSpace: 'nowrap' }}>
            <Table.Tr>
              <Table.Th scope="col">#</Table.Th>
              <Table.Th scope="col">Device</Table.Th>
              <Table.Th scope="col">Throughput/s</Table.Th>
              <Table.Th scope="col">Latency ms</Table.Th>
              <Table.Th scope="col">Bound</Table.Th>
              <Table.Th scope="col" aria-describedby={unpriced ? noteId : undefined}>
                Credits/h{unpriced ? <sup aria-hidden>*</sup> : null}
              </Table.Th>
              <Table.Th scope="col">Score</Table.Th>
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
                    <Table.Td miw={150}>
                      <Text size="sm" fw={index === 0 ? 700 : 500}>
                        {prediction.device.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {prediction.device.vendor} · {humanize(prediction.device.category)} ·{' '}
                        {prediction.devices === 1 ? '1 device' : `${prediction.devices} devices`}
                      </Text>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        ml={-6}
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        onClick={() => setOpen(expanded ? null : prediction.deviceId)}
                      >
                        {expanded ? 'Hide why' : 'Why'}
                        <VisuallyHidden> {prediction.device.name}</VisuallyHidden>
                      </Button>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        {figure(prediction.throughput)}
                        {meets(prediction.meetsThroughputTarget)}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        {figure(prediction.latencyMs, 2)}
                        {meets(prediction.meetsLatencyTarget)}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        size="sm"
                        tt="none"
                        variant="light"
                        color={prediction.bound === 'MEMORY' ? 'grape' : 'blue'}
                        c={prediction.bound === 'MEMORY' ? 'grape.9' : 'blue.9'}
                        styles={WHOLE}
                      >
                        {BOUND[prediction.bound]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {prediction.creditsPerHour === null ||
                      prediction.creditsPerHour === undefined ? (
                        <>
                          <span aria-hidden>—</span>
                          <VisuallyHidden>No pool offers it</VisuallyHidden>
                        </>
                      ) : (
                        figure(prediction.creditsPerHour)
                      )}
                    </Table.Td>
                    <Table.Td>{prediction.score.toFixed(1)}</Table.Td>
                  </Table.Tr>
                  {expanded ? (
                    <Table.Tr id={detailsId}>
                      <Table.Td colSpan={7} bg="var(--mantine-color-gray-0)">
                        {/* On a narrow screen the table scrolls sideways: the sentences stay in view. */}
                        <List
                          size="sm"
                          spacing={4}
                          maw="calc(100vw - 5rem)"
                          style={{ position: 'sticky', left: 8 }}
                        >
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
      {unpriced ? (
        <Text size="xs" c="dimmed" id={noteId}>
          * Credits/h: what a compute pool charges an hour for these devices. “—”: no compute pool
          offers the device yet, so it has no price in credits.
        </Text>
      ) : null}
    </Stack>
  );
}
