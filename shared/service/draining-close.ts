import type { FastifyInstance } from "fastify";

/**
 * Stops a server the way a deployment wants on SIGTERM: the listening socket closes (new connections
 * are refused), idle keep-alive connections close, requests in flight run to their end and their
 * connections close after the answer, and only what is still running after `graceMs` is cut. Then
 * `after` (stop Apollo, close pools). Install before the server listens; calling the returned
 * function again returns the same promise.
 */
export function installDrainingClose(app: FastifyInstance, graceMs: number, after: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  // Without this, a kept-alive connection whose answer ends during the drain stays open until the grace
  // period cuts it, and the close waits for nothing.
  app.addHook("onSend", async (_request, reply, payload) => {
    if (closing) void reply.header("connection", "close");
    return payload;
  });
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
