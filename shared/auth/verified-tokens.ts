import { createHash } from "node:crypto";
import type { Caller } from "./caller.js";

/** A verified token is trusted again without a signature check for at most this long, even if it lives longer. */
export const MAX_REUSE_MS = 5 * 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Callers of tokens that passed every check, keyed by the token's SHA-256, until the token expires
 * (at most MAX_REUSE_MS, so that a key an issuer has withdrawn stops being honoured soon). A caller
 * sends the same token for every request of a session: the signature is checked once, not each time.
 * Only successes are kept; a rejected token is checked in full every time it comes back.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { caller: Caller; until: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  get(token: string): Caller | undefined {
    const key = keyOf(token);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.caller;
  }

  /** `expiresAt`: the token's `exp`, in seconds since the epoch. */
  remember(token: string, caller: Caller, expiresAt: number): void {
    const until = Math.min(expiresAt * 1000, this.now() + MAX_REUSE_MS);
    if (until <= this.now()) return;
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(keyOf(token), { caller: freeze(caller), until });
  }
}

function keyOf(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** One caller object serves many requests: none of them may change it for the others. */
function freeze(caller: Caller): Caller {
  Object.freeze(caller.roles);
  Object.freeze(caller.scopes);
  return Object.freeze(caller);
}
