import { useState } from 'react';
import { errorMessage, fieldProblems } from './server-errors';

interface FormWithErrors<Field extends string> {
  setFieldError(path: Field, error: string): void;
}

/**
 * Puts a failed mutation's messages where they belong: each invalid field's message at that field,
 * a rule that concerns one field (a CONFLICT, a NOT_FOUND) at the field the caller names, and
 * anything else above the form.
 */
export function useServerErrors<Field extends string>(
  form: FormWithErrors<Field>,
  fields: readonly Field[],
) {
  const [formError, setFormError] = useState<string | null>(null);
  const report = (error: unknown, concerns?: Field) => {
    const problems = fieldProblems(error).filter((p) => fields.includes(p.field as Field));
    if (problems.length) {
      for (const problem of problems) form.setFieldError(problem.field as Field, problem.message);
      setFormError(null);
    } else if (concerns) {
      form.setFieldError(concerns, errorMessage(error));
      setFormError(null);
    } else {
      setFormError(errorMessage(error));
    }
  };
  return { formError, report, clear: () => setFormError(null) };
}
