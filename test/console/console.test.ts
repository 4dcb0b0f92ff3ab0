import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { DevHubProcess } from "../../dev/dev-hub-process.js";
import { browserMissing, ConsoleTab, DESKTOP, launchChromium, PHONE } from "../../dev/console-browser.js";
import { complianceJourneys } from "./journeys/compliance.js";
import { explorerJourneys } from "./journeys/explorer.js";
import { grantsJourneys } from "./journeys/grants.js";
import { incidentsJourneys } from "./journeys/incidents.js";
import { reportingJourneys } from "./journeys/reporting.js";
import { oidcJourneys } from "./journeys/oidc.js";
import { shellJourneys } from "./journeys/shell.js";

/**
 * The console in a real browser (Debian's Chromium) against a real hub: the launcher, each service its
 * own process, on free ports. Each journey signs in through the console as a person would.
 */
// Each journey signs in at a provider and drives a real browser: 30 s was seen to run out on 2 busy cores.
describe.skipIf(browserMissing)("the console in a browser", { timeout: 90_000 }, () => {
  const context = {} as ConsoleTestContext;
  const tabs: ConsoleTab[] = [];

  beforeAll(async () => {
    context.hub = await DevHubProcess.create({
      countries: 5,
      databaseUrl: inject("databaseUrl"),
      // A frozen country is given up on after 3 s (the partial-results journey): 1.5 s was seen to cut off
      // a live country's first answer on two busy cores, turning the explorer's journey partial.
      // Access tokens live 30 s, so that renewal (10 s before expiry) happens within the suite.
      env: { HUB_LOG: "", HUB_NATION_TIMEOUT_MS: "3000", HUB_CIRCUIT_OPEN_MS: "500", HUB_IDP_TOKEN_TTL_SECONDS: String(TOKEN_TTL_SECONDS) },
    });
    await context.hub.start();
    context.idpOrigin = `http://127.0.0.1:${context.hub.env.HUB_IDP_PORT}`;
    context.browser = await launchChromium();
    context.openTab = async (viewport = DESKTOP) => {
      const tab = await ConsoleTab.open(context.browser, context.hub.gatewayUrl, viewport, [context.idpOrigin]);
      tabs.push(tab);
      return tab;
    };
  }, 180_000);

  // Whatever a journey did, no request left the hub's origin (and its identity providers'), the CSP refused nothing and no script failed.
  afterEach(async () => {
    const opened = tabs.splice(0);
    for (const tab of opened) {
      expect(tab.foreignRequests, "requests to another origin").toEqual([]);
      expect(tab.cspViolations, "Content-Security-Policy violations").toEqual([]);
      expect(tab.pageErrors, "uncaught page errors").toEqual([]);
      await tab.close();
    }
  });

  afterAll(async () => {
    await context.browser?.close();
    await context.hub?.destroy();
  });

  shellJourneys(context);
  incidentsJourneys(context);
  grantsJourneys(context);
  reportingJourneys(context);
  complianceJourneys(context);
  explorerJourneys(context);
  oidcJourneys(context);

  // After every journey (sign-ins, renewals, sign-outs, refused and expired tokens): no service logged a token.
  it("never wrote a token to any service's log, and named every request line with its request id", () => {
    const files = context.hub.logFiles();
    expect(Object.keys(files)).toContain("gateway");
    for (const [service, text] of Object.entries(files)) {
      expect(text, service).not.toContain("eyJ");
      const requests = text.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.message === "request");
      expect(requests.every((line) => typeof line.requestId === "string"), service).toBe(true);
    }
  });
});

export const TOKEN_TTL_SECONDS = 30;

export interface ConsoleTestContext {
  hub: DevHubProcess;
  /** The dev identity providers' origin (each participant's issuer is a path under it). */
  idpOrigin: string;
  browser: Browser;
  openTab(viewport?: typeof DESKTOP | typeof PHONE): Promise<ConsoleTab>;
}
