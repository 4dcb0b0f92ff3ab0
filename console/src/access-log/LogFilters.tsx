import { useState } from "react";
import { humanize } from "../ui/format";
import { ENTRY_KINDS, type LogFilterField, type LogFilterValues, RECORD_KINDS } from "./log-filter";

interface LogFiltersProps {
  values: LogFilterValues;
  /** Participants to choose a reader from; undefined when the directory did not answer (free text then). */
  participants: readonly { code: string; name: string }[] | undefined;
  /** The hub's messages about the filter, beside their fields. */
  errors: Partial<Record<LogFilterField, string>>;
  onApply(values: LogFilterValues): void;
}

const EMPTY: LogFilterValues = { reader: "", kind: "", record: "", grant: "", from: "", to: "" };

/** Who read, what kind of entry and record, under which grant, and when: applied with one button. */
export function LogFilters({ values: applied, participants, errors, onApply }: LogFiltersProps) {
  const [values, setValues] = useState(applied);
  const set = (patch: Partial<LogFilterValues>) => setValues((before) => ({ ...before, ...patch }));
  const control = (field: LogFilterField) => ({
    id: `log-filter-${field}`,
    "aria-invalid": errors[field] ? (true as const) : undefined,
    "aria-describedby": errors[field] ? `log-filter-${field}-error` : undefined,
  });
  const error = (field: LogFilterField) =>
    errors[field] ? (
      <p className="field-error" id={`log-filter-${field}-error`} data-testid="field-error">
        <span aria-hidden="true">✖ </span>
        {errors[field]}
      </p>
    ) : null;
  return (
    <form
      className="filters log-filters"
      role="search"
      aria-label="Filter the access log"
      onSubmit={(event) => {
        event.preventDefault();
        onApply(values);
      }}
    >
      <div className="form-field">
        <label htmlFor="log-filter-reader">Reader country</label>
        {participants ? (
          <select {...control("reader")} value={values.reader} onChange={(e) => set({ reader: e.target.value })}>
            <option value="">Any</option>
            {participants.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} · {p.name}
              </option>
            ))}
            {values.reader && !participants.some((p) => p.code === values.reader) ? <option value={values.reader}>{values.reader}</option> : null}
          </select>
        ) : (
          <input {...control("reader")} type="text" size={6} value={values.reader} onChange={(e) => set({ reader: e.target.value.toUpperCase() })} />
        )}
        {error("reader")}
      </div>
      <div className="form-field">
        <label htmlFor="log-filter-kind">Entry kind</label>
        <select {...control("kind")} value={values.kind} onChange={(e) => set({ kind: e.target.value as LogFilterValues["kind"] })}>
          <option value="">Any</option>
          {ENTRY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kind === "READ" ? "Read (records given)" : "Count (a number given)"}
            </option>
          ))}
        </select>
        {error("kind")}
      </div>
      <div className="form-field">
        <label htmlFor="log-filter-record">Record kind</label>
        <select {...control("record")} value={values.record} onChange={(e) => set({ record: e.target.value as LogFilterValues["record"] })}>
          <option value="">Any</option>
          {RECORD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {humanize(kind)}
            </option>
          ))}
        </select>
        {error("record")}
      </div>
      <div className="form-field">
        <label htmlFor="log-filter-grant">Grant id</label>
        <input {...control("grant")} type="text" className="mono" value={values.grant} onChange={(e) => set({ grant: e.target.value })} />
        {error("grant")}
      </div>
      <div className="form-field">
        <label htmlFor="log-filter-from">From (day)</label>
        <input {...control("from")} type="date" value={values.from} onChange={(e) => set({ from: e.target.value })} />
        {error("from")}
      </div>
      <div className="form-field">
        <label htmlFor="log-filter-to">To (day, included)</label>
        <input {...control("to")} type="date" value={values.to} onChange={(e) => set({ to: e.target.value })} />
        {error("to")}
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => {
            setValues(EMPTY);
            onApply(EMPTY);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
