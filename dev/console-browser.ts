import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.HUB_CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

/**
 * Browser tests run wherever Chromium is installed. On a machine with only Node.js they are skipped with
 * this reason, unless HUB_REQUIRE_BROWSER is set (CI), where a missing browser is a failure.
 */
export const browserMissing = existsSync(CHROMIUM)
  ? undefined
  : `no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) to run the console's browser tests`;
if (browserMissing && process.env.HUB_REQUIRE_BROWSER) throw new Error(browserMissing);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * One person's browser tab on the console: its own context (its own sessionStorage), every request it
 * makes recorded and anything not bound for the hub's origin refused, every CSP violation and page error
 * collected.
 */
export class ConsoleTab {
  readonly requests: string[] = [];
  readonly foreignRequests: string[] = [];
  readonly cspViolations: string[] = [];
  readonly pageErrors: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly origin: string,
  ) {}

  static async open(browser: Browser, gatewayUrl: string, viewport = DESKTOP): Promise<ConsoleTab> {
    const origin = new URL(gatewayUrl).origin;
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const tab = new ConsoleTab(context, page, origin);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      tab.requests.push(url);
      if (!sameOrigin(url, origin)) {
        tab.foreignRequests.push(url);
        return route.abort("blockedbyclient");
      }
      return route.continue();
    });
    await context.addInitScript({
      content: `document.addEventListener("securitypolicyviolation", (e) => console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline")));`,
    });
    page.on("console", (message) => {
      const text = message.text();
      if (/Content Security Policy|CSP violation/i.test(text)) tab.cspViolations.push(text);
    });
    page.on("pageerror", (error) => tab.pageErrors.push(error.message));
    return tab;
  }

  url(path: string): string {
    return `${this.origin}/console${path}`;
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(this.url(path));
  }

  /** Signs in through the console's dev sign-in page, as a person would. */
  async signInAs(participant: string, role: string): Promise<void> {
    const { page } = this;
    await page.goto(this.url("/sign-in"));
    await page.getByLabel("Participant", { exact: true }).selectOption(participant);
    await page.getByRole("radio", { name: new RegExp(`^${role}`, "i") }).check();
    await page.getByRole("button", { name: /^Sign in as/ }).click();
    await page.getByTestId("me-country").waitFor();
  }

  /** Serious and critical axe-core violations on the page as it is now. */
  async seriousA11yViolations(): Promise<{ id: string; impact: string; help: string; targets: string[] }[]> {
    const results = await new AxeBuilder({ page: this.page }).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact!, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  }

  close(): Promise<void> {
    return this.context.close();
  }
}

function sameOrigin(url: string, origin: string): boolean {
  if (url.startsWith("blob:")) return url.slice("blob:".length).startsWith(origin);
  // data: URLs load nothing from the network.
  if (url.startsWith("data:")) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
