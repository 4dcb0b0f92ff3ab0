import { useQueries, useQueryClient } from "@tanstack/react-query";
import type { IncidentFilter, IncidentNextPageQuery, IncidentNextPageQueryVariables } from "../gql/graphql";
import type { HubError } from "../graphql/hub-error";
import { HubRequestError } from "../graphql/hub-error";
import { type HubResult, hubRequest } from "../graphql/hub-request";
import { useSignedIn } from "../session/session-context";
import { IncidentNextPageDocument } from "./incident-documents";
import type { CountryPage } from "./incident-rows";

export interface NextPages {
  /** Per country, the pages after the first, in order; a page the country did not give is null. */
  pages: Map<string, (CountryPage | null)[]>;
  /** Countries with a page on its way. */
  loading: Set<string>;
  /** Countries whose latest asked page did not come, with a way to ask again. */
  failed: Map<string, () => void>;
  /** Errors beside these pages' data, and refusals of whole pages, for `PartialAnswer`. */
  errors: HubError[];
}

/**
 * Follows each country's own cursor for the pages wanted beyond the first (`wanted`, from the URL).
 * Page n+1 is asked once page n has answered, with the cursor it gave, so a reload rebuilds the same
 * pages one after another. Pages are cached by cursor and caller like every other query.
 */
export function useNextPages(
  firstCursors: ReadonlyMap<string, string | undefined>,
  wanted: ReadonlyMap<string, number>,
  pageSize: number,
  filter: IncidentFilter | undefined,
): NextPages {
  const { token, me } = useSignedIn();
  const queryClient = useQueryClient();
  const document = IncidentNextPageDocument;

  const planned: { code: string; key: readonly unknown[]; variables: IncidentNextPageQueryVariables }[] = [];
  for (const [code, count] of wanted) {
    let cursor = firstCursors.get(code);
    for (let page = 0; page < count && cursor; page++) {
      const variables: IncidentNextPageQueryVariables = { code, after: cursor, first: pageSize, filter };
      const key = [document.toString(), variables, me.country, me.subject] as const;
      planned.push({ code, key, variables });
      // The cache holds what earlier renders fetched: the next cursor is known once this page is in.
      const answered = queryClient.getQueryData<HubResult<IncidentNextPageQuery>>(key);
      const connection = answered?.data?.country?.incidents;
      cursor = connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? undefined) : undefined;
    }
  }

  const results = useQueries({
    queries: planned.map(({ key, variables }) => ({
      queryKey: key,
      queryFn: ({ signal }: { signal: AbortSignal }) => hubRequest(token, document, variables, signal),
    })),
  });

  const pages = new Map<string, (CountryPage | null)[]>();
  const loading = new Set<string>();
  const failed = new Map<string, () => void>();
  const errors: HubError[] = [];
  results.forEach((result, index) => {
    const { code } = planned[index]!;
    const list = pages.get(code) ?? [];
    pages.set(code, list);
    if (result.isPending) loading.add(code);
    if (result.error) errors.push(...(result.error instanceof HubRequestError ? result.error.errors : [{ message: result.error.message }]));
    if (result.data) errors.push(...result.data.errors);
    const page = result.data?.data?.country?.incidents ?? null;
    if (!page && !result.isPending) failed.set(code, () => void result.refetch());
    list.push(page);
  });
  return { pages, loading, failed, errors };
}
