import type { GrantInput, PreviewGrantQuery } from "../gql/graphql";
import type { HubError } from "../graphql/hub-error";
import { ErrorNotice } from "../ui/ErrorNotice";
import { PartialAnswer } from "../ui/PartialAnswer";
import { classificationLabel, countryLabel, KIND_LABEL, termsSummary } from "./grant-text";
import { previewTable } from "./preview-table";

export type PreviewState = "waiting" | "updating" | "ready" | "error";

export interface PreviewProps {
  state: PreviewState;
  /** The terms the counts below were made for (they may trail the form while it is being changed). */
  terms: GrantInput | undefined;
  preview: PreviewGrantQuery["previewGrant"] | undefined;
  errors: readonly HubError[];
  /** What refused the preview as a whole (field errors show beside the fields instead). */
  error: unknown;
  grantor: string;
  names: ReadonlyMap<string, string>;
}

/**
 * What the terms being drafted would open today, counted by the grantor's own deployment before
 * anything is issued. A live region: a screen reader hears the new total when the terms change.
 */
export function GrantPreviewPanel({ state, terms, preview, errors, error, grantor, names }: PreviewProps) {
  return (
    <section
      className="card grant-preview"
      aria-labelledby="grant-preview-title"
      aria-busy={state === "updating"}
      data-testid="grant-preview"
      data-state={state}
    >
      <h2 id="grant-preview-title">What this grant would open</h2>
      <div aria-live="polite" className="grant-preview-body">
        {state === "waiting" ? (
          <p className="hint">Choose a grantee and at least one record kind: the count of {grantor}'s records the terms open appears here.</p>
        ) : null}
        {state === "updating" ? (
          <p className="hint" role="status">
            Counting for the new terms…
          </p>
        ) : null}
        {error ? <ErrorNotice error={error} title="The hub could not count these terms" /> : null}
        <PartialAnswer errors={errors} />
        {preview && terms && state !== "waiting" ? <PreviewCounts terms={terms} preview={preview} grantor={grantor} names={names} /> : null}
      </div>
    </section>
  );
}

function PreviewCounts({
  terms,
  preview,
  grantor,
  names,
}: {
  terms: GrantInput;
  preview: PreviewGrantQuery["previewGrant"];
  grantor: string;
  names: ReadonlyMap<string, string>;
}) {
  const table = previewTable(terms, preview.counts);
  return (
    <>
      <p className="hint">
        {grantor}'s records, today, for {countryLabel(terms.grantee, names)}:{" "}
        {termsSummary({
          recordKinds: terms.recordKinds,
          maxClassification: terms.maxClassification,
          severities: terms.severities ?? null,
          systemIds: terms.systemIds?.map(String) ?? null,
        })}
        .
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Records opened, by kind and classification">
        <table className="grant-preview-table">
          <caption className="visually-hidden">Records opened, by kind and classification</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              {table.classifications.map((c) => (
                <th scope="col" key={c}>
                  {classificationLabel(c)}
                </th>
              ))}
              <th scope="col">All</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{KIND_LABEL[row.kind]}</th>
                {row.cells.map((cell) => (
                  <td key={cell.classification} data-kind={row.kind} data-classification={cell.classification} className="number">
                    {cell.count}
                  </td>
                ))}
                <td className="number">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="grant-preview-total">
        Total: <strong data-testid="grant-preview-total">{preview.total}</strong> record{preview.total === 1 ? "" : "s"}
      </p>
      <p className="hint">
        Of these, <strong data-testid="grant-preview-new">{table.newlyOpened}</strong> {table.newlyOpened === 1 ? "is" : "are"} Restricted: the grantee's
        regulators and auditors cannot read {table.newlyOpened === 1 ? "it" : "them"} today. Shared records are already open to every participant's.
      </p>
    </>
  );
}
