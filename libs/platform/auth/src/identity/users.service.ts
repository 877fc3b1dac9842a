import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ConflictError, NotFoundError } from '@vcp/platform/graphql';
import { type DataSource, In, QueryFailedError } from 'typeorm';
import { type PlatformRole } from '../principal';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  displayName: string;
  password: string;
  roles: PlatformRole[];
  organizationId?: string | null;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async findById(id: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /** For DataLoader: the people in the order asked, null where an id is unknown. */
  async findByIds(ids: readonly string[]): Promise<(UserEntity | null)[]> {
    const rows = await this.db.getRepository(UserEntity).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /** Attaches a person to the organisation they work for (null: to none). */
  async assignOrganization(userId: string, organizationId: string | null): Promise<UserEntity> {
    const { affected } = await this.db
      .getRepository(UserEntity)
      .update({ id: userId }, { organizationId });
    if (!affected) throw new NotFoundError('User', userId);
    return this.findById(userId);
  }

  async create(input: NewUser): Promise<UserEntity> {
    const repository = this.db.getRepository(UserEntity);
    try {
      const { id } = await repository.save(
        repository.create({
          email: input.email.trim().toLowerCase(),
          displayName: input.displayName,
          passwordHash: await this.passwords.hash(input.password),
          roles: [...new Set(input.roles)],
          organizationId: input.organizationId ?? null,
        }),
      );
      return repository.findOneByOrFail({ id });
    } catch (error) {
      if (error instanceof QueryFailedError && error.message.includes('users_email_key')) {
        throw new ConflictError(`An account for ${input.email} already exists.`);
      }
      throw error;
    }
  }
}
