import { type OrganizationKind, type Region } from '../../../gql/graphql';
import { humanize } from '../../../shared/format';

export const KINDS: { value: OrganizationKind; label: string }[] = (
  [
    'SME',
    'MID_SIZED_FIRM',
    'LARGE_ENTERPRISE',
    'CERTIFIED_INTEGRATOR',
    'UNIVERSITY',
    'PUBLIC_AGENCY',
  ] as const
).map((value) => ({ value, label: humanize(value) }));

export const REGIONS: { value: Region; label: string }[] = (
  [
    'SEOUL',
    'BUSAN',
    'DAEGU',
    'INCHEON',
    'GWANGJU',
    'DAEJEON',
    'ULSAN',
    'SEJONG',
    'GYEONGGI',
    'GANGWON',
    'CHUNGBUK',
    'CHUNGNAM',
    'JEONBUK',
    'JEONNAM',
    'GYEONGBUK',
    'GYEONGNAM',
    'JEJU',
  ] as const
).map((value) => ({ value, label: humanize(value) }));

/** Firms carry revenue, assets and employees; universities and agencies do not. */
export const isFirm = (kind: OrganizationKind) => kind !== 'UNIVERSITY' && kind !== 'PUBLIC_AGENCY';
