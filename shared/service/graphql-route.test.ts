import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { answerAsBytes } from "./graphql-route.js";

describe("an answer sent as bytes", () => {
  it("is the same text, with the length of its UTF-8 bytes", async () => {
    const app = Fastify();
    const text = JSON.stringify({ data: { title: "Évaluation du modèle — 日本の事故 🚨" } });
    app.get("/", { onSend: [answerAsBytes] }, async (_request, reply) => reply.type("application/json").send(text));
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.body).toBe(text);
    expect(Number(response.headers["content-length"])).toBe(Buffer.byteLength(text));
    expect(Number(response.headers["content-length"])).toBeGreaterThan(text.length);
    await app.close();
  });
});
