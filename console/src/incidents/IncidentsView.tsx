import { useMemo } from "react";
import { useSearchParams } from "react-router";
import { HubRequestError, unavailableCountries } from "../graphql/hub-error";
import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { CountryTotals } from "./CountryTotals";
import { ExportButtons } from "./ExportButtons";
import { CountryDirectoryDocument, IncidentFirstPagesDocument } from "./incident-documents";
import {
  describeSearch,
  type IncidentKey,
  type IncidentSearch,
  readMorePages,
  readOpenIncident,
  readOrder,
  readSearch,
  type TableOrder,
  toIncidentFilter,
  writeMorePages,
  writeOpenIncident,
  writeOrder,
  writeSearch,
} from "./incident-filters";
import { allRows, mergeCountryPages, sortRows } from "./incident-rows";
import { IncidentDrawer } from "./IncidentDrawer";
import { IncidentFilterForm } from "./IncidentFilterForm";
import { IncidentTable } from "./IncidentTable";
import { IncidentTimeline } from "./IncidentTimeline";
import { useNextPages } from "./use-next-pages";
import "./incidents.css";

/**
 * Incidents across borders: one search fanned out to every asked country, each answering under its own
 * rules; a country that does not answer is named and the others stay on screen. Everything the person
 * chose (filters, pages, order, the open incident) lives in the URL.
 */
export default function IncidentsView() {
  const [params, setParams] = useSearchParams();
  const paramsKey = params.toString();
  const search = useMemo(() => readSearch(new URLSearchParams(paramsKey)), [paramsKey]);
  const filter = useMemo(() => toIncidentFilter(search), [search]);
  const more = readMorePages(params);
  const order = readOrder(params);
  const openIncident = readOpenIncident(params);

  const directory = useHubQuery(CountryDirectoryDocument, {});
  const firstPages = useHubQuery(IncidentFirstPagesDocument, { codes: search.countries.length ? search.countries : null, first: search.pageSize, filter });
  const answered = firstPages.data?.data?.countries;
  const cursors = new Map((answered ?? []).map((c) => [c.code, c.incidents?.pageInfo.hasNextPage ? (c.incidents.pageInfo.endCursor ?? undefined) : undefined]));
  const next = useNextPages(cursors, more, search.pageSize, filter);
  const results = mergeCountryPages(answered ?? [], next.pages);
  const rows = sortRows(allRows(results), order);
  const errors = [...(firstPages.data?.errors ?? []), ...next.errors];

  const navigate = (next: URLSearchParams, replace = false) => setParams(next, { replace, preventScrollReset: true });
  const onSearch = (s: IncidentSearch) => navigate(writeSearch(params, s));
  const onOrder = (o: TableOrder) => navigate(writeOrder(params, o), true);
  const onOpen = (key: IncidentKey) => navigate(writeOpenIncident(params, key));
  const onNextPage = (codes: string[]) => {
    const wanted = new Map(more);
    for (const code of codes) wanted.set(code, (wanted.get(code) ?? 0) + 1);
    navigate(writeMorePages(params, wanted), true);
  };
  // The dialog reports its closing after the URL may already have moved on (back button): read it afresh.
  const onCloseIncident = () => {
    const current = new URLSearchParams(window.location.search);
    if (readOpenIncident(current)) navigate(writeOpenIncident(current, undefined));
  };

  const notInDirectory = answered ? search.countries.filter((code) => !answered.some((c) => c.code === code)) : [];

  return (
    <Page title="Incidents across borders" actions={<ExportButtons search={search} results={results} rows={rows} errors={errors} />}>
      <IncidentFilterForm
        key={paramsKey.replace(/(^|&)(incident|sort|more)=[^&]*/g, "")}
        search={search}
        directory={directory.data?.data?.countries}
        directoryError={directory.isError}
        onSearch={onSearch}
      />
      {firstPages.isPending ? (
        <Loading what="incidents from every asked country" />
      ) : firstPages.error ? (
        <SearchRefused error={firstPages.error} />
      ) : (
        <>
          <PartialAnswer errors={errors} />
          <p className="incident-summary-line" role="status" data-testid="incident-summary">
            Showing <strong data-testid="incident-shown-count">{rows.length}</strong> of{" "}
            <strong>{results.reduce((n, r) => n + (r.totalCount ?? 0), 0)}</strong> matching incidents from {results.filter((r) => r.answered).length} of{" "}
            {results.length} countries ({describeSearch(search)}).
            {notInDirectory.length ? ` Not in the directory: ${notInDirectory.join(", ")}.` : ""}
          </p>
          <CountryTotals
            results={results}
            unavailable={new Map(unavailableCountries(errors).map((m) => [m.country, m.reason]))}
            loading={next.loading} failed={next.failed} pageSize={search.pageSize} onNextPage={(code) => onNextPage([code])} onNextPageEverywhere={onNextPage} />
          {rows.length > 0 ? <IncidentTimeline results={results} onOpen={onOpen} /> : null}
          <section className="incident-list" aria-labelledby="incident-list-title">
            <h2 id="incident-list-title">Incidents</h2>
            {rows.length === 0 ? <p className="muted" data-testid="incident-none">No incident that you may see matches this search.</p> : <IncidentTable rows={rows} order={order} onOrder={onOrder} />}
          </section>
        </>
      )}
      <IncidentDrawer incident={openIncident} onClose={onCloseIncident} />
    </Page>
  );
}

/** A search the hub refused whole; an operation over the cost limit says what to change. */
function SearchRefused({ error }: { error: Error }) {
  const overLimit = error instanceof HubRequestError && error.errors.some((e) => e.extensions?.limit !== undefined);
  return (
    <>
      <ErrorNotice error={error} title="The hub refused this search" />
      {overLimit ? (
        <p className="notice notice-info" data-testid="limit-refusal">
          This search would ask too many countries for too many rows at once. Tick fewer countries under “Countries”, or choose fewer “Rows per country per page”, then apply the filters again.
        </p>
      ) : null}
    </>
  );
}
