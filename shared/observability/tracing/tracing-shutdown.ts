/**
 * How a stopping service flushes the spans it still holds. Kept apart from the SDK so that
 * run-until-signalled can call it whether or not tracing was started (then it does nothing).
 */
let shutdown: (() => Promise<void>) | undefined;

export function onTracingShutdown(fn: () => Promise<void>): void {
  shutdown = fn;
}

/** Exports the spans still queued and stops the SDK; bounded, so that a dead collector cannot hold a stop. */
export async function shutdownTracing(timeoutMs = 3000): Promise<void> {
  const fn = shutdown;
  shutdown = undefined;
  if (!fn) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    fn().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    }),
  ]);
  clearTimeout(timer);
}
