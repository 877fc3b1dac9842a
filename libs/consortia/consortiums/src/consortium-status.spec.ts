import {
  assertConsortiumTransition,
  CONSORTIUM_TRANSITIONS,
  ConsortiumStatus,
} from './consortium-status';
import { MEMBERSHIP_TRANSITIONS, MembershipStatus } from './membership-status';

const { FORMING, ACTIVE, SUSPENDED, DISSOLVED } = ConsortiumStatus;

describe('consortium lifecycle', () => {
  it.each([
    [FORMING, ACTIVE],
    [ACTIVE, SUSPENDED],
    [SUSPENDED, ACTIVE],
    [FORMING, DISSOLVED],
    [ACTIVE, DISSOLVED],
    [SUSPENDED, DISSOLVED],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertConsortiumTransition('Gyeongnam Smart Factory', from, to)).not.toThrow();
  });

  it.each([
    [FORMING, SUSPENDED],
    [ACTIVE, FORMING],
    [SUSPENDED, FORMING],
    [DISSOLVED, ACTIVE],
    [DISSOLVED, FORMING],
  ])('refuses %s → %s with a CONFLICT naming the legal moves', (from, to) => {
    expect(() => assertConsortiumTransition('Gyeongnam Smart Factory', from, to)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'CONFLICT', rule: 'CONSORTIUM_LIFECYCLE' }),
      }),
    );
  });

  it('has no way out of DISSOLVED, REMOVED, DECLINED or EXPIRED', () => {
    expect(CONSORTIUM_TRANSITIONS[DISSOLVED]).toEqual([]);
    for (const status of [
      MembershipStatus.REMOVED,
      MembershipStatus.DECLINED,
      MembershipStatus.EXPIRED,
    ]) {
      expect(MEMBERSHIP_TRANSITIONS[status]).toEqual([]);
    }
  });
});
