import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../../gql';
import { errorMessage } from '../../../shared/server-errors';
import { useServerErrors } from '../../../shared/use-server-errors';

const CERTIFIED_INTEGRATORS = graphql(`
  query CertifiedIntegrators {
    organizations(filter: { kinds: [CERTIFIED_INTEGRATOR] }, first: 100) {
      nodes {
        id
        name
        certification {
          status
          expired
          expiresOn
        }
      }
    }
  }
`);

const GRANT_MANDATE = graphql(`
  mutation GrantMandate($input: GrantMandateInput!) {
    grantMandate(input: $input) {
      id
    }
  }
`);

const FIELDS = ['integratorOrganizationId', 'capCredits', 'expiresAt'] as const;
type MandateField = (typeof FIELDS)[number];

/** The end of a day in Korea time, as the instant the mandate ends. */
const endOfSeoulDay = (date: string) => new Date(`${date}T23:59:59+09:00`).toISOString();

export function GrantMandateForm({ onGranted }: { onGranted: () => void }) {
  const integrators = useQuery(CERTIFIED_INTEGRATORS);
  const form = useForm({
    initialValues: {
      integratorOrganizationId: '',
      capCredits: '' as number | string,
      expiresAt: '',
    },
    validate: {
      integratorOrganizationId: (v) => (v ? null : 'Choose the integrator'),
      capCredits: (v) => (v === '' ? 'Enter the most it may spend' : null),
      expiresAt: (v) => (v ? null : 'Choose the last day'),
    },
  });
  const server = useServerErrors<MandateField>(form, FIELDS);
  const [grant, { loading }] = useMutation(GRANT_MANDATE);

  const onSubmit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await grant({
        variables: {
          input: {
            integratorOrganizationId: values.integratorOrganizationId,
            capCredits: Number(values.capCredits),
            expiresAt: endOfSeoulDay(values.expiresAt),
          },
        },
      });
      notifications.show({ color: 'green', message: 'Mandate granted.' });
      form.reset();
      onGranted();
    } catch (error) {
      // One live mandate per integrator: a second one concerns the integrator chosen.
      server.report(error, 'integratorOrganizationId');
    }
  });

  const options = (integrators.data?.organizations.nodes ?? []).map((org) => ({
    value: org.id,
    label: org.certification?.expired ? `${org.name} (certification expired)` : org.name,
  }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Grant a mandate">
      <Stack gap="sm">
        {server.formError ? (
          <Alert color="red" role="alert">
            {server.formError}
          </Alert>
        ) : null}
        {integrators.error ? (
          <Alert color="red" role="alert">
            {errorMessage(integrators.error)}
          </Alert>
        ) : null}
        <Select
          label="Integrator"
          withAsterisk
          searchable
          placeholder={
            integrators.loading ? 'Loading integrators…' : 'Choose a certified integrator'
          }
          data={options}
          {...form.getInputProps('integratorOrganizationId')}
        />
        <NumberInput
          label="Credit cap"
          description="The most it may spend in all."
          withAsterisk
          min={1}
          thousandSeparator=","
          allowDecimal={false}
          {...form.getInputProps('capCredits')}
        />
        <TextInput
          type="date"
          label="Last day"
          description="The mandate ends at the end of this day (Korea time)."
          withAsterisk
          {...form.getInputProps('expiresAt')}
        />
        <Button type="submit" loading={loading} w="fit-content">
          Grant mandate
        </Button>
      </Stack>
    </form>
  );
}
