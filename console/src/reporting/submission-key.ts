/**
 * One idempotency key per filled form: the same key for every retry of the same submission (after a
 * network error or a timeout the first attempt may have been written; the hub then answers with that
 * record instead of writing a second), a new one once the form changed or the submission succeeded.
 */
export class SubmissionKey {
  private key: string | undefined;

  constructor(private readonly make: () => string = newKey) {}

  /** The key of the submission in progress, made on first use. */
  current(): string {
    this.key ??= this.make();
    return this.key;
  }

  /** The next submission is a different one. */
  forget(): void {
    this.key = undefined;
  }
}

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts (https, localhost); a console served
 * over plain http elsewhere still has `getRandomValues`.
 */
export function newKey(source: Pick<Crypto, "getRandomValues"> & Partial<Pick<Crypto, "randomUUID">> = crypto): string {
  if (typeof source.randomUUID === "function") return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
