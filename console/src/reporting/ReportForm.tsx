import type { ReportIncidentMutation } from "../gql/graphql";
import { HubRequestError } from "../graphql/hub-error";
import { useHubMutation } from "../graphql/use-hub";
import { OpenNotificationsDocument, OwnIncidentsDocument, ReportIncidentDocument } from "./documents";
import { FormErrors } from "./FormErrors";
import { fieldLocator } from "../graphql/field-errors";
import { FIELD_LABELS, INCIDENT_FIELDS, type IncidentFormValues, toReportInput } from "./incident-form";
import { fieldId, IncidentFields, type SystemChoice } from "./IncidentFields";
import type { SubmissionKey } from "./submission-key";
import { useFieldErrors } from "./use-field-errors";

export type FiledIncident = ReportIncidentMutation["reportIncident"];

const SUBMIT = "Report incident";
const ID_PREFIX = "report";
const locate = fieldLocator(INCIDENT_FIELDS);
const idOf = (field: (typeof INCIDENT_FIELDS)[number]) => fieldId(ID_PREFIX, field);

interface ReportFormProps {
  country: string;
  systems: readonly SystemChoice[] | undefined;
  values: IncidentFormValues;
  /** Kept with the draft, by the view: looking at another section and back is still the same submission. */
  submissionKey: SubmissionKey;
  onValuesChange(values: IncidentFormValues): void;
  onFiled(incident: FiledIncident): void;
}

/**
 * Files an incident in the caller's own register. One idempotency key per filled form: a retry of the
 * same values (after a network error or a timeout) sends the same key, so the hub writes it once at
 * most; any change to the form, or a success, starts a new key.
 */
export function ReportForm({ country, systems, values, submissionKey: key, onValuesChange, onFiled }: ReportFormProps) {
  const mutation = useHubMutation(ReportIncidentDocument, { refetch: [OwnIncidentsDocument, OpenNotificationsDocument] });
  const errors = useFieldErrors(mutation.error, locate, FIELD_LABELS, INCIDENT_FIELDS, idOf);

  const change = (patch: Partial<IncidentFormValues>) => {
    key.forget();
    errors.touched(Object.keys(patch) as (keyof IncidentFormValues)[]);
    onValuesChange({ ...values, ...patch });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    errors.restart();
    const shaped = toReportInput(values);
    if (shaped.errors) {
      mutation.reset();
      errors.refuse(shaped.errors);
      return;
    }
    // mutateAsync: the answer is handled even if a refetch re-rendered the view meanwhile.
    mutation.mutateAsync({ input: shaped.input, idempotencyKey: key.current() }).then(
      ({ data }) => {
        key.forget();
        if (data) onFiled(data.reportIncident);
      },
      (error: unknown) => {
        if (refusesKey(error)) key.forget();
      },
    );
  };

  return (
    <form className="card report-form" onSubmit={submit} noValidate aria-labelledby="report-form-title">
      <h2 id="report-form-title">File an incident in {country}'s register</h2>
      <p className="hint">
        Every field is checked by {country}'s register when you submit; its answer appears beside the field. Title, summary, severity, classification and
        the time it occurred are required.
      </p>
      <FormErrors what="report" submitLabel={SUBMIT} fieldErrors={errors.list} others={errors.others} unplaceable={errors.unplaceable} />
      <IncidentFields idPrefix={ID_PREFIX} country={country} values={values} errors={errors.byField} systems={systems} onChange={change} />
      <div className="form-actions">
        <button type="submit" className="primary" aria-disabled={mutation.isPending || undefined}>
          {SUBMIT}
        </button>
        {mutation.isPending ? (
          <span role="status" className="hint">
            Sending the report to {country}…
          </span>
        ) : null}
      </div>
    </form>
  );
}

/** The hub refused the key itself (used before for other values): the next press must not be refused again. */
export function refusesKey(error: unknown): boolean {
  return error instanceof HubRequestError && error.errors.some((e) => e.extensions?.field === "idempotencyKey");
}
