import * as z from "zod";

/**
 * The hub config's sections for every service's HTTP front. Defaults are generous for people and strict
 * for abuse: a regulator's console never meets them, a script looping on the hub does.
 */
export const DEFAULT_HTTP = {
  /** Larger bodies are refused (413) as soon as their size is known; reading stops there. */
  bodyLimitBytes: 1024 * 1024,
  /** A client has this long to send its request headers (slow-drip connections are closed). */
  headersTimeoutMs: 10_000,
  /** ... and this long to send the whole request, body included. It does not limit the answer. */
  requestTimeoutMs: 30_000,
  /** On SIGTERM: requests in flight may finish within this long; then their connections are cut. */
  shutdownGraceMs: 10_000,
  /** Browser origins allowed to call cross-origin. None: only the hub's own origin (no CORS headers). */
  corsOrigins: [] as string[],
};

/**
 * Each service counts for itself (a subgraph must not rely on the gateway): one gateway request is one
 * or two calls to each subgraph its plan reaches, counted against the same caller there.
 */
export const DEFAULT_RATE_LIMIT = {
  /** Per caller: issuer + subject of the token. */
  perCaller: { max: 600, windowMs: 60_000 },
  /** Per calling country: every caller of one participant together. */
  perCountry: { max: 3000, windowMs: 60_000 },
};

const positiveInt = (what: string) => z.int({ error: `must be a whole number of ${what}` }).positive({ error: "must be positive" });

const origin = z.string({ error: "must be a string" }).refine(
  (value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && url.origin === value;
    } catch {
      return false;
    }
  },
  { error: "must be an origin such as https://console.example.gov (scheme, host and port; no path or trailing slash)" },
);

export const httpSettingsSchema = z
  .strictObject({
    bodyLimitBytes: positiveInt("bytes").default(DEFAULT_HTTP.bodyLimitBytes),
    headersTimeoutMs: positiveInt("milliseconds").default(DEFAULT_HTTP.headersTimeoutMs),
    requestTimeoutMs: positiveInt("milliseconds").default(DEFAULT_HTTP.requestTimeoutMs),
    shutdownGraceMs: z.int({ error: "must be a whole number of milliseconds" }).min(0, { error: "must be 0 or more" }).default(DEFAULT_HTTP.shutdownGraceMs),
    corsOrigins: z.array(origin, { error: "must be an array of origins" }).default(DEFAULT_HTTP.corsOrigins),
  })
  // Node refuses a header timeout longer than the whole request's.
  .refine((http) => http.headersTimeoutMs <= http.requestTimeoutMs, {
    error: "headersTimeoutMs must not exceed requestTimeoutMs",
    path: ["headersTimeoutMs"],
  })
  .default(DEFAULT_HTTP);

const window = z.strictObject({ max: positiveInt("requests"), windowMs: positiveInt("milliseconds") }, { error: "must be { max, windowMs }" });

export const rateLimitSettingsSchema = z
  .strictObject({
    perCaller: window.default(DEFAULT_RATE_LIMIT.perCaller),
    perCountry: window.default(DEFAULT_RATE_LIMIT.perCountry),
  })
  .default(DEFAULT_RATE_LIMIT);

export type HttpSettings = z.output<typeof httpSettingsSchema>;
export type RateLimitSettings = z.output<typeof rateLimitSettingsSchema>;
