import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ComposedSupergraph } from "../gateway/supergraph/compose-supergraph.js";
import { nationalHashFile, writeSupergraphFile } from "../gateway/supergraph/supergraph-file.js";

/** Beside the supergraph file: the fingerprint of the code it was composed from. */
export function sourceHashFile(supergraphFile: string): string {
  return `${supergraphFile}.source-sha256`;
}

/**
 * The launcher's supergraph, composed again only when what it is composed from changed: the built
 * subgraph and shared code, and the locked dependencies (composition, type-graphql). Composing loads
 * both subgraphs' code and the composition library, over a second of one core at every `npm start`,
 * before any service can start; on a restart of unchanged code the file already there is the answer.
 */
export async function ensureSupergraph(
  supergraphFile: string,
  sources: readonly string[],
  compose: () => Promise<ComposedSupergraph>,
): Promise<"composed" | "reused"> {
  const fingerprint = fingerprintOf(sources);
  const stored = existsSync(sourceHashFile(supergraphFile)) ? readFileSync(sourceHashFile(supergraphFile), "utf8").trim() : undefined;
  if (stored === fingerprint && existsSync(supergraphFile) && existsSync(nationalHashFile(supergraphFile))) return "reused";
  writeSupergraphFile(supergraphFile, await compose());
  writeFileSync(sourceHashFile(supergraphFile), `${fingerprint}\n`);
  return "composed";
}

/** SHA-256 over every file's path and content, under each source (a folder or a file), in a fixed order. */
export function fingerprintOf(sources: readonly string[]): string {
  const hash = createHash("sha256");
  for (const source of sources) {
    for (const file of filesUnder(source)) {
      hash.update(`${file}\0`);
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex");
}

function filesUnder(source: string): string[] {
  if (!existsSync(source)) return [];
  if (statSync(source).isFile()) return [source];
  return readdirSync(source, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
