import type { ReactNode } from "react";
import { Link } from "react-router";
import { useSignedIn } from "../session/session-context";
import { Page } from "../ui/Page";
import { callerOf, VIEWS, type ConsoleView } from "./views";

/** A view the caller's role cannot use is a plain page saying so, never a broken screen. */
export function ViewGate({ id, children }: { id: ConsoleView["id"]; children: ReactNode }) {
  const { me } = useSignedIn();
  const view = VIEWS.find((v) => v.id === id)!;
  if (view.allowed(callerOf(me))) return <>{children}</>;
  return (
    <Page title={view.title}>
      <div className="notice notice-info" role="status" data-testid="role-refusal">
        <p>
          <strong>{view.refusal}</strong>
        </p>
        <p>
          You are signed in as {me.subject} of {me.country} with the role{me.roles.length === 1 ? "" : "s"} {me.roles.join(", ") || "none"}.{" "}
          <Link to="/">See what you can do</Link>.
        </p>
      </div>
    </Page>
  );
}
