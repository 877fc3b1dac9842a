export { makeUser, TEST_PASSWORD } from './factories';
export {
  errorCode,
  graphqlRequest,
  type GraphQLRequestOptions,
  type GraphQLResponse,
} from './graphql-request';
export { createIntegrationModule } from './nest-testing';
export { onTeardown, prepareTestDatabase, randomTestSecret, runTeardown } from './test-database';
export { countOperations, loadResolverClasses, undeclaredOperations } from './permission-audit';
export { freePort } from './free-port';
export {
  startStandaloneProduct,
  type StandaloneProduct,
  type StandaloneProductOptions,
} from './standalone-product';
