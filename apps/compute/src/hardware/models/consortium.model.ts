import { Directive, Field, ObjectType } from '@nestjs/graphql';
import { UUID } from '@vcp/platform/graphql';

/**
 * A consortium as the compute subgraph knows it: its id, and the fields this subgraph adds.
 * Everything else (name, members, ...) comes from the consortia subgraph through the gateway.
 */
@ObjectType('Consortium')
@Directive('@key(fields: "id")')
export class ConsortiumModel {
  @Field(() => UUID)
  id!: string;

  static of(id: string): ConsortiumModel {
    return Object.assign(new ConsortiumModel(), { id });
  }
}
