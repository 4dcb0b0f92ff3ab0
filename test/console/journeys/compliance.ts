import { expect, it } from "vitest";
import type { ConsoleTestContext } from "../console.test.js";

/**
 * The board's analyst works from the review queue (evidence followed as far as its owner allows, the
 * attested figures beside the board's view) and reviews a report from the matrix through to an
 * escalation; a regulator reads its own report and has no queue.
 */
export function complianceJourneys(context: ConsoleTestContext) {
  it("works from the review queue: oldest first, a report's evidence as its owner lets the board see it, attested figures beside the shared view", async () => {
    const tab = await context.openTab();
    await tab.signInAs("BOARD", "analyst");
    await tab.page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Review queue" }).click();
    const { page } = tab;
    const queue = page.getByTestId("review-queue");
    // Within the filters: once the queue has loaded, its heading ("... every milestone ...") names the
    // table's region and section too, and a bare getByLabel("Milestone") would find three elements.
    const filters = queue.getByRole("form", { name: "Queue filters" });
    await filters.getByLabel("Milestone").selectOption("M12");
    await expect.poll(() => page.url()).toContain("milestone=M12");
    await page.locator("[data-testid=review-queue][data-state=ready]").waitFor({ timeout: 20_000 });
    // npm start's seed leaves some M12 reports SUBMITTED; the hub lists them longest waiting first.
    const rows = queue.locator("[data-testid=queue-table] tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    const since = (await rows.locator("time").evaluateAll((times) => times.map((t) => t.getAttribute("datetime")!))).map((t) => Date.parse(t));
    expect(since).toEqual([...since].sort((a, b) => a - b));
    expect(await rows.first().getByTestId("queue-changes").textContent()).toBe("First version: 30 items assessed");
    expect(await tab.seriousA11yViolations()).toEqual([]);

    const first = rows.first();
    const country = (await first.getAttribute("data-country"))!;
    const reportId = (await first.getAttribute("data-report"))!;
    await first.getByRole("button", { name: `Open ${country}'s M12 report` }).click();
    await expect.poll(() => page.url()).toContain(`report=${reportId}`);
    const dialog = page.getByRole("dialog");
    const report = dialog.getByTestId("compliance-report");
    await expect.poll(() => report.getAttribute("data-status")).toBe("SUBMITTED");

    // Every citation is either the record, from its owner, or the line saying the owner vouched for what the board may not see.
    const evidence = dialog.getByTestId("evidence");
    await expect.poll(() => evidence.count()).toBeGreaterThan(0);
    const shown = dialog.locator("[data-testid=evidence][data-evidence=record]");
    const withheld = dialog.locator("[data-testid=evidence][data-evidence=withheld]");
    expect((await shown.count()) + (await withheld.count())).toBe(await evidence.count());
    // The seed cites one record of each classification it has: a RESTRICTED incident is one the board may not see.
    expect(await shown.count()).toBeGreaterThan(0);
    expect(await withheld.count()).toBeGreaterThan(0);
    // A withheld record is the vouched line and the citation, nothing standing in for its title.
    for (const line of await withheld.allTextContents()) {
      expect(line).toMatch(new RegExp(`^(Incident|Audit|AI system) Vouched for by ${country} at .+, not visible to you\\.${country} [0-9a-f-]{36}$`));
    }
    for (const line of await shown.allTextContents()) expect(line).toMatch(new RegExp(`^\\S.* · .+${country} [0-9a-f-]{36}$`));

    // The attested figures beside the board's shared view, and the difference in words.
    const figures = dialog.getByTestId("figures-comparison");
    await expect.poll(() => figures.locator("[data-testid=figure-view]").first().textContent()).toMatch(/^\d+ of \d+$/);
    expect(await figures.locator("[data-testid=figure-attested]").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+ of \d+$/)]));
    expect(await figures.locator("thead").textContent()).toContain("Visible to the board (shared view)");
    for (const difference of await figures.locator("[data-testid=figure-difference]").allTextContents()) {
      expect(difference).toMatch(/visible to the board/);
    }
    expect(await figures.textContent()).toContain(`${country}'s own figures over all its records, attested with its report`);
    expect(await tab.seriousA11yViolations()).toEqual([]);

    // Reviewing from the queue: the report leaves the SUBMITTED queue for the UNDER_REVIEW one.
    await dialog.getByRole("radio", { name: "Under review" }).check();
    await dialog.getByRole("button", { name: "Record review" }).click();
    await expect.poll(() => report.getAttribute("data-status")).toBe("UNDER_REVIEW");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => queue.locator(`tr[data-report="${reportId}"]`).count()).toBe(0);
    await filters.getByLabel("Status").selectOption("UNDER_REVIEW");
    await expect.poll(() => queue.locator(`tr[data-report="${reportId}"]`).count()).toBe(1);

    // A cited incident the board may see links to the incidents view, open on that incident.
    await queue.locator(`tr[data-report="${reportId}"]`).getByRole("button").click();
    await expect.poll(() => report.getAttribute("data-status")).toBe("UNDER_REVIEW");
    const incident = dialog.locator("[data-testid=evidence][data-kind=INCIDENT][data-evidence=record] a").first();
    await expect.poll(() => incident.count()).toBe(1);
    const title = (await incident.textContent())!;
    expect(await incident.getAttribute("href")).toMatch(new RegExp(`^/console/incidents\\?country=${country}&incident=${country}\\.[0-9a-f-]{36}$`));
    await incident.click();
    await expect.poll(() => page.url()).toMatch(/\/console\/incidents\?.*incident=/);
    await expect.poll(() => page.getByRole("dialog").getByRole("heading", { level: 2 }).first().textContent()).toBe(title);
  });

  it("shows the matrix's indicators as the board's view beside each country's attested figures", async () => {
    const tab = await context.openTab();
    await tab.signInAs("BOARD", "analyst");
    await tab.goto("/compliance?milestone=M12");
    const { page } = tab;
    await page.locator("[data-testid=compliance-matrix][data-state=ready]").waitFor({ timeout: 20_000 });
    const cells = page.locator("[data-testid=compliance-table] td[data-indicator=notified]");
    const texts = await cells.allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^shared \d+ of \d+attested \d+ of \d+(all visible|\d+ of \d+ visible|changed since)$/);
  });

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
    // Another country's attested figures count records only its own regulators and the board may see: not shown, and said so.
    expect(await page.locator("[data-testid=compliance-table] td[data-country=JP][data-indicator=notified]").textContent()).toMatch(/attested: not shared with you$/);
    expect(await page.locator("[data-testid=compliance-table] td[data-country=CN][data-indicator=notified]").textContent()).toMatch(/^own \d+ of \d+attested \d+ of \d+/);
    await page.locator("[data-testid=compliance-table] td[data-country=CN][data-item=TSB-01]").getByRole("button").click();
    const dialog = page.getByRole("dialog");
    await expect.poll(() => dialog.textContent()).toContain("Read-only");
    expect(await dialog.getByRole("button", { name: "Record review" }).count()).toBe(0);
    // Its own country's figures: counted over all its records, beside what it attested.
    await expect.poll(() => dialog.getByTestId("figures-comparison").locator("thead").textContent()).toContain("Your own count now");

    // The queue is the board's: a regulator is told so, and the navigation does not offer it.
    expect(await page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: "Review queue" }).count()).toBe(0);
    await tab.goto("/review-queue");
    await expect.poll(() => page.getByTestId("role-refusal").textContent()).toContain("only the board's analysts review compliance reports");
    expect(await page.locator("main table").count()).toBe(0);
  });
}
