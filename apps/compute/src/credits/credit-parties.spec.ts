import { type Reservation, ReservationStatus } from '@vcp/compute/reservations';
import { PlatformRole, type UserPrincipal } from '@vcp/platform/auth';
import type { Request } from 'express';
import {
  ConsortiumAccess,
  type ConsortiumAccessClient,
  type OrganizationFacts,
} from '../hardware/consortium-access.client';
import { CreditParties } from './credit-parties';

const SME = '00000000-0000-4000-8000-000000000001';
const INTEGRATOR = '00000000-0000-4000-8000-000000000002';
const LARGE = '00000000-0000-4000-8000-000000000003';
const LAPSED = '00000000-0000-4000-8000-000000000004';
const CONSORTIUM = '00000000-0000-4000-8000-0000000000c1';
const OTHER_CONSORTIUM = '00000000-0000-4000-8000-0000000000c2';

const DIRECTORY: Record<string, OrganizationFacts> = {
  [SME]: {
    id: SME,
    name: 'Hanbit Precision',
    kind: 'SME',
    sizeClass: 'SME',
    inLargeBusinessGroup: false,
    certification: null,
  },
  [INTEGRATOR]: {
    id: INTEGRATOR,
    name: 'Nuri Systems',
    kind: 'CERTIFIED_INTEGRATOR',
    sizeClass: 'SME',
    inLargeBusinessGroup: false,
    certification: { expired: false },
  },
  [LAPSED]: {
    id: LAPSED,
    name: 'Old Integrator',
    kind: 'CERTIFIED_INTEGRATOR',
    sizeClass: 'SME',
    inLargeBusinessGroup: false,
    certification: { expired: true },
  },
  [LARGE]: {
    id: LARGE,
    name: 'Hanguk Motors',
    kind: 'LARGE_ENTERPRISE',
    sizeClass: 'LARGE',
    inLargeBusinessGroup: true,
    certification: null,
  },
};

const person = (organizationId: string | null, roles: PlatformRole[] = []): UserPrincipal => ({
  kind: 'user',
  userId: '00000000-0000-4000-8000-0000000000aa',
  sessionId: '00000000-0000-4000-8000-0000000000bb',
  roles,
  organizationId,
});

const req = { headers: {} } as Request;

