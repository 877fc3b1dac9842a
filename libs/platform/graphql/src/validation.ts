import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadUserInputError, type FieldProblem } from './errors';

function problems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/** In a `u` pattern a surrogate pair is one code point, so this finds only unpaired halves. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** What makes a string unfit to be stored as text, if anything. */
function textProblem(text: string): string | null {
  // PostgreSQL text cannot hold U+0000; the database would refuse the whole write.
  if (text.includes('\u0000')) return 'must not contain a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'is not well-formed Unicode text';
  return null;
}

/** The first string in `value` that cannot be stored as text, with its path and why. */
function unfitText(
  value: unknown,
  path: string,
  seen = new WeakSet<object>(),
): FieldProblem | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem === null
      ? null
      : { field: path || 'input', message: `${path || 'input'} ${problem}` };
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = unfitText(item, path ? `${path}.${key}` : key, seen);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Refuses text that cannot be stored (a NUL character, an unpaired surrogate) before any rule
 * sees it: the database would refuse it mid-write, and some validators (e-mail, URL) throw on it
 * instead of answering.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request, the caller) are the server's own objects, not input.
    const problem = metadata.type === 'custom' ? null : unfitText(value, metadata.data ?? '');
    if (problem !== null) throw new BadUserInputError(problem.message, { fields: [problem] });
    return (await super.transform(value, metadata)) as unknown;
  }
}

/**
 * The global input validation: unknown properties are refused, values are transformed to their
 * declared types, and every failure becomes BAD_USER_INPUT listing each field and what is wrong.
 */
export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = problems(errors);
      return new BadUserInputError(fields.map((p) => p.message).join('; '), { fields });
    },
  });
}
