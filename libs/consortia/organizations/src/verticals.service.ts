import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError } from '@vcp/platform/graphql';
import { type DataSource, In } from 'typeorm';
import { VerticalEntity } from './vertical.entity';

@Injectable()
export class VerticalsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(): Promise<VerticalEntity[]> {
    return this.db.getRepository(VerticalEntity).find({ order: { name: 'ASC' } });
  }

  /** The vertical with this code, or an error listing the codes that exist. */
  async require(code: string): Promise<VerticalEntity> {
    const verticals = await this.list();
    const vertical = verticals.find((candidate) => candidate.code === code);
    if (!vertical) {
      throw new BadUserInputError(
        `There is no vertical ${code}; choose one of ${verticals.map((v) => v.code).join(', ')}.`,
        {
          rule: 'KNOWN_VERTICAL',
          fields: [{ field: 'verticalCode', message: 'unknown vertical' }],
        },
      );
    }
    return vertical;
  }

  async findByCodes(codes: readonly string[]): Promise<(VerticalEntity | null)[]> {
    const rows = await this.db.getRepository(VerticalEntity).findBy({ code: In([...codes]) });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => byCode.get(code) ?? null);
  }
}
