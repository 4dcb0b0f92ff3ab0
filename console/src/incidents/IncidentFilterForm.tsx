import { type FormEvent, useId, useState } from "react";
import type { Classification, NotificationStatus, Severity } from "../gql/graphql";
import { humanize } from "../ui/format";
import {
  CLASSIFICATIONS,
  DEFAULT_PAGE_SIZE,
  type IncidentSearch,
  MAX_TEXT_LENGTH,
  NOTIFICATION_STATUSES,
  PAGE_SIZES,
  SEVERITIES,
} from "./incident-filters";
import { MarkIcon } from "./IncidentMark";

export interface DirectoryCountry {
  code: string;
  name: string;
}

const EMPTY_SEARCH: IncidentSearch = {
  countries: [],
  severities: [],
  classifications: [],
  notificationStatuses: [],
  highRisk: undefined,
  occurredFrom: undefined,
  occurredTo: undefined,
  text: "",
  pageSize: DEFAULT_PAGE_SIZE,
};

/**
 * The search, edited as a form and applied on submit (each search is a fan-out to every asked country,
 * and each foreign read is logged by its owner, so nothing is asked per keystroke). The form is keyed
 * by the URL by its parent: the back button shows the search it goes back to.
 */
export function IncidentFilterForm({
  search,
  directory,
  directoryError,
  onSearch,
}: {
  search: IncidentSearch;
  directory: readonly DirectoryCountry[] | undefined;
  directoryError: boolean;
  onSearch(search: IncidentSearch): void;
}) {
  const id = useId();
  const [dateError, setDateError] = useState<string | undefined>();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const highRisk = text("highRisk");
    const next: IncidentSearch = {
      countries: form.getAll("country").map(String),
      severities: form.getAll("severity").map(String) as Severity[],
      classifications: form.getAll("classification").map(String) as Classification[],
      notificationStatuses: form.getAll("status").map(String) as NotificationStatus[],
      highRisk: highRisk === "yes" ? true : highRisk === "no" ? false : undefined,
      occurredFrom: text("from") || undefined,
      occurredTo: text("to") || undefined,
      text: text("q").slice(0, MAX_TEXT_LENGTH),
      pageSize: Number(text("size")) || DEFAULT_PAGE_SIZE,
    };
    if (next.occurredFrom && next.occurredTo && next.occurredTo < next.occurredFrom) {
      setDateError("“Occurred to” is before “Occurred from”: no incident could match.");
      return;
    }
    setDateError(undefined);
    onSearch(next);
  }

  // The directory lists every participant; codes from a link that it does not hold are still shown checked.
  const countries = [...(directory ?? [])];
  for (const code of search.countries) if (!countries.some((c) => c.code === code)) countries.push({ code, name: code });

  return (
    <form className="card incident-filters" aria-label="Incident filters" onSubmit={submit}>
      <div className="filter-groups">
        <fieldset className="filter-countries" aria-describedby={`${id}-countries-hint`}>
          <legend>Countries</legend>
          <p className="hint" id={`${id}-countries-hint`}>
            None checked: every participant.
          </p>
          {directoryError ? <p className="hint">The directory of participants could not be read; the countries in the link are kept.</p> : null}
          {directory === undefined && !directoryError ? <p className="hint">Loading the directory…</p> : null}
          <div className="checkbox-grid">
            {countries.map((country) => (
              <label key={country.code} className="checkbox">
                <input type="checkbox" name="country" value={country.code} defaultChecked={search.countries.includes(country.code)} />
                <span>
                  <abbr title={country.name}>{country.code}</abbr> {country.name}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>Severity</legend>
          {SEVERITIES.map((severity) => (
            <label key={severity} className="checkbox">
              <input type="checkbox" name="severity" value={severity} defaultChecked={search.severities.includes(severity)} />
              <MarkIcon severity={severity} />
              {humanize(severity)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Classification</legend>
          {CLASSIFICATIONS.map((classification) => (
            <label key={classification} className="checkbox">
              <input type="checkbox" name="classification" value={classification} defaultChecked={search.classifications.includes(classification)} />
              {humanize(classification)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>72-hour status</legend>
          {NOTIFICATION_STATUSES.map((status) => (
            <label key={status} className="checkbox">
              <input type="checkbox" name="status" value={status} defaultChecked={search.notificationStatuses.includes(status)} />
              {humanize(status)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="filter-fields">
        <label>
          High-risk deployment
          <select name="highRisk" defaultValue={search.highRisk === undefined ? "" : search.highRisk ? "yes" : "no"}>
            <option value="">Any</option>
            <option value="yes">High-risk only</option>
            <option value="no">Not high-risk</option>
          </select>
        </label>
        <label>
          Occurred from (UTC day)
          <input type="date" name="from" defaultValue={search.occurredFrom ?? ""} aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? `${id}-date-error` : undefined} />
        </label>
        <label>
          Occurred to (UTC day, included)
          <input type="date" name="to" defaultValue={search.occurredTo ?? ""} aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? `${id}-date-error` : undefined} />
        </label>
        <label className="filter-text">
          Words in title or summary
          <input type="search" name="q" defaultValue={search.text} maxLength={MAX_TEXT_LENGTH} autoComplete="off" />
        </label>
        <label>
          Rows per country per page
          <select name="size" defaultValue={String(search.pageSize)}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
      </div>
      {dateError ? (
        <p className="field-error" id={`${id}-date-error`} role="alert">
          {dateError}
        </p>
      ) : null}
      <div className="filter-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button
          type="button"
          onClick={(event) => {
            event.currentTarget.form?.reset();
            setDateError(undefined);
            onSearch(EMPTY_SEARCH);
          }}
        >
          Clear filters
        </button>
      </div>
    </form>
  );
}
