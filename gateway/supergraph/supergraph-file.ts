import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ComposedSupergraph } from "./compose-supergraph.js";

/** Where `npm run compose` keeps the national schema's hash, next to the supergraph file. */
export function nationalHashFile(supergraphFile: string): string {
  return `${supergraphFile}.national-sha256`;
}

/** A supergraph composed at build time, with the national schema hash written beside it (if any). */
export function readSupergraphFile(file: string): { supergraphSdl: string; nationalSdlHash?: string } {
  const hashFile = nationalHashFile(file);
  return {
    supergraphSdl: readFileSync(file, "utf8"),
    nationalSdlHash: existsSync(hashFile) ? readFileSync(hashFile, "utf8").trim() : undefined,
  };
}

/** Writes a composed supergraph and, beside it, the national schema hash every country is checked against. */
export function writeSupergraphFile(file: string, composed: ComposedSupergraph): void {
  writeFileSync(file, composed.supergraphSdl);
  writeFileSync(nationalHashFile(file), `${composed.nationalSdlHash}\n`);
}
