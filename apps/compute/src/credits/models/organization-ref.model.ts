import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '@vcp/platform/graphql';

/**
 * An organisation as the compute subgraph names it: only its id. The gateway fetches its name,
 * kind and the rest from the consortia subgraph, with the caller's rights there.
 */
@ObjectType('Organization')
@Directive('@key(fields: "id", resolvable: false)')
export class OrganizationRefModel {
  @Field(() => UUID)
  id!: string;

  static of(id: string): OrganizationRefModel {
    return Object.assign(new OrganizationRefModel(), { id });
  }
}
