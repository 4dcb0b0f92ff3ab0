import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { RouteHandler } from "../../shared/http/hub-http-server.js";
import { sendJson } from "../../shared/http/hub-http-server.js";

export const DEV_ISSUERS_PATH = "/dev-issuers/";

/**
 * Dev mode only: publishes each local issuer's public keys at /dev-issuers/{CODE}/jwks.json, as a
 * country's identity provider would. Private keys never leave the data directory.
 */
export function serveDevJwks(issuersDir: string): RouteHandler {
  return async (req, res) => {
    const match = /^\/dev-issuers\/([A-Z]{2,8})\/jwks\.json$/.exec((req.url ?? "").split("?")[0]!);
    if (!match) return sendJson(res, 404, { error: "Not found." });
    try {
      const jwks = await readFile(join(issuersDir, match[1]!, "jwks.json"), "utf8");
      res.setHeader("content-type", "application/json");
      res.end(jwks);
    } catch {
      sendJson(res, 404, { error: `No dev issuer ${match[1]}.` });
    }
  };
}
