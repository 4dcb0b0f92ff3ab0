import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consoleCsp, oidcOrigins, serveConsole } from "./serve-console.js";

const CONSOLE_CSP = consoleCsp(["http://127.0.0.1:4090"]);

describe("serving the console", () => {
  const dir = mkdtempSync(join(tmpdir(), "console-dist-"));
  let app: FastifyInstance;
  let unbuilt: FastifyInstance;
  let providers = ["http://127.0.0.1:4090"];

  beforeAll(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('hub');");
    app = Fastify();
    await serveConsole(app, dir, () => providers);
    unbuilt = Fastify();
    await serveConsole(unbuilt, join(dir, "missing"));
  });
  afterAll(async () => {
    await app.close();
    await unbuilt.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends / to /console/", async () => {
    const answer = await app.inject("/");
    expect(answer.statusCode).toBe(302);
    expect(answer.headers.location).toBe("/console/");
  });

  it("answers every deep link with the page, never cached, under the console's CSP", async () => {
    for (const url of ["/console", "/console/", "/console/incidents?countries=JP&incident=1", "/console/grants/x/y"]) {
      const answer = await app.inject(url);
      expect(answer.statusCode, url).toBe(200);
      expect(answer.body).toContain('<div id="root">');
      expect(answer.headers["cache-control"]).toBe("no-cache");
      expect(answer.headers["content-security-policy"]).toBe(CONSOLE_CSP);
    }
  });

  it("serves built assets for good, and a missing one as a 404 rather than the page", async () => {
    const asset = await app.inject("/console/assets/index-abc123.js");
    expect(asset.statusCode).toBe(200);
    expect(asset.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers["content-security-policy"]).toBe(CONSOLE_CSP);
    const missing = await app.inject("/console/assets/index-old.js");
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain("root");
  });

  it("lets the page connect to the configured identity providers and nowhere else, following the live config", async () => {
    expect(CONSOLE_CSP).toBe(
      "default-src 'self'; connect-src 'self' http://127.0.0.1:4090; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
    );
    providers = ["https://idp.jp.example", "https://login.us.example"];
    const answer = await app.inject("/console/sign-in");
    expect(answer.headers["content-security-policy"]).toContain("connect-src 'self' https://idp.jp.example https://login.us.example;");
    providers = ["http://127.0.0.1:4090"];
    expect(consoleCsp()).toBe("default-src 'self'; connect-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'");
  });

  it("takes the providers' origins from each issuer and its discovery document, skipping issuers without OpenID sign-in", () => {
    expect(
      oidcOrigins([
        { issuer: "https://idp.jp.example/realms/hub", oidc: { discoveryUrl: "https://idp.jp.example/realms/hub/.well-known/openid-configuration" } },
        { issuer: "https://login.us.example", oidc: { discoveryUrl: "https://discovery.us.example/us/.well-known/openid-configuration" } },
        { issuer: "https://keys-only.example" },
      ]),
    ).toEqual(["https://discovery.us.example", "https://idp.jp.example", "https://login.us.example"]);
  });

  it("says how to build it when it was never built", async () => {
    const answer = await unbuilt.inject("/console/incidents");
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toMatch(/npm run build/);
  });
});
