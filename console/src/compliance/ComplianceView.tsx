import { keepPreviousData } from "@tanstack/react-query";
import { useCallback, useMemo, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { can, RIGHTS } from "../../../shared/policy/rights";
import { callerOf } from "../app/views";
import { unavailableCountries } from "../graphql/hub-error";
import { useHubQuery } from "../graphql/use-hub";
import { useSignedIn } from "../session/session-context";
import { downloadCsv } from "../ui/download";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { ComplianceCatalogueDocument, ComplianceIndicatorsDocument, ComplianceMatrixDocument } from "./compliance-documents";
import { IndicatorGaps } from "./IndicatorGaps";
import { MatrixFilterForm } from "./MatrixFilterForm";
import { MatrixHeatmap } from "./MatrixHeatmap";
import { MatrixLegend } from "./MatrixLegend";
import { MatrixTable } from "./MatrixTable";
import { matrixCsv, matrixCsvFilename } from "./matrix-csv";
import { categoriesOf, readFilters, withParams } from "./matrix-filters";
import { latestReportByCountry, type MatrixRow, matrixRows } from "./matrix-model";
import { ReportDrawer } from "./ReportDrawer";
import "./compliance.css";

/**
 * The compliance matrix: countries against the baseline's items for one milestone, as a heat map and
 * as a table, with each country's indicators; a report opens in a drawer, where the board's analysts
 * review it. Filters and the open report live in the URL.
 */
export default function ComplianceView() {
  const { me } = useSignedIn();
  const canReview = can(callerOf(me), RIGHTS.REVIEW_REPORTS);
  const [params, setParams] = useSearchParams();

  const catalogue = useHubQuery(ComplianceCatalogueDocument, {}, { staleTime: Infinity });
  const catalogueData = catalogue.data?.data ?? undefined;
  const categories = useMemo(() => (catalogueData ? categoriesOf(catalogueData.baseline.items) : []), [catalogueData]);
  const filters = readFilters(params, catalogueData ? { milestones: catalogueData.milestones, categories } : undefined, new Date());
  const milestone = filters.milestone;

  // Until the catalogue names the milestone the queries wait (disabled); "M6" only fills the type.
  const matrix = useHubQuery(
    ComplianceMatrixDocument,
    { milestone: milestone ?? "M6", category: filters.category ?? null, binding: filters.binding ?? null },
    { enabled: milestone !== undefined, placeholderData: keepPreviousData },
  );
  // Asked apart: the matrix is the board's alone and shows at once; indicators come from every country.
  const indicators = useHubQuery(ComplianceIndicatorsDocument, { milestone: milestone ?? "M6" }, { enabled: milestone !== undefined });

  const matrixData = matrix.data?.data ?? undefined;
  const answeredIndicators = indicators.data?.data?.countries;
  const indicatorsFailed = indicators.isError;
  // Stable between renders: the rows, and so the chart's option, change only when an answer does.
  const indicatorCountries = useMemo(() => answeredIndicators ?? (indicatorsFailed ? [] : undefined), [answeredIndicators, indicatorsFailed]);
  const indicatorErrors = indicators.data?.errors;
  const unanswered = useMemo(() => new Set(unavailableCountries(indicatorErrors).map((missing) => missing.country)), [indicatorErrors]);
  const rows = useMemo(
    () => (matrixData ? matrixRows(matrixData.complianceMatrix, matrixData.complianceReports, indicatorCountries, unanswered) : undefined),
    [matrixData, indicatorCountries, unanswered],
  );
  const items = matrixData?.complianceMatrix.items;
  const latestByCountry = useMemo(() => (matrixData ? latestReportByCountry(matrixData.complianceReports) : undefined), [matrixData]);
  const countryNames = useMemo(() => new Map(rows?.map((row) => [row.country, row.name])), [rows]);
  const itemTitles = useMemo(() => new Map(catalogueData?.baseline.items.map((item) => [item.code, item.title])), [catalogueData]);

  const [drawnRows, setDrawnRows] = useState<readonly MatrixRow[] | undefined>();
  const onDrawn = useCallback((drawn: readonly MatrixRow[]) => setDrawnRows(drawn), []);

  const failed = catalogue.error ?? matrix.error;
  const drawn = drawnRows === rows || items?.length === 0; // no item matches: there is no chart to draw
  const settled = rows !== undefined && !matrix.isPlaceholderData && drawn && !indicators.isPending;
  const state = failed && !rows ? "error" : settled ? "ready" : "loading";

  const setFilter = (changes: Record<string, string | boolean | undefined>) => setParams(withParams(params, changes));
  const location = useLocation();
  const navigate = useNavigate();
  const closing = useRef<string | undefined>(undefined);
  const openReport = (country: string, item?: string) => {
    const reportId = rows?.find((row) => row.country === country)?.reportId;
    if (!reportId) return;
    closing.current = undefined;
    setParams(withParams(params, { report: reportId, item }), { state: { openedHere: true } });
  };
  // The dialog reports closing twice (cancel, then close) and also when the back button closed it.
  // Closing a report opened here goes back, so that Back after closing does not open it again.
  const closeReport = () => {
    if (!filters.report || closing.current === filters.report) return;
    closing.current = filters.report;
    if ((location.state as { openedHere?: boolean } | null)?.openedHere) navigate(-1);
    else setParams(withParams(params, { report: undefined, item: undefined }), { replace: true });
  };
  const download = () => {
    if (!rows || !items || !matrixData) return;
    const { columns, rows: lines } = matrixCsv(rows, items);
    downloadCsv(matrixCsvFilename(matrixData.complianceMatrix.milestone, filters), columns, lines);
  };

  return (
    <div data-testid="compliance-matrix" data-state={state} aria-busy={state === "loading"} className="cmp-view">
      <Page
        title="Compliance matrix"
        actions={
          <button type="button" onClick={download} disabled={!rows}>
            Download CSV
          </button>
        }
      >
        {catalogueData ? (
          <MatrixFilterForm milestones={catalogueData.milestones} categories={categories} filters={filters} onChange={setFilter} />
        ) : catalogue.isPending ? (
          <Loading what="the baseline" />
        ) : null}
        {failed ? <ErrorNotice error={failed} title="The matrix could not be read" /> : null}
        {matrix.data ? <PartialAnswer errors={matrix.data.errors} /> : null}
        {indicators.error ? <ErrorNotice error={indicators.error} title="The countries' indicators could not be counted; the matrix is shown without them" /> : null}
        {indicators.data ? <IndicatorGaps errors={indicators.data.errors} /> : null}
        {matrix.isPending && milestone ? <Loading what="the matrix" /> : null}
        {matrix.isPlaceholderData ? <Loading what="the matrix for these filters" /> : null}
        {rows && items && matrixData ? (
          <>
            <section aria-labelledby="cmp-heatmap-title" className="card cmp-section">
              <h2 id="cmp-heatmap-title">
                Heat map: {matrixData.complianceMatrix.milestone}, {items.length} items, {rows.length} countries
              </h2>
              {items.length === 0 ? (
                <p>No baseline item matches these filters.</p>
              ) : (
                <MatrixHeatmap rows={rows} items={items} milestone={matrixData.complianceMatrix.milestone} onOpen={openReport} onDrawn={onDrawn} />
              )}
              <MatrixLegend />
              <p className="hint">
                Click a cell to open the country's report{canReview ? " and review it" : ""}. With many countries or items, drag the chart or its sliders to move; Ctrl and the mouse
                wheel zoom. Right of each row: the country's indicators as counted for you; the table below sets each beside the figure the country attested.
                {canReview ? (
                  <>
                    {" "}
                    Reports waiting for the board are listed, longest waiting first, in the{" "}
                    <Link to={`/review-queue?milestone=${matrixData.complianceMatrix.milestone}`}>review queue</Link>.
                  </>
                ) : null}
              </p>
              <ItemList items={items} />
            </section>
            <section aria-labelledby="cmp-table-title" className="cmp-section">
              <h2 id="cmp-table-title">Table</h2>
              <MatrixTable rows={rows} items={items} milestone={matrixData.complianceMatrix.milestone} reader={me.country} onOpen={openReport} />
            </section>
          </>
        ) : null}
      </Page>
      <ReportDrawer
        reportId={filters.report}
        item={filters.item}
        countryNames={countryNames}
        itemTitles={itemTitles}
        latest={matrixData && latestByCountry ? { milestone: matrixData.complianceMatrix.milestone, byCountry: latestByCountry } : undefined}
        canReview={canReview}
        onClose={closeReport}
      />
    </div>
  );
}

/** The items' titles, which the chart's axis has no room for. */
function ItemList({ items }: { items: readonly { code: string; title: string; category: string; binding: boolean }[] }) {
  return (
    <details className="cmp-items">
      <summary>The {items.length} items shown</summary>
      <dl>
        {items.map((item) => (
          <div key={item.code}>
            <dt className="mono">{item.code}</dt>
            <dd>
              {item.title} <span className="hint">({item.category.toLowerCase()}, {item.binding ? "binding" : "voluntary"})</span>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
