import type { Classification, GrantInput, PreviewGrantQuery, RecordKind } from "../gql/graphql";
import { classificationsUpTo } from "./grant-draft";

type PreviewCount = PreviewGrantQuery["previewGrant"]["counts"][number];

export interface PreviewRow {
  kind: RecordKind;
  cells: { classification: Classification; count: number }[];
  total: number;
}

export interface PreviewTable {
  classifications: Classification[];
  rows: PreviewRow[];
  /**
   * What the grant opens beyond what the grantee's regulators and auditors already read: SHARED records
   * are open to every participant (shared/policy/visibility.ts), so only the RESTRICTED ones are new.
   */
  newlyOpened: number;
}

/**
 * The hub's counts laid out as kinds x classifications of the previewed terms. The hub lists only the
 * combinations it found records for; every other cell of the terms is a true zero and is shown as one.
 */
export function previewTable(terms: Pick<GrantInput, "recordKinds" | "maxClassification">, counts: readonly PreviewCount[]): PreviewTable {
  const classifications = classificationsUpTo(terms.maxClassification);
  const kinds = [...new Set(terms.recordKinds)];
  const rows = kinds.map((kind) => {
    const cells = classifications.map((classification) => ({
      classification,
      count: counts.filter((c) => c.kind === kind && c.classification === classification).reduce((sum, c) => sum + c.count, 0),
    }));
    return { kind, cells, total: cells.reduce((sum, c) => sum + c.count, 0) };
  });
  const newlyOpened = counts.filter((c) => c.classification === "RESTRICTED").reduce((sum, c) => sum + c.count, 0);
  return { classifications, rows, newlyOpened };
}
