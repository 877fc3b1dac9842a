import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type OrganizationKind, type Region } from '../../../gql/graphql';
import { humanize } from '../../../shared/format';
import { useServerErrors } from '../../../shared/use-server-errors';
import { isFirm, KINDS, REGIONS } from './organization-options';
import { REGISTER_ORGANIZATION } from './organizations.operations';

interface Values {
  name: string;
  kind: OrganizationKind;
  businessRegistrationNumber: string;
  region: Region;
  industryCode: string;
  annualRevenueKrw: number | string;
  totalAssetsKrw: number | string;
  employees: number | string;
  inLargeBusinessGroup: boolean;
  businessGroup: string;
}
type Field = keyof Values;
const FIELDS: Field[] = [
  'name',
  'kind',
  'businessRegistrationNumber',
  'region',
  'industryCode',
  'annualRevenueKrw',
  'totalAssetsKrw',
  'employees',
  'inLargeBusinessGroup',
  'businessGroup',
];
const num = (value: number | string) => (value === '' ? null : Number(value));

/** Registers an organisation; the server derives its size class and checks the registration number. */
export function RegisterOrganizationModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const form = useForm<Values>({
    initialValues: {
      name: '',
      kind: 'SME',
      businessRegistrationNumber: '',
      region: 'SEOUL',
      industryCode: '',
      annualRevenueKrw: '',
      totalAssetsKrw: '',
      employees: '',
      inLargeBusinessGroup: false,
      businessGroup: '',
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter the name'),
      businessRegistrationNumber: (v) =>
        /^\d{3}-?\d{2}-?\d{5}$/.test(v.trim()) ? null : 'Ten digits, e.g. 123-45-67890',
      industryCode: (v) => (v.trim() ? null : 'Enter the KSIC code, e.g. C29'),
    },
  });
  const errors = useServerErrors<Field>(form, FIELDS);
  const [register, { loading }] = useMutation(REGISTER_ORGANIZATION, {
    refetchQueries: ['OrganizationRegistry'],
  });
  const firm = isFirm(form.values.kind);

  const close = () => {
    form.reset();
    errors.clear();
    onClose();
  };
  const submit = form.onSubmit(async (v) => {
    errors.clear();
    try {
      const { data } = await register({
        variables: {
          input: {
            name: v.name.trim(),
            kind: v.kind,
            businessRegistrationNumber: v.businessRegistrationNumber.trim(),
            region: v.region,
            industryCode: v.industryCode.trim().toUpperCase(),
            ...(firm
              ? {
                  annualRevenueKrw: num(v.annualRevenueKrw),
                  totalAssetsKrw: num(v.totalAssetsKrw),
                  employees: num(v.employees),
                  inLargeBusinessGroup: v.inLargeBusinessGroup,
                  businessGroup: v.businessGroup.trim() || null,
                }
              : {}),
          },
        },
      });
      const created = data?.registerOrganization;
      notifications.show({
        color: 'green',
        message: created
          ? `${created.name} is registered${created.sizeClass ? ` as ${humanize(created.sizeClass)}` : ''}.`
          : 'Registered.',
      });
      close();
    } catch (error) {
      errors.report(error);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Register an organisation" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {errors.formError ? (
            <Alert color="red" role="alert">
              {errors.formError}
            </Alert>
          ) : null}
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label="Kind"
              data={KINDS}
              allowDeselect={false}
              required
              {...form.getInputProps('kind')}
            />
            <TextInput
              label="Business registration number"
              placeholder="123-45-67890"
              required
              {...form.getInputProps('businessRegistrationNumber')}
            />
            <Select
              label="Region"
              data={REGIONS}
              searchable
              allowDeselect={false}
              required
              {...form.getInputProps('region')}
            />
            <TextInput
              label="Industry (KSIC code)"
              placeholder="C29"
              required
              {...form.getInputProps('industryCode')}
            />
          </SimpleGrid>
          {firm ? (
            <>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <NumberInput
                  label="Annual revenue (KRW)"
                  min={0}
                  thousandSeparator=","
                  {...form.getInputProps('annualRevenueKrw')}
                />
                <NumberInput
                  label="Total assets (KRW)"
                  min={0}
                  thousandSeparator=","
                  {...form.getInputProps('totalAssetsKrw')}
                />
                <NumberInput label="Employees" min={0} {...form.getInputProps('employees')} />
              </SimpleGrid>
              <Checkbox
                label="Part of a large business group"
                {...form.getInputProps('inLargeBusinessGroup', { type: 'checkbox' })}
              />
              {form.values.inLargeBusinessGroup ? (
                <TextInput
                  label="Business group"
                  required
                  {...form.getInputProps('businessGroup')}
                />
              ) : null}
            </>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Register
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
