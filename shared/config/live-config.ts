import type { Logger } from "../logging/logger.js";
import { type HubConfig, loadHubConfig } from "./hub-config.js";

/**
 * The hub config a running service follows. Membership is configuration: an operator adds a country to
 * the file and sends SIGHUP, and every service takes the new membership without a restart. A file that
 * does not parse is refused with a log line, and the service keeps the membership it had.
 */
export class LiveConfig {
  private readonly listeners: ((config: HubConfig) => void | Promise<void>)[] = [];

  constructor(private current: HubConfig) {}

  get(): HubConfig {
    return this.current;
  }

  onChange(listener: (config: HubConfig) => void | Promise<void>): void {
    this.listeners.push(listener);
  }

  /** Switches to `config`; resolves once every service part has taken it (e.g. the board's directory). */
  async update(config: HubConfig): Promise<void> {
    this.current = config;
    await Promise.all(this.listeners.map((listener) => listener(config)));
  }

  /** Re-reads `path` on SIGHUP. */
  reloadOnHangup(path: string, logger: Logger): void {
    process.on("SIGHUP", () => {
      let next: HubConfig;
      try {
        next = loadHubConfig(path);
      } catch (error) {
        logger.error("hub config not reloaded: keeping the current membership", { error: (error as Error).message });
        return;
      }
      void this.update(next).then(() => logger.info("hub config reloaded", { countries: next.countries.map((c) => c.code) }));
    });
  }
}
