import { useEffect, useMemo, useRef, useState } from "react";
import type { ComplianceReportQuery, ComplianceReportStatus, ReviewQueueQuery } from "../gql/graphql";
import { unavailableCountries } from "../graphql/hub-error";
import { useHubQuery } from "../graphql/use-hub";
import { useSignedIn } from "../session/session-context";
import { Drawer } from "../ui/Drawer";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { formatDateTime } from "../ui/format";
import { levelStyle, statusLabel, statusStyle } from "./compliance-labels";
import { ComplianceReportDocument, CountryIndicatorsDocument } from "./compliance-documents";
import { EvidenceList } from "./EvidenceList";
import { FiguresComparison } from "./FiguresComparison";
import type { IndicatorState, ReportSummary } from "./matrix-model";
import { ReviewForm } from "./ReviewForm";
import { changeTag } from "./review-queue-text";
import { reviewMoves } from "./review-moves";

type Report = NonNullable<ComplianceReportQuery["complianceReport"]>;
/** What a version changed against the one before, as the review queue says it. */
export type ReportChanges = ReviewQueueQuery["reviewQueue"][number]["changes"];

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
  /** What the open version changed since the previous one, when known (the review queue): marked item by item. */
  changes?: ReportChanges | undefined;
  onClose(): void;
}

/** A country's report: its status and review (for the board's analysts), its history, and its assessment item by item. */
export function ReportDrawer({ reportId, item, countryNames, itemTitles, latest, canReview, changes, onClose }: ReportDrawerProps) {
  const query = useHubQuery(ComplianceReportDocument, { id: reportId ?? "" }, { enabled: reportId !== undefined });
  const report = query.data?.data?.complianceReport;
  const errors = query.data?.errors;
  // A cited record missing because its owner did not answer is said so, not called hidden.
  const unanswered = useMemo(() => new Set(unavailableCountries(errors).map((missing) => missing.country)), [errors]);
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
            changes={changes}
            unanswered={unanswered}
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
  changes,
  unanswered,
}: {
  report: Report;
  item: string | undefined;
  itemTitles: ReadonlyMap<string, string>;
  /** The country's latest version, when the matrix shows the report's milestone. */
  latest: ReportSummary | undefined;
  canReview: boolean;
  changes: ReportChanges | undefined;
  unanswered: ReadonlySet<string>;
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
      <Figures report={report} />
      <Assessment report={report} item={item} itemTitles={itemTitles} changes={changes} unanswered={unanswered} />
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

/**
 * The figures the country attested with this version beside what it counts for the reader now: asked
 * of that one country when the drawer opens, so the comparison is there wherever the report was opened from.
 */
function Figures({ report }: { report: Report }) {
  const { me } = useSignedIn();
  const query = useHubQuery(CountryIndicatorsDocument, { code: report.country, milestone: report.milestone });
  const counted = query.data?.data?.country?.indicators;
  const errors = query.data?.errors;
  const state: IndicatorState = counted
    ? { kind: "value", value: counted }
    : query.isPending
      ? { kind: "pending" }
      : unavailableCountries(errors).some((missing) => missing.country === report.country)
        ? { kind: "unanswered" }
        : { kind: "missing" };
  return (
    <section aria-labelledby="report-figures-title">
      <h3 id="report-figures-title">Indicators: attested and visible</h3>
      <FiguresComparison country={report.country} state={state} attested={report.attestedIndicators} reader={me.country} />
    </section>
  );
}

function Assessment({
  report,
  item,
  itemTitles,
  changes,
  unanswered,
}: {
  report: Report;
  item: string | undefined;
  itemTitles: ReadonlyMap<string, string>;
  changes: ReportChanges | undefined;
  unanswered: ReadonlySet<string>;
}) {
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
              const changed = changeTag(assessment.itemCode, changes);
              return (
                <tr key={assessment.itemCode} ref={current ? marked : undefined} aria-current={current ? "true" : undefined} className={current ? "cmp-current" : undefined}>
                  <th scope="row">
                    <span className="mono">{assessment.itemCode}</span>
                    {current ? <span className="cmp-current-tag"> (opened from here)</span> : null}
                    {changed ? (
                      <span className="cmp-change-tag" data-testid="item-change">
                        {" "}
                        ({changed})
                      </span>
                    ) : null}
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
                    <EvidenceList evidence={assessment.evidence} unanswered={unanswered} />
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
