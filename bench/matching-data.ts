/* Synthetic device variants in the bench database, so matching through the API ranks 1,000 devices. */
import { type DataSource } from 'typeorm';
import { syntheticDevices } from './matching';

/** Variants added next to the catalog's own devices. */
export const BENCH_DEVICES = 1000 - 37;

/** Inserts the variants once (as operator-added devices); returns how many the catalog holds now. */
export async function addSyntheticDevices(db: DataSource, count: number): Promise<number> {
  const devices = syntheticDevices(count);
  await db.query(
    `INSERT INTO compute.hardware_profiles (id, name, vendor, category, spec, origin)
     SELECT d->>'id', d->>'name', d->>'vendor', d->>'category', d, 'OPERATOR'
       FROM jsonb_array_elements($1::jsonb) AS d
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(devices)],
  );
  const [{ count: total }] = await db.query<{ count: string }[]>(
    `SELECT count(*) FROM compute.hardware_profiles WHERE retired_at IS NULL`,
  );
  return Number(total);
}
