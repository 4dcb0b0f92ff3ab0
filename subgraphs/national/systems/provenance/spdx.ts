import { latestRelease, type ProvenanceFacts } from "./provenance-facts.js";

const SAFETY_RISK: Record<string, string> = { HIGH_RISK: "high", LIMITED_RISK: "medium", MINIMAL_RISK: "low" };

/**
 * The provenance label as an SPDX 3.0.1 document (JSON-LD) under the AI profile: one `ai_AIPackage` per
 * release (each with the properties the profile makes mandatory: releaseTime, suppliedBy,
 * downloadLocation, packageVersion, primaryPurpose), `ancestorOf` links for the release history,
 * the training sources in `ai_informationAboutTraining`, and the concluded and declared licence
 * relationships the profile's conformance requires (NOASSERTION where the register holds none).
 */
export function spdxDocument(facts: ProvenanceFacts): Record<string, unknown> {
  const { system, developer, namespace } = facts;
  const creationInfo = "_:creationinfo";
  const id = (kind: string, key: string) => `${namespace}/spdx/${kind}/${key}`;
  const supplier = id("organization", developer.id);
  const noAssertionLicense = id("license", "noassertion");
  const releases = facts.releases.length > 0 ? facts.releases : [];
  const training = facts.trainingSources.map((s) => `${s.name} (${s.kind})`).join("; ") || "NOASSERTION";
  const packageId = (version: string) => id("package", `${system.id}/${encodeURIComponent(version)}`);
  const latest = latestRelease(facts);
  const packages = (releases.length ? releases : [undefined]).map((release) => ({
    type: "ai_AIPackage",
    spdxId: packageId(release?.version ?? "unreleased"),
    creationInfo,
    name: system.name,
    description: release ? `${system.description} Release notes: ${release.changes}` : system.description,
    software_packageVersion: release?.version ?? "NOASSERTION",
    releaseTime: (release?.releasedAt ?? facts.generatedAt).toISOString(),
    suppliedBy: supplier,
    software_downloadLocation: "NOASSERTION",
    software_primaryPurpose: "model",
    ai_informationAboutTraining: training,
    ai_safetyRiskAssessment: SAFETY_RISK[system.riskTier],
    ...(release ? { comment: release.architectureChange ? "Major architecture change in this release." : "No major architecture change." } : {}),
  }));
  const relationships = packages.flatMap((pkg, i) => [
    { type: "Relationship", spdxId: `${pkg.spdxId}#concluded`, creationInfo, from: pkg.spdxId, relationshipType: "hasConcludedLicense", to: [noAssertionLicense] },
    { type: "Relationship", spdxId: `${pkg.spdxId}#declared`, creationInfo, from: pkg.spdxId, relationshipType: "hasDeclaredLicense", to: [noAssertionLicense] },
    ...(i > 0
      ? [{ type: "Relationship", spdxId: `${pkg.spdxId}#ancestor`, creationInfo, from: packages[i - 1]!.spdxId, relationshipType: "ancestorOf", to: [pkg.spdxId] }]
      : []),
  ]);
  const root = packageId(latest?.version ?? "unreleased");
  const elements = [
    { type: "Organization", spdxId: supplier, creationInfo, name: developer.name },
    { type: "simplelicensing_LicenseExpression", spdxId: noAssertionLicense, creationInfo, simplelicensing_licenseExpression: "NOASSERTION" },
    ...packages,
    ...relationships,
  ];
  return {
    "@context": "https://spdx.org/rdf/3.0.1/spdx-context.jsonld",
    "@graph": [
      { type: "CreationInfo", "@id": creationInfo, specVersion: "3.0.1", created: facts.generatedAt.toISOString(), createdBy: [id("agent", system.country)] },
      { type: "Organization", spdxId: id("agent", system.country), creationInfo, name: `National authority ${system.country}` },
      {
        type: "SpdxDocument",
        spdxId: id("document", `${system.id}/${facts.generatedAt.getTime()}`),
        creationInfo,
        name: `Provenance label of ${system.name}`,
        profileConformance: ["core", "software", "ai", "simpleLicensing"],
        rootElement: [root],
        element: elements.map((e) => e.spdxId),
      },
      ...elements,
    ],
  };
}
