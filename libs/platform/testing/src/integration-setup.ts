import { useTierDatabase } from './tier-env';

useTierDatabase('VCP_INTEGRATION_DATABASE_URL');
