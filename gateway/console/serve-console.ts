import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

export const CONSOLE_PATH = "/console/";

/**
 * Everything the console loads comes from this origin: the browser refuses any other script, style,
 * image, font, connection or frame. Inline styles and scripts are refused too. The one exception is
 * `connect-src`: a sign-in fetches discovery, tokens and sign-out from the participants' identity
 * providers (`providerOrigins`, from the live hub config), and from nowhere else.
 */
export function consoleCsp(providerOrigins: readonly string[] = []): string {
  const connect = ["'self'", ...new Set(providerOrigins)].join(" ");
  return `default-src 'self'; connect-src ${connect}; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'`;
}

/** The origins of every configured OpenID provider: each issuer's and each discovery document's. */
export function oidcOrigins(issuers: readonly { issuer: string; oidc?: { discoveryUrl: string } }[]): string[] {
  const origins = new Set<string>();
  for (const { issuer, oidc } of issuers) {
    if (!oidc) continue;
    for (const url of [issuer, oidc.discoveryUrl]) {
      try {
        origins.add(new URL(url).origin);
      } catch {
        // The config loader refuses a bad URL; nothing to allow for one anyway.
      }
    }
  }
  return [...origins].sort();
}

/**
 * The web console (console/, built by Vite into `dir`) at /console/, and `/` redirecting there. Deep
 * links (/console/incidents?...) get index.html, so a reload or a shared URL opens the same view.
 * Built assets carry a content hash in their names and are cached for good; index.html never is.
 * `providerOrigins` is asked on every response, so a provider added to the live config is reachable at once.
 */
export async function serveConsole(app: FastifyInstance, dir: string, providerOrigins: () => readonly string[] = () => []): Promise<void> {
  app.get("/", (_request, reply) => reply.redirect(CONSOLE_PATH, 302));
  if (!existsSync(join(dir, "index.html"))) {
    // A gateway started from a checkout whose console was never built still serves the API.
    const notBuilt = (_request: unknown, reply: FastifyReply) =>
      reply.code(404).type("text/plain; charset=utf-8").send("The console is not built: run `npm run build` (npm start does it for you).\n");
    app.get(CONSOLE_PATH, notBuilt);
    app.get(`${CONSOLE_PATH}*`, notBuilt);
    return;
  }
  await app.register(
    async (scope) => {
      scope.addHook("onSend", async (_request, reply, payload) => {
        void reply.header("content-security-policy", consoleCsp(providerOrigins()));
        return payload;
      });
      // Files are looked up per request (a rebuilt console is served without a restart).
      await scope.register(fastifyStatic, {
        root: dir,
        prefix: "/",
        index: false,
        setHeaders: (response, path) => {
          void response.header("cache-control", path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
        },
      });
      const page = (reply: FastifyReply) => reply.code(200).header("cache-control", "no-cache").sendFile("index.html", dir);
      scope.get("/", (_request, reply) => page(reply));
      scope.setNotFoundHandler((request, reply) => {
        // A missing asset is a 404, not the page: a stale tab must not run HTML as a script.
        if (request.method !== "GET" || /\.[a-z0-9]+$/i.test(request.url.split("?")[0]!)) {
          return reply.code(404).type("text/plain; charset=utf-8").send("Not found.\n");
        }
        return page(reply);
      });
    },
    { prefix: CONSOLE_PATH.replace(/\/$/, "") },
  );
}
