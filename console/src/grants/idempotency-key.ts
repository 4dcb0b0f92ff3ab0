/**
 * A key for one issue attempt: a retry of the same terms (after a timeout, say) reuses it and the hub
 * writes nothing twice; changed terms get a new one, since the hub refuses a key reused for other terms.
 * getRandomValues, unlike randomUUID, also works on a hub served over plain http.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export interface Attempt {
  terms: string;
  key: string;
}

export function attemptFor(previous: Attempt | undefined, terms: unknown, makeKey: () => string = newIdempotencyKey): Attempt {
  const serialised = JSON.stringify(terms);
  return previous?.terms === serialised ? previous : { terms: serialised, key: makeKey() };
}
