import { expect, it } from "vitest";
import { PHONE } from "../../../dev/console-browser.js";
import type { ConsoleTestContext } from "../console.test.js";

/** GraphiQL's editors under the console's CSP, signed in as the session's caller. */
export function explorerJourneys(context: ConsoleTestContext) {
  it("runs the role's example, completes from the schema, shows refusals with their code, and follows deep links", async () => {
    const tab = await context.openTab();
    await tab.signInAs("JP", "regulator");
    const { page } = tab;
    await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Explorer" }).click();
    const editor = page.locator("[data-testid=explorer-operation-editor] .view-lines");
    await editor.waitFor({ timeout: 30_000 });
    await expect.poll(() => editor.textContent()).toContain("SeriousIncidentsAcrossBorders");
    await page.getByRole("button", { name: /Execute query/ }).click();
    const status = page.getByTestId("explorer-status");
    await expect.poll(() => status.getAttribute("data-state"), { timeout: 20_000 }).toBe("data");
    expect(await page.getByTestId("explorer-result").textContent()).toContain('"countries"');

    // Autocompletion comes from the hub's schema, read with the session's token.
    await page.locator("[data-testid=explorer-operation-editor] .monaco-editor").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type("{ countries { co");
    await page.keyboard.press("Control+Space");
    await expect.poll(() => page.locator(".suggest-widget.visible").textContent(), { timeout: 15_000 }).toContain("code");
    await page.keyboard.press("Escape");

    // A refusal is shown with its code, as the hub gave it.
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.type('mutation { revokeGrant(id: "00000000-0000-0000-0000-000000000000") { id } }');
    await page.getByRole("button", { name: /Execute query/ }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain("FORBIDDEN");

    await page.getByRole("button", { name: "Show documentation" }).click();
    const docs = page.getByTestId("explorer-docs");
    await docs.getByRole("link", { name: "Query" }).click();
    await expect.poll(() => docs.textContent()).toContain("complianceMatrix");
    expect(await tab.seriousA11yViolations()).toEqual([]);

    const query = encodeURIComponent("query Who($c: ID!) { country(code: $c) { name } }");
    await tab.goto(`/explorer?query=${query}&variables=${encodeURIComponent('{"c":"KR"}')}`);
    await editor.waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: /Execute query/ }).click();
    // The result pane is an editor too: its spaces are non-breaking.
    const result = async () => (await page.getByTestId("explorer-result").textContent())?.replace(/\s+/g, " ");
    await expect.poll(result, { timeout: 20_000 }).toContain("Republic of Korea");
    // Every request to the hub, the schema's included, went to its /graphql with the session's token.
    const graphql = tab.requests.filter((url) => new URL(url).origin === tab.origin && !url.includes("/console/") && !url.includes("/sign-in/providers"));
    expect(new Set(graphql.map((url) => new URL(url).pathname))).toEqual(new Set(["/graphql"]));
  });

  it("fits a phone", async () => {
    const tab = await context.openTab(PHONE);
    await tab.signInAs("KR", "negotiator");
    await tab.goto("/explorer");
    await tab.page.locator("[data-testid=explorer-operation-editor] .view-lines").waitFor({ timeout: 30_000 });
    expect(await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await tab.seriousA11yViolations()).toEqual([]);
  });
}
