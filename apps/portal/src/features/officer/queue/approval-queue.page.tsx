import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { graphql } from '../../../gql';
import { EmptyPanel } from '../../../shared/empty-panel';
import { LoadingPanel } from '../../../shared/loading-panel';
import { PageHeader } from '../../../shared/page-header';
import { QueryError } from '../../../shared/query-error';
import { SubmissionCard } from './submission-card';

const OFFICER_QUEUE = graphql(`
  query OfficerQueue {
    officerQueue {
      id
      role
      startDate
      endDate
      committedHoursPerWeek
      payType
      submittedAt
      competingFlag
      competingEngagementIds
      researcher {
        id
        displayName
        department
        university {
          id
          name
        }
      }
      consortium {
        id
        name
        vertical {
          code
          name
        }
      }
      host {
        id
        name
      }
      disclosures {
        id
        version
        payBand
        holdsEquity
        equityDetails
        familyTies
        familyDetails
      }
    }
  }
`);

/** Submissions waiting for the officer's decision, oldest first. */
export function ApprovalQueuePage() {
  const { data, loading, error, refetch } = useQuery(OFFICER_QUEUE);
  if (error) return <QueryError error={error} retry={() => void refetch()} />;
  if (loading || !data) return <LoadingPanel label="Loading the approval queue…" />;
  const queue = data.officerQueue;
  return (
    <>
      <PageHeader
        title="Approval queue"
        description="Engagements your university's researchers submitted, oldest first. A competing engagement must be acknowledged before approving."
      />
      {queue.length === 0 ? (
        <EmptyPanel
          title="Nothing waits for a decision"
          description="New submissions appear here. Check the faculty overview for the hours your researchers log."
        />
      ) : (
        <Stack gap="md">
          {queue.map((engagement) => (
            <SubmissionCard
              key={engagement.id}
              engagement={engagement}
              onDecided={() => void refetch()}
            />
          ))}
        </Stack>
      )}
    </>
  );
}
