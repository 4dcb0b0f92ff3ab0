import { expect, it } from "vitest";
import type { ConsoleTestContext } from "../console.test.js";
import { PHONE } from "../../../dev/console-browser.js";

/** Signing in and out, who the header says you are, what each role is offered, and the pages' HTTP. */
export function shellJourneys(context: ConsoleTestContext) {
  it("serves the console at /console/ under default-src 'self', and sends / there", async () => {
    const { gatewayUrl } = context.hub;
    const root = await fetch(`${gatewayUrl}/`, { redirect: "manual" });
    expect(root.status).toBe(302);
    expect(root.headers.get("location")).toBe("/console/");
    for (const path of ["/console/", "/console/incidents?countries=JP", "/console/compliance"]) {
      const page = await fetch(`${gatewayUrl}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(page.headers.get("content-security-policy")).toMatch(/^default-src 'self';/);
      expect(await page.text()).toContain('<div id="root">');
    }
    const missing = await fetch(`${gatewayUrl}/console/assets/missing-chunk.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toMatch(/^text\/plain/);
  });

  it("sends a visitor to sign in, then back to the page asked for; the header shows who the hub sees", async () => {
    const tab = await context.openTab();
    await tab.goto("/compliance");
    await expect.poll(() => tab.page.url()).toBe(tab.url("/sign-in"));
    await tab.signInAtProvider("JP", "regulator");
    await expect.poll(() => tab.page.url()).toBe(tab.url("/compliance"));
    await expect.poll(() => tab.page.getByTestId("me-country").textContent()).toBe("JP");
    expect(await tab.page.getByTestId("me-roles").textContent()).toBe("regulator");
    const expires = await tab.page.locator(".who-am-i time").getAttribute("datetime");
    expect(Date.parse(expires!)).toBeGreaterThan(Date.now());
  });

  it("keeps the token in this tab's sessionStorage only, and forgets it on sign-out (at the provider too)", async () => {
    const tab = await context.openTab();
    await tab.signInAs("US", "negotiator");
    await tab.page.getByRole("link", { name: "Grants" }).first().click();
    const storage = () => tab.page.evaluate(() => ({ session: { ...sessionStorage }, local: { ...localStorage } }));
    const held = await storage();
    expect(Object.values(held.session).some((v) => /^[\w-]+\.[\w-]+\.[\w-]+$/.test(String(v)))).toBe(true);
    expect(held.local).toEqual({});
    // The console sets no cookie. (The identity providers keep their own session cookies, `_<cc>_session`
    // and the like, on the same host: a browser's cookies do not tell ports apart.)
    const cookies = await tab.context.cookies();
    expect(cookies.filter((c) => !/^_[a-z]+_(session|interaction|resume)(\.legacy)?(\.sig)?$/.test(c.name))).toEqual([]);
    await tab.signOut();
    expect(await storage()).toEqual({ session: {}, local: {} });
    // The start page and a reload bring no signed-in page back.
    await tab.goto("/");
    await expect.poll(() => tab.page.url()).toBe(tab.url("/sign-in"));
    await tab.page.reload();
    await expect.poll(() => tab.page.url()).toBe(tab.url("/sign-in"));
    await tab.page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
  });

  it("offers each role only the views it can use, and says so plainly on any other", async () => {
    const expected: Record<string, string[]> = {
      "JP regulator": ["Incidents across borders", "Report and revise", "Compliance matrix", "Grants", "Access log", "Explorer"],
      "JP negotiator": ["Grants", "Explorer"],
      "JP auditor": ["Incidents across borders", "Access log", "Explorer"],
      "BOARD analyst": ["Incidents across borders", "Compliance matrix", "Review queue", "Explorer"],
    };
    for (const [who, views] of Object.entries(expected)) {
      const tab = await context.openTab();
      const [participant, role] = who.split(" ") as [string, string];
      await tab.signInAs(participant, role);
      const nav = tab.page.getByRole("navigation", { name: "Views" }).getByRole("link");
      expect(await nav.allTextContents(), who).toEqual(views);
    }
    const negotiator = await context.openTab();
    await negotiator.signInAs("US", "negotiator");
    for (const path of ["/incidents", "/report", "/compliance", "/review-queue", "/access-log"]) {
      await negotiator.goto(path);
      const refusal = negotiator.page.getByTestId("role-refusal");
      await expect.poll(() => refusal.textContent()).toMatch(/^Your role cannot/);
      expect(await negotiator.page.locator("main table").count()).toBe(0);
    }
    const analyst = await context.openTab();
    await analyst.signInAs("BOARD", "analyst");
    await analyst.goto("/report");
    await expect.poll(() => analyst.page.getByTestId("role-refusal").textContent()).toContain("only a country's own regulators");
  }, 90_000);

  it("signs in with a pasted token, and refuses an expired one or one that is not a token, saying why", async () => {
    const tab = await context.openTab();
    await tab.goto("/sign-in");
    const field = tab.page.getByLabel("Token from your country's identity provider");
    const submit = tab.page.getByRole("button", { name: "Sign in with this token" });
    await field.fill("not a token");
    await submit.click();
    await expect.poll(() => field.getAttribute("aria-invalid")).toBe("true");
    expect(await tab.page.locator("#bearer-token-error").textContent()).toMatch(/not a JWT/);

    await field.fill(await context.hub.token("--country", "KR", "--role", "auditor", "--expires-in", "-5m"));
    await submit.click();
    const alert = tab.page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("UNAUTHENTICATED");
    expect(await tab.page.evaluate(() => Object.keys(sessionStorage).length)).toBe(0);

    await field.fill(`Bearer ${await context.hub.token("--country", "KR", "--role", "auditor")}`);
    await submit.click();
    await expect.poll(() => tab.page.getByTestId("me-country").textContent()).toBe("KR");
    expect(await tab.page.getByTestId("me-roles").textContent()).toBe("auditor");
  });

  it("has no dev shortcut: the dev hub signs people in only through its identity providers", async () => {
    const { gatewayUrl } = context.hub;
    expect((await fetch(`${gatewayUrl}/dev-sign-in/participants`)).status).toBe(404);
    const signed = await fetch(`${gatewayUrl}/dev-sign-in/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ participant: "JP", roles: ["regulator"] }) });
    expect(signed.status).toBe(404);
    expect(await signed.text()).not.toMatch(/eyJ/);
  });

  it("has no serious or critical accessibility violation on the sign-in and start pages, on a desktop and a phone", async () => {
    for (const viewport of [undefined, PHONE]) {
      const tab = await context.openTab(viewport);
      await tab.goto("/sign-in");
      await tab.page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
      expect(await tab.seriousA11yViolations()).toEqual([]);
      await tab.signInAs("EU", "regulator");
      await tab.goto("/");
      await tab.page.getByRole("heading", { level: 1 }).waitFor();
      expect(await tab.seriousA11yViolations()).toEqual([]);
      // Nothing wider than the screen: the page never scrolls sideways.
      expect(await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
  });

  it("fits every view to a phone's width, with no serious or critical accessibility violation", async () => {
    const views: [string, string, string, string][] = [
      ["JP", "regulator", "/report", "[data-testid=report-form], form"],
      ["JP", "auditor", "/access-log", "[data-testid=access-log-integrity]"],
      ["BOARD", "analyst", "/compliance", "[data-testid=compliance-matrix][data-state=ready]"],
      ["JP", "negotiator", "/grants", "[data-testid=grant-preview]"],
    ];
    for (const [participant, role, path, ready] of views) {
      const tab = await context.openTab(PHONE);
      await tab.signInAs(participant, role);
      await tab.goto(path);
      await tab.page.locator(ready).first().waitFor({ timeout: 20_000 });
      expect(await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), path).toBe(true);
      expect(await tab.seriousA11yViolations(), path).toEqual([]);
    }
    // Four sign-ins and four accessibility scans in a row: 30 s was seen to run out on 2 busy cores.
  }, 90_000);
}
