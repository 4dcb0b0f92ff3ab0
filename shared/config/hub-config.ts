import { readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { type TokenPolicy, tokenPolicySchema } from "../auth/token-policy.js";
import { type OperationLimits, operationLimitsSchema } from "../limits/operation-limits.js";

/**
 * The membership of the hub, shared by the gateway and every subgraph: who participates, where each
 * participant's national subgraph answers, and which identity provider speaks for whom.
 * Database URLs are deliberately absent: each country keeps its own in its own environment.
 */
export interface HubConfig {
  /** `aud` every token must carry. */
  audience: string;
  board: { url: string };
  countries: CountryEndpoint[];
  issuers: IssuerConfig[];
  /** Per-country budget for one fetch; one slow country must not hold the whole answer. */
  nationTimeoutMs: number;
  /** Failures in a row after which a country's circuit opens, and how long it stays open before a probe. */
  circuit?: { failureThreshold: number; openMs: number };
  /** Token lifetime and clock skew; defaults when absent. */
  tokens?: TokenPolicy;
  /** Operation limits of the gateway and every subgraph (shared/limits); defaults when absent. */
  limits?: OperationLimits;
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
  /** Public keys: a JWKS file (path relative to the config file) or a JWKS URL. */
  jwksFile?: string;
  jwksUri?: string;
}

export const DEFAULT_AUDIENCE = "ai-safety-hub";
export const DEFAULT_NATION_TIMEOUT_MS = 2000;
export const DEFAULT_CIRCUIT = { failureThreshold: 3, openMs: 10_000 };

const PARTICIPANT_CODE = /^[A-Z]{2,8}$/;

export class ConfigError extends Error {}

export function loadHubConfig(path: string): HubConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`Cannot read hub config ${path}: ${(error as Error).message}`);
  }
  return parseHubConfig(raw, dirname(resolve(path)));
}

/** Checks the shape strictly: a typo in membership must stop a service, not silently drop a country. */
export function parseHubConfig(raw: unknown, baseDir: string): HubConfig {
  const fail = (what: string): never => {
    throw new ConfigError(`Invalid hub config: ${what}`);
  };
  if (!isObject(raw)) return fail("expected a JSON object");
  const audience = raw.audience ?? DEFAULT_AUDIENCE;
  if (typeof audience !== "string" || !audience) fail("`audience` must be a non-empty string");
  if (!isObject(raw.board) || !isUrl(raw.board.url)) fail("`board.url` must be an http(s) URL");
  if (!Array.isArray(raw.countries)) return fail("`countries` must be an array");
  const seen = new Set<string>();
  const countries = raw.countries.map((c: unknown, i: number): CountryEndpoint => {
    if (!isObject(c) || typeof c.code !== "string" || !PARTICIPANT_CODE.test(c.code) || c.code === "BOARD")
      fail(`countries[${i}].code must be 2-8 capital letters (and not BOARD)`);
    const country = c as Record<string, unknown>;
    if (!isUrl(country.url)) fail(`countries[${i}].url must be an http(s) URL`);
    if (seen.has(country.code as string)) fail(`country ${String(country.code)} is listed twice`);
    seen.add(country.code as string);
    if (country.name !== undefined && (typeof country.name !== "string" || !country.name.trim())) fail(`countries[${i}].name must be a non-empty string`);
    if (country.joinedAt !== undefined && (typeof country.joinedAt !== "string" || Number.isNaN(Date.parse(country.joinedAt)))) {
      fail(`countries[${i}].joinedAt must be an ISO 8601 date`);
    }
    return {
      code: country.code as string,
      url: country.url as string,
      ...(country.name ? { name: country.name as string } : {}),
      ...(country.joinedAt ? { joinedAt: country.joinedAt as string } : {}),
    };
  });
  if (!Array.isArray(raw.issuers) || raw.issuers.length === 0) return fail("`issuers` must be a non-empty array");
  const issuers = raw.issuers.map((e: unknown, i: number): IssuerConfig => {
    if (!isObject(e)) return fail(`issuers[${i}] must be an object`);
    if (typeof e.participant !== "string" || !PARTICIPANT_CODE.test(e.participant))
      fail(`issuers[${i}].participant must be a participant code`);
    if (typeof e.issuer !== "string" || !e.issuer) fail(`issuers[${i}].issuer must be a string`);
    const hasFile = typeof e.jwksFile === "string" && e.jwksFile !== "";
    const hasUri = isUrl(e.jwksUri);
    if (hasFile === hasUri) fail(`issuers[${i}] needs exactly one of jwksFile or jwksUri`);
    return {
      participant: e.participant as string,
      issuer: e.issuer as string,
      ...(hasFile ? { jwksFile: absolute(baseDir, e.jwksFile as string) } : { jwksUri: e.jwksUri as string }),
    };
  });
  const issuerNames = new Set(issuers.map((i) => i.issuer));
  if (issuerNames.size !== issuers.length) fail("two issuers share the same `issuer` value");
  const timeout = raw.nationTimeoutMs ?? DEFAULT_NATION_TIMEOUT_MS;
  if (typeof timeout !== "number" || !(timeout > 0)) fail("`nationTimeoutMs` must be a positive number");
  const circuit = raw.circuit ?? DEFAULT_CIRCUIT;
  if (!isObject(circuit) || !Number.isInteger(circuit.failureThreshold) || (circuit.failureThreshold as number) < 1 || typeof circuit.openMs !== "number" || !((circuit.openMs as number) > 0)) {
    fail("`circuit` must be { failureThreshold: a whole number >= 1, openMs: a positive number }");
  }
  const tokens = tokenPolicySchema.safeParse(raw.tokens ?? {});
  if (!tokens.success) fail(`\`tokens\`: ${tokens.error.issues.map((i) => `${i.path.join(".") || "(object)"} ${i.message}`).join("; ")}`);
  const limits = operationLimitsSchema.safeParse(raw.limits ?? {});
  if (!limits.success) fail(`\`limits\`: ${limits.error.issues.map((i) => `${i.path.join(".") || "(limits)"} ${i.message}`).join("; ")}`);
  return {
    audience: audience as string,
    board: { url: (raw.board as Record<string, unknown>).url as string },
    countries,
    issuers,
    nationTimeoutMs: timeout as number,
    circuit: { failureThreshold: (circuit as { failureThreshold: number }).failureThreshold, openMs: (circuit as { openMs: number }).openMs },
    tokens: tokens.data!,
    limits: limits.data!,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isUrl(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function absolute(baseDir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(baseDir, path);
}
