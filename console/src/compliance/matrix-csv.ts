import { indicatorFigures, INDICATOR_LABELS, type MatrixItem, type MatrixRow } from "./matrix-model";

export interface CsvTable {
  columns: string[];
  rows: (string | number)[][];
}

/**
 * Pure: the matrix as shown (the milestone's filtered items, in order) as CSV rows. A cell is the
 * hub's rating value, `NOT_RATED` when the country's report does not rate the item, empty without a
 * report; the review status and the indicators are columns of their own (an indicator pair is
 * "done" and "of"), empty when the country gave none.
 */
export function matrixCsv(rows: readonly MatrixRow[], items: readonly MatrixItem[]): CsvTable {
  const columns = [
    "country",
    "name",
    "review_status",
    "report_version",
    ...INDICATOR_LABELS.flatMap((label) => [`${label.key}_done`, `${label.key}_of`]),
    ...items.map((item) => item.code),
  ];
  const table = rows.map((row) => {
    const byItem = new Map(row.cells.map((cell) => [cell.itemCode, cell]));
    const figures = row.indicators.kind === "value" ? indicatorFigures(row.indicators.value).flatMap((figure) => [figure.done, figure.of]) : INDICATOR_LABELS.flatMap(() => ["", ""]);
    const cells = items.map((item) => {
      const cell = byItem.get(item.code);
      if (!cell?.reviewStatus) return "";
      return cell.selfRating ?? "NOT_RATED";
    });
    return [row.country, row.name, row.status ?? "", row.version ?? "", ...figures, ...cells];
  });
  return { columns, rows: table };
}

export function matrixCsvFilename(milestone: string, filters: { category?: string; binding?: boolean }): string {
  const parts = ["compliance-matrix", milestone];
  if (filters.category) parts.push(filters.category.toLowerCase());
  if (filters.binding !== undefined) parts.push(filters.binding ? "binding" : "voluntary");
  return `${parts.join("-")}.csv`;
}
