import { Spec, Validation } from "@cyclonedx/cyclonedx-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoRegister } from "../dev/seed/seed.js";
import { System } from "../subgraphs/national/systems/system-entities.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

const DOCUMENT = `query($f: ProvenanceFormat!) { country(code: "JP") { systems { id name provenanceDocument(format: $f) } } }`;

/** SPDX 3.0 AI profile: what every ai_AIPackage must state (spdx-spec v3.0.1, AI/AIPackage and the profile's conformance). */
const AI_PACKAGE_REQUIRED = ["spdxId", "creationInfo", "name", "releaseTime", "suppliedBy", "software_downloadLocation", "software_packageVersion", "software_primaryPurpose"];

describe("machine-readable provenance documents", () => {
  let hub: TestHub;
  let jp: string;
  let systems: System[];

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP"] });
    await seedDemoRegister(hub.nations.get("JP")!.db, "JP");
    systems = await hub.nations.get("JP")!.db.getRepository(System).find();
    jp = await hub.token("JP", { roles: ["regulator"] });
  });
  afterAll(() => hub?.stop());

  const documents = async (format: string) => {
    const { body } = await hub.query(jp, DOCUMENT, { f: format });
    expect(body.errors).toBeUndefined();
    return body.data.country.systems as { id: string; name: string; provenanceDocument: any }[];
  };

  it("CycloneDX 1.6 documents validate against the official JSON schema", async () => {
    const validator = new Validation.JsonStrictValidator(Spec.Version.v1dot6);
    const all = await documents("CYCLONEDX_1_6");
    const labelled = all.filter((s) => s.provenanceDocument !== null);
    expect(labelled.length).toBe(systems.length - 1); // the exam grader has no label
    for (const { name, provenanceDocument } of labelled) {
      const errors = await validator.validate(JSON.stringify(provenanceDocument));
      expect({ name, errors }).toEqual({ name, errors: null });
    }
    const assistant = labelled.find((s) => s.name === "General-purpose assistant model")!.provenanceDocument;
    const model = assistant.components.find((c: any) => c.type === "machine-learning-model");
    expect(model.version).toBe("2.1");
    expect(model.pedigree.ancestors.map((a: any) => a.version)).toEqual(["1.0", "2.0"]);
    expect(model.modelCard.modelParameters.datasets).toHaveLength(3);
    // The validator is not a rubber stamp.
    expect(await validator.validate(JSON.stringify({ ...assistant, specVersion: "1.6", components: [{ type: "not-a-type", name: "x" }] }))).not.toBeNull();
  });

  it("SPDX 3.0 documents carry the AI profile's required properties and licence relationships", async () => {
    for (const { name, provenanceDocument: doc } of (await documents("SPDX_3_0_AI")).filter((s) => s.provenanceDocument)) {
      expect(doc["@context"]).toBe("https://spdx.org/rdf/3.0.1/spdx-context.jsonld");
      const graph = doc["@graph"] as any[];
      const ids = new Set(graph.filter((e) => e.spdxId).map((e) => e.spdxId));
      const creation = graph.find((e) => e.type === "CreationInfo");
      expect(creation).toMatchObject({ "@id": "_:creationinfo", specVersion: "3.0.1" });
      expect(Number.isNaN(Date.parse(creation.created))).toBe(false);
      const document = graph.find((e) => e.type === "SpdxDocument");
      expect(document.profileConformance).toContain("ai");
      for (const root of document.rootElement) expect(ids.has(root)).toBe(true);
      const packages = graph.filter((e) => e.type === "ai_AIPackage");
      expect(packages.length).toBeGreaterThan(0);
      for (const pkg of packages) {
        for (const property of AI_PACKAGE_REQUIRED) expect({ name, property, present: pkg[property] !== undefined }).toEqual({ name, property, present: true });
        expect(ids.has(pkg.suppliedBy)).toBe(true);
        expect(pkg.software_primaryPurpose).toBe("model");
        for (const type of ["hasConcludedLicense", "hasDeclaredLicense"]) {
          const rels = graph.filter((e) => e.type === "Relationship" && e.from === pkg.spdxId && e.relationshipType === type);
          expect({ name, type, count: rels.length }).toEqual({ name, type, count: 1 });
          expect(ids.has(rels[0].to[0])).toBe(true);
        }
      }
      // Release history: each release an ancestor of the next.
      const ancestry = graph.filter((e) => e.type === "Relationship" && e.relationshipType === "ancestorOf");
      expect(ancestry).toHaveLength(packages.length - 1);
    }
  });
});
