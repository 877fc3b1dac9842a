import { useApolloClient } from '@apollo/client/react';
import { Alert, Card, Grid, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type MatchWorkloadQuery, type WorkloadInput } from '../../../gql/graphql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { MatchTable } from './match-table';
import { RooflineChart } from './roofline-chart';
import { WorkloadEditor } from './workload-editor';

const MATCH_WORKLOAD = graphql(`
  query MatchWorkload($workload: WorkloadInput!) {
    matchWorkload(workload: $workload) {
      formula
      flopsPerInference
      bytesPerInference
      footprintBytes
      ranking {
        deviceId
        devices
        score
        bound
        latencyMs
        throughput
        powerW
        energyPerInferenceJ
        creditsPerHour
        meetsLatencyTarget
        meetsThroughputTarget
        explanations {
          factor
          text
        }
        device {
          id
          name
          vendor
          category
          memoryBandwidthGBps {
            value
          }
          peaks {
            precision
            unit
            value
          }
        }
      }
      exclusions {
        deviceId
        deviceName
        reasons
      }
    }
  }
`);

export type MatchResult = MatchWorkloadQuery['matchWorkload'];

/**
 * Describe a workload (from a vertical's template), rank the devices that can run it with each
 * factor explained, and see them on a roofline.
 */
export function WorkloadMatchPage() {
  const client = useApolloClient();
  const [result, setResult] = useState<{ workload: WorkloadInput; match: MatchResult } | null>(
    null,
  );
  const [matching, setMatching] = useState(false);

  const match = async (workload: WorkloadInput) => {
    setMatching(true);
    try {
      const { data } = await client.query({
        query: MATCH_WORKLOAD,
        variables: { workload },
        fetchPolicy: 'network-only',
      });
      if (data) setResult({ workload, match: data.matchWorkload });
    } finally {
      setMatching(false);
    }
  };

  return (
    <>
      <PageHeader
        title="Workload matching"
        description="Start from a vertical's template, adjust the workload, and rank the devices in service for it."
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              Workload
            </Title>
            <WorkloadEditor onMatch={match} matching={matching} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          {matching && !result ? (
            <LoadingPanel label="Ranking the devices…" />
          ) : !result ? (
            <EmptyPanel
              title="No workload matched yet"
              description="Choose a template, adjust the figures and press Rank devices."
            />
          ) : (
            <Stack gap="lg">
              <Alert color="gray" title="How it is computed">
                {result.match.formula}
              </Alert>
              {result.match.ranking.length === 0 ? (
                <EmptyPanel
                  title="No device can run it"
                  description="Every device was excluded (see below): relax the latency, power or residency, or a smaller precision."
                />
              ) : (
                <>
                  <MatchTable ranking={result.match.ranking} />
                  <Card withBorder>
                    <Title order={3} size="h4" mb="xs">
                      Roofline
                    </Title>
                    <RooflineChart workload={result.workload} match={result.match} />
                  </Card>
                </>
              )}
              {result.match.exclusions.length > 0 ? (
                <Card withBorder>
                  <Title order={3} size="h4" mb="xs">
                    Excluded devices
                  </Title>
                  <Text size="sm" c="dimmed" mb="sm">
                    {result.match.exclusions.length === 1
                      ? 'One device cannot run this workload as described:'
                      : `${result.match.exclusions.length} devices cannot run this workload as described:`}
                  </Text>
                  <SimpleGrid
                    component="ul"
                    cols={{ base: 1, md: 2 }}
                    spacing="lg"
                    verticalSpacing="sm"
                    m={0}
                    p={0}
                    style={{ listStyle: 'none' }}
                  >
                    {result.match.exclusions.map((exclusion) => (
                      <li key={exclusion.deviceId}>
                        <Text size="sm" fw={600}>
                          {exclusion.deviceName}
                        </Text>
                        <List size="sm" spacing={2}>
                          {exclusion.reasons.map((reason) => (
                            <List.Item key={reason}>{reason}</List.Item>
                          ))}
                        </List>
                      </li>
                    ))}
                  </SimpleGrid>
                </Card>
              ) : null}
            </Stack>
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
