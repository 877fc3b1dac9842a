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
