import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a proxy or client may pass as a request id: short, printable, nothing a log parser could trip on. */
const SANE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Takes a caller's `x-request-id` when it is sane (so one id follows a request across services), else makes one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
}
