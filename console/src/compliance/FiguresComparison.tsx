import { attestedText, basisText, compareFigures, readerName, type AttestedFigures } from "./attested-figures";
import type { IndicatorState } from "./matrix-model";

interface FiguresComparisonProps {
  country: string;
  /** The country's indicators counted for the reader now. */
  state: IndicatorState;
  /** The figures the country attested with the report version shown. */
  attested: AttestedFigures | null | undefined;
  /** The reader's country ("BOARD" for the board's analysts). */
  reader: string;
}

/**
 * A country's attested figures beside the reader's view of the same indicators, with whose count each
 * is and the difference in words: a shared view that counts fewer records than the country attested is
 * records the reader may not see, and the page says so rather than letting two numbers disagree silently.
 */
export function FiguresComparison({ country, state, attested, reader }: FiguresComparisonProps) {
  const rows = compareFigures(country, state, attested, reader);
  const basis = state.kind === "value" ? state.value.basis : undefined;
  const viewHeading = basis === "OWNER" ? "Your own count now" : `Visible to ${readerName(reader)} (shared view)`;
  const viewMissing = state.kind === "pending" ? "Counting…" : state.kind === "unanswered" ? `No answer from ${country}` : "Not given";
  return (
    <div className="cmp-figures" data-testid="figures-comparison" data-country={country}>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Attested by {country}</th>
              <th scope="col">{viewHeading}</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} data-indicator={row.key}>
                <th scope="row">{row.heading}</th>
                <td data-testid="figure-attested">{row.attested ? `${row.attested.done} of ${row.attested.of}` : "None attested"}</td>
                <td data-testid="figure-view">{row.view ? `${row.view.done} of ${row.view.of}` : viewMissing}</td>
                <td data-testid="figure-difference">{row.difference}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Attested: {attested ? attestedText(country, attested) : `${country} attested no figures with this report (filed before the board recorded them)`}.{" "}
        {basis ? `${viewHeading}: ${basisText(basis, country, reader)}.` : null}
      </p>
    </div>
  );
}
