import { Alert, Button } from '@mantine/core';
import { errorMessage } from './server-errors';

/** A failed load, with the server's message and a way to try again. */
export function QueryError({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <Alert color="red" title="Could not load this" role="alert">
      {errorMessage(error)}
      {retry ? (
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={retry}>
          Try again
        </Button>
      ) : null}
    </Alert>
  );
}
