import 'reflect-metadata';
import { type ArgumentMetadata } from '@nestjs/common';
import { createValidationPipe } from '@vcp/platform/graphql';
import {
  AddHardwareProfileArgs,
  ChooseHardwareArgs,
  MatchWorkloadArgs,
  workloadSpecOf,
  type WorkloadInput,
} from './hardware.inputs';

const pipe = createValidationPipe();
const validate = (metatype: ArgumentMetadata['metatype'], value: unknown) =>
  pipe.transform(value, { type: 'body', metatype });

const inspection = {
  name: 'Line-side defect inspection',
  family: 'CNN_VISION',
  parameters: 25.6e6,
  precision: 'INT8',
  batch: 1,
  site: 'EDGE',
  residency: 'ON_SITE',
};

describe('hardware inputs', () => {
  it('leaves the workload rules to the library: a 10-trillion-weight model passes the types', async () => {
    await expect(
      validate(MatchWorkloadArgs, { workload: { ...inspection, parameters: 1e13 } }),
    ).resolves.toBeInstanceOf(MatchWorkloadArgs);
  });

  it('refuses what cannot reach the rules, naming the field', async () => {
    await expect(
      validate(MatchWorkloadArgs, { workload: { ...inspection, parameters: -1, extra: 1 } }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: expect.arrayContaining([
          {
            field: 'workload.parameters',
            message: 'parameters must be a positive number of weights',
          },
          expect.objectContaining({ field: 'workload.extra' }),
        ]),
      },
    });
  });

  it('turns an omitted input size into the family default and unset targets into null', () => {
    expect(workloadSpecOf({ ...inspection, inputSize: null } as unknown as WorkloadInput)).toEqual({
      ...inspection,
      inputSize: undefined,
      latencyTargetMs: null,
      throughputTarget: null,
      powerBudgetW: null,
    });
  });

  it('checks device ids and that a device is an object', async () => {
    await expect(
      validate(ChooseHardwareArgs, {
        consortiumId: '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a01',
        workloadId: '0b5c2a44-8f0e-4d53-9a39-1f1d1c6e0a02',
        deviceId: 'NVIDIA H100',
      }),
    ).rejects.toMatchObject({
      extensions: { fields: [expect.objectContaining({ field: 'deviceId' })] },
    });
    await expect(validate(AddHardwareProfileArgs, { device: 'gpu' })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'device', message: 'device must be a JSON object' }] },
    });
    await expect(
      validate(AddHardwareProfileArgs, { device: { id: 'x', nested: { any: 1 } } }),
    ).resolves.toMatchObject({ device: { id: 'x', nested: { any: 1 } } });
  });
});
