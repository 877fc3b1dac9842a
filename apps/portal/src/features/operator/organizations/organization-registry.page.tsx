import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { type OrganizationKind, type Region } from '../../../gql/graphql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatCount, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { KINDS, REGIONS } from './organization-options';
import { ORGANIZATIONS } from './organizations.operations';
import { RegisterOrganizationModal } from './register-organization-modal';

/** Every registered organisation, searchable and filtered by kind and region, 20 to a page. */
export function OrganizationRegistryPage() {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [kinds, setKinds] = useState<OrganizationKind[]>([]);
  const [region, setRegion] = useState<Region | null>(null);
  // Cursors of the pages before the current one: Previous pops, Next pushes.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [registering, setRegistering] = useState(false);
  const filter = {
    search: debounced.length >= 2 ? debounced : undefined,
    kinds: kinds.length ? kinds : undefined,
    regions: region ? [region] : undefined,
  };
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(ORGANIZATIONS, {
    variables: { filter, after },
  });
  const resetPages = () => setCursors([null]);
  const organizations = data?.organizations.nodes ?? [];
  const pageInfo = data?.organizations.pageInfo;

  return (
    <Stack>
      <PageHeader
        title="Organisation registry"
        description={
          data
            ? data.organizationCounts
                .map((c) => `${formatCount(c.count)} ${humanize(c.kind)}`)
                .join(' · ')
            : 'Firms, universities, integrators and agencies in the program.'
        }
        actions={<Button onClick={() => setRegistering(true)}>Register organisation</Button>}
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Search by name"
          description="At least 2 letters"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            resetPages();
          }}
          style={{ flex: '1 1 14rem' }}
        />
        <MultiSelect
          label="Kind"
          placeholder={kinds.length ? undefined : 'All kinds'}
          data={KINDS}
          value={kinds}
          onChange={(value) => {
            setKinds(value as OrganizationKind[]);
            resetPages();
          }}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
        <Select
          label="Region"
          placeholder="All regions"
          data={REGIONS}
          value={region}
          onChange={(value) => {
            setRegion(value as Region | null);
            resetPages();
          }}
          clearable
          searchable
          style={{ flex: '1 1 10rem' }}
        />
      </Group>
      {error ? (
        <QueryError error={error} retry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingPanel label="Loading organisations…" />
      ) : organizations.length === 0 ? (
        <EmptyPanel
          title="No organisation matches"
          description="Change the search or the filters, or register the organisation."
          action={
            <Button variant="light" onClick={() => setRegistering(true)}>
              Register organisation
            </Button>
          }
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-label="Organisations" aria-busy={loading}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Kind</Table.Th>
                  <Table.Th scope="col">Region</Table.Th>
                  <Table.Th scope="col">Industry</Table.Th>
                  <Table.Th scope="col">Size class</Table.Th>
                  <Table.Th scope="col">Registration no.</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organizations.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      <Text fw={500}>{o.name}</Text>
                      {o.certification && o.certification.status !== 'NONE' ? (
                        <Badge
                          size="xs"
                          variant="light"
                          color={o.certification.status === 'VALID' ? 'green' : 'red'}
                        >
                          certification {o.certification.status.toLowerCase()}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{humanize(o.kind)}</Table.Td>
                    <Table.Td>{humanize(o.region)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{o.industryName}</Text>
                      <Text size="xs" c="dimmed">
                        {o.industryCode}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {o.sizeClass ? humanize(o.sizeClass) : '—'}
                      {o.inLargeBusinessGroup ? (
                        <Text size="xs" c="dimmed">
                          {o.businessGroup ?? 'large business group'}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td ff="monospace">
                      {o.details?.businessRegistrationNumber ?? '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="space-between">
            <Text size="sm" c="dimmed" aria-live="polite">
              Page {cursors.length}
            </Text>
            <Group gap="xs">
              <Button
                variant="default"
                disabled={cursors.length === 1}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                Previous page
              </Button>
              <Button
                variant="default"
                disabled={!pageInfo?.hasNextPage}
                onClick={() => setCursors((c) => [...c, pageInfo?.endCursor ?? null])}
              >
                Next page
              </Button>
            </Group>
          </Group>
        </>
      )}
      <RegisterOrganizationModal opened={registering} onClose={() => setRegistering(false)} />
    </Stack>
  );
}
