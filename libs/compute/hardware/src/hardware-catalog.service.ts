import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Principal } from '@vcp/platform/auth';
import { containsPattern, returnedRows, sqlState } from '@vcp/platform/database';
import {
  BadUserInputError,
  type Connection,
  type ConnectionArgs,
  ConflictError,
  decodeCursor,
  NotFoundError,
  pageSize,
  toConnection,
} from '@vcp/platform/graphql';
import { type DataSource, In, IsNull } from 'typeorm';
import { loadCatalog, validateDevice } from './catalog/catalog';
import { type Device, type DeviceCategory, type Precision, type Site } from './catalog/device';
import { HardwareProfileEntity, ProfileOrigin } from './hardware-profile.entity';

export interface HardwareProfileFilter {
  categories?: DeviceCategory[];
  site?: Site;
  precision?: Precision;
  vendor?: string;
  search?: string;
  includeRetired?: boolean;
}

/**
 * The hardware catalog in the database: the bundled catalog file, synchronised at start-up, plus
 * the devices operators add. Retired devices stay for the plans that name them.
 */
@Injectable()
export class HardwareCatalogService implements OnApplicationBootstrap {
  private readonly logger = new Logger(HardwareCatalogService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    const changed = await this.syncCatalog(loadCatalog());
    if (changed)
      this.logger.log(
        `Hardware catalog: ${changed} device(s) added or updated from the catalog file`,
      );
  }

  /** Upserts the catalog file's devices; operators' own devices are never touched. */
  async syncCatalog(devices: readonly Device[]): Promise<number> {
    let changed = 0;
    for (const device of devices) {
      const rows: unknown[] = await this.db.query(
        `INSERT INTO compute.hardware_profiles (id, name, vendor, category, spec, origin)
         VALUES ($1, $2, $3, $4, $5, 'CATALOG')
         ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name, vendor = EXCLUDED.vendor, category = EXCLUDED.category,
               spec = EXCLUDED.spec, updated_at = now()
         WHERE compute.hardware_profiles.origin = 'CATALOG'
           AND compute.hardware_profiles.spec IS DISTINCT FROM EXCLUDED.spec
         RETURNING id`,
        [device.id, device.name, device.vendor, device.category, JSON.stringify(device)],
      );
      changed += rows.length;
    }
    return changed;
  }

  /** Devices that can be matched and planned. */
  async activeDevices(): Promise<Device[]> {
    const rows = await this.db
      .getRepository(HardwareProfileEntity)
      .find({ where: { retiredAt: IsNull() }, order: { id: 'ASC' } });
    return rows.map((row) => row.spec);
  }

  async findById(id: string): Promise<HardwareProfileEntity> {
    const profile = await this.db.getRepository(HardwareProfileEntity).findOneBy({ id });
    if (!profile) throw new NotFoundError('Hardware profile', id);
    return profile;
  }

  async findByIds(ids: readonly string[]): Promise<(HardwareProfileEntity | null)[]> {
    const rows = await this.db.getRepository(HardwareProfileEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async page(
    filter: HardwareProfileFilter,
    args: ConnectionArgs,
  ): Promise<Connection<HardwareProfileEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(HardwareProfileEntity)
      .createQueryBuilder('h')
      .orderBy('h.name', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .limit(limit + 1);
    if (!filter.includeRetired) query.andWhere('h.retired_at IS NULL');
    if (filter.categories?.length)
      query.andWhere('h.category IN (:...categories)', { categories: filter.categories });
    if (filter.site) query.andWhere(`h.spec->'sites' ? :site`, { site: filter.site });
    if (filter.precision)
      query.andWhere(`h.spec->'peak' ? :precision`, { precision: filter.precision });
    if (filter.vendor)
      query.andWhere('lower(h.vendor) = lower(:vendor)', { vendor: filter.vendor });
    if (filter.search)
      query.andWhere('h.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'string']);
      query.andWhere('(h.name, h.id) > (:name, :id)', { name: String(name), id: String(id) });
    }
    return toConnection(await query.getMany(), limit, (h) => [h.name, h.id]);
  }

  /** An operator adds a device; it gets the same checks as the catalog file. */
  async add(raw: unknown, by: Principal): Promise<HardwareProfileEntity> {
    const { device, problems } = validateDevice(raw, 'device');
    if (!device || problems.length) {
      throw new BadUserInputError(`The device is not valid: ${problems.join('; ')}.`, {
        rule: 'DEVICE_FIGURES',
        fields: problems.map((problem) => ({ field: 'device', message: problem })),
      });
    }
    try {
      await this.db.query(
        `INSERT INTO compute.hardware_profiles (id, name, vendor, category, spec, origin, added_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          device.id,
          device.name,
          device.vendor,
          device.category,
          JSON.stringify(device),
          ProfileOrigin.OPERATOR,
          by.kind === 'user' ? by.userId : null,
        ],
      );
    } catch (error) {
      if (sqlState(error) === '23505') {
        throw new ConflictError(`A device with id ${device.id} is already in the catalog.`, {
          rule: 'DEVICE_ID_UNIQUE',
        });
      }
      throw error;
    }
    return this.findById(device.id);
  }

  /** Takes a device out of matching and new plans; plans that chose it keep it. */
  async retire(id: string, by: Principal): Promise<HardwareProfileEntity> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE compute.hardware_profiles SET retired_at = now(), retired_by = $2, updated_at = now()
        WHERE id = $1 AND retired_at IS NULL RETURNING id`,
        [id, by.kind === 'user' ? by.userId : null],
      ),
    );
    const profile = await this.findById(id);
    if (rows.length === 0) {
      throw new ConflictError(`${profile.name} is already retired.`, { rule: 'DEVICE_RETIRED' });
    }
    return profile;
  }
}
