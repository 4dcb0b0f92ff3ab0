import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ConsoleTab, DESKTOP, launchChromium } from "./console-browser.js";
import { DevHubProcess, ROOT } from "./dev-hub-process.js";

/**
 * `npm run screenshots`: one PNG per console view in docs/console/, taken from a fresh dev hub (its own
 * ports, data folder and databases) in Debian's Chromium, signed in as the role each view is for.
 */
const SHOTS: { file: string; participant?: string; role?: string; path: string }[] = [
  { file: "sign-in.png", path: "/sign-in" },
  // A US regulator reads JP's records first, so that JP's access log below has something to show.
  { file: "incidents.png", participant: "US", role: "regulator", path: "/incidents" },
  { file: "report.png", participant: "JP", role: "regulator", path: "/report" },
  { file: "compliance.png", participant: "BOARD", role: "analyst", path: "/compliance" },
  { file: "review-queue.png", participant: "BOARD", role: "analyst", path: "/review-queue?milestone=M12" },
  { file: "grants.png", participant: "JP", role: "negotiator", path: "/grants" },
  { file: "access-log.png", participant: "JP", role: "auditor", path: "/access-log" },
  { file: "explorer.png", participant: "JP", role: "regulator", path: "/explorer" },
];

const out = join(ROOT, "docs", "console");
mkdirSync(out, { recursive: true });
const say = (line: string) => process.stdout.write(`${line}\n`);

const hub = await DevHubProcess.create({ countries: 5, databaseUrl: process.env.DATABASE_URL, env: { HUB_LOG: "" } });
const browser = await launchChromium().catch((error: Error) => {
  say(`Chromium could not start (${error.message}); install it with: apt-get install -y chromium`);
  process.exit(1);
});
try {
  say("starting a dev hub for the screenshots...");
  await hub.start();
  for (const shot of SHOTS) {
    const tab = await ConsoleTab.open(browser, hub.gatewayUrl, DESKTOP, [`http://127.0.0.1:${hub.env.HUB_IDP_PORT}`]);
    if (shot.participant && shot.role) await tab.signInAs(shot.participant, shot.role);
    await tab.goto(shot.path);
    await tab.page.locator("h1").first().waitFor();
    await tab.page.waitForLoadState("networkidle");
    // Charts draw on the next frames after their data arrives.
    await tab.page.waitForTimeout(800);
    await tab.page.screenshot({ path: join(out, shot.file) });
    say(`  ${join("docs", "console", shot.file)}`);
    await tab.close();
  }
} finally {
  await browser.close();
  await hub.stop();
  await hub.destroy();
}
