import { ConflictError } from '@vcp/platform/graphql';

export enum ConsortiumStatus {
  FORMING = 'FORMING',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  DISSOLVED = 'DISSOLVED',
}

/** The legal lifecycle moves; the database trigger on consortia.consortiums holds the same list. */
export const CONSORTIUM_TRANSITIONS: Readonly<
  Record<ConsortiumStatus, readonly ConsortiumStatus[]>
> = {
  FORMING: [ConsortiumStatus.ACTIVE, ConsortiumStatus.DISSOLVED],
  ACTIVE: [ConsortiumStatus.SUSPENDED, ConsortiumStatus.DISSOLVED],
  SUSPENDED: [ConsortiumStatus.ACTIVE, ConsortiumStatus.DISSOLVED],
  DISSOLVED: [],
};

export function assertConsortiumTransition(
  name: string,
  from: ConsortiumStatus,
  to: ConsortiumStatus,
): void {
  if (CONSORTIUM_TRANSITIONS[from].includes(to)) return;
  const allowed = CONSORTIUM_TRANSITIONS[from];
  throw new ConflictError(
    `${name} is ${from} and cannot become ${to}; ${
      allowed.length
        ? `from ${from} it can only become ${allowed.join(' or ')}`
        : `${from} is final`
    }.`,
    { rule: 'CONSORTIUM_LIFECYCLE', status: from },
  );
}
