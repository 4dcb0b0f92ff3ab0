import { useSearchParams } from "react-router";
import { firstPageParams, nextPageParams, pagePosition, previousPageParams } from "./cursor-trail";

/**
 * Newer / Older over a cursor-paged list, newest first, with the cursors kept in the URL (so reload and
 * the back button return to the same page). `newest` adds a jump back to the first page.
 */
export function CursorPager({ label, pageInfo, newest = false }: { label: string; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; newest?: boolean }) {
  const [params, setParams] = useSearchParams();
  const first = pagePosition(params).page === 1;
  return (
    <nav className="pager" aria-label={label}>
      {newest ? (
        <button type="button" disabled={first} onClick={() => setParams(firstPageParams(params))}>
          Newest
        </button>
      ) : null}
      <button type="button" disabled={first} onClick={() => setParams(previousPageParams(params))}>
        Newer
      </button>
      <button type="button" disabled={!pageInfo.hasNextPage || !pageInfo.endCursor} onClick={() => setParams(nextPageParams(params, pageInfo.endCursor!))}>
        Older
      </button>
    </nav>
  );
}
