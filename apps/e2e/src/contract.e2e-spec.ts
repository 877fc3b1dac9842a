import { join } from 'node:path';
import {
  compareWithContract,
  composeSupergraph,
  fetchSubgraphSdl,
  readContract,
} from '@vcp/platform/contract';
import { computeUrl, consortiaUrl } from './support';

const WORKSPACE = join(__dirname, '..', '..', '..');

describe('the API contract (schema/)', () => {
  it('matches the schema the running subgraphs compose; a change must update schema/ on purpose', async () => {
    const composed = composeSupergraph([
      await fetchSubgraphSdl('consortia', consortiaUrl()),
      await fetchSubgraphSdl('compute', computeUrl()),
    ]);
    const comparison = await compareWithContract(readContract(WORKSPACE), composed);
    // The report lists each change as breaking, dangerous or safe and says how to update.
    if (!comparison.upToDate) throw new Error(comparison.report);
    expect(comparison.changes).toEqual([]);
  });
});
