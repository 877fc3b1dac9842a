export {
  apiSchemaFromSdl,
  composeSupergraph,
  type ComposedSchema,
  type SubgraphSdl,
} from './compose-supergraph';
export {
  CONTRACT_FILES,
  UPDATE_COMMAND,
  compareWithContract,
  readContract,
  writeContract,
  type ContractComparison,
} from './contract-files';
export { describeChanges, schemaChanges, type ChangeLevel, type SchemaChange } from './schema-diff';
export { fetchSubgraphSdl } from './subgraph-sdl';
export {
  PARTNER_DOCS,
  PARTNER_OPERATIONS_MANIFEST,
  documentedOperations,
  fencedBlocks,
  manifestText,
  partnerOperationManifest,
  type DocumentedOperation,
  type FencedBlock,
} from './documented-operations';
