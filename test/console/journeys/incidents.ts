import { expect, it } from "vitest";
import { PHONE } from "../../../dev/console-browser.js";
import type { ConsoleTestContext } from "../console.test.js";

/** Searching across borders: filters, the drawer, exports, and an answer with a country missing. */
export function incidentsJourneys(context: ConsoleTestContext) {
  it("finds a country's incidents through the filters, opens one, and exports what is on screen", async () => {
    const tab = await context.openTab();
    await tab.signInAs("BOARD", "analyst");
    await tab.goto("/incidents");
    const { page } = tab;
    const filters = page.getByRole("form", { name: "Incident filters" });
    await filters.getByRole("checkbox", { name: /Japan/ }).check();
    await filters.getByRole("checkbox", { name: "Shared" }).check();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.url()).toMatch(/country=JP/);
    await page.getByTestId("incident-summary").waitFor();
    const rows = page.locator("tr[data-incident-id]");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await page.locator("tr[data-incident-id]:not([data-country=JP])").count()).toBe(0);
    expect(await page.locator("tr[data-incident-id]:not([data-classification=SHARED])").count()).toBe(0);
    await page.getByTestId("incident-timeline").waitFor();

    const first = rows.first();
    const title = (await first.getByRole("link").first().textContent())!.trim();
    await first.getByRole("link").first().click();
    const drawer = page.getByRole("dialog");
    await expect.poll(() => drawer.getByRole("heading", { level: 2 }).first().textContent()).toContain(title);
    await drawer.getByTestId("notification-status").waitFor();
    // The board reads another country's record: its revisions are the owner's alone and are not shown.
    expect(await drawer.getByTestId("incident-revisions").count()).toBe(0);
    expect(await tab.seriousA11yViolations()).toEqual([]);
    // The drawer is a deep link: a reload opens the same incident.
    await page.reload();
    await expect.poll(() => page.getByRole("dialog").getByRole("heading", { level: 2 }).first().textContent()).toContain(title);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);

    const [csv] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
    const text = await streamText(await csv.createReadStream());
    const lines = text.trim().split(/\r\n/);
    expect(lines.length - 1).toBe(await rows.count());
    expect(text).toContain(title.includes(",") ? `"${title}"` : title);
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
    expect(JSON.stringify(JSON.parse(await streamText(await json.createReadStream())))).toContain(title.replaceAll('"', '\\"'));
  });

  it("keeps the other countries on screen when one does not answer, and names it", async () => {
    const kr = context.hub.pidOf("national-KR");
    const tab = await context.openTab();
    await tab.signInAs("US", "regulator");
    process.kill(kr, "SIGSTOP");
    try {
      await tab.goto("/incidents");
      const { page } = tab;
      const banner = page.locator("[data-missing-country=KR]");
      await banner.waitFor({ timeout: 20_000 });
      expect(await banner.textContent()).toContain("NATION_UNAVAILABLE");
      expect(await page.getByTestId("country-total-KR").textContent()).toContain("No answer");
      for (const code of ["JP", "US", "EU", "CN"]) {
        await expect.poll(() => page.locator(`tr[data-incident-id][data-country=${code}]`).count(), { message: code }).toBeGreaterThan(0);
      }
      expect(await page.locator("tr[data-incident-id][data-country=KR]").count()).toBe(0);
      expect(await tab.seriousA11yViolations()).toEqual([]);
    } finally {
      process.kill(kr, "SIGCONT");
    }
  });

  it("is usable on a phone", async () => {
    const tab = await context.openTab(PHONE);
    await tab.signInAs("JP", "auditor");
    await tab.goto("/incidents?country=JP");
    await tab.page.getByTestId("incident-summary").waitFor();
    expect(await tab.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await tab.seriousA11yViolations()).toEqual([]);
  });
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}
