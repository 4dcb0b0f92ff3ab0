import { expect, it } from "vitest";
import type { ConsoleTab } from "../../../dev/console-browser.js";
import type { ConsoleTestContext } from "../console.test.js";

/** How many of JP's incidents a US regulator can read, by classification (through the hub's API). */
async function jpIncidentsSeenByUs(context: ConsoleTestContext): Promise<Record<string, number>> {
  const us = await context.hub.token("--country", "US", "--role", "regulator");
  const { body } = await context.hub.query(us, `{ country(code: "JP") { incidents(first: 500) { nodes { classification } } } }`);
  const counts: Record<string, number> = {};
  for (const node of body.data.country.incidents.nodes as { classification: string }[]) counts[node.classification] = (counts[node.classification] ?? 0) + 1;
  return counts;
}

async function previewCount(tab: ConsoleTab, kind: string, classification: string): Promise<number> {
  const cell = tab.page.getByTestId("grant-preview").locator(`[data-kind=${kind}][data-classification=${classification}]`);
  return Number((await cell.textContent())?.trim() ?? "0");
}

/** A negotiator previews, issues and revokes a grant; the other country sees exactly what it opens, then no more. */
export function grantsJourneys(context: ConsoleTestContext) {
  it("issues a grant whose preview equals what the grantee then reads, and revokes it", async () => {
    const before = await jpIncidentsSeenByUs(context);
    expect(before.RESTRICTED ?? 0).toBe(0);

    const jp = await context.openTab();
    await jp.signInAs("JP", "negotiator");
    await jp.goto("/grants");
    const { page } = jp;
    await page.getByLabel("Grantee").selectOption("US");
    await page.getByRole("group", { name: "Record kinds" }).getByLabel("Incidents").check();
    await page.getByLabel("Highest classification").selectOption("RESTRICTED");
    await page.getByLabel("Purpose").fill("Joint review of chatbot harms (console test)");
    await page.getByLabel("Valid until").fill("2027-03-31");
    const preview = page.locator("[data-testid=grant-preview][data-state=ready]");
    await preview.waitFor();
    // Let the preview settle on the last terms typed.
    await expect.poll(async () => (await preview.textContent())?.includes("Restricted")).toBe(true);
    const restricted = await previewCount(jp, "INCIDENT", "RESTRICTED");
    const shared = await previewCount(jp, "INCIDENT", "SHARED");
    expect(restricted).toBeGreaterThan(0);
    expect(Number(await page.getByTestId("grant-preview-new").textContent())).toBe(restricted);

    await page.getByRole("button", { name: "Issue grant" }).click();
    await expect.poll(() => page.getByTestId("grant-message").textContent()).toContain("Issued the grant to United States (US)");
    const row = page.locator("[data-grant-id]", { hasText: "Joint review of chatbot harms (console test)" }).first();
    await expect.poll(() => row.getAttribute("data-status")).toBe("ACTIVE");

    const opened = await jpIncidentsSeenByUs(context);
    expect(opened.RESTRICTED).toBe(restricted);
    expect(opened.SHARED).toBe(shared);
    expect(opened.NATIONAL_SECURITY).toBeUndefined();

    // The grantee sees it received, and cannot revoke it.
    const us = await context.openTab();
    await us.signInAs("US", "regulator");
    await us.goto("/grants");
    const grantId = await row.getAttribute("data-grant-id");
    const received = us.page.locator(`[data-grant-id="${grantId}"]`).first();
    await expect.poll(() => received.getByTestId("grant-status").textContent()).toBe("Active");
    expect(await us.page.getByRole("button", { name: "Revoke" }).count()).toBe(0);

    await row.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("button", { name: "Revoke grant", exact: true }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("REVOKED");
    expect(await page.getByTestId("grant-message").textContent()).toContain("Revoked the grant to");
    expect(await jpIncidentsSeenByUs(context)).toEqual(before);
  });

  it("shows the hub's field error beside the field, and issues nothing", async () => {
    const tab = await context.openTab();
    await tab.signInAs("KR", "negotiator");
    await tab.goto("/grants");
    const { page } = tab;
    await page.getByLabel("Grantee").selectOption("EU");
    await page.getByRole("group", { name: "Record kinds" }).getByLabel("Incidents").check();
    await page.getByLabel("Valid until").fill("2027-06-30");
    await page.getByRole("button", { name: "Issue grant" }).click();
    await expect.poll(() => page.locator("#grant-purpose-error").textContent()).toMatch(/purpose/);
    expect(await page.getByLabel("Purpose").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("[data-grant-id]").count()).toBe(0);
    expect(await tab.seriousA11yViolations()).toEqual([]);
  });
}
