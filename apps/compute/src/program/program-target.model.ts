import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProgramTarget', { description: 'A public target of the national AI program.' })
export class ProgramTargetModel {
  @Field()
  key!: string;

  @Field()
  description!: string;

  @Field()
  unit!: string;

  @Field(() => Float)
  target!: number;

  @Field(() => Int)
  targetYear!: number;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Int, { nullable: true })
  baselineYear!: number | null;
}
