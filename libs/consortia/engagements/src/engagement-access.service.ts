import { Injectable } from '@nestjs/common';
import { ConsortiumAccessService, ConsortiumPersonRole } from '@vcp/consortia/consortiums';
import { ApiScope, PlatformRole, type Principal } from '@vcp/platform/auth';
import { ForbiddenError } from '@vcp/platform/graphql';
import { EngagementStatus } from './engagement-enums';
import { type EngagementEntity, type ResearcherEntity } from './engagement.entities';
import { ResearchersService } from './researchers.service';
import { UniversitiesService } from './universities.service';

/** What a consortium's leads and managers see of the researchers working for it. */
export const CONSORTIUM_VISIBLE: readonly EngagementStatus[] = [
  EngagementStatus.APPROVED,
  EngagementStatus.ACTIVE,
  EngagementStatus.ENDED,
];

/** Which engagements a caller may read; `all` only for operators. */
export interface EngagementScope {
  all: boolean;
  researcherId: string | null;
  /** Universities whose faculty's engagements the caller reads (officers; a university's HR client). */
  universityIds: string[];
  /** Consortiums whose researchers the caller reads (its leads and managers). */
  consortiumIds: string[];
}

/**
 * The one home of the engagement read rules: researchers their own, officers their university's,
 * a consortium's leads and managers its researchers', operators everything, and a partner client
 * with engagements:read only its own university's faculty.
 */
@Injectable()
export class EngagementAccessService {
  constructor(
    private readonly researchers: ResearchersService,
    private readonly universities: UniversitiesService,
    private readonly consortiumAccess: ConsortiumAccessService,
  ) {}

  async scopeOf(principal: Principal): Promise<EngagementScope> {
    if (principal.kind === 'client') {
      if (!principal.scopes.includes(ApiScope.ENGAGEMENTS_READ) || !principal.organizationId) {
        throw new ForbiddenError(
          'This API client needs the scope engagements:read and must belong to a university.',
        );
      }
      return {
        all: false,
        researcherId: null,
        universityIds: [principal.organizationId],
        consortiumIds: [],
      };
    }
    if (principal.roles.includes(PlatformRole.OPERATOR)) {
      return { all: true, researcherId: null, universityIds: [], consortiumIds: [] };
    }
    const [researcher, universityIds, profile] = await Promise.all([
      this.researchers.findByUser(principal.userId),
      this.universities.officerUniversityIds(principal.userId),
      this.consortiumAccess.profileOf(principal),
    ]);
    const consortiumIds = [...profile.personRoles.entries()]
      .filter(
        ([, role]) => role === ConsortiumPersonRole.LEAD || role === ConsortiumPersonRole.MANAGER,
      )
      .map(([id]) => id);
    return { all: false, researcherId: researcher?.id ?? null, universityIds, consortiumIds };
  }

  canRead(scope: EngagementScope, engagement: EngagementEntity): boolean {
    return (
      this.canReadDisclosures(scope, engagement) ||
      (scope.consortiumIds.includes(engagement.consortiumId) &&
        CONSORTIUM_VISIBLE.includes(engagement.status))
    );
  }

  /**
   * Disclosures (equity, pay, family ties) and drafts: the researcher, their university's officers
   * and HR client, operators; never the consortium, which may include the host firm itself.
   */
  canReadDisclosures(scope: EngagementScope, engagement: EngagementEntity): boolean {
    return (
      scope.all ||
      engagement.researcherId === scope.researcherId ||
      scope.universityIds.includes(engagement.universityId)
    );
  }

  /** Profiles: the researcher, their university's officers and HR client, operators. */
  canReadResearcher(scope: EngagementScope, researcher: ResearcherEntity): boolean {
    return (
      scope.all ||
      scope.researcherId === researcher.id ||
      scope.universityIds.includes(researcher.universityId)
    );
  }

  assertCanRead(scope: EngagementScope, engagement: EngagementEntity): void {
    if (!this.canRead(scope, engagement)) {
      throw new ForbiddenError(
        "Engagements are read by the researcher, their university's officers, the consortium's leads and operators.",
      );
    }
  }
}
