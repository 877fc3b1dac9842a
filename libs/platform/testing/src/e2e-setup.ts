import { useTierDatabase } from './tier-env';

useTierDatabase('VCP_E2E_DATABASE_URL');
