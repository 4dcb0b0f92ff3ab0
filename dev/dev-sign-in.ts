import { existsSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { BOARD, ROLES } from "../shared/auth/caller.js";
import type { HubConfig } from "../shared/config/hub-config.js";
import { loadDevIssuer, signDevToken } from "./dev-issuers.js";
import { MAX_DEMO_PARTICIPANTS, demoParticipants } from "./seed/demo-participants.js";

export const DEV_SIGN_IN_PATH = "/dev-sign-in";
/** Long enough for a working session, well under the hub's token lifetime cap. */
export const DEV_TOKEN_LIFETIME_SECONDS = 8 * 3600;

const NAMES = new Map(demoParticipants(MAX_DEMO_PARTICIPANTS).map((p) => [p.code, p.name]));
NAMES.set(BOARD, "International review board");

const tokenRequest = z
  .object({
    participant: z.string().regex(/^[A-Z]{2,8}$/, "a participant code such as JP or BOARD"),
    roles: z.array(z.enum(ROLES)).min(1, "at least one role").max(ROLES.length),
  })
  .strict();

/**
 * Dev mode only (the gateway registers it when HUB_DEV_ISSUERS_DIR is set, which no production config
 * does): the console's "Sign in as" page. It lists the participants whose dev identity provider has keys
 * here, and signs a token for one of them with the roles asked for, as that participant's identity
 * provider would after a real sign-in.
 */
export function devSignIn(issuersDir: string, config: () => HubConfig) {
  const signable = () => config().issuers.filter((entry) => existsSync(join(issuersDir, entry.participant, "private.jwk.json")));
  return async (app: FastifyInstance) => {
    app.get(`${DEV_SIGN_IN_PATH}/participants`, async (_request, reply) =>
      reply.header("cache-control", "no-store").send({
        roles: ROLES,
        participants: signable().map((entry) => ({ code: entry.participant, name: NAMES.get(entry.participant) ?? entry.participant })),
      }),
    );
    app.post(`${DEV_SIGN_IN_PATH}/token`, async (request, reply) => {
      let body: unknown;
      try {
        body = typeof request.body === "string" ? JSON.parse(request.body) : request.body;
      } catch {
        return reply.code(400).send({ error: "The body must be JSON: {\"participant\": \"JP\", \"roles\": [\"regulator\"]}." });
      }
      const parsed = tokenRequest.safeParse(body);
      if (!parsed.success) {
        return reply.code(400).send({ error: parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ") });
      }
      const entry = signable().find((e) => e.participant === parsed.data.participant);
      if (!entry) return reply.code(404).send({ error: `${parsed.data.participant} has no dev identity provider in this hub.` });
      const issuer = loadDevIssuer(issuersDir, entry.participant, entry.issuer);
      const roles = [...new Set(parsed.data.roles)];
      const token = await signDevToken(issuer, {
        roles,
        subject: `${entry.participant.toLowerCase()}-${roles.join("-")}`,
        expiresInSeconds: DEV_TOKEN_LIFETIME_SECONDS,
        audience: config().audience,
      });
      return reply.header("cache-control", "no-store").send({ token });
    });
  };
}
