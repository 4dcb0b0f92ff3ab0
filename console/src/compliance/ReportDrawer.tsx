import { useEffect, useRef, useState } from "react";
import type { ComplianceReportQuery, ComplianceReportStatus } from "../gql/graphql";
import { useHubQuery } from "../graphql/use-hub";
import { Drawer } from "../ui/Drawer";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { formatDateTime } from "../ui/format";
import { levelStyle, statusLabel, statusStyle } from "./compliance-labels";
import { ComplianceReportDocument } from "./compliance-documents";
import type { ReportSummary } from "./matrix-model";
import { ReviewForm } from "./ReviewForm";
import { reviewMoves } from "./review-moves";

type Report = NonNullable<ComplianceReportQuery["complianceReport"]>;

interface ReportDrawerProps {
  reportId: string | undefined;
  /** The item the report was opened from: marked in the assessment. */
  item: string | undefined;
  /** Names of the countries, for the title. */
  countryNames: ReadonlyMap<string, string>;
  /** Titles of the catalogue's items. */
  itemTitles: ReadonlyMap<string, string>;
  /** Each country's latest version for the matrix's milestone, to tell an older version apart. */
  latest: { milestone: string; byCountry: ReadonlyMap<string, ReportSummary> } | undefined;
  canReview: boolean;
  onClose(): void;
}

/** A country's report: its status and review (for the board's analysts), its history, and its assessment item by item. */
export function ReportDrawer({ reportId, item, countryNames, itemTitles, latest, canReview, onClose }: ReportDrawerProps) {
  const query = useHubQuery(ComplianceReportDocument, { id: reportId ?? "" }, { enabled: reportId !== undefined });
  const report = query.data?.data?.complianceReport;
  const title = report ? `${countryNames.get(report.country) ?? report.country} (${report.country}): ${report.milestone} report` : "Compliance report";
  return (
    <Drawer title={title} open={reportId !== undefined} onClose={onClose}>
      <div className="cmp-report" data-testid="compliance-report" data-report={reportId} data-status={report?.status ?? ""}>
        {query.isPending ? <Loading what="the report" /> : null}
        {query.error ? <ErrorNotice error={query.error} title="The report could not be read" /> : null}
        {query.data ? <PartialAnswer errors={query.data.errors} /> : null}
        {query.data && !report ? (
          <p className="notice notice-info" role="status">
            There is no report with this id that you may read. The board's analysts read every country's reports; a regulator reads its own country's.
          </p>
        ) : null}
        {report ? (
          <ReportBody
            report={report}
            item={item}
            itemTitles={itemTitles}
            latest={latest?.milestone === report.milestone ? latest.byCountry.get(report.country) : undefined}
            canReview={canReview}
          />
        ) : null}
      </div>
    </Drawer>
  );
}

function ReportBody({
  report,
  item,
  itemTitles,
  latest,
  canReview,
}: {
  report: Report;
  item: string | undefined;
  itemTitles: ReadonlyMap<string, string>;
  /** The country's latest version, when the matrix shows the report's milestone. */
  latest: ReportSummary | undefined;
  canReview: boolean;
}) {
  const changed = useStatusChange(report.status);
  const superseded = latest !== undefined && latest.version > report.version;
  const moves = reviewMoves(report.status);
  return (
    <>
      <dl className="cmp-report-facts">
        <div>
          <dt>Review status</dt>
          <dd data-testid="report-status">
            <span aria-hidden="true" className="cmp-mark">
              {statusStyle(report.status).mark}
            </span>{" "}
            {statusLabel(report.status)}
          </dd>
        </div>
        <div>
          <dt>Version</dt>
          <dd>
            {report.version}
            {superseded ? ` (version ${latest!.version} is the latest)` : ""}
          </dd>
        </div>
        <div>
          <dt>Submitted</dt>
          <dd>{formatDateTime(report.submittedAt)}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>version {report.baselineVersion}</dd>
        </div>
      </dl>
      <p role="status" className="cmp-review-done" tabIndex={-1} ref={changed.announcer}>
        {changed.status ? `The report is now ${statusLabel(changed.status)}.` : ""}
      </p>
      {!canReview ? (
        <p className="hint">Read-only: the board's analysts review reports.</p>
      ) : superseded ? (
        <p className="notice notice-info">This is an earlier version; the board reviews the latest one.</p>
      ) : moves.length === 0 ? (
        <p className="hint">The review is closed: the report is {statusLabel(report.status)}. A country answers by submitting a new version.</p>
      ) : (
        <ReviewForm key={report.status} reportId={report.id} status={report.status} />
      )}
      <History history={report.history} />
      <Assessment report={report} item={item} itemTitles={itemTitles} />
    </>
  );
}

