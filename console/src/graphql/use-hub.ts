import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { TypedDocumentString } from "../gql/graphql";
import { useSession, useSignedIn } from "../session/session-context";
import { HubRequestError } from "./hub-error";
import { type HubResult, hubRequest } from "./hub-request";

type QueryOptions<TData> = Omit<UseQueryOptions<HubResult<TData>, Error>, "queryKey" | "queryFn">;

/** A refused token ends the session at once, wherever it was noticed. */
function useSignOutWhenRefused(error: unknown) {
  const { signOut } = useSession();
  useEffect(() => {
    if (error instanceof HubRequestError && error.code === "UNAUTHENTICATED") {
      signOut("The hub no longer accepts your session's token. Sign in again.");
    }
  }, [error, signOut]);
}

/**
 * Runs a typed query as the signed-in caller. The answer keeps the hub's errors beside its data, so a
 * view shows what came back and names what did not. Keyed by the caller: nothing cached under one
 * identity is shown to another.
 */
export function useHubQuery<TData, TVariables>(document: TypedDocumentString<TData, TVariables>, variables: TVariables, options: QueryOptions<TData> = {}) {
  const { token, me } = useSignedIn();
  const query = useQuery({
    queryKey: [document.toString(), variables, me.country, me.subject],
    queryFn: ({ signal }) => hubRequest(token, document, variables, signal),
    ...options,
  });
  useSignOutWhenRefused(query.error);
  return query;
}

/**
 * Runs a typed mutation as the signed-in caller. What it changed may show anywhere (a grant opens
 * records, a review moves a matrix cell), so every cached answer is marked stale and fetched again when
 * next shown; only the queries named in `refetch` are fetched again at once. Every read of another
 * country's records is written to that country's access log, so nothing is re-read that the person is
 * not looking at.
 */
export function useHubMutation<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  options: { refetch: readonly TypedDocumentString<unknown, never>[] },
) {
  const { token } = useSignedIn();
  const queryClient = useQueryClient();
  const mutation = useMutation<HubResult<TData>, Error, TVariables>({
    mutationFn: (variables) => hubRequest(token, document, variables),
    onSuccess: async () => {
      const now = new Set(options.refetch.map((d) => d.toString()));
      await queryClient.invalidateQueries({ refetchType: "none", predicate: (query) => !now.has(String(query.queryKey[0])) });
      await queryClient.invalidateQueries({ predicate: (query) => now.has(String(query.queryKey[0])) });
    },
  });
  useSignOutWhenRefused(mutation.error);
  return mutation;
}
