import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { ErrorNotice } from "../ui/ErrorNotice";
import { Page } from "../ui/Page";
import { fetchDevParticipants, fetchDevToken } from "./dev-sign-in";
import { useSession } from "./session-context";
import { normaliseToken } from "./token-store";

const ROLE_TEXT: Record<string, string> = {
  regulator: "Regulator: reads shared incidents, reports its own, reads its grants and access log",
  analyst: "Analyst (review board): cross-country views, reviews compliance reports",
  negotiator: "Negotiator: previews, issues and revokes bilateral grants",
  auditor: "Auditor: reads records its grants open, and its own access log",
};

/** Where a person signs in: as a dev participant (dev hub only), or by pasting a bearer token. */
export function SignInPage() {
  const { signIn, endedBecause } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const returnTo = (location.state as { from?: string } | null)?.from ?? "/";
  const dev = useQuery({ queryKey: ["dev-participants"], queryFn: fetchDevParticipants, staleTime: Infinity });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const attempt = async (token: () => Promise<string>) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(await token());
      navigate(returnTo, { replace: true });
    } catch (e) {
      setError(e);
    } finally {
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
      {dev.data ? <DevSignIn participants={dev.data.participants} roles={dev.data.roles} busy={busy} onSignIn={(p, r) => attempt(() => fetchDevToken(p, r))} /> : null}
      <PasteToken busy={busy} onSignIn={(token) => attempt(async () => token)} />
    </Page>
  );
}

function DevSignIn(props: { participants: { code: string; name: string }[]; roles: string[]; busy: boolean; onSignIn(participant: string, roles: string[]): void }) {
  const [participant, setParticipant] = useState(props.participants.find((p) => p.code !== "BOARD")?.code ?? props.participants[0]?.code ?? "");
  const roles = participant === "BOARD" ? ["analyst"] : props.roles.filter((r) => r !== "analyst");
  const [role, setRole] = useState("regulator");
  const chosenRole = roles.includes(role) ? role : roles[0]!;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSignIn(participant, [chosenRole]);
  };
  return (
    <form className="card sign-in-dev" onSubmit={submit} aria-labelledby="dev-sign-in-title">
      <h2 id="dev-sign-in-title">Dev sign-in</h2>
      <p className="hint">This hub runs development identity providers (npm start). A real deployment signs you in at your own country's identity provider.</p>
      <label htmlFor="dev-participant">Participant</label>
      <select id="dev-participant" name="participant" value={participant} onChange={(e) => setParticipant(e.target.value)}>
          {props.participants.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
      </select>
      <fieldset>
        <legend>Role</legend>
        {roles.map((r) => (
          <label key={r} className="radio">
            <input type="radio" name="role" value={r} checked={chosenRole === r} onChange={() => setRole(r)} />
            {ROLE_TEXT[r] ?? r}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={props.busy || !participant}>
        Sign in as {participant} {chosenRole}
      </button>
    </form>
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
