import type { Logger } from "../logging/logger.js";
import type { Caller } from "./caller.js";
import type { IssuerRegistry } from "./issuer-registry.js";
import type { TokenRejectionReason } from "./token-rejection.js";
import { bearerToken, verifyAccessToken } from "./verify-token.js";

/**
 * The caller behind an `Authorization` header. Why a token was refused goes to the log (`reason`, one of
 * a small fixed set, and `detail`) and to `onRejected` (the metrics) only: the client sees UNAUTHENTICATED.
 */
export function authenticate(
  authorization: string | undefined,
  registry: IssuerRegistry,
  logger: Logger,
  onRejected?: (reason: TokenRejectionReason) => void,
): Promise<Caller> {
  return verifyAccessToken(bearerToken(authorization), registry, (detail, reason) => {
    logger.warn("token rejected", { reason, detail });
    onRejected?.(reason);
  });
}
