import type { MilestoneCode } from "../gql/graphql";

/** The view's state, all of it in the URL: reload, a shared link and the back button show the same thing. */
export interface MatrixFilters {
  milestone: MilestoneCode | undefined;
  category: string | undefined;
  binding: boolean | undefined;
  /** The report open in the drawer. */
  report: string | undefined;
  /** The item the report was opened from, marked in the drawer. */
  item: string | undefined;
}

/**
 * The milestone shown when the URL names none: the latest one already due (its reports are in), or
 * the first when none is due yet.
 */
export function defaultMilestone(milestones: readonly { code: MilestoneCode; dueDate: string }[], now: Date): MilestoneCode | undefined {
  const due = milestones.filter((milestone) => new Date(milestone.dueDate).getTime() <= now.getTime());
  return (due.at(-1) ?? milestones[0])?.code;
}

/** Reads the URL; a value the hub does not know (an old link, a typo) falls back to the default. */
export function readFilters(
  params: URLSearchParams,
  catalogue: { milestones: readonly { code: MilestoneCode; dueDate: string }[]; categories: readonly string[] } | undefined,
  now: Date,
): MatrixFilters {
  const asked = params.get("milestone");
  const milestones = catalogue?.milestones ?? [];
  const milestone = milestones.find((m) => m.code === asked)?.code ?? defaultMilestone(milestones, now);
  const category = params.get("category") ?? undefined;
  const binding = params.get("binding");
  return {
    milestone,
    category: category && catalogue?.categories.includes(category) ? category : undefined,
    binding: binding === "true" ? true : binding === "false" ? false : undefined,
    report: params.get("report") || undefined,
    item: params.get("item") || undefined,
  };
}

/** The URL's parameters with `changes` applied; undefined removes a parameter. */
export function withParams(params: URLSearchParams, changes: Record<string, string | boolean | undefined>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** The categories of the catalogue, in the order they first appear. */
export function categoriesOf(items: readonly { category: string }[]): string[] {
  return [...new Set(items.map((item) => item.category))];
}
