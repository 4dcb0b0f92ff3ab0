import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Provider from "oidc-provider";
import { DEMO_PASSWORD, demoUsers, type DemoUser } from "./accounts.js";
import { handleInteraction } from "./interactions.js";
import { providerKeys } from "./keys.js";
import { escapeHtml, page } from "./pages.js";
import { createProvider } from "./provider-config.js";
import { hubResource, identityProvidersBaseUrl, providerIssuer } from "./urls.js";

export interface IdentityProvidersOptions {
  /** 0: any free port (tests). */
  port: number;
  participants: readonly { code: string; name: string }[];
  /** Where each participant's keys are kept (`<dir>/<CODE>/`). */
  issuersDir: string;
  audience: string;
  /** The gateway, which serves the console. */
  consoleBaseUrl: string;
  accessTokenTtlSeconds: number;
}

export interface RunningIdentityProviders {
  baseUrl: string;
  issuers: { participant: string; issuer: string }[];
  close(): Promise<void>;
}

interface Mounted {
  provider: Provider;
  handle: (req: IncomingMessage, res: ServerResponse) => void;
  name: string;
  users: DemoUser[];
}

/**
 * Every participant's OpenID provider in one process, on loopback, each mounted at its own path
 * (`/<CODE>`, its issuer's path) as oidc-provider supports: the prefix is taken off the request's URL
 * and kept in `originalUrl`, from which the provider builds its own links. `/` lists the providers and
 * their demo users; `/health` is for the launcher.
 */
export async function startIdentityProviders(options: IdentityProvidersOptions): Promise<RunningIdentityProviders> {
  const server = createServer();
  // The port decides the issuers, so it is known before any provider is made.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const baseUrl = identityProvidersBaseUrl((server.address() as AddressInfo).port);
  const mounted = new Map<string, Mounted>();
  for (const { code, name } of options.participants) {
    const issuer = providerIssuer(baseUrl, code);
    const users = demoUsers(code, name);
    const provider = createProvider({
      participant: code,
      participantName: name,
      issuer,
      audience: options.audience,
      resource: hubResource(options.consoleBaseUrl),
      consoleBaseUrl: options.consoleBaseUrl,
      accessTokenTtlSeconds: options.accessTokenTtlSeconds,
      keys: await providerKeys(options.issuersDir, code, issuer),
      users,
    });
    mounted.set(code, { provider, handle: provider.callback(), name, users });
  }

  server.on("request", (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
    const url = req.url ?? "/";
    if (url === "/health") return json(res, 200, { status: "up", providers: [...mounted.keys()] });
    if (url === "/" || url.startsWith("/?")) return html(res, 200, indexPage(baseUrl, mounted));
    const match = /^\/([A-Z]{2,8})(\/[^?]*)?(\?.*)?$/.exec(url);
    const target = match && mounted.get(match[1]!);
    if (!target) return json(res, 404, { error: "No such identity provider." });
    const path = match![2] ?? "/";
    if (path.startsWith("/interaction/")) {
      void handleInteraction({ provider: target.provider, mountPath: `/${match![1]}`, participantName: target.name, users: target.users }, path, req, res);
      return;
    }
    req.originalUrl = url;
    req.url = `${path}${match![3] ?? ""}`;
    target.handle(req, res);
  });

  return {
    baseUrl,
    issuers: [...mounted.keys()].map((participant) => ({ participant, issuer: providerIssuer(baseUrl, participant) })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function indexPage(baseUrl: string, mounted: Map<string, Mounted>): string {
  const sections = [...mounted.entries()].map(([code, m]) => {
    const issuer = providerIssuer(baseUrl, code);
    return `<h2>${escapeHtml(m.name)} (${code})</h2>
<p>Issuer <code>${escapeHtml(issuer)}</code>; <a href="${escapeHtml(issuer)}/.well-known/openid-configuration">discovery</a>.</p>
<ul>${m.users.map((u) => `<li><code>${escapeHtml(u.username)}</code>: ${escapeHtml(u.roles.join(", "))}</li>`).join("")}</ul>`;
  });
  return page("Dev identity providers", `<h1>Dev identity providers</h1><p>One OpenID provider per participant. Every demo user's password is <code>${DEMO_PASSWORD}</code> (development only).</p>${sections.join("")}`);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(body);
}
