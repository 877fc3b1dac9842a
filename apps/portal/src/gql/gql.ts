/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      organizationId\n      roles\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": typeof types.SignOutDocument,
    "\n  query ConsortiumAuditTrail($id: UUID!, $after: String) {\n    consortium(id: $id) {\n      id\n      auditTrail(first: 25, after: $after) {\n        nodes {\n          id\n          occurredAt\n          action\n          entityType\n          entityId\n          actorType\n          actorId\n          before\n          after\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumAuditTrailDocument,
    "\n  query ConsortiumOverview($id: UUID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusReason\n      myAccess\n      regions\n      vertical {\n        code\n        name\n      }\n      anchor {\n        id\n        name\n      }\n      activationGaps {\n        requirement\n        message\n        actual\n        required\n      }\n    }\n  }\n": typeof types.ConsortiumOverviewDocument,
    "\n  query ConsortiumHardwarePlan($id: UUID!) {\n    consortium(id: $id) {\n      id\n      workloads {\n        id\n        name\n        family\n        precision\n        site\n      }\n      hardwarePlan {\n        workloadId\n        devices\n        chosenAt\n        workload {\n          id\n          name\n        }\n        device {\n          id\n          name\n          vendor\n          category\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumHardwarePlanDocument,
    "\n  query ConsortiumMembers($id: UUID!, $statuses: [MembershipStatus!], $after: String) {\n    consortium(id: $id) {\n      id\n      members(first: 100, after: $after, statuses: $statuses) {\n        nodes {\n          id\n          role\n          status\n          statusReason\n          invitedAt\n          invitationExpiresAt\n          joinedAt\n          organization {\n            id\n            name\n            kind\n            region\n            certification {\n              status\n              expiresOn\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumMembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      status\n      invitationExpiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation SuspendMembership($id: UUID!, $reason: String!) {\n    suspendMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.SuspendMembershipDocument,
    "\n  mutation ReinstateMembership($id: UUID!) {\n    reinstateMembership(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ReinstateMembershipDocument,
    "\n  mutation RemoveMembership($id: UUID!, $reason: String) {\n    removeMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  query OrganizationSearch($search: String!, $kinds: [OrganizationKind!]) {\n    organizations(filter: { search: $search, kinds: $kinds }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n": typeof types.OrganizationSearchDocument,
    "\n  query ConsortiumResearchers($consortiumId: UUID!) {\n    consortiumResearchers(consortiumId: $consortiumId) {\n      engagementId\n      displayName\n      status\n      committedHoursPerWeek\n      hoursThisMonth\n      hoursTotal\n      researcher {\n        id\n        department\n        university {\n          id\n          name\n        }\n      }\n      engagement {\n        id\n        role\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsortiumResearchersDocument,
    "\n  query MyOrganization {\n    me {\n      id\n      organizationId\n    }\n  }\n": typeof types.MyOrganizationDocument,
    "\n  query AnchoredConsortiums($anchorOrganizationId: UUID!) {\n    consortiums(filter: { anchorOrganizationId: $anchorOrganizationId }, first: 50) {\n      nodes {\n        id\n        name\n        status\n        myAccess\n        vertical {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.AnchoredConsortiumsDocument,
    "\n  query ProgramFigures {\n    computeAdoption {\n      registeredSmes\n      smesWithCompletedReservation\n      share\n      target\n    }\n    nationalEngagementFigures {\n      engagedResearchers\n      target\n      byVertical {\n        key\n        researchers\n      }\n      byRegion {\n        key\n        researchers\n      }\n    }\n    creditFigures {\n      issued\n      redeemed\n      expired\n      forfeited\n    }\n    verticals {\n      code\n      name\n    }\n  }\n": typeof types.ProgramFiguresDocument,
    "\n  query UtilizationOverTime(\n    $f0: DateTime!\n    $f1: DateTime!\n    $f2: DateTime!\n    $f3: DateTime!\n    $f4: DateTime!\n    $f5: DateTime!\n    $f6: DateTime!\n    $f7: DateTime!\n    $to: DateTime!\n  ) {\n    computePools {\n      id\n      name\n    }\n    w0: computeUtilization(by: POOL, from: $f0, to: $f1) {\n      ...UtilizationFigures\n    }\n    w1: computeUtilization(by: POOL, from: $f1, to: $f2) {\n      ...UtilizationFigures\n    }\n    w2: computeUtilization(by: POOL, from: $f2, to: $f3) {\n      ...UtilizationFigures\n    }\n    w3: computeUtilization(by: POOL, from: $f3, to: $f4) {\n      ...UtilizationFigures\n    }\n    w4: computeUtilization(by: POOL, from: $f4, to: $f5) {\n      ...UtilizationFigures\n    }\n    w5: computeUtilization(by: POOL, from: $f5, to: $f6) {\n      ...UtilizationFigures\n    }\n    w6: computeUtilization(by: POOL, from: $f6, to: $f7) {\n      ...UtilizationFigures\n    }\n    w7: computeUtilization(by: POOL, from: $f7, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n": typeof types.UtilizationOverTimeDocument,
    "\n  fragment UtilizationFigures on ComputeUtilization {\n    key\n    reservedDeviceHours\n    usedDeviceHours\n    utilization\n  }\n": typeof types.UtilizationFiguresFragmentDoc,
    "\n  query UtilizationBy($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {\n    computeUtilization(by: $by, from: $from, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n": typeof types.UtilizationByDocument,
};
const documents: Documents = {
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      organizationId\n      roles\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut {\n    logout\n  }\n": types.SignOutDocument,
    "\n  query ConsortiumAuditTrail($id: UUID!, $after: String) {\n    consortium(id: $id) {\n      id\n      auditTrail(first: 25, after: $after) {\n        nodes {\n          id\n          occurredAt\n          action\n          entityType\n          entityId\n          actorType\n          actorId\n          before\n          after\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConsortiumAuditTrailDocument,
    "\n  query ConsortiumOverview($id: UUID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusReason\n      myAccess\n      regions\n      vertical {\n        code\n        name\n      }\n      anchor {\n        id\n        name\n      }\n      activationGaps {\n        requirement\n        message\n        actual\n        required\n      }\n    }\n  }\n": types.ConsortiumOverviewDocument,
    "\n  query ConsortiumHardwarePlan($id: UUID!) {\n    consortium(id: $id) {\n      id\n      workloads {\n        id\n        name\n        family\n        precision\n        site\n      }\n      hardwarePlan {\n        workloadId\n        devices\n        chosenAt\n        workload {\n          id\n          name\n        }\n        device {\n          id\n          name\n          vendor\n          category\n        }\n      }\n    }\n  }\n": types.ConsortiumHardwarePlanDocument,
    "\n  query ConsortiumMembers($id: UUID!, $statuses: [MembershipStatus!], $after: String) {\n    consortium(id: $id) {\n      id\n      members(first: 100, after: $after, statuses: $statuses) {\n        nodes {\n          id\n          role\n          status\n          statusReason\n          invitedAt\n          invitationExpiresAt\n          joinedAt\n          organization {\n            id\n            name\n            kind\n            region\n            certification {\n              status\n              expiresOn\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConsortiumMembersDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      status\n      invitationExpiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation SuspendMembership($id: UUID!, $reason: String!) {\n    suspendMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.SuspendMembershipDocument,
    "\n  mutation ReinstateMembership($id: UUID!) {\n    reinstateMembership(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ReinstateMembershipDocument,
    "\n  mutation RemoveMembership($id: UUID!, $reason: String) {\n    removeMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.RemoveMembershipDocument,
    "\n  query OrganizationSearch($search: String!, $kinds: [OrganizationKind!]) {\n    organizations(filter: { search: $search, kinds: $kinds }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n": types.OrganizationSearchDocument,
    "\n  query ConsortiumResearchers($consortiumId: UUID!) {\n    consortiumResearchers(consortiumId: $consortiumId) {\n      engagementId\n      displayName\n      status\n      committedHoursPerWeek\n      hoursThisMonth\n      hoursTotal\n      researcher {\n        id\n        department\n        university {\n          id\n          name\n        }\n      }\n      engagement {\n        id\n        role\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsortiumResearchersDocument,
    "\n  query MyOrganization {\n    me {\n      id\n      organizationId\n    }\n  }\n": types.MyOrganizationDocument,
    "\n  query AnchoredConsortiums($anchorOrganizationId: UUID!) {\n    consortiums(filter: { anchorOrganizationId: $anchorOrganizationId }, first: 50) {\n      nodes {\n        id\n        name\n        status\n        myAccess\n        vertical {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.AnchoredConsortiumsDocument,
    "\n  query ProgramFigures {\n    computeAdoption {\n      registeredSmes\n      smesWithCompletedReservation\n      share\n      target\n    }\n    nationalEngagementFigures {\n      engagedResearchers\n      target\n      byVertical {\n        key\n        researchers\n      }\n      byRegion {\n        key\n        researchers\n      }\n    }\n    creditFigures {\n      issued\n      redeemed\n      expired\n      forfeited\n    }\n    verticals {\n      code\n      name\n    }\n  }\n": types.ProgramFiguresDocument,
    "\n  query UtilizationOverTime(\n    $f0: DateTime!\n    $f1: DateTime!\n    $f2: DateTime!\n    $f3: DateTime!\n    $f4: DateTime!\n    $f5: DateTime!\n    $f6: DateTime!\n    $f7: DateTime!\n    $to: DateTime!\n  ) {\n    computePools {\n      id\n      name\n    }\n    w0: computeUtilization(by: POOL, from: $f0, to: $f1) {\n      ...UtilizationFigures\n    }\n    w1: computeUtilization(by: POOL, from: $f1, to: $f2) {\n      ...UtilizationFigures\n    }\n    w2: computeUtilization(by: POOL, from: $f2, to: $f3) {\n      ...UtilizationFigures\n    }\n    w3: computeUtilization(by: POOL, from: $f3, to: $f4) {\n      ...UtilizationFigures\n    }\n    w4: computeUtilization(by: POOL, from: $f4, to: $f5) {\n      ...UtilizationFigures\n    }\n    w5: computeUtilization(by: POOL, from: $f5, to: $f6) {\n      ...UtilizationFigures\n    }\n    w6: computeUtilization(by: POOL, from: $f6, to: $f7) {\n      ...UtilizationFigures\n    }\n    w7: computeUtilization(by: POOL, from: $f7, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n": types.UtilizationOverTimeDocument,
    "\n  fragment UtilizationFigures on ComputeUtilization {\n    key\n    reservedDeviceHours\n    usedDeviceHours\n    utilization\n  }\n": types.UtilizationFiguresFragmentDoc,
    "\n  query UtilizationBy($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {\n    computeUtilization(by: $by, from: $from, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n": types.UtilizationByDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      organizationId\n      roles\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      email\n      displayName\n      organizationId\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    logout\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumAuditTrail($id: UUID!, $after: String) {\n    consortium(id: $id) {\n      id\n      auditTrail(first: 25, after: $after) {\n        nodes {\n          id\n          occurredAt\n          action\n          entityType\n          entityId\n          actorType\n          actorId\n          before\n          after\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumAuditTrail($id: UUID!, $after: String) {\n    consortium(id: $id) {\n      id\n      auditTrail(first: 25, after: $after) {\n        nodes {\n          id\n          occurredAt\n          action\n          entityType\n          entityId\n          actorType\n          actorId\n          before\n          after\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumOverview($id: UUID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusReason\n      myAccess\n      regions\n      vertical {\n        code\n        name\n      }\n      anchor {\n        id\n        name\n      }\n      activationGaps {\n        requirement\n        message\n        actual\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumOverview($id: UUID!) {\n    consortium(id: $id) {\n      id\n      name\n      status\n      statusReason\n      myAccess\n      regions\n      vertical {\n        code\n        name\n      }\n      anchor {\n        id\n        name\n      }\n      activationGaps {\n        requirement\n        message\n        actual\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumHardwarePlan($id: UUID!) {\n    consortium(id: $id) {\n      id\n      workloads {\n        id\n        name\n        family\n        precision\n        site\n      }\n      hardwarePlan {\n        workloadId\n        devices\n        chosenAt\n        workload {\n          id\n          name\n        }\n        device {\n          id\n          name\n          vendor\n          category\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumHardwarePlan($id: UUID!) {\n    consortium(id: $id) {\n      id\n      workloads {\n        id\n        name\n        family\n        precision\n        site\n      }\n      hardwarePlan {\n        workloadId\n        devices\n        chosenAt\n        workload {\n          id\n          name\n        }\n        device {\n          id\n          name\n          vendor\n          category\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumMembers($id: UUID!, $statuses: [MembershipStatus!], $after: String) {\n    consortium(id: $id) {\n      id\n      members(first: 100, after: $after, statuses: $statuses) {\n        nodes {\n          id\n          role\n          status\n          statusReason\n          invitedAt\n          invitationExpiresAt\n          joinedAt\n          organization {\n            id\n            name\n            kind\n            region\n            certification {\n              status\n              expiresOn\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumMembers($id: UUID!, $statuses: [MembershipStatus!], $after: String) {\n    consortium(id: $id) {\n      id\n      members(first: 100, after: $after, statuses: $statuses) {\n        nodes {\n          id\n          role\n          status\n          statusReason\n          invitedAt\n          invitationExpiresAt\n          joinedAt\n          organization {\n            id\n            name\n            kind\n            region\n            certification {\n              status\n              expiresOn\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      status\n      invitationExpiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      status\n      invitationExpiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendMembership($id: UUID!, $reason: String!) {\n    suspendMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendMembership($id: UUID!, $reason: String!) {\n    suspendMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateMembership($id: UUID!) {\n    reinstateMembership(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReinstateMembership($id: UUID!) {\n    reinstateMembership(id: $id) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: UUID!, $reason: String) {\n    removeMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($id: UUID!, $reason: String) {\n    removeMembership(id: $id, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSearch($search: String!, $kinds: [OrganizationKind!]) {\n    organizations(filter: { search: $search, kinds: $kinds }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSearch($search: String!, $kinds: [OrganizationKind!]) {\n    organizations(filter: { search: $search, kinds: $kinds }, first: 20) {\n      nodes {\n        id\n        name\n        kind\n        region\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumResearchers($consortiumId: UUID!) {\n    consortiumResearchers(consortiumId: $consortiumId) {\n      engagementId\n      displayName\n      status\n      committedHoursPerWeek\n      hoursThisMonth\n      hoursTotal\n      researcher {\n        id\n        department\n        university {\n          id\n          name\n        }\n      }\n      engagement {\n        id\n        role\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumResearchers($consortiumId: UUID!) {\n    consortiumResearchers(consortiumId: $consortiumId) {\n      engagementId\n      displayName\n      status\n      committedHoursPerWeek\n      hoursThisMonth\n      hoursTotal\n      researcher {\n        id\n        department\n        university {\n          id\n          name\n        }\n      }\n      engagement {\n        id\n        role\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganization {\n    me {\n      id\n      organizationId\n    }\n  }\n"): (typeof documents)["\n  query MyOrganization {\n    me {\n      id\n      organizationId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnchoredConsortiums($anchorOrganizationId: UUID!) {\n    consortiums(filter: { anchorOrganizationId: $anchorOrganizationId }, first: 50) {\n      nodes {\n        id\n        name\n        status\n        myAccess\n        vertical {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnchoredConsortiums($anchorOrganizationId: UUID!) {\n    consortiums(filter: { anchorOrganizationId: $anchorOrganizationId }, first: 50) {\n      nodes {\n        id\n        name\n        status\n        myAccess\n        vertical {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgramFigures {\n    computeAdoption {\n      registeredSmes\n      smesWithCompletedReservation\n      share\n      target\n    }\n    nationalEngagementFigures {\n      engagedResearchers\n      target\n      byVertical {\n        key\n        researchers\n      }\n      byRegion {\n        key\n        researchers\n      }\n    }\n    creditFigures {\n      issued\n      redeemed\n      expired\n      forfeited\n    }\n    verticals {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgramFigures {\n    computeAdoption {\n      registeredSmes\n      smesWithCompletedReservation\n      share\n      target\n    }\n    nationalEngagementFigures {\n      engagedResearchers\n      target\n      byVertical {\n        key\n        researchers\n      }\n      byRegion {\n        key\n        researchers\n      }\n    }\n    creditFigures {\n      issued\n      redeemed\n      expired\n      forfeited\n    }\n    verticals {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UtilizationOverTime(\n    $f0: DateTime!\n    $f1: DateTime!\n    $f2: DateTime!\n    $f3: DateTime!\n    $f4: DateTime!\n    $f5: DateTime!\n    $f6: DateTime!\n    $f7: DateTime!\n    $to: DateTime!\n  ) {\n    computePools {\n      id\n      name\n    }\n    w0: computeUtilization(by: POOL, from: $f0, to: $f1) {\n      ...UtilizationFigures\n    }\n    w1: computeUtilization(by: POOL, from: $f1, to: $f2) {\n      ...UtilizationFigures\n    }\n    w2: computeUtilization(by: POOL, from: $f2, to: $f3) {\n      ...UtilizationFigures\n    }\n    w3: computeUtilization(by: POOL, from: $f3, to: $f4) {\n      ...UtilizationFigures\n    }\n    w4: computeUtilization(by: POOL, from: $f4, to: $f5) {\n      ...UtilizationFigures\n    }\n    w5: computeUtilization(by: POOL, from: $f5, to: $f6) {\n      ...UtilizationFigures\n    }\n    w6: computeUtilization(by: POOL, from: $f6, to: $f7) {\n      ...UtilizationFigures\n    }\n    w7: computeUtilization(by: POOL, from: $f7, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n"): (typeof documents)["\n  query UtilizationOverTime(\n    $f0: DateTime!\n    $f1: DateTime!\n    $f2: DateTime!\n    $f3: DateTime!\n    $f4: DateTime!\n    $f5: DateTime!\n    $f6: DateTime!\n    $f7: DateTime!\n    $to: DateTime!\n  ) {\n    computePools {\n      id\n      name\n    }\n    w0: computeUtilization(by: POOL, from: $f0, to: $f1) {\n      ...UtilizationFigures\n    }\n    w1: computeUtilization(by: POOL, from: $f1, to: $f2) {\n      ...UtilizationFigures\n    }\n    w2: computeUtilization(by: POOL, from: $f2, to: $f3) {\n      ...UtilizationFigures\n    }\n    w3: computeUtilization(by: POOL, from: $f3, to: $f4) {\n      ...UtilizationFigures\n    }\n    w4: computeUtilization(by: POOL, from: $f4, to: $f5) {\n      ...UtilizationFigures\n    }\n    w5: computeUtilization(by: POOL, from: $f5, to: $f6) {\n      ...UtilizationFigures\n    }\n    w6: computeUtilization(by: POOL, from: $f6, to: $f7) {\n      ...UtilizationFigures\n    }\n    w7: computeUtilization(by: POOL, from: $f7, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UtilizationFigures on ComputeUtilization {\n    key\n    reservedDeviceHours\n    usedDeviceHours\n    utilization\n  }\n"): (typeof documents)["\n  fragment UtilizationFigures on ComputeUtilization {\n    key\n    reservedDeviceHours\n    usedDeviceHours\n    utilization\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UtilizationBy($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {\n    computeUtilization(by: $by, from: $from, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n"): (typeof documents)["\n  query UtilizationBy($by: UtilizationGrouping!, $from: DateTime!, $to: DateTime!) {\n    computeUtilization(by: $by, from: $from, to: $to) {\n      ...UtilizationFigures\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;