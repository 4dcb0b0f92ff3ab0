import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RouteHandler } from "../../shared/service/plain-routes.js";

export const DEV_ISSUERS_PATH = "/dev-issuers/";

/**
 * Dev mode only: publishes each local issuer's public keys at /dev-issuers/{CODE}/jwks.json, as a
 * country's identity provider would. Private keys never leave the data directory.
 */
export function serveDevJwks(issuersDir: string): RouteHandler {
  return async (path) => {
    const match = /^\/dev-issuers\/([A-Z]{2,8})\/jwks\.json$/.exec(path);
    if (!match) return { status: 404, body: { error: "Not found." } };
    try {
      return { status: 200, body: await readFile(join(issuersDir, match[1]!, "jwks.json"), "utf8"), contentType: "application/json" };
    } catch {
      return { status: 404, body: { error: `No dev issuer ${match[1]}.` } };
    }
  };
}
