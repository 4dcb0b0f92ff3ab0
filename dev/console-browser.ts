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
 * makes recorded and anything not bound for the hub's origin or an identity provider's (`allowedOrigins`)
 * refused, every CSP violation and page error collected.
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

  /** `allowedOrigins`: the participants' identity providers, where a sign-in goes. */
  static async open(browser: Browser, gatewayUrl: string, viewport = DESKTOP, allowedOrigins: readonly string[] = []): Promise<ConsoleTab> {
    const origin = new URL(gatewayUrl).origin;
    const allowed = [origin, ...allowedOrigins.map((o) => new URL(o).origin)];
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    const tab = new ConsoleTab(context, page, origin);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      tab.requests.push(url);
      if (!allowed.some((o) => sameOrigin(url, o))) {
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

  /**
   * Signs in as a person would: the console's sign-in page, the participant's identity provider, its
   * login page (demo user `<cc>-<role>`, or `board-analyst`, password `demo`), and back to the console.
   */
  async signInAs(participant: string, role: string, path = "/"): Promise<void> {
    await this.page.goto(this.url(`/sign-in`));
    await this.signInAtProvider(participant, role);
    if (path !== "/") await this.goto(path);
  }

  /** From the console's sign-in page on: choose the participant, sign in at its provider, wait for the console. */
  async signInAtProvider(participant: string, role: string): Promise<void> {
    const { page } = this;
    await this.chooseProvider(participant);
    await page.getByLabel("User name").fill(demoUser(participant, role));
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByTestId("me-country").waitFor();
  }

  /** On the console's sign-in page: leaves for the participant's provider and waits for its login page. */
  async chooseProvider(participant: string): Promise<void> {
    const { page } = this;
    await page.getByRole("button", { name: participant, exact: true }).click();
    await page.getByLabel("User name").waitFor();
  }

  /** The console's "Sign out", then the provider's own confirmation, landing on the console's /signed-out. */
  async signOut(): Promise<void> {
    const { page } = this;
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: /^Sign out of/ }).waitFor();
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.getByTestId("signed-out").waitFor();
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

/** A dev provider's demo user for a role: `jp-regulator`, ..., `board-analyst`. */
export function demoUser(participant: string, role: string): string {
  return `${participant.toLowerCase()}-${role}`;
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
