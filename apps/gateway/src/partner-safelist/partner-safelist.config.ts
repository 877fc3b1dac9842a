import { isAbsolute, join } from 'node:path';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { defineConfig } from '@vcp/platform/config';

class PartnerSafelistEnv {
  @IsOptional()
  @IsIn(['on', 'off'], { message: 'PARTNER_OPERATION_SAFELIST must be "on" or "off"' })
  PARTNER_OPERATION_SAFELIST?: 'on' | 'off';

  @IsOptional()
  @IsString()
  PARTNER_OPERATIONS_FILE?: string;
}

export interface PartnerSafelistConfig {
  /** Partner clients may only send the operations of the manifest. Off by default. */
  enabled: boolean;
  /** The persisted operation manifest (apollo-persisted-query-manifest). */
  manifestPath: string;
}

export const partnerSafelistConfig = defineConfig(
  'partnerSafelist',
  PartnerSafelistEnv,
  (env): PartnerSafelistConfig => {
    const file = env.PARTNER_OPERATIONS_FILE ?? join('schema', 'partner-operations.json');
    return {
      enabled: env.PARTNER_OPERATION_SAFELIST === 'on',
      manifestPath: isAbsolute(file) ? file : join(process.cwd(), file),
    };
  },
);
