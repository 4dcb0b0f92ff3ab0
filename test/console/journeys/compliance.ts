import { expect, it } from "vitest";
import type { ConsoleTestContext } from "../console.test.js";

/** The board's analyst reviews a report from the matrix through to an escalation; the cell says so. */
export function complianceJourneys(context: ConsoleTestContext) {
  it("reviews a report through to ESCALATION_RECOMMENDED from its cell, and the heat map's cell changes", async () => {
    const tab = await context.openTab();
    await tab.signInAs("BOARD", "analyst");
    await tab.goto("/compliance");
    const { page } = tab;
    await page.locator("[data-testid=compliance-matrix][data-state=ready]").waitFor({ timeout: 20_000 });
    const cell = page.locator("[data-testid=compliance-table] td[data-country=CN][data-item=TSB-01]");
    expect(await cell.textContent()).not.toContain("Escalation recommended");
    expect(await tab.seriousA11yViolations()).toEqual([]);

    await cell.getByRole("button").click();
    await expect.poll(() => page.url()).toMatch(/report=.*item=TSB-01/);
    const dialog = page.getByRole("dialog");
    const report = dialog.getByTestId("compliance-report");
    await expect.poll(() => report.getAttribute("data-status")).toBe("SUBMITTED");

    await dialog.getByRole("radio", { name: "Under review" }).check();
    await dialog.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => report.getAttribute("data-status")).toBe("UNDER_REVIEW");

    // The hub requires a comment for an escalation: its error shows beside the comment, and nothing moves.
    await dialog.getByRole("radio", { name: "Escalation recommended" }).check();
    await dialog.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => dialog.locator(".field-error").first().textContent()).toContain("requires a comment");
    expect(await report.getAttribute("data-status")).toBe("UNDER_REVIEW");
    expect(await tab.seriousA11yViolations()).toEqual([]);

    await dialog.getByLabel("Comment (required for this outcome)").fill("Red-teaming evidence missing for two frontier releases.");
    await dialog.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => report.getAttribute("data-status")).toBe("ESCALATION_RECOMMENDED");
    expect(await dialog.getByTestId("report-history").textContent()).toContain("Red-teaming evidence missing for two frontier releases.");

    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => cell.textContent()).toContain("Escalation recommended");
    expect(await cell.getAttribute("data-status")).toBe("ESCALATION_RECOMMENDED");
  });

  it("shows a regulator its own country's report read-only", async () => {
    const tab = await context.openTab();
    await tab.signInAs("CN", "regulator");
    await tab.goto("/compliance");
    const { page } = tab;
    await page.locator("[data-testid=compliance-matrix][data-state=ready]").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=compliance-table] td[data-country=JP] button").count()).toBe(0);
    await page.locator("[data-testid=compliance-table] td[data-country=CN][data-item=TSB-01]").getByRole("button").click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain("Read-only");
    expect(await dialog.getByRole("button", { name: "Record review" }).count()).toBe(0);
  });
}
