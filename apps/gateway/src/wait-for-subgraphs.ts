import { Logger } from '@nestjs/common';
import { type SubgraphEndpoint } from './gateway.config';

/**
 * The gateway composes the supergraph from the subgraphs at start-up, so it waits (bounded) until
 * each answers its readiness check instead of failing when started alongside them.
 */
export async function waitForSubgraphs(
  subgraphs: SubgraphEndpoint[],
  timeoutMs = 60_000,
): Promise<void> {
  const logger = new Logger('Gateway');
  const deadline = Date.now() + timeoutMs;
  for (const subgraph of subgraphs) {
    for (;;) {
      try {
        const response = await fetch(`${subgraph.baseUrl}/health/ready`, {
          signal: AbortSignal.timeout(2000),
        });
        if (response.ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) {
        throw new Error(`subgraph ${subgraph.name} at ${subgraph.baseUrl} did not become ready`);
      }
      logger.log(`waiting for ${subgraph.name} at ${subgraph.baseUrl}`);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}
