import type { CountryResult } from "./incident-rows";

/**
 * Each asked country's count of matching incidents against the rows loaded, and its own "next page"
 * (the API pages per country, each with its own cursor). A country that did not answer says so here too.
 */
export function CountryTotals({
  results,
  unavailable,
  loading,
  failed,
  pageSize,
  onNextPage,
  onNextPageEverywhere,
}: {
  results: readonly CountryResult[];
  /** The hub's reason for each country that did not answer. */
  unavailable: ReadonlyMap<string, string>;
  loading: ReadonlySet<string>;
  /** Countries whose next page did not come: asked again with this. */
  failed: ReadonlyMap<string, () => void>;
  pageSize: number;
  onNextPage(code: string): void;
  onNextPageEverywhere(codes: string[]): void;
}) {
  const withMore = results.filter((r) => r.nextCursor && !failed.has(r.code)).map((r) => r.code);
  return (
    <section className="card country-totals" aria-labelledby="country-totals-title">
      <div className="section-header">
        <h2 id="country-totals-title">Per country</h2>
        {withMore.length > 1 ? (
          <button type="button" onClick={() => onNextPageEverywhere(withMore)} disabled={loading.size > 0}>
            Load the next page from every country ({withMore.length})
          </button>
        ) : null}
      </div>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Matching</th>
              <th scope="col">Shown</th>
              <th scope="col">More</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.code} data-country={r.code} data-testid={`country-total-${r.code}`}>
                <th scope="row">
                  <abbr title={r.name}>{r.code}</abbr> {r.name}
                </th>
                {r.answered ? (
                  <>
                    <td data-testid={`country-matching-${r.code}`}>{r.totalCount}</td>
                    <td data-testid={`country-shown-${r.code}`}>{r.rows.length}</td>
                    <td>
                      {loading.has(r.code) ? (
                        <span role="status">Loading the next page…</span>
                      ) : failed.has(r.code) ? (
                        <button type="button" onClick={failed.get(r.code)} aria-label={`Ask ${r.name} again for its next page`}>
                          Retry next page
                        </button>
                      ) : r.nextCursor ? (
                        <button type="button" onClick={() => onNextPage(r.code)} aria-label={`Load the next page from ${r.name}`}>
                          Next page ({Math.max(1, Math.min(pageSize, (r.totalCount ?? 0) - r.rows.length))} more)
                        </button>
                      ) : (
                        <span className="muted">All shown</span>
                      )}
                    </td>
                  </>
                ) : (
                  <td colSpan={3} className="no-answer">
                    No answer ({(unavailable.get(r.code) ?? "unavailable").replaceAll("_", " ")}): its incidents are missing here
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
