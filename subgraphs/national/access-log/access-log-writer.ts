import type { DataSource } from "typeorm";
import type { Caller } from "../../../shared/auth/caller.js";
import { pgPool } from "../../../shared/db/pg-pool.js";
import type { AccessLogObserver } from "./access-log-metrics.js";
import { ChainAppender, type EntryAppend, type EntryDraft } from "./append-entries.js";

/** One request's append, waiting for the commit that holds it. */
interface Waiting extends EntryAppend {
  observer?: AccessLogObserver;
  /** When the request asked (performance.now()): the metrics time an append as the request waits for it. */
  askedAt: number;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Most entries one flush writes (a single larger append is written alone). A busy flush holds a few dozen
 * (one per waiting request, 64 at 64 concurrent requests); a backlog after a stall is written by several
 * flushes of some tens of milliseconds each rather than one long statement that would hold the replicas'
 * lock and risk the statement timeout. The appends beyond it wait for the next flush.
 */
export const MAX_ENTRIES_PER_FLUSH = 1000;

/**
 * Group commit of the access log, one per DataSource (one per country process): appends from concurrent
 * requests share one transaction and one fsync instead of queueing on the chain's lock one by one.
 * When no flush is running an append starts one at once (a lone request waits for nothing more than
 * before, and there are no timers); appends that arrive while a flush is in flight queue and are written
 * together by the next one. Each append resolves only once the COMMIT that holds its entries has
 * returned, so no answer leaves before its entries are durable.
 */
export class AccessLogWriter {
  private queue: Waiting[] = [];
  private flushing: Promise<void> | null = null;
  private readonly chain: ChainAppender;

  constructor(
    db: DataSource,
    private readonly maxEntriesPerFlush = MAX_ENTRIES_PER_FLUSH,
  ) {
    this.chain = new ChainAppender(() => pgPool(db));
  }

  /** Resolves once `drafts` are committed; rejects when they could not be (the read must then fail). */
  append(caller: Caller, operationHash: string, drafts: readonly EntryDraft[], observer?: AccessLogObserver): Promise<void> {
    if (drafts.length === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ caller, operationHash, drafts, observer, askedAt: performance.now(), resolve, reject });
      this.flushing ??= this.flushAll();
    });
  }

  /** Resolves once every append asked so far is committed or has failed: before the DataSource is destroyed. */
  async drain(): Promise<void> {
    while (this.flushing) await this.flushing;
  }

  /** Flushes until the queue is empty; never rejects (every failure goes to the appends it concerns). */
  private async flushAll(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.flush(this.take());
    } finally {
      this.flushing = null;
    }
  }

  /** The next batch: the oldest appends, whole, up to the flush's bound (at least one). */
  private take(): Waiting[] {
    let entries = this.queue[0]!.drafts.length;
    let count = 1;
    while (count < this.queue.length && entries + this.queue[count]!.drafts.length <= this.maxEntriesPerFlush) {
      entries += this.queue[count]!.drafts.length;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async flush(batch: Waiting[]): Promise<void> {
    try {
      await this.chain.append(batch);
      batch.forEach(settled);
    } catch (error) {
      // A batch refused for its data (a malformed value, a constraint) was refused for one request's
      // entries, not for the others': without retrying each alone, one bad draft would fail every read
      // that happened to share its flush. Any other failure (the database down, a timeout) would fail the
      // retries too, only later, so the batch fails at once, as a lone append fails today.
      if (batch.length === 1 || !refusedForItsData(error)) {
        for (const waiting of batch) waiting.reject(error);
        return;
      }
      for (const waiting of batch) {
        try {
          await this.chain.append([waiting]);
          settled(waiting);
        } catch (alone) {
          waiting.reject(alone);
        }
      }
    }
  }
}

/** Committed: the metrics hear of it (per request, as the request saw it), then the request goes on. */
function settled(waiting: Waiting): void {
  waiting.observer?.appended(waiting.drafts, (performance.now() - waiting.askedAt) / 1000);
  waiting.resolve();
}

/** SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): what a row's values cause. */
function refusedForItsData(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^2[23][0-9A-Z]{3}$/.test(code);
}
