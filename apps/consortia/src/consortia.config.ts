import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineConfig } from '@vcp/platform/config';

class ConsortiaEnv {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'CONSORTIA_PORT must be a whole number' })
  @Min(1, { message: 'CONSORTIA_PORT must be between 1 and 65535' })
  @Max(65535, { message: 'CONSORTIA_PORT must be between 1 and 65535' })
  CONSORTIA_PORT?: number;
}

export const consortiaConfig = defineConfig('consortia', ConsortiaEnv, (env) => ({
  port: env.CONSORTIA_PORT ?? 4001,
}));
