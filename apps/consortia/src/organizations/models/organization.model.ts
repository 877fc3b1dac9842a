import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import {
  type Certification,
  certificationOf,
  certificationStatus,
  type Classification,
  findIndustry,
  formatBusinessRegistrationNumber,
  type OrganizationEntity,
} from '@vcp/consortia/organizations';
import { ConnectionType, LocalDate, SafeInt, UUID } from '@vcp/platform/graphql';
import {
  CertificationStatus,
  OrganizationKind,
  Region,
  SizeClass,
} from '../../directory/directory-enums';

@ObjectType('Certification', {
  description: "An integrator's certification; it lapses on its own.",
})
export class CertificationModel {
  @Field()
  number!: string;

  @Field(() => LocalDate)
  issuedOn!: string;

  @Field(() => LocalDate, { description: 'Valid through this date (Korea time).' })
  expiresOn!: string;

  @Field(() => CertificationStatus)
  status!: CertificationStatus;

  @Field({ description: 'True once past expiresOn: no new members, activations or redemptions.' })
  expired!: boolean;

  static from(certification: Certification): CertificationModel {
    const status = certificationStatus(certification);
    return Object.assign(new CertificationModel(), {
      ...certification,
      status,
      expired: status === CertificationStatus.EXPIRED,
    });
  }
}

@ObjectType('OrganizationDetails', {
  description:
    "Registration and financial figures: for operators, the organisation's own people and partners with consortia:read.",
})
export class OrganizationDetailsModel {
  @Field({ description: 'NNN-NN-NNNNN' })
  businessRegistrationNumber!: string;

  @Field(() => SafeInt, { nullable: true, description: 'Average annual revenue, KRW.' })
  annualRevenueKrw!: number | null;

  @Field(() => SafeInt, { nullable: true, description: 'Total assets, KRW.' })
  totalAssetsKrw!: number | null;

  @Field(() => SafeInt, { nullable: true })
  employees!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the size policy gives this class, figures included.',
  })
  sizeClassReason!: string | null;

  static from(entity: OrganizationEntity, classification: Classification | null) {
    return Object.assign(new OrganizationDetailsModel(), {
      businessRegistrationNumber: formatBusinessRegistrationNumber(
        entity.businessRegistrationNumber,
      ),
      annualRevenueKrw: entity.annualRevenueKrw,
      totalAssetsKrw: entity.totalAssetsKrw,
      employees: entity.employees,
      sizeClassReason: classification?.reason ?? null,
    });
  }
}

@ObjectType('Organization', { description: 'A firm, university or agency in the program.' })
@Directive('@key(fields: "id")')
export class OrganizationModel {
  @Field(() => UUID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Region)
  region!: Region;

  @Field({ description: 'KSIC (rev. 10) code, e.g. C26.' })
  industryCode!: string;

  @Field()
  industryName!: string;

  @Field(() => SizeClass, {
    nullable: true,
    description: 'Derived, never declared; null for universities and public agencies.',
  })
  sizeClass!: SizeClass | null;

  @Field(() => String, { nullable: true })
  businessGroup!: string | null;

  @Field({ description: 'In a large business group: never an SME and never an anchor.' })
  inLargeBusinessGroup!: boolean;

  @Field(() => CertificationModel, { nullable: true })
  certification!: CertificationModel | null;

  @Field()
  createdAt!: Date;

  /** Kept for the `details` field resolver, which decides whether the caller may see it. */
  entity!: OrganizationEntity;
  classification!: Classification | null;

  static from(
    entity: OrganizationEntity,
    classification: Classification | null,
  ): OrganizationModel {
    const certification = certificationOf(entity);
    return Object.assign(new OrganizationModel(), {
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      region: entity.region,
      industryCode: entity.industryCode,
      industryName: findIndustry(entity.industryCode)?.name ?? entity.industryCode,
      sizeClass: classification?.sizeClass ?? null,
      businessGroup: entity.businessGroup,
      inLargeBusinessGroup: entity.inLargeBusinessGroup,
      certification: certification ? CertificationModel.from(certification) : null,
      createdAt: entity.createdAt,
      entity,
      classification,
    });
  }
}

@ObjectType()
export class OrganizationConnection extends ConnectionType(OrganizationModel, 'Organization') {}

@ObjectType('Vertical', { description: 'An industry vertical consortiums are organised by.' })
export class VerticalModel {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;
}

@ObjectType('OrganizationCount', {
  description: 'How many organisations of a kind are registered.',
})
export class OrganizationCountModel {
  @Field(() => OrganizationKind)
  kind!: OrganizationKind;

  @Field(() => Int)
  count!: number;
}
