import { Gauge, type Registry } from "prom-client";
import type { DataSource } from "typeorm";
import type { Logger } from "../../../shared/logging/logger.js";
import { verifyChain } from "./verify-chain.js";

export const DEFAULT_CHAIN_CHECK_INTERVAL_MS = 300_000;

/** The last completed check: null before the first. */
export interface ChainStatus {
  valid: boolean;
  checkedAt: Date;
  entries: number;
  brokenAt: number | null;
}

/**
 * Checks the access log's hash chain at start and then every `intervalMs`, incrementally (from the
 * last verified checkpoint: the cost is that of the entries added since), so a broken chain is found by
 * the deployment itself, not only when an auditor asks `accessLogIntegrity`. A broken chain logs an
 * error at every check; a check that cannot run (database down) logs an error and leaves the last
 * status as it was, so its timestamp grows old and a staleness alert can see it.
 */
export class ChainWatch {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private last: ChainStatus | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  get status(): ChainStatus | null {
    return this.last;
  }

  start(): void {
    void this.checkNow();
    this.timer = setInterval(() => void this.checkNow(), this.intervalMs);
    this.timer.unref();
  }

  /** Checks now (after any check still running); resolves with the status once done. */
  checkNow(): Promise<ChainStatus | null> {
    this.running = this.running.then(() => this.check());
    return this.running.then(() => this.last);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async check(): Promise<void> {
    try {
      const report = await verifyChain(this.db);
      this.last = { valid: report.valid, checkedAt: new Date(), entries: report.entries, brokenAt: report.brokenAt };
      if (!report.valid) {
        this.logger.error("access log chain broken: an entry was edited, removed or reordered", { brokenAt: report.brokenAt, entries: report.entries, from: report.from });
      }
    } catch (error) {
      this.logger.error("access log chain check failed to run", { error: (error as Error).message });
    }
  }
}

/**
 * `hub_access_log_chain_valid` (1/0) and `hub_access_log_chain_checked_timestamp_seconds` (when the
 * last check completed), read at scrape from the watch's last verdict; both absent before the first.
 */
export function registerChainMetrics(registry: Registry, status: () => ChainStatus | null): void {
  const registers = [registry];
  new Gauge({
    name: "hub_access_log_chain_valid",
    help: "1 when the last periodic check found the access log's hash chain intact, 0 when broken.",
    registers,
    collect() {
      this.reset();
      const last = status();
      if (last) this.set(last.valid ? 1 : 0);
    },
  });
  new Gauge({
    name: "hub_access_log_chain_checked_timestamp_seconds",
    help: "When the last periodic check of the access log's hash chain completed (Unix seconds).",
    registers,
    collect() {
      this.reset();
      const last = status();
      if (last) this.set(last.checkedAt.getTime() / 1000);
    },
  });
}
