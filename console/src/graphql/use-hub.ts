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
 * Runs a typed mutation as the signed-in caller. Whatever it changed may show in any view (a grant opens
 * records, a review moves a matrix cell), so every query is fetched again after it succeeds.
 */
export function useHubMutation<TData, TVariables>(document: TypedDocumentString<TData, TVariables>) {
  const { token } = useSignedIn();
  const queryClient = useQueryClient();
  const mutation = useMutation<HubResult<TData>, Error, TVariables>({
    mutationFn: (variables) => hubRequest(token, document, variables),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  useSignOutWhenRefused(mutation.error);
  return mutation;
}

/** The hub's field error for `field` (BAD_USER_INPUT's extensions.field), to show beside that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof HubRequestError)) return undefined;
  return error.errors.find((e) => e.extensions?.code === "BAD_USER_INPUT" && e.extensions.field === field)?.message;
}
