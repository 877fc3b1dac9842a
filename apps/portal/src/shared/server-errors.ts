import { CombinedGraphQLErrors } from '@apollo/client';
import { GraphQLRequestError, type GraphQLErrorShape } from '../app/api/graphql-fetch';

export interface FieldProblem {
  field: string;
  message: string;
}

function graphQLErrors(error: unknown): readonly GraphQLErrorShape[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as readonly GraphQLErrorShape[];
  if (error instanceof GraphQLRequestError) return error.errors;
  return [];
}

/** The stable `extensions.code` of the first GraphQL error (BAD_USER_INPUT, CONFLICT, ...). */
export function errorCode(error: unknown): string | undefined {
  return graphQLErrors(error)[0]?.extensions?.code;
}

/** A sentence for the person: the server's own messages, or a plain one when it did not answer. */
export function errorMessage(error: unknown): string {
  const errors = graphQLErrors(error);
  if (errors.length) return errors.map((e) => e.message).join(' ');
  if (error instanceof Error && /fetch|network/i.test(error.message))
    return 'The server could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong. Try again.';
}

/**
 * Invalid input names each field (`extensions.fields`, paths such as `input.email`); they are
 * returned by their last segment so a form can show each message at its own field.
 */
export function fieldProblems(error: unknown): FieldProblem[] {
  return graphQLErrors(error).flatMap((e) => {
    const fields = e.extensions?.['fields'];
    if (!Array.isArray(fields)) return [];
    // One field: the error's own sentence says it best; several: each field's own message.
    return (fields as FieldProblem[]).map((problem) => ({
      field: problem.field.split('.').pop() ?? problem.field,
      message: fields.length === 1 ? e.message : problem.message,
    }));
  });
}
