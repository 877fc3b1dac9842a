import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** Environment values are strings; a number-typed variable is converted before validation. */
export const toOptionalNumber = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : Number(value);

/** An optional whole number within bounds, with messages that name the variable. */
export function OptionalIntEnv(name: string, min: number, max: number, unit = '') {
  return applyDecorators(
    IsOptional(),
    Transform(toOptionalNumber),
    IsInt({ message: `${name} must be a whole number${unit ? ` of ${unit}` : ''}` }),
    Min(min, { message: `${name} must be at least ${min}` }),
    Max(max, { message: `${name} must be at most ${max}` }),
  );
}

/** An optional TCP port variable. */
export const OptionalPortEnv = (name: string) => OptionalIntEnv(name, 1, 65535);
