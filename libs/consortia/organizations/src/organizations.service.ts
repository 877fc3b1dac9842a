import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { type Principal, UsersService } from '@vcp/platform/auth';
import { containsPattern, inTransaction, returnedRows, sqlState } from '@vcp/platform/database';
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
import { type DataSource, type EntityManager, In } from 'typeorm';
import {
  checkBusinessRegistrationNumber,
  formatBusinessRegistrationNumber,
} from './business-registration-number';
import { type Certification } from './certification';
import { findIndustry } from './industries';
import { OrganizationAdminEntity } from './organization-admin.entity';
import { OrganizationEntity } from './organization.entity';
import { CLAIMED_SIZE, isFirm, kindWithArticle, type OrganizationKind } from './organization-kind';
import { type Region } from './region';
import { type Classification, classifyFirm, type SizePolicy } from './size-policy';
import { sizePolicyConfig } from './size-policy.config';

export interface OrganizationDetails {
  name: string;
  kind: OrganizationKind;
  businessRegistrationNumber: string;
  region: Region;
  industryCode: string;
  annualRevenueKrw?: number | null;
  totalAssetsKrw?: number | null;
  employees?: number | null;
  businessGroup?: string | null;
  inLargeBusinessGroup?: boolean;
}

export type OrganizationUpdateCheck = (
  manager: EntityManager,
  after: OrganizationEntity,
  classification: Classification | null,
) => Promise<void>;

export interface OrganizationFilter {
  kinds?: OrganizationKind[];
  regions?: Region[];
  industryCode?: string;
  /** Part of the name, matched case-insensitively (trigram index). */
  search?: string;
}

/** Registration, classification and certification of organisations; every change is audited. */
@Injectable()
export class OrganizationsService {
  /** A row read once in a request is classified once (lists name the same firm many times). */
  private readonly classified = new WeakMap<OrganizationEntity, Classification>();
  private readonly updateChecks: OrganizationUpdateCheck[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(sizePolicyConfig.KEY) private readonly policy: SizePolicy,
    private readonly audit: AuditLogService,
    private readonly users: UsersService,
  ) {}

  /** The derived size class of a firm under the configured policy; null for universities and agencies. */
  classify(organization: OrganizationEntity): Classification | null {
    if (!isFirm(organization.kind)) return null;
    let classification = this.classified.get(organization);
    if (!classification) {
      classification = this.classifyFigures(organization);
      this.classified.set(organization, classification);
    }
    return classification;
  }

  private classifyFigures(organization: OrganizationEntity): Classification {
    return classifyFirm(
      {
        industryCode: organization.industryCode,
        annualRevenueKrw: organization.annualRevenueKrw ?? 0,
        totalAssetsKrw: organization.totalAssetsKrw ?? 0,
        inLargeBusinessGroup: organization.inLargeBusinessGroup,
      },
      this.policy,
    );
  }

  async register(details: OrganizationDetails, by: Principal | null): Promise<OrganizationEntity> {
    const candidate = this.validated(details);
    try {
      return await inTransaction(this.db, async (manager) => {
        const saved = await manager.save(manager.create(OrganizationEntity, candidate));
        const organization = await manager.findOneByOrFail(OrganizationEntity, { id: saved.id });
        await this.audit.record(manager, {
          actor: actorOf(by),
          action: 'organization.registered',
          entityType: AuditEntityType.ORGANIZATION,
          entityId: organization.id,
          organizationId: organization.id,
          after: organization,
        });
        return organization;
      });
    } catch (error) {
      throw await this.explainConflict(error, candidate.businessRegistrationNumber);
    }
  }

