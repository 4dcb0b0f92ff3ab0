/**
 * Cursor paging kept in the URL, so that reload and the back button return to the same page: `after` is
 * the cursor of the page shown, `trail` the cursors of the pages before it (comma-separated; cursors are
 * base64url and hold no comma). Page 1 has neither.
 */
export interface PagePosition {
  after: string | undefined;
  /** Cursors of pages 2 … n-1. */
  trail: string[];
  /** 1-based. */
  page: number;
}

export function pagePosition(params: URLSearchParams): PagePosition {
  const after = params.get("after") || undefined;
  const trail = after ? (params.get("trail") ?? "").split(",").filter(Boolean) : [];
  return { after, trail, page: after ? trail.length + 2 : 1 };
}

export function nextPageParams(params: URLSearchParams, endCursor: string): URLSearchParams {
  const { after, trail } = pagePosition(params);
  const next = new URLSearchParams(params);
  next.set("after", endCursor);
  setTrail(next, after ? [...trail, after] : []);
  return next;
}

export function previousPageParams(params: URLSearchParams): URLSearchParams {
  const { trail } = pagePosition(params);
  const previous = new URLSearchParams(params);
  if (trail.length === 0) return firstPageParams(previous);
  previous.set("after", trail.at(-1)!);
  setTrail(previous, trail.slice(0, -1));
  return previous;
}

/** Back to page 1: also what any change of filter does (the old cursors belong to another list). */
export function firstPageParams(params: URLSearchParams): URLSearchParams {
  const first = new URLSearchParams(params);
  first.delete("after");
  first.delete("trail");
  return first;
}

function setTrail(params: URLSearchParams, trail: string[]): void {
  if (trail.length) params.set("trail", trail.join(","));
  else params.delete("trail");
}
