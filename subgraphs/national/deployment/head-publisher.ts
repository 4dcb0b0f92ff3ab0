import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { DataSource } from "typeorm";
import type { Logger } from "../../../shared/logging/logger.js";
import { type AccessLogHeadSigner, signHead } from "./access-log-head.js";

/**
 * Appends the signed head to a JSON-lines file the owner chooses (a mount replicated off the database
 * host, a transparency log's inbox...), at start and then every `intervalMs` when the log has grown.
 * One line: `{"country","seq","hash","at","kid","jws"}`; the JWS alone is what `accessLogHeadCheck`
 * takes back.
 */
export class HeadPublisher {
  private timer: NodeJS.Timeout | undefined;
  private lastSeq = -1;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: DataSource,
    private readonly country: string,
    private readonly signer: AccessLogHeadSigner,
    readonly file: string,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    void this.publishNow();
    this.timer = setInterval(() => void this.publishNow(), this.intervalMs);
    this.timer.unref();
  }

  /** Publishes the head now if it moved since the last line; resolves once written (one at a time). */
  publishNow(): Promise<void> {
    this.running = this.running.then(() =>
      this.appendHead().catch((error: Error) => this.logger.error("access log head not published", { file: this.file, error: error.message })),
    );
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async appendHead(): Promise<void> {
    const head = await signHead(this.db, this.country, this.signer);
    if (head.seq === this.lastSeq) return;
    appendFileSync(this.file, JSON.stringify(head) + "\n");
    this.lastSeq = head.seq;
  }
}
