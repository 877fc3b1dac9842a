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

/** Today's date in Korea, where certificates are issued and expire. */
export function koreaToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function certificationStatus(
  certification: Certification | null,
  today: string = koreaToday(),
): CertificationStatus {
  if (!certification) return CertificationStatus.NONE;
  return certification.expiresOn < today ? CertificationStatus.EXPIRED : CertificationStatus.VALID;
}
