import { type GrantStatus, type GrantWindow, grantStatus } from "./grant-status";

/** One grant's validity on the axis, in percent of the axis width. */
export interface TimelineBar {
  id: string;
  status: GrantStatus;
  /** Where the grant's window starts. */
  startPct: number;
  /** Where it was in force until: validUntil, or revokedAt when a revocation cut it short. */
  endPct: number;
  /** Where the window would have ended: beyond endPct only for a grant revoked early. */
  plannedEndPct: number;
  /** The window goes on past the axis's right edge. */
  continues: boolean;
}

export interface TimelineTick {
  at: string;
  pct: number;
  /** Month ticks are labelled "Mar 2027", year ticks "2027". */
  unit: "month" | "year";
}

export interface Timeline {
  start: string;
  end: string;
  todayPct: number;
  ticks: TimelineTick[];
  bars: TimelineBar[];
}

const DAY_MS = 86_400_000;
/** A grant valid until 2199 would flatten every other bar: the axis stops this far after the last start. */
const MAX_HORIZON_MS = 5 * 365 * DAY_MS;
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
const MAX_TICKS = 8;

/**
 * Lays grants out on one time axis: from the earliest start (or today) to the latest end (or today),
 * padded a little so that today's mark and the bars' ends are never on the edge.
 */
export function buildTimeline(grants: readonly (GrantWindow & { id: string })[], now: Date, maxTicks = MAX_TICKS): Timeline {
  const today = now.getTime();
  const starts = grants.map((g) => Date.parse(g.validFrom));
  const ends = grants.map((g) => Date.parse(g.validUntil));
  const low = Math.min(today, ...starts);
  const latestStart = Math.max(today, ...starts);
  const high = Math.min(Math.max(today, ...ends), latestStart + MAX_HORIZON_MS);
  const span = Math.max(high - low, 30 * DAY_MS);
  const pad = span * 0.04;
  const axisStart = low - pad;
  const axisEnd = low + span + pad;
  const pct = (t: number) => clamp(((t - axisStart) / (axisEnd - axisStart)) * 100);

  const bars = grants.map((grant, i): TimelineBar => {
    const start = starts[i]!;
    const plannedEnd = ends[i]!;
    const revokedAt = grant.revokedAt === null ? undefined : Date.parse(grant.revokedAt);
    // Revoked before it began: it was never in force, the bar has no length.
    const end = revokedAt === undefined ? plannedEnd : Math.max(start, Math.min(revokedAt, plannedEnd));
    return {
      id: grant.id,
      status: grantStatus(grant, now),
      startPct: pct(start),
      endPct: pct(end),
      plannedEndPct: pct(plannedEnd),
      continues: plannedEnd > axisEnd,
    };
  });
  return {
    start: new Date(axisStart).toISOString(),
    end: new Date(axisEnd).toISOString(),
    todayPct: pct(today),
    ticks: ticks(axisStart, axisEnd, maxTicks),
    bars,
  };
}

/** Month starts (UTC) at a step that keeps at most `maxTicks` labels on the axis (fewer on a narrow screen). */
export function ticks(from: number, to: number, maxTicks = MAX_TICKS): TimelineTick[] {
  const months = (to - from) / (30.44 * DAY_MS);
  const step = MONTH_STEPS.find((s) => months / s <= maxTicks) ?? MONTH_STEPS[MONTH_STEPS.length - 1]!;
  const unit = step >= 12 ? "year" : "month";
  // Months counted from year 0, so that aligning to the step lands on Jan/Apr/Jul/Oct, on January, or on
  // every other or fifth January.
  const first = new Date(from);
  let firstMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  if (Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1) < from) firstMonth += 1;
  const aligned = Math.ceil(firstMonth / step) * step;
  const result: TimelineTick[] = [];
  for (let m = aligned; ; m += step) {
    const at = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (at > to) break;
    result.push({
      at: new Date(at).toISOString(),
      pct: ((at - from) / (to - from)) * 100,
      unit,
    });
  }
  return result;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}
