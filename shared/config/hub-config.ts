import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import * as z from "zod";
import { DEFAULT_TOKEN_POLICY, type TokenPolicy, tokenPolicySchema } from "../auth/token-policy.js";
import { DEFAULT_OPERATION_LIMITS, type OperationLimits, operationLimitsSchema } from "../limits/operation-limits.js";
import { crossCheckProblems } from "./hub-config-cross-checks.js";
import { type OidcClientConfig, oidcClientSchema, refusedOidcKey } from "./oidc-client.js";
import { type HttpSettings, httpSettingsSchema, type RateLimitSettings, rateLimitSettingsSchema } from "./service-settings.js";

export { DEFAULT_OIDC_SCOPES, type OidcClientConfig } from "./oidc-client.js";
export { DEFAULT_HTTP, DEFAULT_RATE_LIMIT, type HttpSettings, type RateLimitSettings } from "./service-settings.js";

/**
 * The membership of the hub, shared by the gateway and every subgraph: who participates, where each
 * participant's national subgraph answers, and which identity provider speaks for whom.
 * Database URLs are deliberately absent: each country keeps its own in its own environment.
 */
export interface HubConfig {
  /** `aud` every token must carry. */
  audience: string;
  board: BoardEndpoint;
  countries: CountryEndpoint[];
  issuers: IssuerConfig[];
  /** Per-country budget for one fetch; one slow country must not hold the whole answer. */
  nationTimeoutMs: number;
  /** Failures in a row after which a country's circuit opens, and how long it stays open before a probe. */
  circuit?: { failureThreshold: number; openMs: number };
  /** HTTP front of every service (body limit, timeouts, shutdown grace, CORS); defaults when absent. */
  http?: HttpSettings;
  /** Requests per caller and per calling country; defaults when absent. */
  rateLimit?: RateLimitSettings;
  /** Operation limits of the gateway and every subgraph (shared/limits); defaults when absent. */
  limits?: OperationLimits;
  /** Token lifetime and clock skew (shared/auth/token-policy.ts); defaults when absent. */
  tokens?: TokenPolicy;
  /** OpenTelemetry tracing choices of the service reading this file; defaults when absent. */
  tracing?: TracingSettings;
}

export interface TracingSettings {
  /**
   * Whether a national subgraph continues its callers' traces (W3C traceparent). False: it ignores the
   * trace context it is sent and starts a trace of its own. Followed live (SIGHUP).
   */
  acceptIncomingContext: boolean;
  /**
   * Whether the gateway continues the trace context a client of the public API sends. False (the
   * default): a client could otherwise pick its requests' trace ids, or keep them out of every trace by
   * sending an unsampled traceparent; the gateway starts each request's trace itself.
   */
  acceptClientContext: boolean;
}

export interface BoardEndpoint {
  url: string;
  /**
   * The gateway's URL as the board reaches it (in production an internal address). The board asks the
   * submitting country, through the gateway and with the submitter's own token, to vouch for a report's
   * evidence and figures; unset, a submission is refused as NATION_UNAVAILABLE and the board process
   * refuses to start.
   */
  gatewayUrl?: string;
}

export interface CountryEndpoint {
  code: string;
  url: string;
  /** For the board's directory: a country listed with a name joins it when the board (re)loads the config. */
  name?: string;
  joinedAt?: string;
}

export interface IssuerConfig {
  /** Participant code the issuer speaks for (a country code or BOARD). */
  participant: string;
  /** Exact `iss` value of its tokens. */
  issuer: string;
  /**
   * Public keys: a JWKS file (path relative to the config file), a JWKS URL, or neither when `oidc` is
   * given, in which case the keys are at the `jwks_uri` of the provider's discovery document.
   */
  jwksFile?: string;
  jwksUri?: string;
  /** Sign-in at this issuer with OpenID Connect (the console), and its discovery document. */
  oidc?: OidcClientConfig;
}

export const DEFAULT_AUDIENCE = "ai-safety-hub";
export const DEFAULT_NATION_TIMEOUT_MS = 2000;
export const DEFAULT_CIRCUIT = { failureThreshold: 3, openMs: 10_000 };
export const DEFAULT_TRACING: TracingSettings = { acceptIncomingContext: true, acceptClientContext: false };

const httpUrl = () => z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const positiveMs = () => z.number({ error: "must be a number of milliseconds" }).positive({ error: "must be positive" });

const countrySchema = z.strictObject({
  code: z.string({ error: "must be a string" }).regex(/^[A-Z]{2,8}$/, { error: "must be 2-8 capital letters" }).refine((code) => code !== "BOARD", {
    error: "must be a country's code, not BOARD",
  }),
  url: httpUrl(),
  name: z.string().trim().min(1, { error: "must be a non-empty string" }).optional(),
  joinedAt: z.iso.datetime({ offset: true, error: "must be an ISO 8601 date" }).or(z.iso.date({ error: "must be an ISO 8601 date" })).optional(),
});

