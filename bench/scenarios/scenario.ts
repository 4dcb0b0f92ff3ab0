import type { Row } from "../report.js";

/** What a scenario hands back: its lines of the table and its raw figures for the JSON file. */
export interface ScenarioResult {
  rows: Row[];
  figures: unknown;
  /** What a reader of the table should know about these figures. */
  notes?: string[];
}
