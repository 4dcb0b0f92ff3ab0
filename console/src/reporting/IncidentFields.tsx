import type { Classification, Severity } from "../gql/graphql";
import { humanize } from "../ui/format";
import { CheckboxField, FieldGroup, FormField } from "./FormField";
import { CLASSIFICATIONS, FIELD_LABELS, HARM_TYPES, canonicalHarmTypes, type IncidentField, type IncidentFormValues, SEVERITIES } from "./incident-form";

export interface SystemChoice {
  id: string;
  name: string;
  riskTier: string;
}

interface IncidentFieldsProps {
  /** Prefix of the controls' ids: two forms may be on the page (report, and revise in the drawer). */
  idPrefix: string;
  country: string;
  values: IncidentFormValues;
  errors: Partial<Record<IncidentField, string>>;
  systems: readonly SystemChoice[] | undefined;
  onChange(patch: Partial<IncidentFormValues>): void;
}

export const fieldId = (prefix: string, field: IncidentField) => `${prefix}-${field}`;

const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

const CLASSIFICATION_MEANING: Record<Classification, string> = {
  PUBLIC: "anyone on the hub",
  SHARED: "every participating authority",
  RESTRICTED: "your authority, and others through a grant",
  NATIONAL_SECURITY: "never leaves your authority",
};

const SEVERITY_MEANING: Record<Severity, string> = {
  HAZARD: "could cause harm",
  SERIOUS_HAZARD: "could cause serious harm",
  INCIDENT: "caused harm",
  SERIOUS_INCIDENT: "caused serious harm",
  DISASTER: "caused harm at scale",
};

