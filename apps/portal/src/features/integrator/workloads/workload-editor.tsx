import { useQuery } from '@apollo/client/react';
import { Alert, Button, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { graphql } from '../../../gql';
import {
  type DataResidency,
  type DeploymentSite,
  type ModelFamily,
  type Precision,
  type WorkloadInput,
} from '../../../gql/graphql';
import { errorMessage } from '../../../shared/server-errors';
import { humanize } from '../../../shared/format';
import { useServerErrors } from '../../../shared/use-server-errors';

const WORKLOAD_TEMPLATES = graphql(`
  query WorkloadTemplates {
    verticals {
      code
      name
    }
    workloadTemplates {
      verticalCode
      name
      family
      parameters
      batch
      inputSize
      precision
      site
      residency
      latencyTargetMs
      throughputTarget
      powerBudgetW
    }
  }
`);

const FAMILIES: ModelFamily[] = [
  'CNN_VISION',
  'TRANSFORMER_ENCODER',
  'LLM_DECODE',
  'RECOMMENDATION',
  'TIME_SERIES',
];
const PRECISIONS: Precision[] = ['FP32', 'TF32', 'BF16', 'FP16', 'FP8', 'INT8', 'INT4'];
const SITES: DeploymentSite[] = ['CENTER', 'EDGE', 'ON_PREMISES'];
const RESIDENCIES: DataResidency[] = ['ANY', 'KOREA', 'ON_SITE'];

const FIELDS = [
  'name',
  'family',
  'parameters',
  'batch',
  'inputSize',
  'precision',
  'site',
  'residency',
  'latencyTargetMs',
  'throughputTarget',
  'powerBudgetW',
] as const;
type WorkloadField = (typeof FIELDS)[number];

type Optional = number | string;
const optional = (value: Optional) => (value === '' ? null : Number(value));
const shown = (value: number | null | undefined): Optional => value ?? '';

const options = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: humanize(value) }));

/** The workload's figures, started from a vertical's template; the server's refusals at fields. */
export function WorkloadEditor({
  onMatch,
  matching,
}: {
  onMatch: (workload: WorkloadInput) => Promise<void>;
  matching: boolean;
}) {
  const templates = useQuery(WORKLOAD_TEMPLATES);
  const form = useForm({
    initialValues: {
      template: '',
      name: '',
      family: 'CNN_VISION' as ModelFamily,
      parameters: '',
      batch: 1 as Optional,
      inputSize: '' as Optional,
      precision: 'INT8' as Precision,
      site: 'CENTER' as DeploymentSite,
      residency: 'KOREA' as DataResidency,
      latencyTargetMs: '' as Optional,
      throughputTarget: '' as Optional,
      powerBudgetW: '' as Optional,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Name the workload'),
      parameters: (v) =>
        Number.isFinite(Number(v)) && Number(v) > 0 ? null : 'A number of weights, e.g. 25.6e6',
      batch: (v) => (v === '' ? 'How many inferences run together' : null),
    },
  });
  const server = useServerErrors<WorkloadField>(form, FIELDS);
  const all = templates.data?.workloadTemplates ?? [];
  const verticalName = new Map((templates.data?.verticals ?? []).map((v) => [v.code, v.name]));
  const groups = [...new Set(all.map((t) => t.verticalCode))].map((code) => ({
    group: verticalName.get(code) ?? code,
    items: all
      .map((t, index) => ({ t, index }))
      .filter(({ t }) => t.verticalCode === code)
      .map(({ t, index }) => ({ value: String(index), label: t.name })),
  }));

  const applyTemplate = (value: string | null) => {
    const template = value === null ? undefined : all[Number(value)];
    if (!template) return;
    form.setValues({
      template: value ?? '',
      name: template.name,
      family: template.family,
      parameters: String(template.parameters),
      batch: template.batch,
      inputSize: shown(template.inputSize),
      precision: template.precision,
      site: template.site,
      residency: template.residency,
      latencyTargetMs: shown(template.latencyTargetMs),
      throughputTarget: shown(template.throughputTarget),
      powerBudgetW: shown(template.powerBudgetW),
    });
    form.clearErrors();
  };

  const onSubmit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await onMatch({
        name: values.name.trim(),
        family: values.family,
        parameters: Number(values.parameters),
        batch: Number(values.batch),
        inputSize: optional(values.inputSize),
        precision: values.precision,
        site: values.site,
        residency: values.residency,
        latencyTargetMs: optional(values.latencyTargetMs),
        throughputTarget: optional(values.throughputTarget),
        powerBudgetW: optional(values.powerBudgetW),
      });
    } catch (error) {
      server.report(error);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Workload">
      <Stack gap="sm">
        {templates.error ? (
          <Alert color="red" role="alert">
            {errorMessage(templates.error)}
          </Alert>
        ) : null}
        <Select
          label="Start from a template"
          placeholder={templates.loading ? 'Loading templates…' : 'Choose a vertical template'}
          data={groups}
          searchable
          value={form.values.template || null}
          onChange={applyTemplate}
        />
        {server.formError ? (
          <Alert color="red" role="alert">
            {server.formError}
          </Alert>
        ) : null}
        <TextInput label="Name" withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <Select
            label="Model family"
            allowDeselect={false}
            data={options(FAMILIES)}
            {...form.getInputProps('family')}
          />
          <TextInput
            label="Parameters"
            description="Weights, e.g. 25.6e6"
            withAsterisk
            {...form.getInputProps('parameters')}
          />
          <NumberInput label="Batch" withAsterisk min={1} {...form.getInputProps('batch')} />
          <NumberInput
            label="Input size"
            description="Family default if empty"
            min={1}
            {...form.getInputProps('inputSize')}
          />
          <Select
            label="Precision"
            allowDeselect={false}
            data={PRECISIONS}
            {...form.getInputProps('precision')}
          />
          <Select
            label="Site"
            allowDeselect={false}
            data={options(SITES)}
            {...form.getInputProps('site')}
          />
          <Select
            label="Data residency"
            allowDeselect={false}
            data={options(RESIDENCIES)}
            {...form.getInputProps('residency')}
          />
          <NumberInput
            label="Latency target (ms)"
            min={0}
            {...form.getInputProps('latencyTargetMs')}
          />
          <NumberInput
            label="Throughput target (/s)"
            min={0}
            {...form.getInputProps('throughputTarget')}
          />
          <NumberInput label="Power budget (W)" min={0} {...form.getInputProps('powerBudgetW')} />
        </SimpleGrid>
        <Button type="submit" loading={matching} w="fit-content">
          Rank devices
        </Button>
      </Stack>
    </form>
  );
}
