import { useState } from "react";
import { useHubMutation } from "../graphql/use-hub";
import { OpenNotificationsDocument, OwnIncidentDocument, OwnIncidentsDocument, ReviseIncidentDocument } from "./documents";
import { CheckboxField, FormField } from "./FormField";
import { FormErrors } from "./FormErrors";
import { fieldLocator } from "../graphql/field-errors";
import { FIELD_LABELS, INCIDENT_FIELDS, type IncidentFormValues, isoToLocal, toUpdateInput } from "./incident-form";
import { IncidentFields, type SystemChoice } from "./IncidentFields";
import { refusesKey } from "./ReportForm";
import { SubmissionKey } from "./submission-key";
import { useFieldErrors } from "./use-field-errors";

const SUBMIT = "Save revision";
const ID_PREFIX = "revise";
const REVISE_FIELDS = [...INCIDENT_FIELDS, "reason", "final"] as const;
type ReviseField = (typeof REVISE_FIELDS)[number];
const REVISE_LABELS: Record<ReviseField, string> = { ...FIELD_LABELS, reason: "Reason for the revision", final: "This is the final report" };
const locate = fieldLocator(REVISE_FIELDS);
const idOf = (field: ReviseField) => `${ID_PREFIX}-${field}`;

interface ReviseFormProps {
  incidentId: string;
  country: string;
  original: IncidentFormValues;
  systems: readonly SystemChoice[] | undefined;
  onRevised(at: string): void;
}

/** Revises one incident: only the changed fields are sent, with the reason; retries reuse the key. */
export function ReviseForm({ incidentId, country, original, systems, onRevised }: ReviseFormProps) {
  const mutation = useHubMutation(ReviseIncidentDocument, { refetch: [OwnIncidentDocument, OwnIncidentsDocument, OpenNotificationsDocument] });
  const [key] = useState(() => new SubmissionKey());
  const [values, setValues] = useState(original);
  const [reason, setReason] = useState("");
  const [final, setFinal] = useState(false);
  const errors = useFieldErrors(mutation.error, locate, REVISE_LABELS, REVISE_FIELDS, idOf);

  const changed = (fields: ReviseField[]) => {
    key.forget();
    errors.touched(fields);
  };
  const change = (patch: Partial<IncidentFormValues>) => {
    changed(Object.keys(patch) as ReviseField[]);
    setValues((before) => ({ ...before, ...patch }));
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    errors.restart();
    const shaped = toUpdateInput(original, values, reason, final);
    if (shaped.errors) {
      mutation.reset();
      errors.refuse(shaped.errors);
      return;
    }
    // mutateAsync, not mutate's callbacks: the success refetches the record, which remounts this form
    // (its key is the record's revision) before per-call callbacks would run.
    mutation.mutateAsync({ id: incidentId, input: shaped.input, idempotencyKey: key.current() }).then(
      ({ data }) => {
        key.forget();
        if (data) onRevised(data.updateIncident.updatedAt ?? new Date().toISOString());
      },
      (error: unknown) => {
        if (refusesKey(error)) key.forget();
      },
    );
  };

  return (
    <form className="revise-form" onSubmit={submit} noValidate aria-labelledby="revise-form-title">
      <h3 id="revise-form-title">Revise</h3>
      <FormErrors what="revision" submitLabel={SUBMIT} fieldErrors={errors.list} others={errors.others} unplaceable={errors.unplaceable} />
      {values.highRisk && !values.notifiedAt ? (
        <p>
          <button type="button" onClick={() => change({ notifiedAt: isoToLocal(new Date().toISOString()) })}>
            Set “Notified at” to now
          </button>
        </p>
      ) : null}
      <IncidentFields idPrefix={ID_PREFIX} country={country} values={values} errors={errors.byField} systems={systems} onChange={change} />
      <FormField id={idOf("reason")} label={REVISE_LABELS.reason} hint="Kept in the record's history with the values it replaces." error={errors.byField.reason}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={reason}
            onChange={(e) => {
              changed(["reason"]);
              setReason(e.target.value);
            }}
          />
        )}
      </FormField>
      <CheckboxField
        id={idOf("final")}
        label={REVISE_LABELS.final}
        hint="The record then takes no further updates."
        error={errors.byField.final}
        checked={final}
        onChange={(checked) => {
          changed(["final"]);
          setFinal(checked);
        }}
      />
      <div className="form-actions">
        <button type="submit" className="primary" aria-disabled={mutation.isPending || undefined}>
          {SUBMIT}
        </button>
        {mutation.isPending ? (
          <span role="status" className="hint">
            Saving…
          </span>
        ) : null}
      </div>
    </form>
  );
}

