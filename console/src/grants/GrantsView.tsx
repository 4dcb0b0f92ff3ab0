import { useMemo, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { can, RIGHTS } from "../../../shared/policy/rights";
import { callerOf } from "../app/views";
import { unavailableCountries } from "../graphql/hub-error";
import { useHubQuery } from "../graphql/use-hub";
import { useSignedIn } from "../session/session-context";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { PartialAnswer } from "../ui/PartialAnswer";
import { DirectoryGrantsDocument, IssuedGrantsDocument } from "./grant-documents";
import type { GrantRow } from "./grant-row";
import { grantStatus, matchesFilter, parseStatusFilter, STATUS_FILTERS, type StatusFilter } from "./grant-status";
import { countryLabel } from "./grant-text";
import { GrantTable } from "./GrantTable";
import { IssueGrantForm } from "./IssueGrantForm";
import { RevokeDialog } from "./RevokeDialog";
import { useNow } from "../ui/use-now";
import { type TimelineEntry, ValidityTimeline } from "./ValidityTimeline";
import "./grants.css";

const FILTER_LABEL: Record<StatusFilter, string> = {
  all: "All grants",
  active: "Active",
  scheduled: "Not yet in force",
  expired: "Expired",
  revoked: "Revoked",
};

/**
 * Grants issued by the caller's country and received by it. Its negotiators preview, issue and revoke;
 * its regulators read. The status filter lives in the URL (?status=active), so a link keeps it.
 */
export default function GrantsView() {
  const { me } = useSignedIn();
  const manages = can(callerOf(me), RIGHTS.MANAGE_GRANTS);
  // Renders again every minute, and reads the clock afresh at every render (a grant just issued).
  useNow(60_000);
  const now = new Date();
  const [params, setParams] = useSearchParams();
  const filter = parseStatusFilter(params.get("status"));
  const [revoking, setRevoking] = useState<GrantRow | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const messageBox = useRef<HTMLDivElement>(null);

  const issued = useHubQuery(IssuedGrantsDocument, {});
  const directory = useHubQuery(DirectoryGrantsDocument, {});

  const countries = useMemo(() => directory.data?.data?.countries ?? [], [directory.data]);
  const own = issued.data?.data?.myCountry;
  const grantor = own?.code ?? me.country;
  // The caller's own name comes from its own deployment too: it shows while the directory is down.
  const names = useMemo(() => new Map([...(own ? [[own.code, own.name] as const] : []), ...countries.map((c) => [c.code, c.name] as const)]), [countries, own]);

  const issuedGrants = own?.grants ?? [];
  // Each other participant lists the caller only the grants that name its country.
  const receivedGrants = countries.filter((c) => c.code !== grantor).flatMap((c) => c.grants ?? []);
  const shown = (grants: readonly GrantRow[]) => grants.filter((g) => matchesFilter(grantStatus(g, now), filter));
  const timeline: TimelineEntry[] = [
    ...shown(issuedGrants).map((grant) => ({ grant, side: "issued" as const })),
    ...shown(receivedGrants).map((grant) => ({
      grant,
      side: "received" as const,
    })),
  ];

  const setFilter = (value: StatusFilter) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === "all") next.delete("status");
      else next.set("status", value);
      return next;
    });

  return (
    <Page
      title="Grants"
      actions={
        <div className="grants-filter">
          <label htmlFor="grants-status">Show</label>
          <select id="grants-status" value={filter} onChange={(e) => setFilter(e.target.value as StatusFilter)}>
            {STATUS_FILTERS.map((f) => (
              <option key={f} value={f}>
                {FILTER_LABEL[f]}
              </option>
            ))}
          </select>
        </div>
      }
    >
      <div className="grants-view">
        <p className="hint">
          Bilateral grants open {countryLabel(grantor, names)}'s records to another participant, as their terms say, and other participants' to {grantor}.{" "}
          {manages
            ? `As ${grantor}'s negotiator you preview, issue and revoke ${grantor}'s grants.`
            : `You read them; ${grantor}'s negotiators issue and revoke them.`}
        </p>
        {/* Always in the page, so that a screen reader announces the message when it appears. */}
        <div role="status" className={message ? "notice notice-info" : undefined} data-testid="grant-message" ref={messageBox} tabIndex={-1}>
          {message}
        </div>

        {manages ? (
          <>
            {directory.error ? <ErrorNotice error={directory.error} title="The directory did not answer: no grantee can be chosen" /> : null}
            <IssueGrantForm
              grantor={grantor}
              grantees={countries.filter((c) => c.code !== grantor)}
              names={names}
              now={now}
              onIssued={(text) => setMessage(text)}
            />
          </>
        ) : null}

        <section className="card" aria-labelledby="validity-title">
          <h2 id="validity-title">Validity</h2>
          <p className="hint">
            Each bar runs from the day a grant comes into force to the day it ends; a revocation cuts it short (the rest of its term is dashed). The line marks
            today.
          </p>
          {issued.isPending || directory.isPending ? <Loading what="the grants" /> : <ValidityTimeline entries={timeline} names={names} now={now} />}
        </section>

        <section className="card" aria-labelledby="issued-title">
          <h2 id="issued-title">Issued by {countryLabel(grantor, names)}</h2>
          {issued.isPending ? <Loading what={`${grantor}'s grants`} /> : null}
          {issued.error ? <ErrorNotice error={issued.error} /> : null}
          {issued.data ? <PartialAnswer errors={issued.data.errors} /> : null}
          {own ? (
            <GrantTable
              id="issued"
              caption={`Grants issued by ${grantor}`}
              grants={shown(issuedGrants)}
              side="issued"
              names={names}
              now={now}
              onRevoke={manages ? setRevoking : undefined}
              empty={issuedGrants.length ? `No grant issued by ${grantor} is ${FILTER_LABEL[filter].toLowerCase()}.` : `${grantor} has issued no grant.`}
            />
          ) : null}
        </section>

        <section className="card" aria-labelledby="received-title">
          <h2 id="received-title">Received by {countryLabel(grantor, names)}</h2>
          {directory.isPending ? <Loading what={`the grants made to ${grantor}`} /> : null}
          {directory.error ? <ErrorNotice error={directory.error} /> : null}
          {directory.data ? <PartialAnswer errors={directory.data.errors} /> : null}
          {directory.data ? (
            <GrantTable
              id="received"
              caption={`Grants received by ${grantor}`}
              grants={shown(receivedGrants)}
              side="received"
              names={names}
              now={now}
              empty={
                receivedGrants.length
                  ? `No grant made to ${grantor} is ${FILTER_LABEL[filter].toLowerCase()}.`
                  : unavailableCountries(directory.data.errors).length
                    ? `No participant that answered has granted ${grantor} access.`
                    : `No participant has granted ${grantor} access.`
              }
            />
          ) : null}
        </section>

        {manages ? (
          <RevokeDialog
            grant={revoking}
            grantor={grantor}
            names={names}
            onClose={() => setRevoking(undefined)}
            onRevoked={(text) => {
              setRevoking(undefined);
              setMessage(text);
              // The Revoke button that opened the dialog is gone with the grant's active status: focus
              // goes to the message saying what happened instead of falling back to the page.
              requestAnimationFrame(() => messageBox.current?.focus());
            }}
          />
        ) : null}
      </div>
    </Page>
  );
}
