import { useQuery } from '@apollo/client/react';
import { Stack, Table, Text, Title } from '@mantine/core';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDate, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { QueryError } from '../../../shared/query-error';

const HARDWARE_PLAN = graphql(`
  query ConsortiumHardwarePlan($id: UUID!) {
    consortium(id: $id) {
      id
      workloads {
        id
        name
        family
        precision
        site
      }
      hardwarePlan {
        workloadId
        devices
        chosenAt
        workload {
          id
          name
        }
        device {
          id
          name
          vendor
          category
        }
      }
    }
  }
`);

/** The consortium's workloads and the device chosen for each. */
export function HardwarePlan({ consortiumId }: { consortiumId: string }) {
  const { data, loading, error, refetch } = useQuery(HARDWARE_PLAN, {
    variables: { id: consortiumId },
  });
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading the hardware plan…" />;
  const workloads = data?.consortium.workloads;
  const plan = data?.consortium.hardwarePlan ?? [];
  if (!workloads)
    return <Text c="dimmed">Only the consortium's people and members see its hardware plan.</Text>;
  if (!workloads.length)
    return (
      <EmptyPanel
        title="No workloads yet"
        description="Describe a workload from your vertical's templates, match it against the catalog and choose a device; the plan shows here."
      />
    );
  return (
    <Stack>
      <Title order={3} size="h5">
        Workloads and chosen devices
      </Title>
      <Table.ScrollContainer minWidth={600}>
        <Table aria-label="Hardware plan" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Workload</Table.Th>
              <Table.Th scope="col">Model</Table.Th>
              <Table.Th scope="col">Device</Table.Th>
              <Table.Th scope="col">Chosen</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workloads.map((workload) => {
              const entry = plan.find((p) => p.workloadId === workload.id);
              return (
                <Table.Tr key={workload.id}>
                  <Table.Td fw={500}>{workload.name}</Table.Td>
                  <Table.Td>
                    {humanize(workload.family)} · {workload.precision} · {humanize(workload.site)}
                  </Table.Td>
                  <Table.Td>
                    {entry ? (
                      `${entry.devices} × ${entry.device.name} (${entry.device.vendor}, ${entry.device.category})`
                    ) : (
                      <Text c="dimmed" size="sm">
                        not chosen yet
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry ? formatDate(entry.chosenAt) : '—'}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
