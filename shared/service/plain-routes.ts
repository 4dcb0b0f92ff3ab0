/** A plain GET route's answer (health, schema hash, dev JWKS): JSON unless `contentType` says otherwise. */
export interface PlainResponse {
  status: number;
  body: unknown;
  /** Default application/json; with another type `body` is sent as a string. */
  contentType?: string;
}

/** Answers a GET of `path` (the request path, without the query string). */
export type RouteHandler = (path: string) => Promise<PlainResponse> | PlainResponse;
