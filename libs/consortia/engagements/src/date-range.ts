import { BadUserInputError } from '@vcp/platform/graphql';
import { isValidIsoDate } from './iso-week';

/** A from–to range of real dates, from first; the message names the field at fault. */
export function assertDateRange(from: string, to: string): void {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isValidIsoDate(value) || value < '1900-01-01') {
      throw new BadUserInputError(
        `${field} must be a real date written YYYY-MM-DD; got ${value}.`,
        {
          fields: [{ field, message: 'not a date' }],
        },
      );
    }
  }
  if (to < from) {
    throw new BadUserInputError(`The range ends (${to}) before it starts (${from}).`, {
      fields: [{ field: 'to', message: 'before from' }],
    });
  }
}
