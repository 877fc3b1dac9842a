import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../../gql';
import { type PayBand } from '../../../gql/graphql';
import { useServerErrors } from '../../../shared/use-server-errors';

const DECLARE_DISCLOSURE = graphql(`
  mutation DeclareMyDisclosure($input: DeclareDisclosureInput!) {
    declareDisclosure(input: $input) {
      id
      version
    }
  }
`);

const PAY_BANDS: { value: PayBand; label: string }[] = [
  { value: 'NONE', label: 'No pay' },
  { value: 'UNDER_10M', label: 'Under ₩10M a year' },
  { value: 'FROM_10M_TO_30M', label: '₩10M to ₩30M a year' },
  { value: 'FROM_30M_TO_60M', label: '₩30M to ₩60M a year' },
  { value: 'OVER_60M', label: 'Over ₩60M a year' },
];

const FIELDS = ['payBand', 'holdsEquity', 'equityDetails', 'familyTies', 'familyDetails'] as const;
type DisclosureField = (typeof FIELDS)[number];

interface Current {
  payBand: PayBand;
  holdsEquity: boolean;
  equityDetails?: string | null;
  familyTies: boolean;
  familyDetails?: string | null;
}

/** Declares a new version of the disclosure; the server's messages appear at their fields. */
export function DisclosureForm({
  engagementId,
  current,
  onSaved,
}: {
  engagementId: string;
  current?: Current;
  onSaved: () => unknown;
}) {
  const form = useForm({
    initialValues: {
      payBand: (current?.payBand ?? '') as PayBand | '',
      holdsEquity: current?.holdsEquity ?? false,
      equityDetails: current?.equityDetails ?? '',
      familyTies: current?.familyTies ?? false,
      familyDetails: current?.familyDetails ?? '',
    },
    validate: { payBand: (value) => (value ? null : 'Choose the pay band') },
  });
  const server = useServerErrors<DisclosureField>(form, FIELDS);
  const [declare, { loading }] = useMutation(DECLARE_DISCLOSURE);

  const onSubmit = form.onSubmit(async (values) => {
    server.clear();
    try {
      const result = await declare({
        variables: {
          input: {
            engagementId,
            payBand: values.payBand as PayBand,
            holdsEquity: values.holdsEquity,
            equityDetails: values.equityDetails.trim() || null,
            familyTies: values.familyTies,
            familyDetails: values.familyDetails.trim() || null,
          },
        },
      });
      notifications.show({
        color: 'green',
        message: `Disclosure version ${result.data?.declareDisclosure.version ?? ''} declared.`,
      });
      await onSaved();
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Disclosure">
      <Stack gap="sm" maw={560}>
        {server.formError ? (
          <Alert color="red" role="alert">
            {server.formError}
          </Alert>
        ) : null}
        <Select
          label="Pay from the firm"
          data={PAY_BANDS}
          withAsterisk
          allowDeselect={false}
          {...form.getInputProps('payBand')}
        />
        <Checkbox
          label="I hold equity in the firm or a competitor"
          {...form.getInputProps('holdsEquity', { type: 'checkbox' })}
        />
        <Textarea
          label="Equity details"
          description="The company and your share; required when you hold equity."
          autosize
          minRows={2}
          {...form.getInputProps('equityDetails')}
        />
        <Checkbox
          label="A family member works for or owns part of the firm"
          {...form.getInputProps('familyTies', { type: 'checkbox' })}
        />
        <Textarea
          label="Family details"
          description="Who, and how you are related; required when there are family ties."
          autosize
          minRows={2}
          {...form.getInputProps('familyDetails')}
        />
        <Button type="submit" loading={loading} w="fit-content">
          Declare disclosure
        </Button>
      </Stack>
    </form>
  );
}
