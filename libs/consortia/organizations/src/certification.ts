/** Where an integrator's certification stands on a given day. */
export enum CertificationStatus {
  NONE = 'NONE',
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
}

export interface Certification {
  number: string;
  /** ISO dates (YYYY-MM-DD); valid through `expiresOn` inclusive. */
  issuedOn: string;
  expiresOn: string;
}

// Building an Intl formatter is costly; one serves every call.
const KOREA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in Korea, where certificates are issued and expire. */
export function koreaToday(now: Date = new Date()): string {
  return KOREA_DATE.format(now);
}

export function certificationStatus(
  certification: Certification | null,
  today: string = koreaToday(),
): CertificationStatus {
  if (!certification) return CertificationStatus.NONE;
  return certification.expiresOn < today ? CertificationStatus.EXPIRED : CertificationStatus.VALID;
}
