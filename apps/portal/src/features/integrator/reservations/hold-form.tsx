import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { graphql } from '../../../gql';
import { type IntegratorReservationsQuery } from '../../../gql/graphql';
import { formatCount, formatDate } from '../../../shared/format';
import { errorMessage, fieldProblems } from '../../../shared/server-errors';
import { addSeoulDays, seoulInstant, seoulParts } from './seoul-time';

const HOLD_RESERVATION = graphql(`
  mutation HoldReservation($input: HoldReservationInput!) {
    holdReservation(input: $input) {
      id
      status
      credits
      holdExpiresAt
    }
  }
`);

type Data = IntegratorReservationsQuery;
export interface HoldStart {
  date: string;
  hour: number;
}

/** Which form field each server field's message belongs at. */
const AT_FIELD: Record<string, FormField> = {
  beneficiaryOrganizationId: 'beneficiaryOrganizationId',
  consortiumId: 'consortiumId',
  startsAt: 'startDate',
  endsAt: 'hours',
  devices: 'devices',
};
type FormField = 'beneficiaryOrganizationId' | 'consortiumId' | 'startDate' | 'hours' | 'devices';

/** A hold on the chosen pool for an SME under its mandate; it lapses in 15 minutes unless confirmed. */
export function HoldForm({
  pool,
  mandates,
  consortiums,
  start,
  onHeld,
}: {
  pool: Data['computePools'][number];
  mandates: Data['myIntegratorMandates'];
  consortiums: readonly { id: string; name: string }[];
  start: HoldStart | null;
  onHeld: () => Promise<void>;
}) {
  const tomorrow = addSeoulDays(seoulParts(new Date()).date, 1);
  const form = useForm({
    initialValues: {
      beneficiaryOrganizationId: mandates[0]?.sme.id ?? '',
      consortiumId: consortiums.length === 1 ? (consortiums[0]?.id ?? '') : '',
      startDate: tomorrow,
      startHour: '9',
      hours: 2 as number | string,
      devices: 1 as number | string,
    },
    validate: {
      beneficiaryOrganizationId: (v) => (v ? null : 'Choose the SME that pays'),
      consortiumId: (v) => (v ? null : 'Choose the consortium the compute is for'),
      startDate: (v) => (v ? null : 'Choose the first day'),
      hours: (v) => (Number(v) >= 1 ? null : 'At least one hour'),
      devices: (v) => (Number(v) >= 1 ? null : 'At least one device'),
    },
  });
  const [hold, { loading }] = useMutation(HOLD_RESERVATION);
  const { setValues } = form;
  useEffect(() => {
    if (start) setValues({ startDate: start.date, startHour: String(start.hour) });
  }, [start, setValues]);

  const mandate = mandates.find((m) => m.sme.id === form.values.beneficiaryOrganizationId);
  const price = Number(form.values.devices) * Number(form.values.hours) * pool.creditsPerDeviceHour;
  const left = mandate ? mandate.capCredits - mandate.spentCredits : 0;

  const onSubmit = form.onSubmit(async (values) => {
    form.clearErrors();
    const startsAt = seoulInstant(values.startDate, Number(values.startHour));
    const endsAt = new Date(startsAt.getTime() + Number(values.hours) * 3_600_000);
    try {
      const result = await hold({
        variables: {
          input: {
            poolId: pool.id,
            beneficiaryOrganizationId: values.beneficiaryOrganizationId,
            consortiumId: values.consortiumId,
            devices: Number(values.devices),
            startsAt: startsAt.toISOString(),
            endsAt: endsAt.toISOString(),
            idempotencyKey: `portal-hold-${crypto.randomUUID()}`,
          },
        },
      });
      notifications.show({
        color: 'green',
        message: `Held for ${formatCount(result.data?.holdReservation.credits ?? price)} credits; confirm within 15 minutes.`,
      });
      await onHeld();
    } catch (error) {
      const problems = fieldProblems(error).filter((p) => AT_FIELD[p.field]);
      if (problems.length) {
        for (const p of problems) form.setFieldError(AT_FIELD[p.field] as FormField, p.message);
      } else {
        // Capacity, caps and consortium rules are about when and how much was asked for.
        form.setFieldError('startDate', errorMessage(error));
      }
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Place a hold">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Stack gap={4}>
            <Select
              label="SME paying"
              withAsterisk
              allowDeselect={false}
              data={mandates.map((m) => ({ value: m.sme.id, label: m.sme.name }))}
              {...form.getInputProps('beneficiaryOrganizationId')}
            />
            {mandate ? (
              <Text size="xs" c="dimmed">
                Mandate: {formatCount(left)} of {formatCount(mandate.capCredits)} credits left,
                until {formatDate(mandate.expiresAt)}.
              </Text>
            ) : null}
          </Stack>
          <Select
            label="Consortium"
            withAsterisk
            data={consortiums.map((c) => ({ value: c.id, label: c.name }))}
            {...form.getInputProps('consortiumId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <TextInput
            type="date"
            label="First day"
            withAsterisk
            {...form.getInputProps('startDate')}
          />
          <Select
            label="Start hour (Korea)"
            allowDeselect={false}
            data={Array.from({ length: 24 }, (_, h) => ({
              value: String(h),
              label: `${String(h).padStart(2, '0')}:00`,
            }))}
            {...form.getInputProps('startHour')}
          />
          <NumberInput
            label="Hours"
            withAsterisk
            min={1}
            max={672}
            allowDecimal={false}
            {...form.getInputProps('hours')}
          />
          <NumberInput
            label="Devices"
            withAsterisk
            min={1}
            max={pool.capacityDevices}
            allowDecimal={false}
            {...form.getInputProps('devices')}
          />
        </SimpleGrid>
        <Alert color={mandate && price > left ? 'red' : 'blue'} variant="light">
          Price: {formatCount(Number.isFinite(price) ? price : 0)} credits (devices × hours ×{' '}
          {formatCount(pool.creditsPerDeviceHour)}), paid on confirmation.
        </Alert>
        <Button type="submit" loading={loading} w="fit-content">
          Place hold
        </Button>
      </Stack>
    </form>
  );
}
