import { randomUUID } from "node:crypto";
import { latestRelease, type ProvenanceFacts } from "./provenance-facts.js";

/**
 * The provenance label as a CycloneDX 1.6 ML-BOM: the model as a `machine-learning-model` component
 * whose model card names its training datasets (`data` components), and whose pedigree lists the
 * earlier releases, each marked when it changed the architecture.
 */
export function cycloneDxDocument(facts: ProvenanceFacts): Record<string, unknown> {
  const { system, developer } = facts;
  const latest = latestRelease(facts);
  const datasetRef = (id: string) => `dataset-${id}`;
  const releaseComponent = (release: ProvenanceFacts["releases"][number]) => ({
    type: "machine-learning-model",
    "bom-ref": `release-${release.id}`,
    name: system.name,
    version: release.version,
    description: release.changes,
    properties: [
      { name: "hub:releasedAt", value: release.releasedAt.toISOString() },
      { name: "hub:architectureChange", value: String(release.architectureChange) },
    ],
  });
  const model = {
    type: "machine-learning-model",
    "bom-ref": `system-${system.id}`,
    name: system.name,
    ...(latest ? { version: latest.version } : {}),
    description: system.description,
    supplier: { name: developer.name },
    properties: [
      { name: "hub:country", value: system.country },
      { name: "hub:weights", value: system.weights },
      { name: "hub:riskTier", value: system.riskTier },
    ],
    ...(facts.releases.length > 1
      ? { pedigree: { ancestors: facts.releases.slice(0, -1).map(releaseComponent), notes: "Earlier releases, oldest first." } }
      : {}),
    modelCard: {
      modelParameters: { datasets: facts.trainingSources.map((source) => ({ ref: datasetRef(source.id) })) },
    },
  };
  return {
    bomFormat: "CycloneDX",
    specVersion: "1.6",
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: { timestamp: facts.generatedAt.toISOString(), component: { type: "machine-learning-model", name: system.name, "bom-ref": "metadata-component" } },
    components: [
      model,
      ...facts.trainingSources.map((source) => ({
        type: "data",
        "bom-ref": datasetRef(source.id),
        name: source.name,
        data: [{ type: "dataset", name: source.name, ...(source.description ? { description: source.description } : {}), classification: source.kind }],
      })),
    ],
  };
}
