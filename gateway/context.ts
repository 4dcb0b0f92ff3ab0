import type { Caller } from "../shared/auth/caller.js";

/** What the gateway knows about a request once the token has been verified at the edge. */
export interface GatewayContext {
  caller: Caller;
  /** The caller's own `Authorization` header, forwarded unchanged so each subgraph verifies it again. */
  authorization: string;
  /** The request's id (taken from `x-request-id` or made here), passed on to every subgraph call. */
  requestId: string;
}
