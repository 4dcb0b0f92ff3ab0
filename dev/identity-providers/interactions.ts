import type { IncomingMessage, ServerResponse } from "node:http";
import type Provider from "oidc-provider";
import { type DemoUser, signIn } from "./accounts.js";
import { CONSOLE_CLIENT_ID } from "./urls.js";
import { errorPage, loginPage } from "./pages.js";

const MAX_FORM_BYTES = 8 * 1024;

export interface InteractionContext {
  provider: Provider;
  /** The provider's mount path, e.g. /JP. */
  mountPath: string;
  participantName: string;
  users: readonly DemoUser[];
}

/**
 * The provider's own interaction pages, in place of oidc-provider's devInteractions:
 * GET  <mount>/interaction/:uid        the login page (or, for consent, an automatic grant)
 * POST <mount>/interaction/:uid/login  checks the demo user's password
 * POST <mount>/interaction/:uid/abort  "Cancel": the client gets error=access_denied
 * `path` is the request's path below the mount path.
 */
export async function handleInteraction(c: InteractionContext, path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const match = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(path);
  const route = match && `${req.method} ${match[2] ?? ""}`;
  try {
    if (!match) return send(res, 404, errorPage(c.participantName, "not_found", "No such page."));
    const base = `${c.mountPath}/interaction/${match[1]}`;
    if (route === "GET ") return await show(c, base, req, res);
    if (route === "POST /login") return await login(c, base, req, res);
    if (route === "POST /abort") {
      return await c.provider.interactionFinished(req, res, { error: "access_denied", error_description: "The user cancelled the sign-in." }, { mergeWithLastSubmission: false });
    }
    return send(res, 405, errorPage(c.participantName, "method_not_allowed", `${req.method} is not allowed here.`));
  } catch (error) {
    // Mostly an interaction that expired or a cookie the browser no longer sends (SessionNotFound).
    const e = error as { status?: number; error?: string; error_description?: string; message: string };
    if (!res.headersSent) send(res, e.status ?? 500, errorPage(c.participantName, e.error ?? "server_error", e.error_description ?? e.message));
  }
}

async function show(c: InteractionContext, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await c.provider.interactionDetails(req, res);
  const client = await c.provider.Client.find(details.params.client_id);
  if (details.prompt.name === "login") {
    return send(res, 200, loginPage({ providerName: c.participantName, clientName: client?.clientName ?? details.params.client_id, action: `${base}/login`, abortAction: `${base}/abort`, users: c.users }));
  }
  if (details.prompt.name === "consent" && client?.clientId === CONSOLE_CLIENT_ID) return grantConsent(c, details, req, res);
  // No other client is registered: a consent page for third parties would have nobody to serve.
  return c.provider.interactionFinished(req, res, { error: "access_denied", error_description: `No consent for ${details.params.client_id} in the dev providers.` }, { mergeWithLastSubmission: false });
}

async function login(c: InteractionContext, base: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const details = await c.provider.interactionDetails(req, res);
  if (details.prompt.name !== "login") return send(res, 400, errorPage(c.participantName, "invalid_request", "This sign-in is not waiting for a password."));
  const form = await readForm(req);
  const username = form.get("username") ?? "";
  const user = signIn(c.users, username, form.get("password") ?? "");
  if (!user) {
    const client = await c.provider.Client.find(details.params.client_id);
    return send(res, 200, loginPage({
      providerName: c.participantName,
      clientName: client?.clientName ?? details.params.client_id,
      action: `${base}/login`,
      abortAction: `${base}/abort`,
      users: c.users,
      username,
      error: "The user name or the password is not right.",
    }));
  }
  return c.provider.interactionFinished(req, res, { login: { accountId: user.username } }, { mergeWithLastSubmission: false });
}

/**
 * The console is the hub's own (first-party) client: what it asks for is granted without a question,
 * in oidc-provider 9's way, by a Grant that covers exactly what the prompt says is missing.
 */
async function grantConsent(c: InteractionContext, details: Awaited<ReturnType<Provider["interactionDetails"]>>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const accountId = details.session?.accountId;
  if (!accountId) throw Object.assign(new Error("no signed-in user"), { status: 400, error: "invalid_request" });
  const grant = details.grantId ? await c.provider.Grant.find(details.grantId) : new c.provider.Grant({ accountId, clientId: details.params.client_id });
  if (!grant) throw Object.assign(new Error("grant not found"), { status: 400, error: "invalid_request" });
  const missing = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(" "));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) grant.addResourceScope(indicator, scopes.join(" "));
  const grantId = await grant.save();
  await c.provider.interactionFinished(req, res, { consent: details.grantId ? {} : { grantId } }, { mergeWithLastSubmission: true });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_FORM_BYTES) throw Object.assign(new Error("form too large"), { status: 413, error: "invalid_request" });
  }
  return new URLSearchParams(body);
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}
