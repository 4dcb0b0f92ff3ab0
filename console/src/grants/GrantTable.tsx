import { formatDate, formatDateTime } from "../ui/format";
import type { GrantRow } from "./grant-row";
import { type GrantStatus, grantStatus, STATUS_LABEL } from "./grant-status";
import { countryLabel, termsSummary } from "./grant-text";

interface Props {
  id: string;
  caption: string;
  grants: readonly GrantRow[];
  /** Issued grants name their grantee; received ones their grantor. */
  side: "issued" | "received";
  names: ReadonlyMap<string, string>;
  now: Date;
  /** Given only to the grantor's negotiators: the others read. */
  onRevoke?(grant: GrantRow): void;
  empty: string;
}

/** Grants as rows: who, what for, what they open, when, and where each stands now, in words. */
export function GrantTable({ id, caption, grants, side, names, now, onRevoke, empty }: Props) {
  if (grants.length === 0) return <p className="hint">{empty}</p>;
  return (
    // Focusable so that a keyboard can scroll it on a narrow screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="grant-table">
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{side === "issued" ? "Grantee" : "Grantor"}</th>
            <th scope="col">Purpose</th>
            <th scope="col">Opens</th>
            <th scope="col">Valid from</th>
            <th scope="col">Valid until</th>
            <th scope="col">Status</th>
            {onRevoke ? <th scope="col">Action</th> : null}
          </tr>
        </thead>
        <tbody>
          {grants.map((grant) => {
            const status = grantStatus(grant, now);
            const purposeId = `${id}-purpose-${grant.id}`;
            return (
              <tr key={grant.id} data-grant-id={grant.id} data-status={status}>
                <th scope="row">{countryLabel(side === "issued" ? grant.grantee : grant.grantor, names)}</th>
                <td id={purposeId} className="grant-purpose">
                  {grant.purpose}
                </td>
                <td>{termsSummary(grant)}</td>
                <td>
                  <time dateTime={grant.validFrom}>{formatDate(grant.validFrom)}</time>
                </td>
                <td>
                  <time dateTime={grant.validUntil}>{formatDate(grant.validUntil)}</time>
                </td>
                <td>
                  <StatusBadge status={status} />
                  {grant.revokedAt ? (
                    <span className="grant-revoked-at">
                      {" "}
                      on <time dateTime={grant.revokedAt}>{formatDateTime(grant.revokedAt)}</time>
                    </span>
                  ) : null}
                </td>
                {onRevoke ? (
                  <td>
                    {status === "ACTIVE" || status === "SCHEDULED" ? (
                      <button type="button" className="danger" onClick={() => onRevoke(grant)} aria-describedby={purposeId}>
                        Revoke
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function StatusBadge({ status }: { status: GrantStatus }) {
  return (
    <span className={`grant-status grant-status-${status.toLowerCase()}`} data-testid="grant-status">
      {STATUS_LABEL[status]}
    </span>
  );
}
