import helmet from "@fastify/helmet";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { registerSecurityHeaders } from "./security-headers.js";

async function headersOf(register: (app: ReturnType<typeof Fastify>) => Promise<void>, path: string) {
  const app = Fastify();
  await register(app);
  app.get("/ok", async () => ({ ok: true }));
  app.get("/fails", async () => {
    throw new Error("boom");
  });
  const answer = await app.inject({ method: "GET", url: path });
  await app.close();
  const { date: _date, ...headers } = answer.headers;
  return { status: answer.statusCode, headers };
}

describe("security headers", () => {
  // The options service-http.ts registered @fastify/helmet with before SECURITY_HEADERS replaced it.
  const withHelmet = (app: ReturnType<typeof Fastify>) =>
    app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });
  const withOurs = async (app: ReturnType<typeof Fastify>) => registerSecurityHeaders(app);

  it.each(["/ok", "/fails", "/missing"])("are those @fastify/helmet sets, on %s", async (path) => {
    const ours = await headersOf(withOurs, path);
    expect(ours.headers["content-security-policy"]).toBe("default-src 'none';frame-ancestors 'none'");
    expect(ours.headers["x-frame-options"]).toBe("SAMEORIGIN");
    expect(ours).toEqual(await headersOf(withHelmet, path));
  });
});
