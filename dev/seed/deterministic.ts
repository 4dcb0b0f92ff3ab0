import { createHash } from "node:crypto";

/** Demo data is the same on every reseed: randomness and ids derive from the country code. */
export function seededRandom(seed: string): () => number {
  let state = createHash("sha256").update(seed).digest().readUInt32LE(0) || 1;
  return () => {
    // xorshift32: deterministic, so a reseeded demo looks the same.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

export function uuidFrom(text: string): string {
  const hex = createHash("sha256").update(text).digest("hex");
  // Version 4 layout (random-looking ids), deterministic so a reseed does not duplicate records.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
