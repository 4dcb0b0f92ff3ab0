import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_CSP, serveConsole } from "./serve-console.js";

describe("serving the console", () => {
  const dir = mkdtempSync(join(tmpdir(), "console-dist-"));
  let app: FastifyInstance;
  let unbuilt: FastifyInstance;

  beforeAll(async () => {
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log('hub');");
    app = Fastify();
    await serveConsole(app, dir);
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

  it("says how to build it when it was never built", async () => {
    const answer = await unbuilt.inject("/console/incidents");
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toMatch(/npm run build/);
  });
});
