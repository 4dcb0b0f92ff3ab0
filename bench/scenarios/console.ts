import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import type { DevHub } from "../dev-hub.js";
import type { Row } from "../report.js";
import type { ScenarioResult } from "./scenario.js";

/** Debian's Chromium, as the console's browser tests use it; never a browser Playwright downloads. */
export const CHROMIUM = process.env.HUB_BENCH_CHROMIUM ?? "/usr/bin/chromium";
/** Page loads per figure: each in a new browser context (empty cache, no session), as a first visit. */
const RUNS = 5;
/** How long the matrix may take before the scenario says it is not there (the view may not be built). */
const MATRIX_TIMEOUT_MS = 10_000;
const MATRIX_READY = "[data-testid=compliance-matrix][data-state=ready]";

/**
 * Marks, in page time (ms since the document's navigation started), when what a person waits for is
 * on screen: the sign-in form usable, the home page's heading, the compliance matrix ready. Each mark
 * is taken in the animation frame after the DOM change, just before it is painted. Plain JavaScript:
 * it runs in the page (Playwright adds it before any of the page's own scripts, past its CSP).
 */
const MARKS_SCRIPT = `(() => {
  const marks = (window.__benchMarks = {});
  const mark = (name) => {
    if (name in marks) return;
    marks[name] = null;
    requestAnimationFrame(() => { marks[name] = performance.now(); });
  };
  const check = () => {
    const provider = document.querySelector(".provider-list button");
    if (provider && !provider.disabled) mark("signInReady");
    const heading = document.getElementById("page-title");
    if (heading && (heading.textContent || "").startsWith("Welcome")) mark("home");
    if (document.querySelector(${JSON.stringify(MATRIX_READY)})) mark("matrix");
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/** Printed under the table: what the console rows compare. */
export const CONSOLE_CAPTION =
  "6 console: medians of page loads in headless Chromium, each a first visit (new context, empty cache). First view = /console/ until the " +
  "sign-in page's providers are usable, plus the submit of the provider's login form until the home heading is painted (the automation's own typing left out). Matrix = " +
  "/console/compliance loaded anew, signed in as the board's analyst, until [data-testid=compliance-matrix][data-state=ready]. Baseline: a " +
  "trivial static page (the console's favicon) from the same gateway, navigation start to load event, in the same run: the cost of any " +
  "page from this server, so the ratio is what the console adds (GET /health is no floor: it probes every country).";

type Marks = Partial<Record<"signInReady" | "home" | "matrix", number | null>>;

/**
 * 6. Console: the web console in a real browser (Chromium, headless) against this hub's gateway.
 * - First view: `/console/` to the home page's heading, signing in as the board's analyst at the
 *   board's identity provider. The time the automation spends choosing and typing is left out: the
 *   figure is the page load until the providers are offered, plus the submit of the provider's login
 *   form until the home heading is painted (the console's page after the provider's redirects counts
 *   its time from that submit: a navigation's time origin is its start, redirects included).
 * - Matrix: with that session, `/console/compliance` loaded anew until the compliance matrix says
 *   `data-state=ready` (the board's analyst sees every country's row).
 * - Baseline: a trivial page from the same gateway (the console's favicon, a static file served with
 *   the same headers), navigation start to its load event: what any page from this server costs the
 *   browser, so the ratio is what the console adds to it.
 */
export async function measureConsole(hub: DevHub, countries: number): Promise<ScenarioResult> {
  const origin = hub.gatewayUrl.replace(/\/graphql$/, "");
  if (!existsSync(CHROMIUM)) {
    return { rows: unavailable(countries, `no browser at ${CHROMIUM}`), figures: { countries, skipped: `no browser at ${CHROMIUM}` } };
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const baseline: number[] = [];
    const firstView: { load: number; signIn: number }[] = [];
    const matrix: number[] = [];
    let matrixMissing: string | undefined;
    for (let run = 0; run < RUNS; run++) {
      baseline.push(await trivialPageMs(browser, `${origin}/console/favicon.svg`));
      const { page, close, times } = await firstVisit(browser, origin);
      try {
        firstView.push(times);
        if (matrixMissing) continue;
        const ms = await matrixMs(page, origin);
        if (typeof ms === "string") matrixMissing = ms;
        else matrix.push(ms);
      } finally {
        await close();
      }
    }
    const base = median(baseline);
    // Each phase's median, added: the parts add up to the whole on the table.
    const load = median(firstView.map((t) => t.load));
    const signIn = median(firstView.map((t) => t.signIn));
    const total = load + signIn;
    const baselineText = `${base.toFixed(0)} ms trivial page`;
    const rows: Row[] = [
      {
        scenario: "6 console",
        measure: `first view, ${countries} countries (load + sign-in), medians of ${RUNS}`,
        baseline: baselineText,
        value: `${total.toFixed(0)} ms (${load.toFixed(0)} + ${signIn.toFixed(0)})`,
        ratio: total / base,
        target: "",
        met: null,
      },
      matrixMissing
        ? { scenario: "6 console", measure: `compliance matrix ready, ${countries} countries`, baseline: baselineText, value: "n/a", ratio: null, target: "", met: null }
        : {
            scenario: "6 console",
            measure: `compliance matrix ready, ${countries} countries, median of ${matrix.length}`,
            baseline: baselineText,
            value: `${median(matrix).toFixed(0)} ms`,
            ratio: median(matrix) / base,
            target: "",
            met: null,
          },
    ];
    return {
      rows,
      figures: { countries, trivialPageMs: baseline, firstViewMs: firstView, matrixMs: matrix, matrixMissing },
      notes: matrixMissing ? [`Console, ${countries} countries: the compliance matrix was not measured: ${matrixMissing}.`] : [],
    };
  } finally {
    await browser.close();
  }
}

/** Navigation start to the load event of a static page from the same gateway, in a fresh context. */
async function trivialPageMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    return await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd");
  } finally {
    await context.close();
  }
}

/** A first visit: /console/, the sign-in page, the board's provider, the home page. The page stays signed in. */
async function firstVisit(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/console/`);
    const ready = await markOf(page, "signInReady", 30_000);
    await page.getByRole("button", { name: "BOARD", exact: true }).click();
    await page.getByLabel("User name").fill("board-analyst");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    // Marked in the console's page the provider sent the browser back to: page time counts from the submit.
    const home = await markOf(page, "home", 30_000);
    if (typeof ready !== "number" || typeof home !== "number") {
      throw new Error(`the console's first view did not come up at ${origin}/console/ (marks: ${JSON.stringify(await marksOf(page))})`);
    }
    return { page, close: () => context.close(), times: { load: ready, signIn: home } };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Loads the compliance view anew in the signed-in page; the time to the ready matrix, or why there is none. */
