import type { Logger } from "../logging/logger.js";
import type { Caller } from "./caller.js";
import type { IssuerRegistry } from "./issuer-registry.js";
import { bearerToken, verifyAccessToken } from "./verify-token.js";

/** The caller behind an `Authorization` header; the reason for a rejection goes to the log only. */
export function authenticate(authorization: string | undefined, registry: IssuerRegistry, logger: Logger): Promise<Caller> {
  return verifyAccessToken(bearerToken(authorization), registry, (reason) => logger.warn("token rejected", { reason }));
}
