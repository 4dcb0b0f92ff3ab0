import { EXIT_CONFIG, prepareService } from "../../shared/service/prepare-service.js";
import { runUntilSignalled } from "../../shared/process/run-until-signalled.js";
import { participantName } from "./participant-names.js";
import { startIdentityProviders } from "./server.js";
import { identityProvidersBaseUrl } from "./urls.js";

/**
 * `npm start`'s identity-providers service: one OpenID provider per participant whose issuer in the hub
 * config (HUB_CONFIG) is one of this process's (http://127.0.0.1:PORT/<CODE>), with the keys in
 * HUB_DEV_ISSUERS_DIR and the console at HUB_IDP_CONSOLE_URL (the gateway). Access tokens live
 * HUB_IDP_TOKEN_TTL_SECONDS (default 900: 15 minutes, renewed by refresh tokens). Dev only.
 */
const DEFAULT_TOKEN_TTL_SECONDS = 15 * 60;

const { logger, config, port, env } = prepareService({ name: () => "identity-providers", requiredEnv: ["HUB_DEV_ISSUERS_DIR", "HUB_IDP_CONSOLE_URL"] });
const ttlText = process.env.HUB_IDP_TOKEN_TTL_SECONDS;
const accessTokenTtlSeconds = ttlText ? Number(ttlText) : DEFAULT_TOKEN_TTL_SECONDS;
if (!Number.isInteger(accessTokenTtlSeconds) || accessTokenTtlSeconds < 1) {
  process.stderr.write(`identity-providers cannot start:\n  - HUB_IDP_TOKEN_TTL_SECONDS must be a whole number of seconds, got "${ttlText}"\n`);
  process.exit(EXIT_CONFIG);
}

const prefix = `${identityProvidersBaseUrl(port)}/`;
const participants = config
  .get()
  .issuers.filter((entry) => entry.issuer === `${prefix}${entry.participant}`)
  .map((entry) => ({ code: entry.participant, name: participantName(entry.participant) }));
if (participants.length === 0) {
  process.stderr.write(`identity-providers cannot start:\n  - no issuer of the hub config is at ${prefix}<CODE>\n`);
  process.exit(EXIT_CONFIG);
}

const running = await startIdentityProviders({
  port,
  participants,
  issuersDir: env("HUB_DEV_ISSUERS_DIR"),
  audience: config.get().audience,
  consoleBaseUrl: env("HUB_IDP_CONSOLE_URL").replace(/\/+$/, ""),
  accessTokenTtlSeconds,
});
logger.info("identity providers listening", { url: running.baseUrl, issuers: running.issuers.map((i) => i.issuer) });
runUntilSignalled(logger, running.close);
