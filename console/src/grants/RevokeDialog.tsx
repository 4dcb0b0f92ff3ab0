import { useEffect, useRef } from "react";
import { useHubMutation } from "../graphql/use-hub";
import { ErrorNotice } from "../ui/ErrorNotice";
import { formatDate } from "../ui/format";
import { DirectoryGrantsDocument, IssuedGrantsDocument, RevokeGrantDocument } from "./grant-documents";
import type { GrantRow } from "./grant-row";
import { countryLabel, termsSummary } from "./grant-text";

interface Props {
  grant: GrantRow | undefined;
  grantor: string;
  names: ReadonlyMap<string, string>;
  onClose(): void;
  onRevoked(message: string): void;
}

/**
 * The confirmation before a revocation, naming the grant, its grantee and purpose: a modal dialog, so
 * focus stays in it, Escape cancels, and focus goes back to the Revoke button that opened it.
 */
export function RevokeDialog({ grant, grantor, names, onClose, onRevoked }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const revoke = useHubMutation(RevokeGrantDocument, { refetch: [IssuedGrantsDocument, DirectoryGrantsDocument] });
  const { reset } = revoke;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (grant && !element.open) {
      reset();
      element.showModal();
    }
    if (!grant && element.open) element.close();
  }, [grant, reset]);

  const confirm = () => {
    if (!grant) return;
    revoke.mutate(
      { id: grant.id },
      {
        onSuccess: () =>
          onRevoked(`Revoked the grant to ${countryLabel(grant.grantee, names)} for “${grant.purpose}”. It opens nothing from the next request on.`),
      },
    );
  };

  return (
    <dialog
      ref={dialog}
      className="revoke-dialog"
      aria-labelledby="revoke-title"
      aria-describedby="revoke-summary"
      onClose={onClose}
      data-testid="revoke-dialog"
    >
      {grant ? (
        <div className="revoke-dialog-body">
          <h2 id="revoke-title">Revoke the grant to {countryLabel(grant.grantee, names)}?</h2>
          <div id="revoke-summary">
            <p>
              Purpose: <q className="grant-purpose">{grant.purpose}</q>
            </p>
            <p>
              It opens {grantor}'s {termsSummary(grant)}, valid from {formatDate(grant.validFrom)} until {formatDate(grant.validUntil)}.
            </p>
            <p>Once revoked it opens nothing from the next request on, and cannot be brought back: a new grant would have to be issued.</p>
          </div>
          {revoke.error ? <ErrorNotice error={revoke.error} title="The hub did not revoke the grant" /> : null}
          <div className="revoke-dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              Cancel
            </button>
            <button type="button" className="danger-solid" onClick={confirm} disabled={revoke.isPending}>
              {revoke.isPending ? "Revoking…" : "Revoke grant"}
            </button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