describe('CreditParties', () => {
  const asked: string[][] = [];
  const directory = {
    organizationFacts: (_req: Request, ids: readonly string[]) => {
      asked.push([...ids]);
      return Promise.resolve(ids.map((id) => DIRECTORY[id]));
    },
    organizationFactsOf: (_req: Request, id: string) => {
      asked.push([id]);
      return Promise.resolve(DIRECTORY[id]);
    },
    isActiveSmeMember: (_req: Request, consortiumId: string, organizationId: string) =>
      Promise.resolve(consortiumId === CONSORTIUM && organizationId === SME),
    levelOf: (_req: Request, consortiumId: string) =>
      Promise.resolve(
        consortiumId === CONSORTIUM ? ConsortiumAccess.MEMBER : ConsortiumAccess.PUBLIC,
      ),
  } as unknown as ConsortiumAccessClient;
  const parties = new CreditParties(directory);

  beforeEach(() => (asked.length = 0));

  it('grants credits only to SMEs outside large business groups (rule CREDIT_RECIPIENT)', async () => {
    await expect(parties.assertCreditRecipient(req, SME)).resolves.toBeUndefined();
    await expect(parties.assertCreditRecipient(req, LARGE)).rejects.toMatchObject({
      message: expect.stringContaining('Hanguk Motors belongs to a large business group'),
      extensions: {
        code: 'BAD_USER_INPUT',
        rule: 'CREDIT_RECIPIENT',
        fields: [expect.objectContaining({ field: 'organizationId' })],
      },
    });
    await expect(parties.assertCreditRecipient(req, INTEGRATOR)).rejects.toMatchObject({
      extensions: { rule: 'CREDIT_RECIPIENT' },
    });
  });

  describe('mandates', () => {
    it('come from the caller’s own SME to a certified integrator, asked about together', async () => {
      await expect(
        parties.mandateParties(req, person(SME, [PlatformRole.SME_ADMIN]), INTEGRATOR),
      ).resolves.toBe(SME);
      expect(asked).toEqual([[SME, INTEGRATOR]]);
    });

    it('are refused to an SME’s people who are not its admins', async () => {
      await expect(parties.mandateParties(req, person(SME), INTEGRATOR)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    });

    it('are refused to callers of no organisation or of one that is not an SME', async () => {
      await expect(parties.mandateParties(req, person(null), INTEGRATOR)).rejects.toMatchObject({
        message: expect.stringContaining('belongs to none'),
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        parties.mandateParties(req, person(LARGE, [PlatformRole.SME_ADMIN]), INTEGRATOR),
      ).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        parties.mandateParties(req, person(INTEGRATOR), INTEGRATOR),
      ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    });

    it('go only to integrators whose certification has not expired', async () => {
      for (const integrator of [LAPSED, LARGE]) {
        await expect(
          parties.mandateParties(req, person(SME, [PlatformRole.SME_ADMIN]), integrator),
        ).rejects.toMatchObject({
          extensions: {
            code: 'BAD_USER_INPUT',
            rule: 'MANDATE_INTEGRATOR',
            fields: [expect.objectContaining({ field: 'integratorOrganizationId' })],
          },
        });
      }
    });
  });

  describe('holds', () => {
    const hold = { consortiumId: CONSORTIUM, beneficiaryOrganizationId: SME };

    it('are placed by a certified integrator of the consortium for an SME', async () => {
      await expect(parties.holdParties(req, person(INTEGRATOR), hold)).resolves.toBe(INTEGRATOR);
      expect(asked).toEqual([[INTEGRATOR, SME]]);
    });

    it('are refused to anyone else, and for large-group beneficiaries', async () => {
      await expect(parties.holdParties(req, person(null), hold)).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(parties.holdParties(req, person(SME), hold)).rejects.toMatchObject({
        message: expect.stringContaining('Only certified integrators'),
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(parties.holdParties(req, person(LAPSED), hold)).rejects.toMatchObject({
        message: expect.stringContaining('expired'),
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        parties.holdParties(req, person(INTEGRATOR), { ...hold, consortiumId: OTHER_CONSORTIUM }),
      ).rejects.toMatchObject({
        message: expect.stringContaining("consortium's member organisations"),
        extensions: { code: 'FORBIDDEN' },
      });
      await expect(
        parties.holdParties(req, person(INTEGRATOR), { ...hold, beneficiaryOrganizationId: LARGE }),
      ).rejects.toMatchObject({
        extensions: {
          code: 'BAD_USER_INPUT',
          rule: 'CREDIT_RECIPIENT',
          fields: [expect.objectContaining({ field: 'beneficiaryOrganizationId' })],
        },
      });
    });
  });

  it('tells the reservation service whether a confirming integrator is certified', async () => {
    await expect(parties.integratorStanding(req, person(INTEGRATOR))).resolves.toEqual({
      organizationId: INTEGRATOR,
      certified: true,
    });
    await expect(parties.integratorStanding(req, person(LAPSED))).resolves.toEqual({
      organizationId: LAPSED,
      certified: false,
    });
    await expect(parties.integratorStanding(req, person(SME))).resolves.toEqual({
      organizationId: SME,
      certified: false,
    });
    await expect(parties.integratorStanding(req, person(null))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
  });

  describe('reservations', () => {
    const reservation = {
      id: '00000000-0000-4000-8000-0000000000ee',
      integratorOrganizationId: INTEGRATOR,
      beneficiaryOrganizationId: SME,
      status: ReservationStatus.CONFIRMED,
    } as Reservation;

    it('are read by the placing integrator, the SME’s people and operators; NOT_FOUND for others', () => {
      expect(parties.canRead(person(INTEGRATOR), reservation)).toBe(true);
      expect(parties.canRead(person(SME), reservation)).toBe(true);
      expect(parties.canRead(person(null, [PlatformRole.OPERATOR]), reservation)).toBe(true);
      expect(parties.canRead(person(null), reservation)).toBe(false);
      expect(parties.canRead(person(LAPSED, [PlatformRole.INTEGRATOR]), reservation)).toBe(false);
      expect(() => parties.assertCanRead(person(LARGE), reservation)).toThrow(
        expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }),
      );
    });

    it('are cancelled by the placing integrator or an operator only', () => {
      expect(() => parties.assertCanCancel(person(INTEGRATOR), reservation)).not.toThrow();
      expect(() =>
        parties.assertCanCancel(person(null, [PlatformRole.OPERATOR]), reservation),
      ).not.toThrow();
      for (const reader of [person(SME)]) {
        expect(() => parties.assertCanCancel(reader, reservation)).toThrow(
          expect.objectContaining({ extensions: { code: 'FORBIDDEN' } }),
        );
      }
      expect(() => parties.assertCanCancel(person(LARGE), reservation)).toThrow(
        expect.objectContaining({ extensions: { code: 'NOT_FOUND' } }),
      );
    });
  });
});
