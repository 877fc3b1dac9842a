import { Query, Resolver } from '@nestjs/graphql';
import { ApiScope, Authenticated, Scopes } from '@vcp/platform/auth';
import { ProgramTargetModel } from './program-target.model';
import { PROGRAM_TARGETS } from './program-targets';

@Resolver()
export class ProgramResolver {
  @Authenticated()
  @Scopes(ApiScope.COMPUTE_READ)
  @Query(() => [ProgramTargetModel], {
    description: 'The program targets dashboards measure against.',
  })
  programTargets(): ProgramTargetModel[] {
    return PROGRAM_TARGETS.map((target) => Object.assign(new ProgramTargetModel(), target));
  }
}
