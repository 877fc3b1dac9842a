import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HardwareCatalogService, type Site } from '@vcp/compute/hardware';
import { type Principal } from '@vcp/platform/auth';
import { inTransaction, sqlState } from '@vcp/platform/database';
import { BadUserInputError, ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource } from 'typeorm';
import { assertReservationWindow } from './slots';

export interface NewPool {
  name: string;
  hardwareProfileId: string;
  site: Site;
  capacityDevices: number;
  creditsPerDeviceHour: number;
}

export interface MaintenanceWindow {
  startsAt: Date;
  endsAt: Date;
  reason: string;
}

export interface PoolMaintenance extends MaintenanceWindow {
  id: string;
  poolId: string;
}

export interface Pool extends NewPool {
  id: string;
  createdAt: Date;
}

/** The computing center's resource pools: a device type, a site, a capacity and a price. */
@Injectable()
export class PoolsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: HardwareCatalogService,
  ) {}

  async define(pool: NewPool, by: Principal | null): Promise<Pool> {
    if (!pool.name.trim() || pool.name.trim().length > 120) {
      throw new BadUserInputError('The pool name must be 1 to 120 characters.', {
        rule: 'POOL_NAME',
        fields: [{ field: 'name', message: '1 to 120 characters' }],
      });
    }
    const profile = await this.catalog.findById(pool.hardwareProfileId);
    if (profile.retiredAt) {
      throw new BadUserInputError(`${profile.name} is retired; pools offer devices in service.`, {
        rule: 'DEVICE_RETIRED',
      });
    }
    if (!profile.spec.sites.includes(pool.site)) {
      throw new BadUserInputError(`${profile.name} is not deployed at ${pool.site} sites.`, {
        rule: 'POOL_SITE',
        fields: [{ field: 'site', message: `one of ${profile.spec.sites.join(', ')}` }],
      });
    }
    for (const [field, value, max] of [
      ['capacityDevices', pool.capacityDevices, 100_000],
      ['creditsPerDeviceHour', pool.creditsPerDeviceHour, 1_000_000],
    ] as const) {
      if (!Number.isInteger(value) || value < 1 || value > max) {
        throw new BadUserInputError(`${field} must be a whole number from 1 to ${max}.`, {
          rule: 'POOL_FIGURES',
          fields: [{ field, message: `1 to ${max}` }],
        });
      }
    }
    try {
      const [row] = await this.db.query<Pool[]>(
        `INSERT INTO compute.pools (name, hardware_profile_id, site, capacity_devices, credits_per_device_hour, created_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, name, hardware_profile_id AS "hardwareProfileId", site,
                   capacity_devices AS "capacityDevices", credits_per_device_hour::int AS "creditsPerDeviceHour",
                   created_at AS "createdAt"`,
        [
          pool.name.trim(),
          profile.id,
          pool.site,
          pool.capacityDevices,
          pool.creditsPerDeviceHour,
          by?.kind === 'user' ? by.userId : null,
        ],
      );
      return row;
    } catch (error) {
      if (sqlState(error) === '23505')
        throw new ConflictError(`A pool named ${pool.name} exists.`, { rule: 'POOL_NAME_UNIQUE' });
      throw error;
    }
  }

  /**
   * Closes a pool for maintenance: every hourly slot of the window gets no capacity, in one
   * statement in slot order. The slots' CHECK (reserved ≤ capacity) refuses the closure where a
   * reservation holds devices, and refuses any hold after it, so a hold racing the closure either
   * lands first (and the closure is refused whole) or is refused.
   */
  async scheduleMaintenance(poolId: string, window: MaintenanceWindow): Promise<PoolMaintenance> {
    assertReservationWindow(window.startsAt, window.endsAt, new Date(), 'maintenance');
    const reason = window.reason.trim();
    if (!reason || reason.length > 500) {
      throw new BadUserInputError('Give the reason for the maintenance, 1 to 500 characters.', {
        rule: 'MAINTENANCE_REASON',
        fields: [{ field: 'reason', message: '1 to 500 characters' }],
      });
    }
    const [pool] = await this.db.query<{ name: string }[]>(
      `SELECT name FROM compute.pools WHERE id = $1 AND retired_at IS NULL`,
      [poolId],
    );
    if (!pool) throw new NotFoundError('Compute pool', poolId);
    try {
      return await inTransaction(this.db, async (manager) => {
        const [row] = await manager.query<PoolMaintenance[]>(
          `INSERT INTO compute.pool_maintenance (pool_id, during, reason)
           VALUES ($1, tstzrange($2, $3, '[)'), $4)
           RETURNING id, pool_id AS "poolId", lower(during) AS "startsAt", upper(during) AS "endsAt", reason`,
          [poolId, window.startsAt, window.endsAt, reason],
        );
        await manager.query(
          `INSERT INTO compute.pool_slots (pool_id, slot_start, capacity, reserved)
           SELECT $1, slot, 0, 0
             FROM generate_series($2::timestamptz, $3::timestamptz - interval '1 hour', interval '1 hour') AS slot
            ORDER BY slot
           ON CONFLICT (pool_id, slot_start) DO UPDATE SET capacity = 0`,
          [poolId, window.startsAt, window.endsAt],
        );
        return row;
      });
    } catch (error) {
      if (sqlState(error) === '23P01')
        throw new ConflictError(`${pool.name} already has maintenance in that window.`, {
          rule: 'MAINTENANCE_OVERLAP',
        });
      if (sqlState(error) === '23514')
        throw new ConflictError(
          `Reservations hold ${pool.name}'s devices in that window; cancel them before closing it for maintenance.`,
          { rule: 'MAINTENANCE_RESERVED' },
        );
      throw error;
    }
  }

  /** The pools in service, by name (at most 500: the center runs a few dozen). */
  list(): Promise<Pool[]> {
    return this.db.query<Pool[]>(
      `SELECT id, name, hardware_profile_id AS "hardwareProfileId", site,
              capacity_devices AS "capacityDevices", credits_per_device_hour::int AS "creditsPerDeviceHour",
              created_at AS "createdAt"
         FROM compute.pools WHERE retired_at IS NULL ORDER BY name, id LIMIT 500`,
    );
  }

  /** The cheapest pool's price per device, for the matcher's credit costs. */
  async rates(): Promise<Map<string, { poolName: string; creditsPerDeviceHour: number }>> {
    const rows = await this.db.query<{ hardware_profile_id: string; name: string; rate: string }[]>(
      `SELECT DISTINCT ON (hardware_profile_id) hardware_profile_id, name, credits_per_device_hour AS rate
         FROM compute.pools WHERE retired_at IS NULL
        ORDER BY hardware_profile_id, credits_per_device_hour, name`,
    );
    return new Map(
      rows.map((row) => [
        row.hardware_profile_id,
        { poolName: row.name, creditsPerDeviceHour: Number(row.rate) },
      ]),
    );
  }
}
