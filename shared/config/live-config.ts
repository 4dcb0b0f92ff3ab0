import type { Logger } from "../logging/logger.js";
import { ConfigError, type HubConfig, loadHubConfig } from "./hub-config.js";

/**
 * The hub config a running service follows. Membership is configuration: an operator adds a country to
 * the file and sends SIGHUP, and every service takes the new membership without a restart. A file that
 * does not pass the schema is refused with every problem logged, and the service keeps the config it had.
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
    process.on("SIGHUP", () => void this.reload(path, logger));
  }

  /** Re-reads `path`; false (and every problem logged) when it is refused and the running config stays. */
  async reload(path: string, logger: Logger): Promise<boolean> {
    let next: HubConfig;
    try {
      next = loadHubConfig(path);
    } catch (error) {
      const problems = error instanceof ConfigError ? error.problems : [String(error)];
      logger.error("hub config not reloaded: keeping the running config", { file: path, problems });
      return false;
    }
    await this.update(next);
    logger.info("hub config reloaded", { countries: next.countries.map((c) => c.code) });
    return true;
  }
}
