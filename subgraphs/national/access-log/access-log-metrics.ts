import { Counter, Histogram, type Registry } from "prom-client";
import type { EntryDraft } from "./append-entries.js";

/** Told of every request's append to the access log, once the transaction that holds it is committed. */
export interface AccessLogObserver {
  appended(drafts: readonly EntryDraft[], seconds: number): void;
}

/** Records given to a foreign caller by a batch of appended entries: by record kind and by what opened them. */
export function foreignReads(drafts: readonly EntryDraft[]): { kind: string; via: "grant" | "baseline"; records: number }[] {
  const counts = new Map<string, { kind: string; via: "grant" | "baseline"; records: number }>();
  for (const draft of drafts) {
    // A COUNT entry gives no records; a READ entry of a filter that gave none has no ids.
    if (draft.entryKind !== "READ" || !draft.recordIds?.length) continue;
    const kind = draft.recordKind.toLowerCase();
    const via = draft.grantId ? "grant" : "baseline";
    const key = `${kind}/${via}`;
    const count = counts.get(key) ?? { kind, via, records: 0 };
    count.records += draft.recordIds.length;
    counts.set(key, count);
  }
  return [...counts.values()];
}

/**
 * The access log seen from Prometheus, counted where entries are appended (access-log-writer.ts), so the
 * counters agree with the log itself: each non-public record a foreign caller was given is one foreign
 * read (`via` grant when a bilateral grant opened it, baseline when the classification did).
 */
export class AccessLogMetrics implements AccessLogObserver {
  private readonly reads: Counter<"kind" | "via">;
  private readonly appends: Counter;
  private readonly appendDuration: Histogram;

  constructor(registry: Registry) {
    const registers = [registry];
    this.reads = new Counter({
      name: "hub_foreign_reads_total",
      help: "Non-public records of this country given to callers of another country (as logged in its access log), by record kind and by what opened them.",
      labelNames: ["kind", "via"],
      registers,
    });
    this.appends = new Counter({ name: "hub_access_log_appends_total", help: "Entries appended to the access log.", registers });
    this.appendDuration = new Histogram({
      name: "hub_access_log_append_duration_seconds",
      help: "One request's append to the access log, from its call to the commit that holds it (concurrent requests' appends share one transaction), whatever its number of entries.",
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
  }

  appended(drafts: readonly EntryDraft[], seconds: number): void {
    this.appends.inc(drafts.length);
    this.appendDuration.observe(seconds);
    for (const { kind, via, records } of foreignReads(drafts)) this.reads.inc({ kind, via }, records);
  }
}
