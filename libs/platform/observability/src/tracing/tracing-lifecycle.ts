let stop: (() => Promise<void>) | null = null;

/** Remembers how to flush and stop the tracer started for this process (none when off). */
export function setTracingStop(stopTracing: () => Promise<void>): void {
  stop = stopTracing;
}

/** Sends the spans still buffered and stops tracing; nothing when tracing is off. */
export async function flushTracing(): Promise<void> {
  const stopping = stop;
  stop = null;
  await stopping?.().catch(() => undefined);
}
