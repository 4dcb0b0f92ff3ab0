import { keepPreviousData } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useMemo, useRef, useState } from "react";
import type { Classification, RecordKind, Severity } from "../gql/graphql";
import { useHubMutation, useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { humanize } from "../ui/format";
import { DirectoryGrantsDocument, GrantAccessDocument, IssuedGrantsDocument, PreviewGrantDocument } from "./grant-documents";
import {
  draftToGrantInput,
  emptyDraft,
  GRANTABLE_CEILINGS,
  type GrantDraft,
  type GrantField,
  isoDay,
  previewInput,
  RECORD_KINDS,
  SEVERITIES,
} from "./grant-draft";
import { errorBesideNoField, grantFieldError } from "./grant-field-error";
import { classificationLabel, countryLabel, KIND_LABEL } from "./grant-text";
import { GrantPreviewPanel, type PreviewState } from "./GrantPreviewPanel";
import { type Attempt, attemptFor } from "./idempotency-key";
import { useDebouncedValue } from "./use-debounced-value";

const PREVIEW_DELAY_MS = 350;

interface Props {
  grantor: string;
  /** Participants a grant can name: the directory without the grantor. */
  grantees: readonly { code: string; name: string }[];
  names: ReadonlyMap<string, string>;
  now: Date;
  onIssued(message: string): void;
}

/** The negotiator's form: terms on the left, what they open on the right, counted again as they change. */
export function IssueGrantForm({ grantor, grantees, names, now, onIssued }: Props) {
  const [draft, setDraft] = useState<GrantDraft>(() => emptyDraft(now));
  const [localErrors, setLocalErrors] = useState<Partial<Record<GrantField, string>>>({});
  const attempt = useRef<Attempt | undefined>(undefined);
  const issue = useHubMutation(GrantAccessDocument, { refetch: [IssuedGrantsDocument, DirectoryGrantsDocument] });

  // The terms as they stand, then as they stood when typing paused: only the latter is counted.
  const wanted = useMemo(() => previewInput(draft, now), [draft, now]);
  const wantedKey = JSON.stringify(wanted ?? null);
  const settledKey = useDebouncedValue(wantedKey, PREVIEW_DELAY_MS);
  const settled = useMemo(() => (JSON.parse(settledKey) ?? undefined) as typeof wanted, [settledKey]);
  const preview = useHubQuery(
    PreviewGrantDocument,
    { input: settled! },
    {
      enabled: settled !== undefined,
      placeholderData: keepPreviousData,
      retry: false,
    },
  );
  const previewState: PreviewState =
    wanted === undefined
      ? "waiting"
      : wantedKey !== settledKey || preview.isFetching || preview.isPlaceholderData
        ? "updating"
        : preview.isError
          ? "error"
          : "ready";
  // The last counts with the terms they were made for: kept on screen (marked as updating) while new
  // terms are counted, so the table does not flicker away at every keystroke.
  const counted = useRef<
    | {
        terms: NonNullable<typeof wanted>;
        result: NonNullable<typeof preview.data>;
      }
    | undefined
  >(undefined);
  if (settled && preview.data && !preview.isPlaceholderData) counted.current = { terms: settled, result: preview.data };
  const shown = previewState === "ready" || previewState === "updating" ? counted.current : undefined;

  // A refusal answered the terms that were sent; once they change, it no longer says anything true.
  const { reset } = issue;
  useEffect(() => {
    reset();
    setLocalErrors({});
  }, [draft, reset]);

  const update = <K extends keyof GrantDraft>(field: K, value: GrantDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((v) => v !== value));

  const errorFor = (field: GrantField): string | undefined =>
    localErrors[field] ??
    grantFieldError(issue.error, field) ??
    (previewState === "error" || previewState === "ready" ? grantFieldError(preview.error, field) : undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = draftToGrantInput(draft);
    if (!result.input) {
      setLocalErrors(result.errors);
      return;
    }
    attempt.current = attemptFor(attempt.current, result.input);
    issue.mutate(
      { input: result.input, idempotencyKey: attempt.current.key },
      {
        onSuccess: ({ data }) => {
          const grant = data?.grantAccess;
          onIssued(grant ? `Issued the grant to ${countryLabel(grant.grantee, names)} for “${grant.purpose}”. It is listed below.` : "Issued the grant.");
          attempt.current = undefined;
          setDraft(emptyDraft(new Date()));
        },
      },
    );
  };

  return (
    <div className="grant-compose">
      <form className="card grant-form" onSubmit={submit} noValidate aria-labelledby="issue-grant-title">
        <h2 id="issue-grant-title">Issue a grant</h2>
        <p className="hint">Opens {grantor}'s records, as these terms say, to another participant's regulators and auditors.</p>

        <Field id="grant-grantee" label="Grantee" error={errorFor("grantee")}>
          {(describedBy, invalid) => (
            <select
              id="grant-grantee"
              value={draft.grantee}
              onChange={(e) => update("grantee", e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <option value="">Choose a participant…</option>
              {grantees.map((c) => (
                <option key={c.code} value={c.code}>
                  {countryLabel(c.code, names)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Choices
          id="grant-kinds"
          legend="Record kinds"
          hint="At least one."
          error={errorFor("recordKinds")}
          options={RECORD_KINDS.map((k) => ({
            value: k,
            label: KIND_LABEL[k],
          }))}
          chosen={draft.recordKinds}
          onToggle={(value, on) => update("recordKinds", toggle<RecordKind>(draft.recordKinds, value, on))}
        />

        <Field
          id="grant-ceiling"
          label="Highest classification"
          hint="Shared opens what every participant already reads; Restricted also opens records kept to the owner. National-security records are never granted."
          error={errorFor("maxClassification")}
        >
          {(describedBy, invalid) => (
            <select
              id="grant-ceiling"
              value={draft.maxClassification}
              onChange={(e) => update("maxClassification", e.target.value as Classification)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              {GRANTABLE_CEILINGS.map((c) => (
                <option key={c} value={c}>
                  {classificationLabel(c)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Choices
          id="grant-severities"
          legend="Severities"
          hint="Only incidents of these severities; none checked: any severity."
          error={errorFor("severities")}
          options={SEVERITIES.map((s) => ({ value: s, label: humanize(s) }))}
          chosen={draft.severities}
          onToggle={(value, on) => update("severities", toggle<Severity>(draft.severities, value, on))}
        />

        <Field
          id="grant-systems"
          label="AI system ids"
          hint="Optional: only records about these systems, ids separated by spaces or commas. Empty: any system."
          error={errorFor("systemIds")}
        >
          {(describedBy, invalid) => (
            <textarea
              id="grant-systems"
              rows={2}
              value={draft.systemIds}
              onChange={(e) => update("systemIds", e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              spellCheck={false}
            />
          )}
        </Field>

        <Field id="grant-purpose" label="Purpose" hint="What the access is for; the grantee sees it." error={errorFor("purpose")}>
          {(describedBy, invalid) => (
            <textarea
              id="grant-purpose"
              rows={3}
              maxLength={2000}
              value={draft.purpose}
              onChange={(e) => update("purpose", e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>

        <div className="grant-dates">
          <Field id="grant-from" label="Valid from" hint="Empty: from the moment it is issued. A day starts at 00:00 UTC." error={errorFor("validFrom")}>
            {(describedBy, invalid) => (
              <input
                id="grant-from"
                type="date"
                value={draft.validFrom}
                onChange={(e) => update("validFrom", e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
          <Field id="grant-until" label="Valid until" hint="The grant ends at 00:00 UTC on this day." error={errorFor("validUntil")}>
            {(describedBy, invalid) => (
              <input
                id="grant-until"
                type="date"
                min={isoDay(now)}
                value={draft.validUntil}
                onChange={(e) => update("validUntil", e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                required
              />
            )}
          </Field>
        </div>

        {errorBesideNoField(issue.error) ? <ErrorNotice error={errorBesideNoField(issue.error)} title="The hub did not issue the grant" /> : null}
        {issue.error && !errorBesideNoField(issue.error) ? (
          <p className="field-error" role="alert">
            The hub did not issue the grant: see the fields marked above.
          </p>
        ) : null}
        <div className="grant-form-actions">
          <button type="submit" className="primary" disabled={issue.isPending}>
            {issue.isPending ? "Issuing…" : "Issue grant"}
          </button>
        </div>
      </form>

      <GrantPreviewPanel
        state={previewState}
        terms={shown?.terms}
        preview={shown?.result.data?.previewGrant}
        errors={shown?.result.errors ?? []}
        error={previewState === "error" ? errorBesideNoField(preview.error) : undefined}
        grantor={grantor}
        names={names}
      />
    </div>
  );
}

/** A labelled control with its hint and, when the hub refused it, its error beside it. */
function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children(describedBy: string | undefined, invalid: boolean): ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="grant-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children(describedBy, Boolean(error))}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A group of checkboxes named by its legend, with the group's error beside it. */
function Choices<T extends string>({
  id,
  legend,
  hint,
  error,
  options,
  chosen,
  onToggle,
}: {
  id: string;
  legend: string;
  hint: string;
  error?: string;
  options: { value: T; label: string }[];
  chosen: readonly T[];
  onToggle(value: T, on: boolean): void;
}) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <fieldset className="grant-choices" aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <div className="grant-choice-list">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={(e) => onToggle(option.value, e.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
