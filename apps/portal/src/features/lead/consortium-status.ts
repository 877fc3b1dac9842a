import { type ConsortiumStatus } from '../../gql/graphql';

type MembershipStatus = 'ACTIVE' | 'DECLINED' | 'EXPIRED' | 'INVITED' | 'REMOVED' | 'SUSPENDED';

export function statusColor(status: ConsortiumStatus | MembershipStatus): string {
  switch (status) {
    case 'ACTIVE':
      return 'green';
    case 'FORMING':
    case 'INVITED':
      return 'blue';
    case 'SUSPENDED':
      return 'orange';
    case 'DISSOLVED':
    case 'REMOVED':
    case 'DECLINED':
    case 'EXPIRED':
      return 'gray';
  }
}
