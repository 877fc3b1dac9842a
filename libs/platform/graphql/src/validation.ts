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

/** The path of the first string in `value` that is not well-formed Unicode (a lone surrogate). */
function illFormedText(value: unknown, path: string, seen = new WeakSet<object>()): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = illFormedText(item, path ? `${path}.${key}` : key, seen);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Refuses text that is not well-formed Unicode before any rule sees it: such text cannot be
 * stored or encoded, and some validators (e-mail, URL) throw on it instead of answering.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Custom parameters (the request, the caller) are the server's own objects, not input.
    const field = metadata.type === 'custom' ? null : illFormedText(value, metadata.data ?? '');
    if (field !== null) {
      const message = `${field || 'input'} is not well-formed Unicode text`;
      throw new BadUserInputError(message, { fields: [{ field: field || 'input', message }] });
    }
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