/** Every field of an incident report (ReportIncidentInput), shared by the report and revise forms. */
export function IncidentFields({ idPrefix, country, values, errors, systems, onChange }: IncidentFieldsProps) {
  const id = (field: IncidentField) => fieldId(idPrefix, field);
  const zoneHint = `${idPrefix}-zone`;
  return (
    <div className="incident-fields">
      <FormField id={id("title")} label={FIELD_LABELS.title} error={errors.title} className="wide">
        {(control) => <input {...control} type="text" value={values.title} maxLength={200} onChange={(e) => onChange({ title: e.target.value })} />}
      </FormField>
      <FormField id={id("summary")} label={FIELD_LABELS.summary} hint="What happened, in your authority's words." error={errors.summary} className="wide">
        {(control) => <textarea {...control} rows={5} value={values.summary} onChange={(e) => onChange({ summary: e.target.value })} />}
      </FormField>
      <FormField id={id("severity")} label={FIELD_LABELS.severity} hint="OECD scale: a hazard could cause harm, an incident did." error={errors.severity}>
        {(control) => (
          <select {...control} value={values.severity} onChange={(e) => onChange({ severity: e.target.value as Severity | "" })}>
            <option value="">Choose…</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {humanize(severity)} ({SEVERITY_MEANING[severity]})
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={id("classification")} label={FIELD_LABELS.classification} hint="Who may read the record." error={errors.classification}>
        {(control) => (
          <select {...control} value={values.classification} onChange={(e) => onChange({ classification: e.target.value as Classification | "" })}>
            <option value="">Choose…</option>
            {CLASSIFICATIONS.map((classification) => (
              <option key={classification} value={classification}>
                {humanize(classification)} ({CLASSIFICATION_MEANING[classification]})
              </option>
            ))}
          </select>
        )}
      </FormField>

      <p className="hint wide" id={zoneHint}>
        Dates and times are in your time zone, {TIME_ZONE}.
      </p>
      <FormField id={id("occurredAt")} label={FIELD_LABELS.occurredAt} error={errors.occurredAt} describedBy={zoneHint}>
        {(control) => <input {...control} type="datetime-local" value={values.occurredAt} onChange={(e) => onChange({ occurredAt: e.target.value })} />}
      </FormField>
      <FormField
        id={id("detectedAt")}
        label={FIELD_LABELS.detectedAt}
        hint="Required for a high-risk deployment: the 72-hour clock starts here."
        error={errors.detectedAt}
        describedBy={zoneHint}
      >
        {(control) => <input {...control} type="datetime-local" value={values.detectedAt} onChange={(e) => onChange({ detectedAt: e.target.value })} />}
      </FormField>
      <FormField id={id("notifiedAt")} label={FIELD_LABELS.notifiedAt} hint={`When ${country}'s authority was notified; empty if not yet.`} error={errors.notifiedAt} describedBy={zoneHint}>
        {(control) => <input {...control} type="datetime-local" value={values.notifiedAt} onChange={(e) => onChange({ notifiedAt: e.target.value })} />}
      </FormField>
      <CheckboxField
        id={id("highRisk")}
        label={FIELD_LABELS.highRisk}
        hint="The AI system is deployed as high-risk: the 72-hour notification rule applies."
        error={errors.highRisk}
        checked={values.highRisk}
        onChange={(highRisk) => onChange({ highRisk })}
      />

      <FormField id={id("systemId")} label={FIELD_LABELS.systemId} hint={`From ${country}'s register.`} error={errors.systemId}>
        {(control) => (
          <select {...control} value={values.systemId} onChange={(e) => onChange({ systemId: e.target.value })}>
            <option value="">None recorded</option>
            {(systems ?? []).map((system) => (
              <option key={system.id} value={system.id}>
                {system.name} ({humanize(system.riskTier).toLowerCase()})
              </option>
            ))}
            {values.systemId && systems && !systems.some((s) => s.id === values.systemId) ? <option value={values.systemId}>{values.systemId}</option> : null}
          </select>
        )}
      </FormField>
      <FormField id={id("reporter")} label={FIELD_LABELS.reporter} hint="Who reported it to you: deployer, developer, user, journalist…" error={errors.reporter}>
        {(control) => <input {...control} type="text" value={values.reporter} maxLength={200} onChange={(e) => onChange({ reporter: e.target.value })} />}
      </FormField>

      <FieldGroup id={id("harmTypes")} legend={FIELD_LABELS.harmTypes} error={errors.harmTypes}>
        <div className="choice-grid">
          {HARM_TYPES.map((harm) => (
            <label key={harm} className="checkbox">
              <input
                type="checkbox"
                checked={values.harmTypes.includes(harm)}
                onChange={(e) =>
                  onChange({ harmTypes: canonicalHarmTypes(e.target.checked ? [...values.harmTypes, harm] : values.harmTypes.filter((h) => h !== harm)) })
                }
              />
              {humanize(harm)}
            </label>
          ))}
        </div>
      </FieldGroup>
      <FormField id={id("affectedStakeholders")} label={FIELD_LABELS.affectedStakeholders} hint="One per line: consumers, workers, patients, children…" error={errors.affectedStakeholders}>
        {(control) => <textarea {...control} rows={3} value={values.affectedStakeholders} onChange={(e) => onChange({ affectedStakeholders: e.target.value })} />}
      </FormField>
      <FormField
        id={id("countriesAffected")}
        label={FIELD_LABELS.countriesAffected}
        hint="Participant codes where harm occurred or could occur, separated by commas (JP, US, EU…)."
        error={errors.countriesAffected}
      >
        {(control) => <input {...control} type="text" value={values.countriesAffected} autoCapitalize="characters" onChange={(e) => onChange({ countriesAffected: e.target.value })} />}
      </FormField>

      <FieldGroup
        id={id("relatedIncidents")}
        legend={FIELD_LABELS.relatedIncidents}
        hint="Other participants' records of the same event, by their country code and incident id."
        error={errors.relatedIncidents}
      >
        {values.relatedIncidents.length === 0 ? <p className="hint">None.</p> : null}
        <ol className="related-rows">
          {values.relatedIncidents.map((row, index) => {
            const update = (patch: Partial<typeof row>) =>
              onChange({ relatedIncidents: values.relatedIncidents.map((r, i) => (i === index ? { ...r, ...patch } : r)) });
            const rowId = `${id("relatedIncidents")}-${index}`;
            return (
              <li key={index} className="related-row">
                <div className="form-field">
                  <label htmlFor={`${rowId}-country`}>Country of related incident {index + 1}</label>
                  <input id={`${rowId}-country`} type="text" size={4} value={row.country} onChange={(e) => update({ country: e.target.value })} />
                </div>
                <div className="form-field grow">
                  <label htmlFor={`${rowId}-id`}>Id of related incident {index + 1}</label>
                  <input id={`${rowId}-id`} type="text" className="mono" value={row.id} onChange={(e) => update({ id: e.target.value })} />
                </div>
                <button type="button" onClick={() => onChange({ relatedIncidents: values.relatedIncidents.filter((_, i) => i !== index) })}>
                  Remove related incident {index + 1}
                </button>
              </li>
            );
          })}
        </ol>
        <div>
          <button type="button" onClick={() => onChange({ relatedIncidents: [...values.relatedIncidents, { country: "", id: "" }] })}>
            Add a related incident
          </button>
        </div>
      </FieldGroup>
    </div>
  );
}
