import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureAccessLogHeadKey } from "../../../dev/dev-issuers.js";
import { AccessLogHeadSigner } from "./access-log-head.js";

describe("AccessLogHeadSigner", () => {
  const dir = mkdtempSync(join(tmpdir(), "hub-head-key-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const head = { country: "JP", seq: 42, hash: "a".repeat(64), at: "2026-12-02T01:00:00.000Z" };

  it("takes a P-256 key as a PEM file as well as a JWK, with the same key id", async () => {
    const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const pem = join(dir, "head.pem");
    const jwk = join(dir, "head.jwk.json");
    writeFileSync(pem, privateKey.export({ format: "pem", type: "pkcs8" }));
    writeFileSync(jwk, JSON.stringify(privateKey.export({ format: "jwk" })));
    const [fromPem, fromJwk] = await Promise.all([AccessLogHeadSigner.fromFile(pem), AccessLogHeadSigner.fromFile(jwk)]);
    expect(fromPem.kid).toBe(fromJwk.kid);
    expect(fromPem.publicJwk).not.toHaveProperty("d");
    expect(await fromJwk.verify((await fromPem.sign(head)).jws)).toEqual(head);
  });

  it("refuses keys that are not P-256", async () => {
    const rsa = join(dir, "rsa.pem");
    writeFileSync(rsa, generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "pem", type: "pkcs8" }));
    const p384 = join(dir, "p384.pem");
    writeFileSync(p384, generateKeyPairSync("ec", { namedCurve: "P-384" }).privateKey.export({ format: "pem", type: "pkcs8" }));
    await expect(AccessLogHeadSigner.fromFile(rsa)).rejects.toThrow(/not a P-256/);
    await expect(AccessLogHeadSigner.fromFile(p384)).rejects.toThrow(/not a P-256/);
  });

  it("verifies only heads its own key signed, unaltered", async () => {
    const mine = await AccessLogHeadSigner.fromFile(await ensureAccessLogHeadKey(dir, "JP"));
    const other = await AccessLogHeadSigner.fromFile(await ensureAccessLogHeadKey(dir, "US"));
    const { jws } = await mine.sign(head);
    await expect(other.verify(jws)).rejects.toThrow();
    const [h, , s] = jws.split(".");
    const altered = `${h}.${Buffer.from(JSON.stringify({ ...head, seq: 41 })).toString("base64url")}.${s}`;
    await expect(mine.verify(altered)).rejects.toThrow();
    expect(await mine.verify(jws)).toEqual(head);
  });
});
