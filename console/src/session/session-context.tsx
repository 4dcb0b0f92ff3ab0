import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { graphql } from "../gql";
import type { MeQuery } from "../gql/graphql";
import { HubRequestError } from "../graphql/hub-error";
import { hubRequest } from "../graphql/hub-request";
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
  signOut(reason?: string): void;
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

  const value = useMemo(() => ({ session, restoring, endedBecause, signIn, signOut }), [session, restoring, endedBecause, signIn, signOut]);
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
