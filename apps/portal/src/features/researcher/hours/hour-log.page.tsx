import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Grid,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../../gql';
import { type ActivityType } from '../../../gql/graphql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { formatDate, humanize } from '../../../shared/format';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { useServerErrors } from '../../../shared/use-server-errors';
import { isoWeekOf, seoulToday } from '../iso-week';
import { CapMeter } from './cap-meter';
import { WeekEntries } from './week-entries';

const RESEARCHER_WEEK = graphql(`
  query ResearcherWeek($from: LocalDate!, $to: LocalDate!) {
    myResearcherProfile {
      id
      weeklyCapHours
    }
    myHours(by: WEEK, from: $from, to: $to) {
      period
      hours
    }
    engagements(first: 50) {
      nodes {
        id
        status
        host {
          id
          name
        }
      }
    }
  }
`);

const LOG_HOURS = graphql(`
  mutation LogMyHours($input: LogHoursInput!) {
    logHours(input: $input) {
      id
      hours
      isoWeek
    }
  }
`);

const ACTIVITIES: ActivityType[] = [
  'RESEARCH',
  'DEVELOPMENT',
  'CONSULTING',
  'TRAINING',
  'MEETING',
  'OTHER',
];
const FIELDS = ['engagementId', 'workDate', 'hours', 'activityType', 'note'] as const;
type HourField = (typeof FIELDS)[number];

/**
 * A day's hours on an approved or active engagement, with the week's cap meter: the hours left in
 * the ISO week (Korea time, across all engagements) before the server refuses an entry.
 */
export function HourLogPage() {
  const today = seoulToday();
  const form = useForm({
    initialValues: {
      engagementId: '',
      workDate: today,
      hours: 1 as number | string,
      activityType: 'RESEARCH' as ActivityType,
      note: '',
    },
    validate: {
      engagementId: (value) => (value ? null : 'Choose the engagement'),
      workDate: (value) => (value ? null : 'Choose the day worked'),
    },
  });
  const week = isoWeekOf(form.values.workDate || today);
  const { data, loading, error, refetch } = useQuery(RESEARCHER_WEEK, {
    variables: { from: week.monday, to: week.sunday },
  });
  const [logHours, logging] = useMutation(LOG_HOURS);
  const server = useServerErrors<HourField>(form, FIELDS);

  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (!data && loading) return <LoadingPanel label="Loading your hours…" />;
  if (!data) return null;

  const cap = data.myResearcherProfile?.weeklyCapHours ?? 0;
  const logged = data.myHours.find((row) => row.period === week.label)?.hours ?? 0;
  const remaining = Math.max(0, cap - logged);
  const open = data.engagements.nodes.filter(
    (e) => e.status === 'APPROVED' || e.status === 'ACTIVE',
  );
  const onSubmit = form.onSubmit(async (values) => {
    server.clear();
    try {
      await logHours({
        refetchQueries: ['ResearcherEngagementWeek'],
        variables: {
          input: {
            engagementId: values.engagementId,
            workDate: values.workDate,
            hours: Number(values.hours),
            activityType: values.activityType,
            note: values.note.trim() || null,
          },
        },
      });
      notifications.show({ color: 'green', message: `${values.hours} h logged.` });
      form.setFieldValue('note', '');
      await refetch();
    } catch (e) {
      // The weekly cap and the engagement's dates are rules about the hours entered.
      server.report(e, 'hours');
    }
  });

  return (
    <>
      <PageHeader
        title="Weekly hours"
        description="Log each day's hours, in quarter hours, on your approved and active engagements."
      />
      {!data.myResearcherProfile ? (
        <EmptyPanel
          title="No researcher profile yet"
          description="Register your researcher profile at your university before logging hours."
        />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Card withBorder>
              <CapMeter week={week.label} cap={cap} logged={logged} />
            </Card>
            <Card withBorder mt="lg">
              <Title order={3} size="h4" mb="sm">
                Log hours
              </Title>
              {open.length === 0 ? (
                <EmptyPanel
                  title="Nothing to log on"
                  description="Hours go on approved or active engagements. Submit a draft engagement and wait for your officer's approval."
                />
              ) : (
                <form onSubmit={onSubmit} noValidate aria-label="Log hours">
                  <Stack gap="sm">
                    {server.formError ? (
                      <Alert color="red" role="alert">
                        {server.formError}
                      </Alert>
                    ) : null}
                    <Select
                      label="Engagement"
                      withAsterisk
                      data={open.map((e) => ({ value: e.id, label: e.host.name }))}
                      {...form.getInputProps('engagementId')}
                    />
                    <TextInput
                      type="date"
                      label="Day worked"
                      withAsterisk
                      max={today}
                      {...form.getInputProps('workDate')}
                    />
                    <NumberInput
                      label="Hours"
                      description={`In quarter hours; ${remaining} h left in ${week.label}.`}
                      withAsterisk
                      min={0.25}
                      max={24}
                      step={0.25}
                      decimalScale={2}
                      {...form.getInputProps('hours')}
                    />
                    <Select
                      label="Activity"
                      allowDeselect={false}
                      data={ACTIVITIES.map((a) => ({ value: a, label: humanize(a) }))}
                      {...form.getInputProps('activityType')}
                    />
                    <TextInput label="Note" {...form.getInputProps('note')} />
                    <Button type="submit" loading={logging.loading} w="fit-content">
                      Log hours
                    </Button>
                  </Stack>
                </form>
              )}
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card withBorder>
              <Title order={3} size="h4" mb="sm">
                Entries in {week.label} ({formatDate(week.monday)} – {formatDate(week.sunday)})
              </Title>
              {logged === 0 ? (
                <EmptyPanel
                  title="No hours this week"
                  description="Log the hours you worked with the form; pick another day to see its week."
                />
              ) : (
                <Stack gap="md">
                  {data.engagements.nodes.map((engagement) => (
                    <WeekEntries
                      key={engagement.id}
                      engagementId={engagement.id}
                      firm={engagement.host.name}
                      week={week.label}
                    />
                  ))}
                </Stack>
              )}
            </Card>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
