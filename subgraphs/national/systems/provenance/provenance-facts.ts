import type { Organisation, Release, System, TrainingSource } from "../system-entities.js";

/** Everything a provenance document states about one system, gathered once. */
export interface ProvenanceFacts {
  system: System;
  developer: Organisation;
  trainingSources: TrainingSource[];
  /** Oldest first. */
  releases: Release[];
  /** When the document is produced. */
  generatedAt: Date;
  /** Base of the document's identifiers, e.g. `https://hub.example/JP`. */
  namespace: string;
}

export function latestRelease(facts: ProvenanceFacts): Release | undefined {
  return facts.releases.at(-1);
}
