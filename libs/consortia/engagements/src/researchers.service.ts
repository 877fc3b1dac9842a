import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, AuditEntityType, AuditLogService } from '@vcp/consortia/audit';
import { PlatformRole, type Principal, UsersService } from '@vcp/platform/auth';
import { inTransaction, sqlState } from '@vcp/platform/database';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
} from '@vcp/platform/graphql';
import { type DataSource, In } from 'typeorm';
import { type ResearcherRank } from './engagement-enums';
import { ResearcherEntity } from './engagement.entities';
import { checkOrcid } from './orcid';
import { UniversitiesService } from './universities.service';

export interface ResearcherProfile {
  universityId: string;
  rank: ResearcherRank;
  department: string;
  fields: string[];
  orcid: string;
}

/** Researcher profiles: a person of a university with an appointment and a validated ORCID iD. */
@Injectable()
export class ResearchersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly universities: UniversitiesService,
    private readonly users: UsersService,
    private readonly audit: AuditLogService,
  ) {}

  /** The researcher registers themselves (or an operator registers them). */
  async register(
    userId: string,
    profile: ResearcherProfile,
    by: Principal,
  ): Promise<ResearcherEntity> {
    const isSelf = by.kind === 'user' && by.userId === userId;
    const isOperator = by.kind === 'user' && by.roles.includes(PlatformRole.OPERATOR);
    if (!isSelf && !isOperator) {
      throw new ForbiddenError(
        'Researchers register their own profile; operators may do it for them.',
      );
    }
    const university = await this.universities.requireUniversity(profile.universityId);
    const person = await this.users.findById(userId);
    if (person.organizationId !== university.id) {
      throw new BadUserInputError(
        `${person.displayName} does not belong to ${university.name}; a researcher keeps a post at their own university.`,
        { rule: 'RESEARCHER_FROM_UNIVERSITY' },
      );
    }
    const orcid = this.validOrcid(profile.orcid);
    if (!profile.department.trim()) {
      throw new BadUserInputError('Name the department (not only spaces).', {
        rule: 'DEPARTMENT_REQUIRED',
        fields: [{ field: 'department', message: 'required' }],
      });
    }
    try {
      return await inTransaction(this.db, async (manager) => {
        const [{ id }] = await manager.query<{ id: string }[]>(
          `INSERT INTO consortia.researchers (user_id, university_id, rank, department, fields, orcid)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [
            userId,
            university.id,
            profile.rank,
            profile.department.trim(),
            uniqueFields(profile.fields),
            orcid,
          ],
        );
        const researcher = await manager.findOneByOrFail(ResearcherEntity, { id });
        await this.audit.record(manager, {
          actor: actorOf(by),
          action: 'researcher.registered',
          entityType: AuditEntityType.RESEARCHER,
          entityId: id,
          organizationId: university.id,
          after: researcher,
        });
        return researcher;
      });
    } catch (error) {
      if (sqlState(error) !== '23505') throw error;
      const message = error instanceof Error ? error.message : '';
      throw message.includes('researchers_orcid_key')
        ? new ConflictError(`ORCID iD ${orcid} already belongs to another researcher.`, {
            rule: 'ORCID_UNIQUE',
          })
        : new ConflictError(`${person.displayName} already has a researcher profile.`, {
            rule: 'ONE_PROFILE_PER_PERSON',
          });
    }
  }

  async findById(id: string): Promise<ResearcherEntity> {
    const researcher = await this.db.getRepository(ResearcherEntity).findOneBy({ id });
    if (!researcher) throw new NotFoundError('Researcher', id);
    return researcher;
  }

  findByUser(userId: string): Promise<ResearcherEntity | null> {
    return this.db.getRepository(ResearcherEntity).findOneBy({ userId });
  }

  /** The caller's own profile, which every researcher action needs. */
  async requireOwn(by: Principal): Promise<ResearcherEntity> {
    const researcher = by.kind === 'user' ? await this.findByUser(by.userId) : null;
    if (!researcher) {
      throw new ForbiddenError('Register your researcher profile first (registerResearcher).');
    }
    return researcher;
  }

  async findByIds(ids: readonly string[]): Promise<(ResearcherEntity | null)[]> {
    const rows = await this.db.getRepository(ResearcherEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private validOrcid(input: string): string {
    const check = checkOrcid(input);
    if (!check.ok) {
      throw new BadUserInputError(`ORCID iD ${input} ${check.problem}.`, {
        rule: 'ORCID_CHECK',
        fields: [{ field: 'orcid', message: check.problem }],
      });
    }
    return check.orcid;
  }
}

function uniqueFields(fields: string[]): string[] {
  return [...new Set(fields.map((field) => field.trim()).filter(Boolean))];
}
