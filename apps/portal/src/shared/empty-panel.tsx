import { EmptyState } from '@mantine/core';
import { type ReactNode } from 'react';

/** An empty list or screen: says what is missing and what to do next. */
export function EmptyPanel({
  title,
  description,
  action,
}: {
  title: string;
  description: ReactNode;
  action?: ReactNode;
}) {
  return (
    <EmptyState title={title} description={description} py="xl" role="status">
      {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
    </EmptyState>
  );
}
