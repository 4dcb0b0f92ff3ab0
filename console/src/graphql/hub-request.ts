import type { TypedDocumentString } from "../gql/graphql";
import { type HubError, HubRequestError } from "./hub-error";

export interface HubResult<TData> {
  /** Whatever the hub could answer: with a country down, the others' part is here. */
  data: TData | null | undefined;
  /** Errors beside the data (a country that did not answer, a field refused). */
  errors: HubError[];
}

export const GRAPHQL_URL = "/graphql";

/**
 * Sends one operation to the gateway (same origin) with the session's token. An answer with data is
 * returned with its errors, so that a partial answer stays on screen; an answer with no data at all is
 * thrown as a HubRequestError carrying the hub's codes.
 */
export async function hubRequest<TData, TVariables>(
  token: string | undefined,
  document: TypedDocumentString<TData, TVariables>,
  variables?: TVariables,
  signal?: AbortSignal,
): Promise<HubResult<TData>> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new HubRequestError([{ message: "The hub could not be reached. Check your connection and try again.", extensions: { code: "NETWORK_ERROR" } }], 0);
  }
  let body: { data?: TData | null; errors?: HubError[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new HubRequestError([{ message: `The hub answered ${response.status} without a GraphQL body.`, extensions: { code: "INTERNAL_SERVER_ERROR" } }], response.status);
  }
  const errors = body.errors ?? [];
  if (body.data === undefined || body.data === null) {
    throw new HubRequestError(errors.length ? errors : [{ message: `The hub answered ${response.status} with no data.` }], response.status);
  }
  return { data: body.data, errors };
}
