import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { defineConfig } from '@vcp/platform/config';

class ComputeEnv {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value)))
  @IsInt({ message: 'COMPUTE_PORT must be a whole number' })
  @Min(1, { message: 'COMPUTE_PORT must be between 1 and 65535' })
  @Max(65535, { message: 'COMPUTE_PORT must be between 1 and 65535' })
  COMPUTE_PORT?: number;
}

export const computeConfig = defineConfig('compute', ComputeEnv, (env) => ({
  port: env.COMPUTE_PORT ?? 4002,
}));