const issuerSchema = z
  .strictObject({
    participant: z.string({ error: "must be a string" }).regex(/^[A-Z]{2,8}$/, { error: "must be a participant code (2-8 capital letters)" }),
    issuer: z.string({ error: "must be a string" }).min(1, { error: "must be a non-empty string" }),
    jwksFile: z.string().min(1, { error: "must be a path" }).optional(),
    jwksUri: httpUrl().optional(),
    oidc: oidcClientSchema.optional(),
  })
  .superRefine((issuer, ctx) => {
    // One key source, so that nobody has to guess which keys a token was checked against. `oidc`
    // counts as one only alone: given with jwksFile or jwksUri, those keys are used and discovery is not.
    if (issuer.jwksFile !== undefined && issuer.jwksUri !== undefined) {
      ctx.addIssue({ code: "custom", message: "needs exactly one of jwksFile or jwksUri" });
    } else if (issuer.jwksFile === undefined && issuer.jwksUri === undefined && issuer.oidc === undefined) {
      ctx.addIssue({ code: "custom", message: "needs exactly one key source: jwksFile, jwksUri, or oidc (keys from its discovery document)" });
    }
    // The discovery document must name this very issuer (checked when it is fetched), and OpenID
    // Connect issuers are URLs: a config that can never match is refused now rather than at sign-in.
    if (issuer.oidc !== undefined && !(/^https?:\/\//.test(issuer.issuer) && URL.canParse(issuer.issuer))) {
      ctx.addIssue({ code: "custom", path: ["issuer"], message: "must be the provider's issuer URL when oidc is given" });
    }
  });

/**
 * The hub config's shape; unknown keys are refused (a typo such as `nationTimeoutMS` must stop a
 * service, not be ignored). A new section is one line here (`name: nameSchema`, with `.default(...)`
 * when it is optional) and one optional field in `HubConfig`; its checks then run with every other's.
 */
export const hubConfigSchema = z.strictObject({
  audience: z.string({ error: "must be a string" }).min(1, { error: "must be a non-empty string" }).default(DEFAULT_AUDIENCE),
  board: z.strictObject({ url: httpUrl(), gatewayUrl: httpUrl().optional() }, { error: "must be an object with a url (and gatewayUrl)" }),
  countries: z.array(countrySchema, { error: "must be an array" }),
  issuers: z.array(issuerSchema, { error: "must be an array" }).min(1, { error: "must be a non-empty array" }),
  nationTimeoutMs: positiveMs().default(DEFAULT_NATION_TIMEOUT_MS),
  circuit: z
    .strictObject(
      {
        failureThreshold: z.int({ error: "must be a whole number" }).min(1, { error: "must be at least 1 (a circuit that never opens)" }),
        openMs: positiveMs(),
      },
      { error: "must be { failureThreshold, openMs }" },
    )
    .default(DEFAULT_CIRCUIT),
  http: httpSettingsSchema,
  rateLimit: rateLimitSettingsSchema,
  limits: operationLimitsSchema.default(DEFAULT_OPERATION_LIMITS),
  tokens: tokenPolicySchema.default(DEFAULT_TOKEN_POLICY),
  tracing: z
    .strictObject(
      {
        acceptIncomingContext: z.boolean({ error: "must be true or false" }).default(DEFAULT_TRACING.acceptIncomingContext),
        acceptClientContext: z.boolean({ error: "must be true or false" }).default(DEFAULT_TRACING.acceptClientContext),
      },
      { error: "must be { acceptIncomingContext, acceptClientContext }" },
    )
    .default(DEFAULT_TRACING),
});

export class ConfigError extends Error {
  constructor(
    readonly source: string,
    /** Every problem found, each starting with its path in the file (`countries[1].url: ...`). */
    readonly problems: string[],
  ) {
    super(`Invalid hub config ${source}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadHubConfig(path: string): HubConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(path, [`cannot read it: ${(error as Error).message}`]);
  }
  return parseHubConfig(raw, dirname(resolve(path)), path);
}

/** Checks the whole file and lists every problem at once: an operator fixes a config in one pass. */
export function parseHubConfig(raw: unknown, baseDir: string, source = "(given)"): HubConfig {
  const parsed = hubConfigSchema.safeParse(raw);
  const problems = [...(parsed.success ? [] : parsed.error.issues.flatMap(describeIssue)), ...crossCheckProblems(raw, DEFAULT_AUDIENCE)];
  if (!parsed.success || problems.length > 0) throw new ConfigError(source, problems);
  const config = parsed.data;
  return {
    ...config,
    issuers: config.issuers.map((issuer) => (issuer.jwksFile ? { ...issuer, jwksFile: absolute(baseDir, issuer.jwksFile) } : issuer)),
  };
}

const KNOWN_KEYS = Object.keys(hubConfigSchema.shape);

function describeIssue(issue: z.core.$ZodIssue): string[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => {
      const refused = issue.path.at(-1) === "oidc" ? refusedOidcKey(key) : undefined;
      if (refused) return `${formatPath([...issue.path, key])}: ${refused}`;
      const near = issue.path.length === 0 ? KNOWN_KEYS.find((known) => known.toLowerCase() === key.toLowerCase()) : undefined;
      return `${formatPath([...issue.path, key])}: unknown key${near ? ` (did you mean ${near}?)` : ""}`;
    });
  }
  return [`${formatPath(issue.path) || "(top level)"}: ${issue.message}`];
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), "");
}

function absolute(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}