/**
 * Notices the report's status changing while it is open (a review recorded here, or by another analyst
 * and fetched again), says so, and takes focus there: the form that had it may be gone.
 */
function useStatusChange(status: ComplianceReportStatus) {
  const seen = useRef(status);
  const announcer = useRef<HTMLParagraphElement>(null);
  const [changed, setChanged] = useState<ComplianceReportStatus | undefined>();
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    setChanged(status);
  }, [status]);
  useEffect(() => {
    if (changed) announcer.current?.focus();
  }, [changed]);
  return { status: changed, announcer };
}

function History({ history }: { history: Report["history"] }) {
  return (
    <section aria-labelledby="report-history-title">
      <h3 id="report-history-title">Review history</h3>
      <ol className="cmp-history" data-testid="report-history">
        {history.map((change, index) => (
          <li key={index}>
            <strong>
              <span aria-hidden="true" className="cmp-mark">
                {statusStyle(change.status).mark}
              </span>{" "}
              {statusLabel(change.status)}
            </strong>{" "}
            <span className="cmp-history-meta">
              <time dateTime={change.at}>{formatDateTime(change.at)}</time> by <span className="mono">{change.by}</span>
            </span>
            {change.comment ? <blockquote className="cmp-comment">{change.comment}</blockquote> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Assessment({ report, item, itemTitles }: { report: Report; item: string | undefined; itemTitles: ReadonlyMap<string, string> }) {
  const marked = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: "center" });
  }, [item]);
  return (
    <section aria-labelledby="report-assessment-title">
      <h3 id="report-assessment-title">Assessment ({report.assessments.length} items)</h3>
      {item && !report.assessments.some((assessment) => assessment.itemCode === item) ? (
        <p className="hint">This report does not rate {item}, the item it was opened from.</p>
      ) : null}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="report-assessment-title">
        <table className="cmp-assessment">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Self-rating</th>
              <th scope="col">Note and evidence</th>
            </tr>
          </thead>
          <tbody>
            {report.assessments.map((assessment) => {
              const style = levelStyle(assessment.rating);
              const current = assessment.itemCode === item;
              return (
                <tr key={assessment.itemCode} ref={current ? marked : undefined} aria-current={current ? "true" : undefined} className={current ? "cmp-current" : undefined}>
                  <th scope="row">
                    <span className="mono">{assessment.itemCode}</span>
                    {current ? <span className="cmp-current-tag"> (opened from here)</span> : null}
                    <span className="cmp-item-title">{itemTitles.get(assessment.itemCode) ?? ""}</span>
                  </th>
                  <td>
                    <span className="cmp-swatch" style={{ backgroundColor: style.fill, color: style.ink }} aria-hidden="true">
                      {style.short}
                    </span>{" "}
                    {style.label}
                  </td>
                  <td>
                    {assessment.note ? <p className="cmp-note">{assessment.note}</p> : null}
                    {assessment.evidence.length > 0 ? (
                      <ul className="cmp-evidence" aria-label="Evidence">
                        {assessment.evidence.map((evidence) => (
                          <li key={`${evidence.kind}-${evidence.id}`}>
                            {evidence.kind.toLowerCase()} of {evidence.country} <span className="mono">{evidence.id}</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="hint">No evidence cited.</p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
