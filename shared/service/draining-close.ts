import type { FastifyInstance } from "fastify";

/**
 * Stops a server the way a deployment wants on SIGTERM: the listening socket closes (new connections
 * are refused), idle keep-alive connections close, requests in flight run to their end, and only what
 * is still running after `graceMs` is cut. Then `after` (stop Apollo, close pools). Calling it again
 * returns the same promise.
 */
export function drainingClose(app: FastifyInstance, graceMs: number, after: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      const cut = setTimeout(() => app.server.closeAllConnections(), graceMs);
      try {
        await app.close();
      } finally {
        clearTimeout(cut);
      }
      await after();
    })();
    return closing;
  };
}
