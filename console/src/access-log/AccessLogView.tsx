import { keepPreviousData } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { HubRequestError } from "../graphql/hub-error";
import { useHubQuery } from "../graphql/use-hub";
import { useSignedIn } from "../session/session-context";
import { downloadCsv } from "../ui/download";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { placeErrors } from "../graphql/field-errors";
import { CSV_COLUMNS, csvRows } from "./access-log-csv";
import { CursorPager } from "../ui/CursorPager";
import { firstPageParams, pagePosition } from "../ui/cursor-trail";
import { AccessLogPageDocument, ParticipantsDocument } from "./documents";
import { IntegrityStatus } from "./IntegrityStatus";
import { FILTER_PARAMS, filterFieldOf, filterValuesOf, type LogFilterField, type LogFilterValues, toAccessLogFilter } from "./log-filter";
import { LogFilters } from "./LogFilters";
import { LogTable } from "./LogTable";
import { SignedHead } from "./SignedHead";
import "./access-log.css";

const PAGE_SIZE = 50;
const FILTER_LABELS: Record<LogFilterField, string> = { reader: "Reader country", kind: "Entry kind", record: "Record kind", grant: "Grant id", from: "From", to: "To" };
const HUB_FILTER_LABELS = { since: "From", before: "To", callerCountries: "Reader country", entryKinds: "Entry kind", recordKinds: "Record kind", grantId: "Grant id" };

/**
 * View 5: the owner's record of every foreign read of its non-public records (who, when, what, under
 * which grant), filtered and paged by the hub, with the hash chain's integrity check. Filters, page and
 * the kind of check are in the URL.
 */
export default function AccessLogView() {
  const { me } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const values = filterValuesOf(params);
  const position = pagePosition(params);
  const query = useHubQuery(
    AccessLogPageDocument,
    { first: PAGE_SIZE, after: position.after ?? null, filter: toAccessLogFilter(values) },
    { placeholderData: keepPreviousData },
  );
  const directory = useHubQuery(ParticipantsDocument, {}, { staleTime: 5 * 60_000 });
  const participants = directory.data?.data?.countries.filter((c) => c.code !== me.country);
  // A refused filter nulls only `accessLog`: its error comes beside the answer's data, not as a failure.
  const answerErrors = query.error ?? (query.data?.errors.length ? new HubRequestError(query.data.errors, 200) : undefined);
  const placed = placeErrors(answerErrors, filterFieldOf, { ...FILTER_LABELS, ...HUB_FILTER_LABELS });

  const apply = (next: LogFilterValues) => {
    const updated = firstPageParams(params);
    for (const name of FILTER_PARAMS) {
      const value = next[name].trim();
      if (value) updated.set(name, value);
      else updated.delete(name);
    }
    setParams(updated);
  };
  const fullCheck = () => {
    const next = new URLSearchParams(params);
    next.set("check", "full");
    setParams(next);
  };

  const country = query.data?.data?.myCountry;
  const log = country?.accessLog;
  const filtered = FILTER_PARAMS.some((name) => params.get(name));
  const pages = log ? Math.max(1, Math.ceil(log.totalCount / PAGE_SIZE)) : 1;

  return (
    <Page
      title="Access log"
      actions={
        log && log.nodes.length > 0 ? (
          <button type="button" onClick={() => downloadCsv(`access-log-${country.code}-page-${position.page}.csv`, CSV_COLUMNS, csvRows(log.nodes))}>
            Download this page as CSV
          </button>
        ) : null
      }
    >
      <p className="intro">
        Every read by another participant of {me.country}'s non-public records is appended to this log before the answer leaves: the records given
        (<strong>Read</strong>), or what was counted (<strong>Count</strong>), with the caller, the time and the grants involved. {me.country}'s own reads
        are not logged. Each entry's hash covers the one before it, so an edit made behind the application's back breaks the chain.
      </p>
      <IntegrityStatus full={params.get("check") === "full"} onFullCheck={fullCheck} />
      <section className="card" aria-labelledby="entries-title">
        <h2 id="entries-title">Entries</h2>
        <LogFilters key={FILTER_PARAMS.map((name) => params.get(name) ?? "").join("|")} values={values} participants={participants} errors={placed?.byField ?? {}} onApply={apply} />
        {query.isPending ? <Loading what="the access log" /> : null}
        {query.error && !placed ? <ErrorNotice error={query.error} title="The access log could not be read" /> : null}
        {placed && placed.others.length > 0 ? (
          query.error ? (
            <ErrorNotice error={new HubRequestError(placed.others, 0)} title="The access log could not be read" />
          ) : (
            <PartialAnswer errors={placed.others} />
          )
        ) : null}
        {log && country ? (
          <>
            <p role="status" className="hint" data-testid="access-log-count">
              {log.totalCount === 0
                ? filtered
                  ? "No entry matches these filters."
                  : "No entry yet: no other participant has read a non-public record."
                : `${log.totalCount} ${filtered ? "matching " : ""}entr${log.totalCount === 1 ? "y" : "ies"}, newest first; page ${position.page} of ${pages}.`}
            </p>
            {log.nodes.length > 0 ? <LogTable entries={log.nodes} country={country.code} /> : null}
            <CursorPager label="Pages of the access log" pageInfo={log.pageInfo} newest />
          </>
        ) : null}
      </section>
      <SignedHead />
    </Page>
  );
}
