import { registerAs } from '@nestjs/config';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';

/** Raised at boot when an environment variable is missing or malformed; the message names each one. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigurationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) =>
      // class-validator messages start with the property name, which is the variable's name.
      message.startsWith(error.property) ? message : `${error.property}: ${message}`,
    ),
  );
}

/**
 * Validates environment variables into a typed object. Every module declares its own class of
 * variables, so a missing secret stops the start with a message naming that variable.
 */
export function validateEnv<T extends object>(
  schema: ClassConstructor<T>,
  env: NodeJS.ProcessEnv = process.env,
): T {
  const candidate = plainToInstance(schema, { ...env }, { enableImplicitConversion: true });
  const errors = validateSync(candidate, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) throw new ConfigurationError(describe(errors));
  return candidate;
}

/** A typed configuration namespace for `ConfigModule.forFeature`, validated when it is first read. */
export function defineConfig<TEnv extends object, TConfig extends object>(
  namespace: string,
  schema: ClassConstructor<TEnv>,
  map: (env: TEnv) => TConfig,
) {
  return registerAs(namespace, (): TConfig => map(validateEnv(schema)));
}
