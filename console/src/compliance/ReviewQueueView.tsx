import { keepPreviousData } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { useLocation, useNavigate, useSearchParams } from "react-router";
import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDate, formatDateTime } from "../ui/format";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { useNow } from "../ui/use-now";
import { STATUSES, statusLabel } from "./compliance-labels";
import { ComplianceCatalogueDocument, ReviewQueueDocument } from "./compliance-documents";
import { withParams } from "./matrix-filters";
import { type ReportChanges, ReportDrawer } from "./ReportDrawer";
import { changesText, readQueueFilters, waitingText } from "./review-queue-text";
import "./compliance.css";

/**
 * The board analysts' work list: the latest version of each report in a status, the one waiting
 * longest first (the hub's order, kept), with what changed since the version before. A report opens in
 * the same drawer as from the matrix, with the changed items marked, and is reviewed there. Filters and
 * the open report live in the URL.
 */
export default function ReviewQueueView() {
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const catalogue = useHubQuery(ComplianceCatalogueDocument, {}, { staleTime: Infinity });
  const catalogueData = catalogue.data?.data ?? undefined;
  const filters = readQueueFilters(params, catalogueData?.milestones ?? []);
  const queue = useHubQuery(ReviewQueueDocument, { milestone: filters.milestone ?? null, status: filters.status }, { placeholderData: keepPreviousData });
  const entries = queue.data?.data?.reviewQueue;
  const countries = queue.data?.data?.countries;
  const countryNames = useMemo(() => new Map(countries?.map((country) => [country.code, country.name])), [countries]);
  const itemTitles = useMemo(() => new Map(catalogueData?.baseline.items.map((item) => [item.code, item.title])), [catalogueData]);

  // A reviewed report leaves this status's queue while its drawer stays open: keep what the queue said of it.
  const knownChanges = useRef(new Map<string, ReportChanges>());
  for (const entry of entries ?? []) knownChanges.current.set(entry.report.id, entry.changes);

  const location = useLocation();
  const navigate = useNavigate();
  const closing = useRef<string | undefined>(undefined);
  const openReport = (reportId: string) => {
    closing.current = undefined;
    setParams(withParams(params, { report: reportId }), { state: { openedHere: true } });
  };
  // As in the matrix: closing a report opened here goes back, so that Back does not open it again.
  const closeReport = () => {
    if (!filters.report || closing.current === filters.report) return;
    closing.current = filters.report;
    if ((location.state as { openedHere?: boolean } | null)?.openedHere) navigate(-1);
    else setParams(withParams(params, { report: undefined }), { replace: true });
  };
  const setFilter = (changes: Record<string, string | undefined>) => setParams(withParams(params, changes));

  const state = queue.isError && !entries ? "error" : entries && !queue.isPlaceholderData ? "ready" : "loading";
  const scope = `${statusLabel(filters.status).toLowerCase()} reports${filters.milestone ? ` for ${filters.milestone}` : ", every milestone"}`;

  return (
    <div data-testid="review-queue" data-state={state} aria-busy={state === "loading"} className="cmp-view">
      <Page title="Review queue">
        <form className="cmp-filters card" aria-label="Queue filters" onSubmit={(event) => event.preventDefault()}>
          <label>
            Milestone
            <select value={filters.milestone ?? ""} onChange={(event) => setFilter({ milestone: event.target.value || undefined })}>
              <option value="">Every milestone</option>
              {catalogueData?.milestones.map((milestone) => (
                <option key={milestone.code} value={milestone.code}>
                  {milestone.code}: due {formatDate(milestone.dueDate)}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select value={filters.status} onChange={(event) => setFilter({ status: event.target.value === "SUBMITTED" ? undefined : event.target.value })}>
              {STATUSES.map((status) => (
                <option key={status.status} value={status.status}>
                  {status.label}
                </option>
              ))}
            </select>
          </label>
        </form>
        {queue.error ? <ErrorNotice error={queue.error} title="The review queue could not be read" /> : null}
        {queue.data ? <PartialAnswer errors={queue.data.errors} /> : null}
        {queue.isPending ? <Loading what="the review queue" /> : null}
        {queue.isPlaceholderData ? <Loading what="the queue for these filters" /> : null}
        {entries ? (
          <section aria-labelledby="queue-title" className="cmp-section">
            <h2 id="queue-title">
              {entries.length} {scope}, waiting longest first
            </h2>
            {entries.length === 0 ? (
              <p className="muted" data-testid="queue-empty">
                No {scope}: nothing waits here.
              </p>
            ) : (
              <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="queue-title">
                <table className="cmp-queue" data-testid="queue-table">
                  <thead>
                    <tr>
                      <th scope="col">Waiting since</th>
                      <th scope="col">Country</th>
                      <th scope="col">Milestone</th>
                      <th scope="col">Version</th>
                      <th scope="col">What changed</th>
                      <th scope="col">
                        <span className="cmp-sr-only">Open</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {entries.map((entry) => (
                      <tr key={entry.report.id} data-report={entry.report.id} data-country={entry.report.country} data-milestone={entry.report.milestone}>
                        <td>
                          <time dateTime={entry.waitingSince}>{formatDateTime(entry.waitingSince)}</time>
                          <span className="cmp-queue-wait">{waitingText(entry.waitingSince, now)}</span>
                        </td>
                        <th scope="row">
                          {entry.report.country} {countryNames.get(entry.report.country) ?? ""}
                        </th>
                        <td>{entry.report.milestone}</td>
                        <td>{entry.report.version}</td>
                        <td data-testid="queue-changes">{changesText(entry.changes)}</td>
                        <td>
                          <button type="button" onClick={() => openReport(entry.report.id)}>
                            Open {entry.report.country}'s {entry.report.milestone} report
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        ) : null}
      </Page>
      <ReportDrawer
        reportId={filters.report}
        item={undefined}
        countryNames={countryNames}
        itemTitles={itemTitles}
        latest={undefined}
        canReview
        changes={filters.report ? knownChanges.current.get(filters.report) : undefined}
        onClose={closeReport}
      />
    </div>
  );
}
