import { graphql } from '../../../../gql';

export const MEMBERS = graphql(`
  query ConsortiumMembers($id: UUID!, $statuses: [MembershipStatus!], $after: String) {
    consortium(id: $id) {
      id
      members(first: 50, after: $after, statuses: $statuses) {
        nodes {
          id
          role
          status
          statusReason
          invitedAt
          invitationExpiresAt
          joinedAt
          organization {
            id
            name
            kind
            region
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const INVITE_MEMBER = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      status
      invitationExpiresAt
    }
  }
`);

export const SUSPEND_MEMBERSHIP = graphql(`
  mutation SuspendMembership($id: UUID!, $reason: String!) {
    suspendMembership(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

export const REINSTATE_MEMBERSHIP = graphql(`
  mutation ReinstateMembership($id: UUID!) {
    reinstateMembership(id: $id) {
      id
      status
      statusReason
    }
  }
`);

export const REMOVE_MEMBERSHIP = graphql(`
  mutation RemoveMembership($id: UUID!, $reason: String) {
    removeMembership(id: $id, reason: $reason) {
      id
      status
      statusReason
    }
  }
`);

export const ORGANIZATION_SEARCH = graphql(`
  query OrganizationSearch($search: String!, $kinds: [OrganizationKind!]) {
    organizations(filter: { search: $search, kinds: $kinds }, first: 20) {
      nodes {
        id
        name
        kind
        region
      }
    }
  }
`);
