import type { GraphQLFormattedError } from "graphql";
import { Agent } from "undici";
import { REQUEST_ID_HEADER } from "../../shared/service/request-id.js";
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
 * deployment, reused across requests: a fan-out to 50 countries opens no new connections once warm,
 * and undici's request API spares the per-call cost of `fetch` (streams, Headers, Response objects).
 */
export class SubgraphClient {
  private readonly agent = new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 600_000, connections: 128 });

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
      const target = new URL(url);
      const response = await this.agent.request({
        origin: target.origin,
        path: target.pathname + target.search,
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(authorization ? { authorization } : {}),
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        body: JSON.stringify({ query: request.query, operationName: request.operationName, variables: request.variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.statusCode;
      text = await response.body.text();
    } catch (error) {
      const name = (error as Error)?.name;
      if (name === "TimeoutError" || name === "AbortError") throw new NationUnavailable("timeout", `no answer within ${timeoutMs} ms`);
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

  close(): Promise<void> {
    return this.agent.close();
  }

  /** Aborts calls still running: after a draining close, nobody waits for their answers. */
  destroy(): Promise<void> {
    return this.agent.destroy();
  }
}

function isGraphQLResponse(body: unknown): body is SubgraphResponse {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return false;
  const { data, errors } = body as SubgraphResponse;
  const dataOk = data === undefined || data === null || (typeof data === "object" && !Array.isArray(data));
  const errorsOk = errors === undefined || (Array.isArray(errors) && errors.every((e) => typeof e?.message === "string"));
  return dataOk && errorsOk && (data != null || (errors?.length ?? 0) > 0);
}
