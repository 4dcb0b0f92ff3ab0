import type { CountryEndpoint } from "../../shared/config/hub-config.js";
import { SCHEMA_HASH_PATH } from "../../shared/federation/schema-hash.js";
import type { Logger } from "../../shared/logging/logger.js";
import type { MemberGet } from "./probe.js";

const PROBE_TIMEOUT_MS = 1000;

/**
 * Checks, at start and then on a timer, that every national deployment serves the national schema the
 * gateway composed. A country on another release is reported and excluded (its part is answered with
 * `schema_mismatch`) instead of being sent a query plan it may not be able to serve. A country that
 * cannot be reached keeps its last known verdict: being down is the circuit's business. Whether each
 * check reached the country is told to `onReachability` (the metrics); with it, the countries are
 * probed on the timer even when no schema hash is given.
 */
export class SchemaWatch {
  private readonly mismatched = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly countries: () => readonly CountryEndpoint[],
    /** How a country's /schema-hash is fetched (the gateway's kept-alive client: a check every 30 s of every country). */
    private readonly get: MemberGet,
    private readonly expectedHash: string | undefined,
    private readonly logger: Logger,
    private readonly onReachability?: (country: string, reachable: boolean) => void,
  ) {}

  isMismatched(country: string): boolean {
    return this.mismatched.has(country);
  }

  async checkAll(): Promise<void> {
    if (!this.expectedHash && !this.onReachability) return;
    await Promise.all(this.countries().map((country) => this.check(country)));
  }

  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.checkAll(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async check({ code, url }: CountryEndpoint): Promise<void> {
    let served: unknown;
    try {
      const { status, text } = await this.get(new URL(SCHEMA_HASH_PATH, url).href, PROBE_TIMEOUT_MS);
      served = status >= 200 && status < 300 ? (JSON.parse(text) as { sha256?: unknown } | null)?.sha256 : undefined;
    } catch {
      this.onReachability?.(code, false);
      return;
    }
    this.onReachability?.(code, typeof served === "string");
    if (typeof served !== "string" || !this.expectedHash) return;
    const mismatch = served !== this.expectedHash;
    if (mismatch && !this.mismatched.has(code)) this.logger.warn("national schema mismatch: country excluded", { country: code, served, expected: this.expectedHash });
    if (!mismatch && this.mismatched.has(code)) this.logger.info("national schema matches again: country included", { country: code });
    if (mismatch) this.mismatched.add(code);
    else this.mismatched.delete(code);
  }
}
