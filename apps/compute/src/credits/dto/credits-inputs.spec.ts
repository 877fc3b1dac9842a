import 'reflect-metadata';
import { type ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from '@vcp/platform/graphql';
import {
  DefineComputePoolInput,
  GrantCreditsInput,
  grantRequestOf,
  HoldReservationInput,
} from './credits.inputs';

const pipe = createValidationPipe();
const validate = (metatype: ArgumentMetadata['metatype'], value: unknown) =>
  pipe.transform(value, { type: 'body', metatype });

const SME = '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01';
const inAMonth = new Date(Date.now() + 30 * 86_400_000);

describe('credit inputs', () => {
  it('leaves the money rules to the libraries: a zero grant passes the types', async () => {
    await expect(
      validate(GrantCreditsInput, {
        organizationId: SME,
        amount: 0,
        expiresAt: inAMonth,
        idempotencyKey: 'k',
      }),
    ).resolves.toBeInstanceOf(GrantCreditsInput);
  });

  it('refuses what cannot reach them, naming each field', async () => {
    await expect(
      validate(GrantCreditsInput, {
        organizationId: 'not-a-uuid',
        amount: 1.5,
        expiresAt: 'tomorrow',
        idempotencyKey: 'k'.repeat(201),
        memo: 'm'.repeat(501),
        extra: true,
      }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([
          expect.objectContaining({ field: 'organizationId' }),
          { field: 'amount', message: 'amount must be a whole number' },
          { field: 'expiresAt', message: 'expiresAt must be a date and time' },
          { field: 'idempotencyKey', message: 'idempotencyKey must be 8 to 200 characters' },
          { field: 'memo', message: 'memo must be at most 500 characters' },
          expect.objectContaining({ field: 'extra' }),
        ]),
      },
    });
  });

  it('keeps an omitted or null memo out of the ledger request, so retries hash the same', () => {
    const base = {
      organizationId: SME,
      amount: 10,
      expiresAt: inAMonth,
      idempotencyKey: 'grant-1',
    };
    const omitted = grantRequestOf(Object.assign(new GrantCreditsInput(), base));
    const nulled = grantRequestOf(Object.assign(new GrantCreditsInput(), { ...base, memo: null }));
    expect(omitted).toEqual(base);
    expect(Object.keys(omitted)).not.toContain('memo');
    expect(Object.keys(nulled)).not.toContain('memo');
    expect(grantRequestOf(Object.assign(new GrantCreditsInput(), { ...base, memo: 'Q3' }))).toEqual(
      { ...base, memo: 'Q3' },
    );
  });

  it('refuses a blank or overlong pool name and a malformed device id; the figures are the library’s', async () => {
    const pool = {
      name: 'Center NPUs',
      hardwareProfileId: 'furiosa-rngd',
      site: 'CENTER',
      capacityDevices: 0,
      creditsPerDeviceHour: 5,
    };
    await expect(validate(DefineComputePoolInput, pool)).resolves.toBeInstanceOf(
      DefineComputePoolInput,
    );
    await expect(
      validate(DefineComputePoolInput, {
        ...pool,
        name: '   ',
        hardwareProfileId: 'Furiosa RNGD',
        site: 'MOON',
      }),
    ).rejects.toMatchObject({
      extensions: {
        fields: expect.arrayContaining([
          { field: 'name', message: 'name must be 1 to 120 characters' },
          expect.objectContaining({ field: 'hardwareProfileId' }),
          expect.objectContaining({ field: 'site' }),
        ]),
      },
    });
    await expect(
      validate(DefineComputePoolInput, { ...pool, name: 'x'.repeat(121) }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes reservation windows as date-times and devices as whole numbers', async () => {
    const hold = {
      poolId: SME,
      consortiumId: SME,
      beneficiaryOrganizationId: SME,
      devices: 2,
      startsAt: new Date('2030-01-01T09:00:00Z'),
      endsAt: new Date('2030-01-01T11:00:00Z'),
      idempotencyKey: 'hold-0001',
    };
    const valid = (await validate(HoldReservationInput, hold)) as HoldReservationInput;
    expect(valid.startsAt).toEqual(hold.startsAt);
    await expect(
      validate(HoldReservationInput, { ...hold, devices: 0.5, endsAt: 'later' }),
    ).rejects.toMatchObject({
      extensions: {
        fields: [
          { field: 'devices', message: 'devices must be a whole number' },
          { field: 'endsAt', message: 'endsAt must be a date and time' },
        ],
      },
    });
  });
});
