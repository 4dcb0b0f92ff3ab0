import { expect, it } from "vitest";
import type { ConsoleTestContext } from "../console.test.js";

/** A regulator files in its own register; an auditor sees in the access log who read it. */
export function reportingJourneys(context: ConsoleTestContext) {
  const ownTotal = async () => {
    const jp = await context.hub.token("--country", "JP", "--role", "regulator");
    const { body } = await context.hub.query(jp, `{ myCountry { incidents { totalCount } } }`);
    return body.data.myCountry.incidents.totalCount as number;
  };

  it("shows the hub's error beside a bad date, writes nothing, then files the corrected report", async () => {
    const before = await ownTotal();
    const tab = await context.openTab();
    await tab.signInAs("JP", "regulator");
    await tab.goto("/report");
    const { page } = tab;
    const label = (name: string) => page.getByLabel(name, { exact: true });
    await label("Title").fill("Console test: triage assistant advised a tenfold dose");
    await label("Summary").fill("A hospital triage chatbot advised ten times the label maximum; a nurse caught it.");
    await label("Severity").selectOption("SERIOUS_HAZARD");
    await label("Classification").selectOption("RESTRICTED");
    await label("Occurred at").fill("2026-11-20T10:00");
    await label("Detected at").fill("2026-11-19T10:00");
    await page.getByRole("button", { name: "Report incident" }).click();
    const detectedError = page.locator("#report-detectedAt-error");
    await expect.poll(() => detectedError.textContent()).toMatch(/Detected at.*before.*Occurred at/);
    expect(await label("Detected at").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("report-filed").count()).toBe(0);
    expect(await ownTotal()).toBe(before);

    // A date outside what the hub accepts is refused by the hub's own scalar, shown beside its field too.
    await label("Detected at").fill("2026-11-21T10:00");
    await label("Occurred at").fill("1980-01-01T10:00");
    await page.getByRole("button", { name: "Report incident" }).click();
    await expect.poll(() => page.locator("#report-occurredAt-error").textContent()).toMatch(/1990/);
    expect(await ownTotal()).toBe(before);
    expect(await tab.seriousA11yViolations()).toEqual([]);

    await label("Occurred at").fill("2026-11-20T10:00");
    await page.getByRole("button", { name: "Report incident" }).click();
    const filed = page.getByTestId("report-filed");
    await filed.waitFor();
    const id = (await page.getByTestId("report-filed-id").textContent())!.trim();
    expect(await ownTotal()).toBe(before + 1);
    const jp = await context.hub.token("--country", "JP", "--role", "regulator");
    const { body } = await context.hub.query(jp, `query($id: ID!) { myCountry { incident(id: $id) { title classification } } }`, { id });
    expect(body.data.myCountry.incident).toEqual({ title: "Console test: triage assistant advised a tenfold dose", classification: "RESTRICTED" });
  });

  it("lists in JP's access log the US regulator's read, with the log's integrity stated plainly", async () => {
    const us = await context.hub.token("--country", "US", "--role", "regulator", "--subject", "us-reader-for-console");
    await context.hub.query(us, `{ country(code: "JP") { incidents(first: 5) { totalCount nodes { id } } } }`);
    const tab = await context.openTab();
    await tab.signInAs("JP", "auditor");
    await tab.goto("/access-log");
    const { page } = tab;
    await expect.poll(() => page.getByTestId("access-log-integrity").textContent()).toMatch(/^Valid/);
    await page.getByLabel("Reader country").selectOption("US");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.url()).toMatch(/reader=US/);
    const usEntries = page.locator('[data-testid=access-log-entry][data-reader-country="US"]');
    await expect.poll(() => page.locator('[data-testid=access-log-entry]:not([data-reader-country="US"])').count()).toBe(0);
    await expect.poll(() => usEntries.count()).toBeGreaterThan(0);
    expect(await usEntries.filter({ hasText: "us-reader-for-console" }).count()).toBeGreaterThan(0);
    expect(await tab.seriousA11yViolations()).toEqual([]);
  });
}
