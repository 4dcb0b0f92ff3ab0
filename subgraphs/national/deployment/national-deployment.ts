import type { DataSource } from "typeorm";
import type { LiveConfig } from "../../../shared/config/live-config.js";
import { refuseToStart } from "../../../shared/db/pending-migrations.js";
import { NotReady } from "../../../shared/health/not-ready.js";
import type { Logger } from "../../../shared/logging/logger.js";
import { ChainWatch, DEFAULT_CHAIN_CHECK_INTERVAL_MS } from "../access-log/chain-watch.js";
import { AccessLogHeadSigner } from "./access-log-head.js";
import { deploymentProblem } from "./deployment-identity.js";
import { HeadPublisher } from "./head-publisher.js";

/** A start the operator has to fix: the message says what to fix. */
export class DeploymentRefused extends Error {}

export interface NationalDeploymentOptions {
  country: string;
  config: LiveConfig;
  db: DataSource;
  logger: Logger;
  /** HUB_ACCESS_LOG_SIGNING_KEY, HUB_ACCESS_LOG_HEAD_FILE, HUB_ACCESS_LOG_HEAD_INTERVAL_MS, HUB_ACCESS_LOG_VERIFY_INTERVAL_MS. */
  env?: NodeJS.ProcessEnv;
}

const DEFAULT_HEAD_INTERVAL_MS = 60_000;

/**
 * What a national subgraph knows about itself beyond its code: that it serves the country its database
 * belongs to (deployment-identity.ts), and the key that signs its access log's head.
 */
export class NationalDeployment {
  private lastFault: string | null = null;

  private constructor(
    private readonly options: NationalDeploymentOptions,
    /** Null when HUB_ACCESS_LOG_SIGNING_KEY is not set: the head is then published unsigned nowhere. */
    readonly headSigner: AccessLogHeadSigner | null,
    readonly headPublisher: HeadPublisher | null,
    /** The periodic check of the access log's chain (its verdict is a metric). */
    readonly chainWatch: ChainWatch,
  ) {}

  /** Checks the deployment and loads its key; throws DeploymentRefused with the operator's fix. */
  static async establish(options: NationalDeploymentOptions): Promise<NationalDeployment> {
    const { country, config, db, logger } = options;
    const env = options.env ?? {};
    const problem = await deploymentProblem(db, country, config.get());
    if (problem) throw new DeploymentRefused(problem.message);

    let signer: AccessLogHeadSigner | null = null;
    if (env.HUB_ACCESS_LOG_SIGNING_KEY) {
      signer = await AccessLogHeadSigner.fromFile(env.HUB_ACCESS_LOG_SIGNING_KEY).catch((error: Error) => {
        throw new DeploymentRefused(`HUB_ACCESS_LOG_SIGNING_KEY: ${error.message}`);
      });
    } else {
      logger.warn("the access log's head is not signed: set HUB_ACCESS_LOG_SIGNING_KEY to publish it (README, \"The access log\")");
    }
    let publisher: HeadPublisher | null = null;
    if (env.HUB_ACCESS_LOG_HEAD_FILE) {
      if (!signer) throw new DeploymentRefused("HUB_ACCESS_LOG_HEAD_FILE is set but HUB_ACCESS_LOG_SIGNING_KEY is not: a published head must be signed.");
      const intervalMs = intervalMsOf(env, "HUB_ACCESS_LOG_HEAD_INTERVAL_MS", DEFAULT_HEAD_INTERVAL_MS);
      publisher = new HeadPublisher(db, country, signer, env.HUB_ACCESS_LOG_HEAD_FILE, intervalMs, logger);
    }
    const verifyMs = intervalMsOf(env, "HUB_ACCESS_LOG_VERIFY_INTERVAL_MS", DEFAULT_CHAIN_CHECK_INTERVAL_MS);
    // Started once every setting is known good: a refused start leaves no timer behind.
    publisher?.start();
    const chainWatch = new ChainWatch(db, verifyMs, logger);
    chainWatch.start();
    return new NationalDeployment(options, signer, publisher, chainWatch);
  }

  get country(): string {
    return this.options.country;
  }

  /** For GET /health: throws NotReady naming the fault, and logs each change of state once. */
  async readiness(): Promise<void> {
    const problem = await deploymentProblem(this.options.db, this.options.country, this.options.config.get());
    const fault = problem ? `${problem.fault}: ${problem.message}` : null;
    if (fault !== this.lastFault) {
      if (problem) this.options.logger.error("not ready: this deployment must not serve", { reason: problem.fault, detail: problem.message });
      else this.options.logger.info("ready again: the deployment checks pass", { country: this.options.country });
      this.lastFault = fault;
    }
    if (problem) throw new NotReady(problem.fault, problem.message);
  }

  async stop(): Promise<void> {
    await Promise.all([this.headPublisher?.stop(), this.chainWatch.stop()]);
  }
}

/** A timer's period from the environment: unset, the default; else whole milliseconds, at least 1000. */
function intervalMsOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const intervalMs = env[name] ? Number(env[name]) : fallback;
  if (!Number.isInteger(intervalMs) || intervalMs < 1000) {
    throw new DeploymentRefused(`${name} must be a whole number of milliseconds >= 1000, got "${env[name]}".`);
  }
  return intervalMs;
}

/**
 * For national-process.ts: the deployment, or one line on stderr and exit 78 (no stack trace) when HUB_COUNTRY is not
 * in the hub config, the database belongs to another country or is not migrated, or the key is unusable.
 */
export async function establishNationalDeployment(options: NationalDeploymentOptions): Promise<NationalDeployment> {
  try {
    return await NationalDeployment.establish(options);
  } catch (error) {
    if (!(error instanceof DeploymentRefused)) throw error;
    await options.db.destroy().catch(() => {});
    refuseToStart(`national subgraph ${options.country}`, error.message);
  }
}