  async update(
    id: string,
    changes: Partial<OrganizationDetails>,
    by: Principal | null,
  ): Promise<OrganizationEntity> {
    let brn: string | undefined;
    try {
      return await inTransaction(this.db, async (manager) => {
        const before = await this.lock(manager, id);
        const merged = this.validated({ ...detailsOf(before), ...definedOnly(changes) });
        if (before.certificationNumber && merged.kind !== before.kind) {
          throw new BadUserInputError(
            `${before.name} holds integrator certification ${before.certificationNumber}; a certified integrator keeps its kind.`,
            {
              rule: 'CERTIFICATION_FOR_INTEGRATORS',
              fields: [{ field: 'kind', message: 'certified' }],
            },
          );
        }
        brn = merged.businessRegistrationNumber;
        await manager.update(OrganizationEntity, { id }, { ...merged, updatedAt: new Date() });
        const after = await manager.findOneByOrFail(OrganizationEntity, { id });
        for (const check of this.updateChecks) {
          await check(manager, after, this.classify(after));
        }
        await this.audit.record(manager, {
          actor: actorOf(by),
          action: 'organization.updated',
          entityType: AuditEntityType.ORGANIZATION,
          entityId: id,
          organizationId: id,
          before,
          after,
        });
        return after;
      });
    } catch (error) {
      throw await this.explainConflict(error, brn);
    }
  }

