import type { GraphQLFormattedError } from "graphql";
import { Agent } from "undici";
import { REQUEST_ID_HEADER } from "../../shared/service/request-id.js";
import { type BufferedAnswer, bufferedGet, bufferedPost, DeadlineExceeded, type PostTarget } from "./buffered-post.js";
import { NationUnavailable } from "./nation-errors.js";

export interface SubgraphRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** What the gateway passes on from its own request to each subgraph call. */
export interface Forwarded {
  /** The caller's own `Authorization` header: each subgraph verifies it again. */
  authorization: string | undefined;
  /** The gateway's request id, sent as `x-request-id` so the subgraph's log lines carry the same id. */
  requestId: string | undefined;
}

export interface SubgraphResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphQLFormattedError[];
  /** The HTTP status the deployment answered with (a 5xx may count against it, see CountryRouter). */
  status?: number;
}

/**
 * The gateway's HTTP client to the board and every country. One keep-alive connection pool per
 * deployment, reused across requests: a fan-out to 50 countries opens no new connections once warm.
 * Each call is one undici dispatch whose answer is read whole (buffered-post.ts), which spares the
 * per-call cost of `fetch` and of `request()` (streams, Headers, Response objects, an AbortSignal).
 */
export class SubgraphClient {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 128 });
  /**
   * The periodic checks' own small pool: a check never waits behind calls (a caller's slow queries
   * filling a country's connections must not make its health probe fail, see CountryRouter.judge), and
   * its connection outlives the 30 s between two rounds of schema checks.
   */
  private readonly checks = new Agent({ keepAliveTimeout: 60_000, keepAliveMaxTimeout: 600_000, connections: 2 });
  /** Each endpoint's origin and path, parsed once: the same few URLs are called on every request. */
  private readonly targets = new Map<string, PostTarget>();

  /**
   * One GraphQL call to one deployment, bounded by `timeoutMs`: when the time is up the request is
   * aborted and its connection closed, so the deployment sees its caller go. Any failure to get a well-formed GraphQL
   * answer becomes a `NationUnavailable` with a reason; a GraphQL answer with errors (even with a 4xx
   * status, such as a token the country rejects) is returned as it is, for the caller to see.
   * `requestId` goes along as `x-request-id`: one id in every service's log lines for a request.
   */
  async call(url: string, request: SubgraphRequest, authorization: string | undefined, timeoutMs: number, requestId?: string): Promise<SubgraphResponse> {
    let status: number;
    let text: string;
    try {
      const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
      if (authorization) headers.authorization = authorization;
      if (requestId) headers[REQUEST_ID_HEADER] = requestId;
      const body = JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables });
      ({ status, text } = await bufferedPost(this.agent, this.targetOf(url), headers, body, timeoutMs));
    } catch (error) {
      if (error instanceof DeadlineExceeded) throw new NationUnavailable("timeout", `no answer within ${timeoutMs} ms`);
      throw new NationUnavailable("unreachable", String((error as { code?: string })?.code ?? error));
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new NationUnavailable("bad_response", `HTTP ${status}, body is not JSON`);
    }
    if (!isGraphQLResponse(body)) throw new NationUnavailable("bad_response", `HTTP ${status}, not a GraphQL response`);
    return { data: body.data, errors: body.errors, status };
  }

  /**
   * A GET of a small resource of a deployment (its /health, its /schema-hash) over kept-alive
   * connections of the checks' own. Rejects when the deadline passes or the connection fails; any
   * status is an answer.
   */
  get(url: string, timeoutMs: number): Promise<BufferedAnswer> {
    return bufferedGet(this.checks, this.targetOf(url), { accept: "application/json" }, timeoutMs);
  }

  async close(): Promise<void> {
    await Promise.all([this.agent.close(), this.checks.close()]);
  }

  /** Aborts calls still running: after a draining close, nobody waits for their answers. */
  async destroy(): Promise<void> {
    await Promise.all([this.agent.destroy(), this.checks.destroy()]);
  }

  private targetOf(url: string): PostTarget {
    let target = this.targets.get(url);
    if (!target) {
      const parsed = new URL(url);
      target = { origin: parsed.origin, path: parsed.pathname + parsed.search };
      // Endpoints come from the config (each member's GraphQL, health and schema-hash URLs); a map that
      // grew past any membership would mean a leak.
      if (this.targets.size >= 10_000) this.targets.clear();
      this.targets.set(url, target);
    }
    return target;
  }
}

function isGraphQLResponse(body: unknown): body is SubgraphResponse {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const { data, errors } = body as SubgraphResponse;
  const dataOk = data === undefined || data === null || (typeof data === "object" && !Array.isArray(data));
  const errorsOk = errors === undefined || (Array.isArray(errors) && errors.every((e) => typeof e?.message === "string"));
  return dataOk && errorsOk && (data != null || (errors?.length ?? 0) > 0);
}
