import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type ApolloServer, type BaseContext, HeaderMap } from "@apollo/server";
import type { GraphQLError } from "graphql";
import type { Logger } from "../logging/logger.js";

const MAX_BODY_BYTES = 1024 * 1024;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HubHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /**
   * Builds the request context. Authentication happens here, before Apollo runs anything: a request
   * without a valid token is answered with the error alone and never reaches a resolver.
   */
  context: (req: IncomingMessage, body: unknown) => Promise<TContext>;
  /** Extra GET routes, by exact path (health, dev JWKS). */
  routes?: Record<string, RouteHandler>;
  /** Extra GET routes by path prefix. */
  prefixRoutes?: Record<string, RouteHandler>;
  logger: Logger;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * A small node:http front for Apollo Server: GraphQL at /graphql plus the few plain routes a service
 * needs, without pulling a web framework into every national deployment.
 */
export function createHubHttpServer<TContext extends BaseContext>(options: HubHttpServerOptions<TContext>): Server {
  const { logger } = options;
  return createServer(async (req, res) => {
    try {
      const path = (req.url ?? "/").split("?")[0]!;
      const route =
        options.routes?.[path] ??
        Object.entries(options.prefixRoutes ?? {}).find(([prefix]) => path.startsWith(prefix))?.[1];
      if (route && req.method === "GET") return await route(req, res);
      if (path !== "/graphql") return sendJson(res, 404, { error: "Not found. GraphQL is served at /graphql." });
      await handleGraphQL(req, res, options);
    } catch (error) {
      logger.error("request failed", { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
      else res.end();
    }
  });
}

async function handleGraphQL<TContext extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  { apollo, context }: HubHttpServerOptions<TContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown;
  if (req.method === "POST") {
    const text = await readBody(req);
    if (text === undefined) return sendError(res, 413, "BAD_REQUEST", "Request body too large (limit 1 MiB).");
    if ((headers.get("content-type") ?? "").includes("application/json")) {
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        return sendError(res, 400, "BAD_REQUEST", "Request body is not valid JSON.");
      }
    } else {
      body = text;
    }
  }
  let requestContext: TContext;
  try {
    requestContext = await context(req, body);
  } catch (error) {
    const graphQLError = error as GraphQLError;
    if (graphQLError?.extensions?.code) {
      const status = (graphQLError.extensions.http as { status?: number } | undefined)?.status ?? 400;
      return sendError(res, status, String(graphQLError.extensions.code), graphQLError.message);
    }
    throw error;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => requestContext,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(value));
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** Listens on `host:port` (0 picks a free port); `close` stops accepting, drops connections, then runs `onClose`. */
export function listen(server: Server, port: number, host = "127.0.0.1", onClose?: () => Promise<void>): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        url: `http://${host}:${actual}/graphql`,
        port: actual,
        server,
        close: async () => {
          await new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          });
          await onClose?.();
        },
      });
    });
  });
}
