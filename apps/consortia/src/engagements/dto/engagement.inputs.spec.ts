import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { CorrectHourLogInput, UniversityPolicyInput } from './engagement.inputs';

const problems = (input: object) =>
  validateSync(input).flatMap((error) => Object.values(error.constraints ?? {}));

describe('hours in engagement inputs', () => {
  it('refuse numbers so small they print in exponent form, instead of failing on them', () => {
    for (const hours of [4e-323, 5e-324, -6e-323, 1e-7]) {
      expect(problems(plainToInstance(CorrectHourLogInput, { hours }))).toContain(
        'hours must be at least 0.25',
      );
      expect(problems(plainToInstance(UniversityPolicyInput, { weeklyCapHours: hours }))).toContain(
        'weeklyCapHours must be at least 0.25',
      );
    }
  });

  it('take hundredths and refuse finer fractions', () => {
    expect(problems(plainToInstance(CorrectHourLogInput, { hours: 7.25 }))).toEqual([]);
    expect(problems(plainToInstance(UniversityPolicyInput, { weeklyCapHours: 0.29 }))).toEqual([]);
    expect(problems(plainToInstance(CorrectHourLogInput, { hours: 7.125 }))).toEqual([
      'hours must have at most two decimal places',
    ]);
  });
});
