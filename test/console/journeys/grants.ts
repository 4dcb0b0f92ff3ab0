import { expect, it } from "vitest";
import type { ConsoleTab } from "../../../dev/console-browser.js";
import type { ConsoleTestContext } from "../console.test.js";

/**
 * What a regulator's incidents view shows of JP's records of one classification: the rows on screen,
 * which must equal the total the view reports for JP.
 */
export async function jpRowsInIncidentsView(tab: ConsoleTab, classification: string): Promise<number> {
  await tab.goto(`/incidents?country=JP&classification=${classification}&size=50`);
  const { page } = tab;
  await page.getByTestId("incident-summary").waitFor();
  const matching = Number((await page.getByTestId("country-matching-JP").textContent())?.trim());
  const rows = await page.locator(`tr[data-incident-id][data-country=JP][data-classification=${classification}]`).count();
  expect(rows).toBe(matching);
  return rows;
}

async function previewCount(tab: ConsoleTab, kind: string, classification: string): Promise<number> {
  const cell = tab.page.getByTestId("grant-preview").locator(`[data-kind=${kind}][data-classification=${classification}]`);
  return Number((await cell.textContent())?.trim() ?? "0");
}

/** A negotiator previews, issues and revokes a grant; the other country sees exactly what it opens, then no more. */
export function grantsJourneys(context: ConsoleTestContext) {
  it("issues a grant whose preview equals what the grantee's regulator then sees, and revokes it", async () => {
    const jpRegulator = await context.openTab();
    await jpRegulator.signInAs("JP", "regulator");
    const jpOwn = await jpRowsInIncidentsView(jpRegulator, "RESTRICTED");
    expect(jpOwn).toBeGreaterThan(0);
    const usRegulator = await context.openTab();
    await usRegulator.signInAs("US", "regulator");
    expect(await jpRowsInIncidentsView(usRegulator, "RESTRICTED")).toBe(0);
    expect(await usRegulator.page.getByTestId("incident-none").textContent()).toMatch(/No incident that you may see/);
    const sharedBefore = await jpRowsInIncidentsView(usRegulator, "SHARED");

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

    // Every record the grant opens, and nothing more: Restricted ones newly, Shared ones as before.
    expect(restricted).toBe(jpOwn);
    expect(await jpRowsInIncidentsView(usRegulator, "RESTRICTED")).toBe(restricted);
    expect(await jpRowsInIncidentsView(usRegulator, "SHARED")).toBe(shared);
    expect(shared).toBe(sharedBefore);
    expect(await jpRowsInIncidentsView(usRegulator, "NATIONAL_SECURITY")).toBe(0);

    // The grantee sees it received, and cannot revoke it.
    const us = usRegulator;
    await us.goto("/grants");
    const grantId = await row.getAttribute("data-grant-id");
    const received = us.page.locator(`[data-grant-id="${grantId}"]`).first();
    await expect.poll(() => received.getByTestId("grant-status").textContent()).toBe("Active");
    expect(await us.page.getByRole("button", { name: "Revoke" }).count()).toBe(0);

    await row.getByRole("button", { name: "Revoke" }).click();
    await page.getByRole("button", { name: "Revoke grant", exact: true }).click();
    await expect.poll(() => row.getAttribute("data-status")).toBe("REVOKED");
    await expect.poll(() => page.getByTestId("grant-message").textContent()).toContain("Revoked the grant to");
    expect(await jpRowsInIncidentsView(usRegulator, "RESTRICTED")).toBe(0);
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
