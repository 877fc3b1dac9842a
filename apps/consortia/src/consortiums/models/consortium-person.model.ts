import { Field, ObjectType } from '@nestjs/graphql';
import { type ConsortiumPersonEntity } from '@vcp/consortia/consortiums';
import { UUID } from '@vcp/platform/graphql';
import { ConsortiumPersonRole } from '../../directory/directory-enums';

@ObjectType('ConsortiumPerson', { description: "A person's role in a consortium." })
export class ConsortiumPersonModel {
  @Field(() => UUID)
  consortiumId!: string;

  @Field(() => UUID)
  userId!: string;

  @Field(() => UUID)
  organizationId!: string;

  @Field(() => ConsortiumPersonRole)
  role!: ConsortiumPersonRole;

  @Field()
  grantedAt!: Date;

  static from(entity: ConsortiumPersonEntity): ConsortiumPersonModel {
    return Object.assign(new ConsortiumPersonModel(), {
      consortiumId: entity.consortiumId,
      userId: entity.userId,
      organizationId: entity.organizationId,
      role: entity.role,
      grantedAt: entity.grantedAt,
    });
  }
}
