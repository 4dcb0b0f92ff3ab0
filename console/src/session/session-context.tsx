import { useQueryClient } from "@tanstack/react-query";
import type { UserManager } from "oidc-client-ts";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";
import { HubRequestError } from "../graphql/hub-error";
import { hubRequest } from "../graphql/hub-request";
import { activeSignIn, forgetSignIn, signOutAtProvider } from "./oidc-sign-in";
import { forgetToken, loadToken, saveToken } from "./token-store";

export const MeDocument = graphql(`
  query Me {
    me {
      country
      subject
      roles
      scopes
      expiresAt
    }
  }
`);

export type Me = MeQuery["me"];

export interface Session {
  token: string;
  me: Me;
}

interface SessionState {
  session: Session | undefined;
  /** True while a token kept from before a reload is being checked with the hub. */
  restoring: boolean;
  /** Why the last session ended on its own (expired, refused), shown on the sign-in page. */
  endedBecause: string | undefined;
  /** Checks the token with the hub (`me`) and keeps it; throws the hub's error when refused. */
  signIn(token: string): Promise<Me>;
  /** Forgets the token here; `reason` is shown on the sign-in page. Renewal at the provider stops. */
  signOut(reason?: string): void;
  /** The sign-out button: forgets the token, and signs out at the identity provider too when it signed in there. */
  signOutEverywhere(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | undefined>();
  const [restoring, setRestoring] = useState(() => loadToken() !== undefined);
  const [endedBecause, setEndedBecause] = useState<string | undefined>();

  const signOut = useCallback(
    (reason?: string) => {
      forgetToken();
      void forgetSignIn();
      setSession(undefined);
      setEndedBecause(reason);
      // Nothing read under the old identity may show under the next one.
      queryClient.clear();
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (token: string) => {
      const { data } = await hubRequest(token, MeDocument);
      const me = data!.me;
      saveToken(token);
      queryClient.clear();
      setSession({ token, me });
      setEndedBecause(undefined);
      return me;
    },
    [queryClient],
  );

  const signOutEverywhere = useCallback(async () => {
    forgetToken();
    queryClient.clear();
    // Leaves for the provider's end-session page, which comes back to /signed-out.
    if (await signOutAtProvider().catch(() => false)) return;
    signOut("You signed out.");
  }, [queryClient, signOut]);

  // Signed in at a provider: its renewed access token replaces the session's (the same person, so what
  // was read stays); a renewal that fails ends the session.
  const signedIn = session !== undefined;
  useEffect(() => {
    if (!signedIn) return;
    let stop: (() => void) | undefined;
    let ended = false;
    void activeSignIn().then((active) => {
      if (!active || ended) return;
      stop = follow(active.manager, active.provider.participant);
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [signedIn, signOut, queryClient]);

  // Follows a provider's UserManager: its renewed tokens, and a renewal that fails.
  function follow(manager: UserManager, participant: string): () => void {
    const renewed = (user: { access_token: string }) => {
      if (user.access_token === loadToken()) return;
      hubRequest(user.access_token, MeDocument)
        .then(({ data }) => {
          const me = data!.me;
          saveToken(user.access_token);
          setSession((before) => {
            if (before && (before.me.country !== me.country || before.me.subject !== me.subject)) queryClient.clear();
            return { token: user.access_token, me };
          });
        })
        .catch((error: unknown) => signOut(`Your session ended: the hub refused the renewed token (${error instanceof Error ? error.message : String(error)}). Sign in again.`));
    };
    const failed = (error: Error) => signOut(`Your session ended: ${participant}'s identity provider did not renew it (${error.message}). Sign in again.`);
    manager.events.addUserLoaded(renewed);
    manager.events.addSilentRenewError(failed);
    manager.startSilentRenew();
    return () => {
      manager.events.removeUserLoaded(renewed);
      manager.events.removeSilentRenewError(failed);
    };
  }

  useEffect(() => {
    const kept = loadToken();
    if (!kept) return;
    signIn(kept)
      .catch((error: unknown) => {
        const unauthenticated = error instanceof HubRequestError && error.code === "UNAUTHENTICATED";
        // A hub that is down does not end the session; a refused token does.
        if (unauthenticated) signOut("Your session ended: the hub no longer accepts its token. Sign in again.");
        else signOut(error instanceof Error ? `Could not restore your session: ${error.message}` : undefined);
      })
      .finally(() => setRestoring(false));
  }, [signIn, signOut]);

  // Sign out when the token expires, rather than failing on the next click.
  useEffect(() => {
    const expiresAt = session?.me.expiresAt ? Date.parse(session.me.expiresAt) : undefined;
    if (!expiresAt) return;
    const timer = setTimeout(() => signOut("Your session expired. Sign in again."), Math.max(0, Math.min(expiresAt - Date.now(), 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo(
    () => ({ session, restoring, endedBecause, signIn, signOut, signOutEverywhere }),
    [session, restoring, endedBecause, signIn, signOut, signOutEverywhere],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error("useSession outside SessionProvider");
  return state;
}

/** The signed-in session; only for components rendered behind the sign-in gate. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error("useSignedIn without a session");
  return session;
}
