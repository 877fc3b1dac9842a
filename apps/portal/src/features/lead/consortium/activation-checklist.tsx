import { useMutation } from '@apollo/client/react';
import { Alert, Button, List, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { graphql } from '../../../gql';
import { type ConsortiumOverviewQuery } from '../../../gql/graphql';
import { errorMessage } from '../../../shared/server-errors';

type Consortium = ConsortiumOverviewQuery['consortium'];

const ACTIVATE = graphql(`
  mutation ActivateConsortium($id: UUID!) {
    activateConsortium(id: $id) {
      id
      status
      activatedAt
    }
  }
`);

const REQUIREMENTS: { key: string; label: string }[] = [
  { key: 'MID_SIZED_ANCHOR', label: 'A mid-sized anchor firm' },
  { key: 'SME_MEMBERS', label: 'At least 3 active SME members' },
  { key: 'RESEARCH_PARTNERS', label: 'At least 1 university research partner' },
  { key: 'CERTIFIED_INTEGRATORS', label: 'At least 1 integrator with a valid certification' },
];

/**
 * What the consortium needs to be ACTIVE, one line per activation rule: what is missing while it
 * is forming, and what must keep holding once active (reinstating checks it again).
 */
export function ActivationChecklist({ consortium }: { consortium: Consortium }) {
  const gaps = consortium.activationGaps;
  const [activate, { loading }] = useMutation(ACTIVATE, {
    refetchQueries: ['ConsortiumOverview', 'ConsortiumAuditTrail'],
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!gaps)
    return (
      <Text c="dimmed">
        Only the consortium&apos;s leads and operators see its activation checklist.
      </Text>
    );
  const done = REQUIREMENTS.filter((r) => !gaps.some((g) => g.requirement === r.key)).length;
  const forming = consortium.status === 'FORMING';
  const canActivate = forming && ['LEAD', 'OPERATOR'].includes(consortium.myAccess);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Activation checklist
        </Title>
        <Text size="sm" c="dimmed">
          {forming
            ? 'What the consortium still needs before it can go ACTIVE.'
            : consortium.status === 'ACTIVE'
              ? 'The consortium is active; these minimums apply again whenever it is reinstated.'
              : `The consortium is ${consortium.status.toLowerCase()}${consortium.statusReason ? `: ${consortium.statusReason}` : '.'}`}
        </Text>
        <Progress
          value={(done / REQUIREMENTS.length) * 100}
          color={done === REQUIREMENTS.length ? 'green' : 'orange'}
          aria-label={`${done} of ${REQUIREMENTS.length} activation requirements met`}
        />
        <List spacing="xs" listStyleType="none" aria-label="Activation requirements">
          {REQUIREMENTS.map((requirement) => {
            const gap = gaps.find((g) => g.requirement === requirement.key);
            return (
              <List.Item
                key={requirement.key}
                icon={
                  <ThemeIcon color={gap ? 'orange' : 'green'} size={22} radius="xl" aria-hidden>
                    {gap ? '!' : '✓'}
                  </ThemeIcon>
                }
              >
                <Text fw={500}>
                  {requirement.label}{' '}
                  <Text span c={gap ? 'orange' : 'green'} size="sm">
                    {gap ? `missing (${gap.actual} of ${gap.required})` : 'met'}
                  </Text>
                </Text>
                {gap ? (
                  <Text size="sm" c="dimmed">
                    {gap.message}
                  </Text>
                ) : null}
              </List.Item>
            );
          })}
        </List>
        {refusal ? (
          <Alert color="red" role="alert">
            {refusal}
          </Alert>
        ) : null}
        {canActivate ? (
          gaps.length === 0 ? (
            <Button
              loading={loading}
              onClick={() => {
                setRefusal(null);
                activate({ variables: { id: consortium.id } }).then(
                  () =>
                    notifications.show({
                      color: 'green',
                      message: `${consortium.name} is active.`,
                    }),
                  (error: unknown) => setRefusal(errorMessage(error)),
                );
              }}
            >
              Activate the consortium
            </Button>
          ) : (
            <Text size="sm">
              Invite the missing members from the Members tab; activation opens once every line is
              met.
            </Text>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}
