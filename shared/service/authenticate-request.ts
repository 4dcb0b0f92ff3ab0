import type { FastifyReply, FastifyRequest } from "fastify";
import { decodeJwt } from "jose";
import type { Caller } from "../auth/caller.js";
import { bearerToken } from "../auth/verify-token.js";

/** Who is calling, known once the token is verified (in onRequest, before the body is read). */
export interface RequestIdentity {
  caller: Caller;
  authorization: string;
  /** issuer + subject: one person or system, whichever country's provider vouches for it. */
  callerKey: string;
}

declare module "fastify" {
  interface FastifyRequest {
    identity: RequestIdentity | null;
  }
}

/**
 * onRequest hook: the token is verified from the headers alone, so a request without a valid token is
 * refused (401, UNAUTHENTICATED) before a byte of its body is read. `authenticate` throws the hub's one
 * UNAUTHENTICATED error for every failure; the error handler answers it.
 */
export function authenticateRequest(authenticate: (authorization: string | undefined) => Promise<Caller>) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const authorization = request.headers.authorization;
    const caller = await authenticate(authorization);
    request.identity = { caller, authorization: authorization!, callerKey: callerKeyOf(authorization, caller) };
  };
}

/**
 * A verified token's caller is one frozen object, reused for every request that presents the token
 * (shared/auth/verified-tokens.ts): its key is worked out once, not by decoding the token again each time.
 */
const callerKeys = new WeakMap<Caller, string>();

function callerKeyOf(authorization: string | undefined, caller: Caller): string {
  let key = callerKeys.get(caller);
  if (key === undefined) {
    key = issuerAndSubject(authorization, caller);
    callerKeys.set(caller, key);
  }
  return key;
}

function issuerAndSubject(authorization: string | undefined, caller: Caller): string {
  // The token has been verified: its `iss` is one the registry trusts.
  const token = bearerToken(authorization);
  const issuer = token ? decodeJwt(token).iss : undefined;
  return JSON.stringify([issuer ?? caller.country, caller.subject]);
}