async function matrixMs(page: Page, origin: string): Promise<number | string> {
  await page.goto(`${origin}/console/compliance`);
  const ms = await markOf(page, "matrix", MATRIX_TIMEOUT_MS);
  if (typeof ms === "number") return ms;
  const state = await page.evaluate(`document.querySelector("[data-testid=compliance-matrix]")?.getAttribute("data-state") ?? null`);
  return state === null
    ? `no [data-testid=compliance-matrix] within ${MATRIX_TIMEOUT_MS / 1000} s (the view is not built yet?)`
    : `the matrix stayed in data-state=${String(state)} for ${MATRIX_TIMEOUT_MS / 1000} s`;
}

async function marksOf(page: Page): Promise<Marks> {
  // Between the provider's pages and the console's, a page may be gone while it is asked.
  return ((await page.evaluate("window.__benchMarks ?? {}").catch(() => ({}))) ?? {}) as Marks;
}

/** Polls for a mark (the page's own clock took it; polling only decides when to stop waiting). */
async function markOf(page: Page, name: keyof Marks, timeoutMs: number): Promise<number | undefined> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = (await marksOf(page))[name];
    if (typeof value === "number") return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

function unavailable(countries: number, why: string): Row[] {
  return ["first view", "compliance matrix ready"].map((what) => ({
    scenario: "6 console",
    measure: `${what}, ${countries} countries`,
    baseline: "",
    value: `n/a (${why})`,
    ratio: null,
    target: "",
    met: null,
  }));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The JavaScript a browser must fetch before the first view can render, as the console's build measured
 * it (dist/console/first-view.json: the entry chunk and what it imports, gzipped at level 9).
 */
export function firstViewScriptRow(distDir: string): Row {
  const sizeFile = join(distDir, "first-view.json");
  if (!existsSync(sizeFile)) {
    return { scenario: "6 console", measure: "first view's JavaScript, gzip", baseline: "", value: "n/a (console not built)", ratio: null, target: "", met: null };
  }
  const size = JSON.parse(readFileSync(sizeFile, "utf8")) as { files: string[]; gzipBytes: number };
  return {
    scenario: "6 console",
    measure: `first view's JavaScript, gzip (${size.files.length} file${size.files.length === 1 ? "" : "s"})`,
    baseline: "",
    value: `${(size.gzipBytes / 1000).toFixed(1)} kB`,
    ratio: null,
    target: "",
    met: null,
  };
}
