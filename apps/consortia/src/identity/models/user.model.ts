import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlatformRole, type UserEntity } from '@vcp/platform/auth';
import { UUID } from '@vcp/platform/graphql';

registerEnumType(PlatformRole, { name: 'PlatformRole' });

@ObjectType('User', { description: 'A person with an account.' })
export class UserModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => [PlatformRole])
  roles!: PlatformRole[];

  @Field(() => UUID, { nullable: true })
  organizationId!: string | null;

  @Field()
  createdAt!: Date;

  static from(entity: UserEntity): UserModel {
    return Object.assign(new UserModel(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      roles: entity.roles,
      organizationId: entity.organizationId,
      createdAt: entity.createdAt,
    });
  }
}
