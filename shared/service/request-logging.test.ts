import { request as httpRequest } from "node:http";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentRequest } from "../logging/request-context.js";
import { bindRequestContext } from "./request-logging.js";

/** POSTs a body that arrives well after the headers, as from a slow client. */
function slowPost(url: string, requestId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json", "x-request-id": requestId } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.write('{"a":');
    setTimeout(() => req.end("1}"), 50);
  });
}

describe("the request's log context", () => {
  const app = Fastify({ genReqId: (req) => String(req.headers["x-request-id"]) });
  let url = "";
  beforeAll(async () => {
    bindRequestContext(app);
    app.post("/echo", async (request) => {
      const seenInHandler = currentRequest()?.requestId;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { seenInHandler, seenLater: currentRequest()?.requestId, id: request.id };
    });
    url = `${await app.listen({ port: 0, host: "127.0.0.1" })}/echo`;
  });
  afterAll(() => app.close());

  it("holds in the handler even when the body arrives later, and answers with the id", async () => {
    const answers = await Promise.all(["slow-1", "slow-2"].map((id) => slowPost(url, id).then((body) => JSON.parse(body))));
    expect(answers).toEqual([
      { seenInHandler: "slow-1", seenLater: "slow-1", id: "slow-1" },
      { seenInHandler: "slow-2", seenLater: "slow-2", id: "slow-2" },
    ]);
  });
});
