import type { Caller } from "../../../shared/auth/caller.js";
import { badUserInput } from "../../../shared/errors/hub-errors.js";
import type { AccessLogObserver } from "../access-log/access-log-metrics.js";
import type { AccessLogWriter } from "../access-log/access-log-writer.js";
import type { EntryDraft } from "../access-log/append-entries.js";

/**
 * Most entries one request may add to the access log. A list adds one entry per grant involved (its
 * records' ids grouped), a count one; an ordinary query adds a handful. A request that would add more
 * (hundreds of aliased lists, say) is refused rather than allowed to flood a log nothing can prune.
 */
export const MAX_LOG_ENTRIES_PER_REQUEST = 64;

/** The access log as one request sees it: appends, within the request's budget of entries. */
export class RequestLog {
  private used = 0;

  constructor(
    private readonly writer: AccessLogWriter,
    private readonly caller: Caller,
    private readonly operationHash: string,
    private readonly budget = MAX_LOG_ENTRIES_PER_REQUEST,
    private readonly observer?: AccessLogObserver,
  ) {}

  async append(drafts: readonly EntryDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    // Reserved before the first await, so that concurrent resolvers of one request cannot overrun it.
    if (this.used + drafts.length > this.budget) {
      throw badUserInput(
        `This request reads too many separate sets of another country's records (its access log takes at most ${this.budget} entries per request); split it into smaller requests.`,
      );
    }
    this.used += drafts.length;
    await this.writer.append(this.caller, this.operationHash, drafts, this.observer);
  }
}
