import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Loading, Page } from "../ui/Page";
import { ErrorNotice } from "../ui/ErrorNotice";
import { chosenProvider, completeSignIn, forgetSignIn } from "./oidc-sign-in";
import { useSession } from "./session-context";

/**
 * Where a participant's identity provider sends the browser back (`/signed-in?code=...&state=...`, or
 * `?error=...` when it did not sign the person in). The code becomes tokens; the access token becomes the
 * session's bearer once the hub accepts it; then on to where the person was going.
 */
export function SignedInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<{ participant: string; reason: string }>();
  const [hubError, setHubError] = useState<unknown>();

  useEffect(() => {
    let cancelled = false;
    const participant = chosenProvider()?.participant ?? "Your country";
    completeSignIn().then(
      async ({ user, returnTo }) => {
        try {
          await signIn(user.access_token);
          if (!cancelled) navigate(returnTo, { replace: true });
        } catch (error) {
          await forgetSignIn();
          if (!cancelled) setHubError(error);
        }
      },
      async (error: unknown) => {
        await forgetSignIn().catch(() => undefined);
        if (!cancelled) setRefusal({ participant, reason: describe(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [signIn, navigate]);

  if (refusal) {
    return (
      <Page title="Not signed in">
        <p className="notice notice-error" role="alert" data-testid="sign-in-refused">
          {refusal.participant}'s identity provider did not sign you in: {refusal.reason}
        </p>
        <p>
          <Link to="/sign-in">Back to sign-in</Link>
        </p>
      </Page>
    );
  }
  if (hubError) {
    return (
      <Page title="Not signed in">
        <ErrorNotice error={hubError} title="The hub did not accept the token from your identity provider" />
        <p>
          <Link to="/sign-in">Back to sign-in</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Signing in">
      <Loading what="your sign-in" />
    </Page>
  );
}

function describe(error: unknown): string {
  const e = error as { error?: string; error_description?: string; message?: string };
  if (typeof e?.error === "string") return e.error_description ? `${e.error} (${e.error_description})` : e.error;
  return e?.message ?? String(error);
}
