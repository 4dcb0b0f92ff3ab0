import { TOKYO_SAFETY_BASELINE_V1 } from "./tokyo-safety-baseline.v1.js";

export const BASELINE_CATEGORIES = ["TESTING", "TRANSPARENCY", "REPORTING", "COOPERATION"] as const;
export type BaselineCategory = (typeof BASELINE_CATEGORIES)[number];

export type BaselineSource = "AGREEMENT_TEXT" | "DEMO_PLACEHOLDER";

export interface BaselineEntry {
  readonly code: string;
  readonly title: string;
  readonly category: BaselineCategory;
  readonly binding: boolean;
  readonly source: BaselineSource;
}

export interface BaselineCatalogue {
  readonly version: string;
  readonly items: readonly BaselineEntry[];
}

export const BASELINE_SIZE = 30;
const CODE = /^TSB-\d{2}$/;
const PLACEHOLDER_PREFIX = "Demo placeholder:";

/**
 * Refuses a catalogue that breaks what reports and the matrix rely on: 30 items, well-formed unique
 * codes, known categories, and placeholders that cannot be mistaken for the agreement's text. Runs when
 * the module loads, so a bad edit stops the board at start rather than misleading a reader.
 */
export function checkCatalogue(catalogue: BaselineCatalogue): BaselineCatalogue {
  const problems: string[] = [];
  if (catalogue.items.length !== BASELINE_SIZE) problems.push(`${catalogue.items.length} items, not ${BASELINE_SIZE}`);
  const seen = new Set<string>();
  for (const item of catalogue.items) {
    if (!CODE.test(item.code)) problems.push(`${item.code}: malformed code`);
    if (seen.has(item.code)) problems.push(`${item.code}: duplicate code`);
    seen.add(item.code);
    if (!BASELINE_CATEGORIES.includes(item.category)) problems.push(`${item.code}: unknown category ${item.category}`);
    const marked = item.title.startsWith(PLACEHOLDER_PREFIX);
    if (marked !== (item.source === "DEMO_PLACEHOLDER")) problems.push(`${item.code}: title and source disagree on being a placeholder`);
  }
  if (problems.length > 0) throw new Error(`Baseline catalogue ${catalogue.version} is invalid: ${problems.join("; ")}`);
  return catalogue;
}

/** The catalogue the board assesses against now. */
export const BASELINE: BaselineCatalogue = checkCatalogue(TOKYO_SAFETY_BASELINE_V1);

const BY_CODE = new Map(BASELINE.items.map((item) => [item.code, item]));

export function baselineItem(code: string): BaselineEntry | undefined {
  return BY_CODE.get(code);
}

/** Reads a client's category (case and surrounding spaces forgiven); undefined when it is not one. */
export function parseCategory(value: string): BaselineCategory | undefined {
  const normalised = value.trim().toUpperCase();
  return BASELINE_CATEGORIES.find((category) => category === normalised);
}

export function filterBaseline(filter: { category?: BaselineCategory; binding?: boolean }): readonly BaselineEntry[] {
  return BASELINE.items.filter(
    (item) => (filter.category === undefined || item.category === filter.category) && (filter.binding === undefined || item.binding === filter.binding),
  );
}
