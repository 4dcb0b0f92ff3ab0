import { keepPreviousData } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { CursorPager } from "../ui/CursorPager";
import { firstPageParams, pagePosition } from "../ui/cursor-trail";
import type { IncidentFilter, NotificationStatus } from "../gql/graphql";
import { useHubQuery } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDate, formatDateTime, humanize } from "../ui/format";
import { Loading } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { OwnIncidentsDocument } from "./documents";
import { NotificationClock } from "./NotificationClock";
import { useNow } from "../ui/use-now";

const PAGE_SIZE = 20;
const STATUSES: readonly NotificationStatus[] = ["PENDING", "OVERDUE", "ON_TIME", "LATE", "NOT_REQUIRED"];

export function incidentFilterOf(params: URLSearchParams): IncidentFilter | null {
  const text = params.get("q")?.trim();
  const status = params.get("status") as NotificationStatus | null;
  const filter: IncidentFilter = {};
  if (text) filter.text = text;
  if (status && STATUSES.includes(status)) filter.notificationStatuses = [status];
  return Object.keys(filter).length ? filter : null;
}

/** The own country's register, newest first, to open a record and revise it. */
export function OwnIncidents() {
  const [params, setParams] = useSearchParams();
  const now = useNow();
  const position = pagePosition(params);
  const query = useHubQuery(
    OwnIncidentsDocument,
    { first: PAGE_SIZE, after: position.after ?? null, filter: incidentFilterOf(params) },
    { placeholderData: keepPreviousData },
  );
  const applied = params.get("q") ?? "";
  const [text, setText] = useState(applied);
  // Back and forward change the applied search: the box follows.
  useEffect(() => setText(applied), [applied]);

  const setFilter = (name: string, value: string) => {
    const next = firstPageParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };

  const country = query.data?.data?.myCountry;
  const incidents = country?.incidents;
  return (
    <section className="card" aria-labelledby="own-incidents-title">
      <h2 id="own-incidents-title">{country ? `${country.code}'s incidents` : "Your country's incidents"}</h2>
      <p className="hint">Open an incident to revise it (the replaced values are kept in its history) or to record when it was notified.</p>
      <form
        className="filters"
        role="search"
        aria-label="Filter your incidents"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter("q", text.trim());
        }}
      >
        <div className="form-field">
          <label htmlFor="own-incidents-text">Words in title or summary</label>
          <input id="own-incidents-text" type="search" value={text} maxLength={200} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor="own-incidents-status">72-hour status</label>
          <select id="own-incidents-status" value={params.get("status") ?? ""} onChange={(e) => setFilter("status", e.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {humanize(status)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">Search</button>
      </form>
      {query.isPending ? <Loading what="your incidents" /> : null}
      {query.error ? <ErrorNotice error={query.error} title="Your incidents could not be read" /> : null}
      {query.data ? <PartialAnswer errors={query.data.errors} /> : null}
      {incidents ? (
        <>
          <p role="status" className="hint">
            {incidents.totalCount === 0
              ? "No incident matches."
              : `${incidents.totalCount} incident${incidents.totalCount === 1 ? "" : "s"}; page ${position.page} of ${Math.max(1, Math.ceil(incidents.totalCount / PAGE_SIZE))}.`}
          </p>
          {incidents.nodes.length > 0 ? (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Your country's incidents, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Incident</th>
                    <th scope="col">Severity</th>
                    <th scope="col">Classification</th>
                    <th scope="col">Occurred</th>
                    <th scope="col">72-hour rule</th>
                    <th scope="col">Last revised</th>
                  </tr>
                </thead>
                <tbody>
                  {incidents.nodes.map((incident) => {
                    const open = new URLSearchParams(params);
                    open.set("incident", incident.id);
                    return (
                      <tr key={incident.id} data-testid="own-incident">
                        <td>
                          <Link to={{ search: `?${open}` }}>{incident.title}</Link>
                          {incident.demo ? <span className="tag">Demo record</span> : null}
                          {incident.finalReportAt ? <span className="tag">Final</span> : null}
                        </td>
                        <td>{humanize(incident.severity)}</td>
                        <td>{humanize(incident.classification)}</td>
                        <td>{formatDate(incident.occurredAt)}</td>
                        <td>
                          <NotificationClock status={incident.notificationStatus} deadline={incident.notificationDeadline} now={now} />
                        </td>
                        <td>{incident.updatedAt ? formatDateTime(incident.updatedAt) : "Never"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : null}
          <CursorPager label="Pages of your incidents" pageInfo={incidents.pageInfo} />
        </>
      ) : null}
    </section>
  );
}
