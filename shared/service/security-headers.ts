import type { FastifyInstance } from "fastify";

/**
 * The security headers of every answer: @fastify/helmet's defaults (helmet 8) with a content security
 * policy that allows nothing, since only JSON is served. Written out once rather than registered through
 * @fastify/helmet, which builds helmet's middleware afresh on every request (about 1% of a national
 * subgraph's CPU under load); security-headers.test.ts holds this list to what @fastify/helmet sets.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ["Content-Security-Policy", "default-src 'none';frame-ancestors 'none'"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "no-referrer"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/**
 * Sets SECURITY_HEADERS on every answer, as helmet does: on the raw response when the request arrives,
 * so that errors, refusals and 404s carry them too, and a route may still replace one (the console's CSP).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onRequest", (_request, reply, done) => {
    const raw = reply.raw;
    for (const [name, value] of SECURITY_HEADERS) raw.setHeader(name, value);
    raw.removeHeader("X-Powered-By");
    done();
  });
}