  /** Records (or renews) an integrator's certification; it lapses by itself on `expiresOn`. */
  async certifyIntegrator(
    id: string,
    certification: Certification,
    by: Principal | null,
  ): Promise<OrganizationEntity> {
    if (certification.expiresOn <= certification.issuedOn) {
      throw new BadUserInputError(
        `The certification must expire after it is issued; ${certification.expiresOn} is not after ${certification.issuedOn}.`,
        { fields: [{ field: 'expiresOn', message: 'must be after issuedOn' }] },
      );
    }
    return inTransaction(this.db, async (manager) => {
      const before = await this.lock(manager, id);
      if (before.kind !== 'CERTIFIED_INTEGRATOR') {
        throw new BadUserInputError(
          `Only integrators can be certified; ${before.name} is ${kindWithArticle(before.kind)}.`,
          { rule: 'CERTIFICATION_FOR_INTEGRATORS' },
        );
      }
      await manager.update(
        OrganizationEntity,
        { id },
        {
          certificationNumber: certification.number,
          certifiedOn: certification.issuedOn,
          certificationExpiresOn: certification.expiresOn,
          updatedAt: new Date(),
        },
      );
      const after = await manager.findOneByOrFail(OrganizationEntity, { id });
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'organization.certified',
        entityType: AuditEntityType.ORGANIZATION,
        entityId: id,
        organizationId: id,
        before,
        after,
      });
      return after;
    });
  }

  /** Makes a person of the organisation one of its admins, who answer invitations for it. */
  async grantAdmin(organizationId: string, userId: string, by: Principal | null): Promise<void> {
    const person = await this.users.findById(userId);
    await inTransaction(this.db, async (manager) => {
      const organization = await this.lock(manager, organizationId);
      if (person.organizationId !== organizationId) {
        throw new BadUserInputError(
          `${person.displayName} does not belong to ${organization.name}; only its own people can be its admins.`,
          { rule: 'ADMIN_FROM_ORGANIZATION' },
        );
      }
      const inserted: unknown[] = await manager.query(
        `INSERT INTO consortia.organization_admins (organization_id, user_id, granted_by)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
        [organizationId, userId, by?.kind === 'user' ? by.userId : null],
      );
      if (inserted.length === 0) return;
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'organization.admin_granted',
        entityType: AuditEntityType.ORGANIZATION,
        entityId: organizationId,
        organizationId,
        after: { adminUserId: userId },
      });
    });
  }

  /** Takes a person's admin standing away; answering invitations stops at once. */
  async revokeAdmin(organizationId: string, userId: string, by: Principal | null): Promise<void> {
    await inTransaction(this.db, async (manager) => {
      await this.lock(manager, organizationId);
      const removed = returnedRows(
        await manager.query(
          `DELETE FROM consortia.organization_admins WHERE organization_id = $1 AND user_id = $2
         RETURNING user_id`,
          [organizationId, userId],
        ),
      );
      if (removed.length === 0) throw new NotFoundError('Admin of the organisation', userId);
      await this.audit.record(manager, {
        actor: actorOf(by),
        action: 'organization.admin_revoked',
        entityType: AuditEntityType.ORGANIZATION,
        entityId: organizationId,
        organizationId,
        before: { adminUserId: userId },
      });
    });
  }

  /** How many organisations of each kind are registered (for adoption figures). */
  async countsByKind(): Promise<{ kind: OrganizationKind; count: number }[]> {
    const rows = await this.db.query<{ kind: OrganizationKind; count: string }[]>(
      `SELECT kind, count(*) AS count FROM consortia.organizations GROUP BY kind ORDER BY kind`,
    );
    return rows.map((row) => ({ kind: row.kind, count: Number(row.count) }));
  }

  async isAdmin(userId: string, organizationId: string): Promise<boolean> {
    return this.db.getRepository(OrganizationAdminEntity).existsBy({ userId, organizationId });
  }

  /**
   * The organisation as of now, share-locked until the caller's transaction ends, so a rule
   * checked against it (size class, certification) cannot be undone by a concurrent update.
   * Outside a transaction it is a plain read.
   */
  async lockForShare(manager: EntityManager, id: string): Promise<OrganizationEntity> {
    const inTransaction = manager.queryRunner?.isTransactionActive ?? false;
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id },
      ...(inTransaction ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!organization) throw new NotFoundError('Organisation', id);
    return organization;
  }

  /** The organisation, locked for update until the caller's transaction ends. */
  lockForUpdate(manager: EntityManager, id: string): Promise<OrganizationEntity> {
    return this.lock(manager, id);
  }

  /**
   * Rules other modules hold over an organisation's changes (an anchor must stay mid-sized);
   * each runs inside the update's transaction and throws to refuse it.
   */
  addUpdateCheck(check: OrganizationUpdateCheck): void {
    this.updateChecks.push(check);
  }

  async findById(id: string): Promise<OrganizationEntity> {
    const organization = await this.db.getRepository(OrganizationEntity).findOneBy({ id });
    if (!organization) throw new NotFoundError('Organisation', id);
    return organization;
  }

  /** For DataLoader: the organisations in the order asked, null where an id is unknown. */
  async findByIds(ids: readonly string[]): Promise<(OrganizationEntity | null)[]> {
    const rows = await this.db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The directory, by name. */
  async page(
    filter: OrganizationFilter,
    args: ConnectionArgs,
  ): Promise<Connection<OrganizationEntity>> {
    const limit = pageSize(args);
    const query = this.db
      .getRepository(OrganizationEntity)
      .createQueryBuilder('org')
      .orderBy('org.name', 'ASC')
      .addOrderBy('org.id', 'ASC')
      .limit(limit + 1);
    if (filter.kinds?.length) query.andWhere('org.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.regions?.length) {
      query.andWhere('org.region IN (:...regions)', { regions: filter.regions });
    }
    if (filter.industryCode) {
      query.andWhere('org.industry_code = :industry', {
        industry: filter.industryCode.toUpperCase(),
      });
    }
    if (filter.search) {
      query.andWhere('org.name ILIKE :pattern', { pattern: containsPattern(filter.search) });
    }
    if (args.after) {
      const [name, id] = decodeCursor(args.after, ['string', 'uuid']);
      query.andWhere('(org.name, org.id) > (:name, :id)', { name: String(name), id: String(id) });
    }
    return toConnection(await query.getMany(), limit, (org) => [org.name, org.id]);
  }

  private async lock(manager: EntityManager, id: string): Promise<OrganizationEntity> {
    const organization = await manager.findOne(OrganizationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!organization) throw new NotFoundError('Organisation', id);
    return organization;
  }

  /** Every rule an organisation's own fields must satisfy, with messages naming the rule. */
  private validated(details: OrganizationDetails): OrganizationDetails {
    const brn = checkBusinessRegistrationNumber(details.businessRegistrationNumber);
    if (!brn.ok) {
      throw new BadUserInputError(
        `Business registration number ${details.businessRegistrationNumber} ${brn.problem}.`,
        {
          rule: 'BRN_CHECK',
          fields: [{ field: 'businessRegistrationNumber', message: brn.problem }],
        },
      );
    }
    const industry = findIndustry(details.industryCode);
    if (!industry) {
      throw new BadUserInputError(
        `Industry ${details.industryCode} is not a KSIC section or division; use a code such as C26 or H49.`,
        {
          rule: 'KSIC_INDUSTRY',
          fields: [{ field: 'industryCode', message: 'unknown KSIC code' }],
        },
      );
    }
    const name = details.name.trim();
    if (name.length === 0 || name.length > 200) {
      throw new BadUserInputError('The name must be 1 to 200 characters, not only spaces.', {
        rule: 'NAME_REQUIRED',
        fields: [{ field: 'name', message: 'required' }],
      });
    }
    const candidate: OrganizationDetails = {
      ...details,
      name,
      businessRegistrationNumber: brn.digits,
      industryCode: industry.code,
      businessGroup: details.businessGroup?.trim() || null,
      inLargeBusinessGroup: details.inLargeBusinessGroup ?? false,
    };
    if (candidate.inLargeBusinessGroup && !candidate.businessGroup) {
      throw new BadUserInputError(
        'Name the business group: a firm in a large business group must say which one.',
        { rule: 'LARGE_GROUP_NAMED', fields: [{ field: 'businessGroup', message: 'required' }] },
      );
    }
    if (!isFirm(candidate.kind)) return candidate;

    const missing = (['annualRevenueKrw', 'totalAssetsKrw', 'employees'] as const).filter(
      (field) => candidate[field] === null || candidate[field] === undefined,
    );
    if (missing.length) {
      throw new BadUserInputError(
        `${capitalise(kindWithArticle(candidate.kind))} must report ${missing.join(', ')} so its size class can be derived.`,
        {
          rule: 'FIRM_FIGURES',
          fields: missing.map((field) => ({ field, message: 'required for firms' })),
        },
      );
    }
    const claimed = CLAIMED_SIZE[candidate.kind];
    const classification = classifyFirm(
      {
        industryCode: candidate.industryCode,
        annualRevenueKrw: candidate.annualRevenueKrw ?? 0,
        totalAssetsKrw: candidate.totalAssetsKrw ?? 0,
        inLargeBusinessGroup: candidate.inLargeBusinessGroup ?? false,
      },
      this.policy,
    );
    if (claimed && claimed !== classification.sizeClass) {
      throw new BadUserInputError(
        `${candidate.name} is declared ${kindWithArticle(candidate.kind)} but is classed ${classification.sizeClass}: ${classification.reason}.`,
        {
          rule: 'KIND_MATCHES_SIZE_CLASS',
          fields: [{ field: 'kind', message: 'contradicts the figures' }],
        },
      );
    }
    return candidate;
  }

  /** A duplicate registration number becomes a CONFLICT naming the organisation that holds it. */
  private async explainConflict(error: unknown, brn: string | undefined): Promise<unknown> {
    if (sqlState(error) !== '23505' || !brn) return error;
    const holder = await this.db.getRepository(OrganizationEntity).findOneBy({
      businessRegistrationNumber: brn,
    });
    return new ConflictError(
      `Business registration number ${formatBusinessRegistrationNumber(brn)} is already registered${holder ? ` to ${holder.name}` : ''}.`,
      { rule: 'BRN_UNIQUE', organizationId: holder?.id },
    );
  }
}

function detailsOf(organization: OrganizationEntity): OrganizationDetails {
  return {
    name: organization.name,
    kind: organization.kind,
    businessRegistrationNumber: organization.businessRegistrationNumber,
    region: organization.region,
    industryCode: organization.industryCode,
    annualRevenueKrw: organization.annualRevenueKrw,
    totalAssetsKrw: organization.totalAssetsKrw,
    employees: organization.employees,
    businessGroup: organization.businessGroup,
    inLargeBusinessGroup: organization.inLargeBusinessGroup,
  };
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
