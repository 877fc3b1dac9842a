import { registerEnumType } from '@nestjs/graphql';
import { ActorType, AuditEntityType } from '@vcp/consortia/audit';
import {
  ConsortiumAccessLevel,
  ConsortiumPersonRole,
  ConsortiumStatus,
  MembershipRole,
  MembershipStatus,
} from '@vcp/consortia/consortiums';
import {
  CertificationStatus,
  OrganizationKind,
  Region,
  REGION_NAMES,
  SizeClass,
} from '@vcp/consortia/organizations';

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
registerEnumType(Region, {
  name: 'Region',
  description: "Korea's 17 metropolitan cities and provinces.",
  valuesMap: Object.fromEntries(
    Object.entries(REGION_NAMES).map(([code, names]) => [
      code,
      { description: `${names.en} (${names.ko})` },
    ]),
  ),
});
registerEnumType(SizeClass, {
  name: 'SizeClass',
  description: 'Derived from revenue, assets and business-group membership by the size policy.',
});
registerEnumType(CertificationStatus, { name: 'CertificationStatus' });
registerEnumType(ConsortiumStatus, {
  name: 'ConsortiumStatus',
  description: 'FORMING → ACTIVE ⇄ SUSPENDED, and DISSOLVED (final) from any of them.',
});
registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  description: 'INVITED lapses to EXPIRED after 7 days unanswered.',
});
registerEnumType(ConsortiumPersonRole, { name: 'ConsortiumPersonRole' });
registerEnumType(ConsortiumAccessLevel, {
  name: 'ConsortiumAccessLevel',
  description: 'How much of a consortium the caller may see and do.',
});
registerEnumType(AuditEntityType, { name: 'AuditEntityType' });
registerEnumType(ActorType, { name: 'ActorType' });

export {
  ActorType,
  AuditEntityType,
  CertificationStatus,
  ConsortiumAccessLevel,
  ConsortiumPersonRole,
  ConsortiumStatus,
  MembershipRole,
  MembershipStatus,
  OrganizationKind,
  Region,
  SizeClass,
};
