import { graphql } from '../../../gql';

export const ORGANIZATIONS = graphql(`
  query OrganizationRegistry($filter: OrganizationFilterInput, $after: String) {
    organizations(filter: $filter, first: 20, after: $after) {
      nodes {
        id
        name
        kind
        region
        industryCode
        industryName
        sizeClass
        inLargeBusinessGroup
        businessGroup
        createdAt
        certification {
          status
          number
          expiresOn
        }
        details {
          businessRegistrationNumber
          employees
          sizeClassReason
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    organizationCounts {
      kind
      count
    }
  }
`);

export const REGISTER_ORGANIZATION = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      id
      name
      sizeClass
    }
  }
`);
