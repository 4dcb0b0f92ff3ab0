import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Loading, Page } from "../ui/Page";
import { fetchSignInProviders, providerHost, type SignInProvider } from "./oidc-providers";
import { forgetSignIn, startSignIn } from "./oidc-sign-in";
import { useSession } from "./session-context";
import { normaliseToken } from "./token-store";

/** Where a person signs in: at their country's own identity provider, or by pasting a bearer token. */
export function SignInPage() {
  const { signIn, endedBecause } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from ?? "/";
  const providers = useQuery({ queryKey: ["sign-in-providers"], queryFn: fetchSignInProviders, staleTime: Infinity });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const pasted = async (token: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await forgetSignIn();
      await signIn(token);
      navigate(returnTo, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const atProvider = async (provider: SignInProvider) => {
    setBusy(true);
    setError(undefined);
    try {
      // The browser leaves for the provider's login page.
      await startSignIn(provider, returnTo);
    } catch (e) {
      setError(new Error(`${provider.participant}'s identity provider could not be reached: ${e instanceof Error ? e.message : String(e)}`));
      setBusy(false);
    }
  };

  return (
    <Page title="Sign in">
      {endedBecause ? (
        <p className="notice notice-info" role="status">
          {endedBecause}
        </p>
      ) : null}
      <ErrorNotice error={error} title="Sign-in failed" />
      <section className="card sign-in-providers" aria-labelledby="providers-title">
        <h2 id="providers-title">Sign in with your country</h2>
        <p className="hint">You sign in at your own country's identity provider; the hub never sees your password.</p>
        {providers.isPending ? <Loading what="the identity providers" /> : null}
        <ErrorNotice error={providers.error} title="The identity providers could not be listed" />
        {providers.data && providers.data.length === 0 ? <p>This hub offers no identity provider to sign in at: paste a token below.</p> : null}
        {providers.data?.length ? (
          <ul className="provider-list">
            {providers.data.map((provider) => (
              <li key={provider.issuer}>
                <button type="button" disabled={busy} onClick={() => void atProvider(provider)} aria-describedby={`provider-${provider.participant}`}>
                  {provider.participant}
                </button>{" "}
                <span id={`provider-${provider.participant}`} className="hint">
                  {provider.name ? `${provider.name}, ` : ""}at {providerHost(provider)}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <PasteToken busy={busy} onSignIn={(token) => void pasted(token)} />
    </Page>
  );
}

function PasteToken(props: { busy: boolean; onSignIn(token: string): void }) {
  const [text, setText] = useState("");
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = normaliseToken(text);
    setInvalid(!token);
    if (token) props.onSignIn(token);
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby="paste-title">
      <h2 id="paste-title">Sign in with a bearer token</h2>
      <label htmlFor="bearer-token">Token from your country's identity provider</label>
      <textarea
        id="bearer-token"
        name="token"
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? "bearer-token-error" : "bearer-token-hint"}
        autoComplete="off"
        spellCheck={false}
      />
      {invalid ? (
        <p id="bearer-token-error" className="field-error">
          This is not a JWT: paste the three dot-separated parts (a leading "Bearer " is fine).
        </p>
      ) : (
        <p id="bearer-token-hint" className="hint">
          Kept in this tab only, and forgotten when you sign out or close the tab.
        </p>
      )}
      <button type="submit" disabled={props.busy || text.trim() === ""}>
        Sign in with this token
      </button>
    </form>
  );
}
