import { useEffect } from "react";
import { Link } from "react-router";
import { Page } from "../ui/Page";

/** Where a participant's identity provider sends the browser after signing out there too. */
export function SignedOutPage() {
  // What the sign-out left of the flow (its state) is of no further use.
  useEffect(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith("oidc.")) sessionStorage.removeItem(key);
  }, []);
  return (
    <Page title="Signed out">
      <p role="status" data-testid="signed-out">
        You signed out of the hub and of your country's identity provider.
      </p>
      <p>
        <Link to="/sign-in">Sign in again</Link>
      </p>
    </Page>
  );
}
