import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type IntegratorCertificationsQuery } from '../../../gql/graphql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDate, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { useServerErrors } from '../../../shared/use-server-errors';

const INTEGRATORS = graphql(`
  query IntegratorCertifications {
    organizations(filter: { kinds: [CERTIFIED_INTEGRATOR] }, first: 100) {
      nodes {
        id
        name
        region
        certification {
          number
          issuedOn
          expiresOn
          expired
          status
        }
      }
    }
  }
`);

const CERTIFY = graphql(`
  mutation CertifyIntegrator($input: CertifyIntegratorInput!) {
    certifyIntegrator(input: $input) {
      id
      certification {
        number
        issuedOn
        expiresOn
        expired
        status
      }
    }
  }
`);

type Integrator = IntegratorCertificationsQuery['organizations']['nodes'][number];

/** Integrators and their certifications: only a valid one may join consortiums and redeem credits. */
export function IntegratorCertificationPage() {
  const { data, loading, error, refetch } = useQuery(INTEGRATORS);
  const [certifying, setCertifying] = useState<Integrator | null>(null);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading && !data) return <LoadingPanel label="Loading integrators…" />;
  const integrators = data?.organizations.nodes ?? [];
  return (
    <Stack>
      <PageHeader
        title="Integrator certification"
        description="A valid certification lets an integrator join consortiums, count for activation and place reservations."
      />
      {integrators.length === 0 ? (
        <EmptyPanel
          title="No integrators registered"
          description="Register an integrator in the organisation registry (kind: certified integrator), then certify it here."
        />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Integrators">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Integrator</Table.Th>
                <Table.Th scope="col">Certification</Table.Th>
                <Table.Th scope="col">Valid</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {integrators.map((integrator) => {
                const c = integrator.certification;
                return (
                  <Table.Tr key={integrator.id}>
                    <Table.Td>
                      <Text fw={500}>{integrator.name}</Text>
                      <Text size="xs" c="dimmed">
                        {humanize(integrator.region)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        color={
                          c?.status === 'VALID' ? 'green' : c?.status === 'EXPIRED' ? 'red' : 'gray'
                        }
                        variant="light"
                      >
                        {c?.status ?? 'NONE'}
                      </Badge>
                      {c ? (
                        <Text size="xs" c="dimmed" ff="monospace">
                          {c.number}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {c ? `${formatDate(c.issuedOn)} – ${formatDate(c.expiresOn)}` : '—'}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={c?.status === 'VALID' ? 'default' : 'filled'}
                        onClick={() => setCertifying(integrator)}
                        aria-label={`${c ? 'Renew' : 'Certify'} ${integrator.name}`}
                      >
                        {c ? 'Renew' : 'Certify'}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CertifyModal integrator={certifying} onClose={() => setCertifying(null)} />
    </Stack>
  );
}

type Field = 'number' | 'issuedOn' | 'expiresOn';

function CertifyModal({
  integrator,
  onClose,
}: {
  integrator: Integrator | null;
  onClose: () => void;
}) {
  const form = useForm({
    initialValues: { number: '', issuedOn: '', expiresOn: '' },
    validate: {
      number: (v) => (v.trim() ? null : 'Enter the certificate number'),
      issuedOn: (v) => (v ? null : 'Enter the date it was issued'),
      expiresOn: (v) => (v ? null : 'Enter the date it is valid through'),
    },
  });
  const errors = useServerErrors<Field>(form, ['number', 'issuedOn', 'expiresOn']);
  const [certify, { loading }] = useMutation(CERTIFY);
  const close = () => {
    form.reset();
    errors.clear();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!integrator) return;
    errors.clear();
    try {
      await certify({
        variables: {
          input: { organizationId: integrator.id, ...values, number: values.number.trim() },
        },
      });
      notifications.show({
        color: 'green',
        message: `${integrator.name} is certified through ${formatDate(values.expiresOn)}.`,
      });
      close();
    } catch (error) {
      errors.report(error);
    }
  });
  return (
    <Modal opened={!!integrator} onClose={close} title={`Certify ${integrator?.name ?? ''}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.formError ? (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          ) : null}
          <TextInput
            label="Certificate number"
            required
            data-autofocus
            {...form.getInputProps('number')}
          />
          <Group grow wrap="wrap">
            <TextInput label="Issued on" type="date" required {...form.getInputProps('issuedOn')} />
            <TextInput
              label="Valid through"
              type="date"
              required
              {...form.getInputProps('expiresOn')}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save certification
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
