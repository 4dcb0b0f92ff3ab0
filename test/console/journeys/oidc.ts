import { expect, it } from "vitest";
import type { ConsoleTestContext } from "../console.test.js";

const TOKEN_KEY = "hub.session.token";

/**
 * "Sign in with your country" through each participant's own OpenID provider (the dev hub runs real
 * ones): the authorization code flow with PKCE, sign-out at the provider, a cancelled sign-in, and
 * renewal by refresh token across the access token's expiry (the suite's tokens live 30 s).
 */
export function oidcJourneys(context: ConsoleTestContext) {
  it("signs a JP regulator in at JP's provider, back on the page asked for with JP's records, while a US negotiator signs in at the US provider", async () => {
    const jp = await context.openTab();
    const us = await context.openTab();
    await jp.goto("/incidents?country=JP");
    await expect.poll(() => jp.page.url()).toBe(jp.url("/sign-in"));
    await jp.chooseProvider("JP");
    expect(new URL(jp.page.url()).origin).toBe(context.idpOrigin);
    expect(await jp.page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Sign in at Japan/);
    // The US tab signs in at its own provider meanwhile.
    await us.goto("/grants");
    await us.signInAtProvider("US", "negotiator");
    await jp.page.getByLabel("User name").fill("jp-regulator");
    await jp.page.getByLabel("Password").fill("demo");
    await jp.page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => jp.page.url()).toBe(jp.url("/incidents?country=JP"));
    expect(await jp.page.getByTestId("me-country").textContent()).toBe("JP");
    expect(await jp.page.getByTestId("me-roles").textContent()).toBe("regulator");
    const rows = jp.page.locator("tr[data-incident-id]");
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await jp.page.locator("tr[data-incident-id]:not([data-country=JP])").count()).toBe(0);

    await expect.poll(() => us.page.url()).toBe(us.url("/grants"));
    expect(await us.page.getByTestId("me-country").textContent()).toBe("US");
    expect(await us.page.getByTestId("me-roles").textContent()).toBe("negotiator");
    // Each tab holds its own provider's token: JP's issuer signed the one, the US's the other.
    const issuerOf = async (tab: typeof jp) => {
      const token = await tab.page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY);
      return (JSON.parse(Buffer.from(token!.split(".")[1]!, "base64url").toString()) as { iss: string }).iss;
    };
    expect(await issuerOf(jp)).toBe(`${context.idpOrigin}/JP`);
    expect(await issuerOf(us)).toBe(`${context.idpOrigin}/US`);
    // Nothing of the sign-in went to localStorage.
    expect(await jp.page.evaluate(() => localStorage.length)).toBe(0);
  });

  it("signs out at the provider too: signing in again asks for the password again", async () => {
    const tab = await context.openTab();
    await tab.signInAs("KR", "auditor");
    await tab.signOut();
    expect(await tab.page.getByTestId("signed-out").textContent()).toMatch(/signed out/);
    await tab.page.getByRole("link", { name: "Sign in again" }).click();
    await tab.chooseProvider("KR");
    expect(new URL(tab.page.url()).origin).toBe(context.idpOrigin);
    await tab.page.getByLabel("Password").waitFor();
  });

  it("shows a clear refusal when the person cancels at the provider, with a way back", async () => {
    const tab = await context.openTab();
    await tab.goto("/sign-in");
    await tab.chooseProvider("JP");
    await tab.page.getByRole("button", { name: "Cancel" }).click();
    const refusal = tab.page.getByTestId("sign-in-refused");
    await expect.poll(() => refusal.textContent()).toMatch(/^JP's identity provider did not sign you in: access_denied/);
    expect(new URL(tab.page.url()).pathname).toBe("/console/signed-in");
    expect(await tab.page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY)).toBeNull();
    await tab.page.getByRole("link", { name: "Back to sign-in" }).click();
    await tab.page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    expect(await tab.seriousA11yViolations()).toEqual([]);
  });

  it("renews the token before it expires, so the console keeps working without a new login; after sign-out the grant is gone", async () => {
    const tab = await context.openTab();
    await tab.signInAs("EU", "regulator", "/incidents?country=EU");
    const bearer = () => tab.page.evaluate((key) => sessionStorage.getItem(key), TOKEN_KEY);
    const first = (await bearer())!;
    const firstExp = (JSON.parse(Buffer.from(first.split(".")[1]!, "base64url").toString()) as { exp: number }).exp;
    await expect.poll(bearer, { timeout: 45_000, interval: 1000 }).not.toBe(first);
    // Past the first token's expiry, the console still reads, as the same person, with no login page on the way.
    await expect.poll(() => Date.now() / 1000, { timeout: 45_000, interval: 1000 }).toBeGreaterThan(firstExp + 1);
    await tab.goto("/incidents?country=EU");
    await expect.poll(() => tab.page.getByTestId("me-country").textContent()).toBe("EU");
    await tab.page.getByTestId("incident-summary").waitFor();
    expect(new URL(tab.page.url()).pathname).toBe("/console/incidents");
    expect(tab.requests.filter((url) => url.startsWith(`${context.idpOrigin}/EU/auth?`))).toHaveLength(1);

    // The refresh token the tab holds now stops working once the person signs out at the provider.
    const user = await tab.page.evaluate(() => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith("oidc.user:"));
      return key ? (JSON.parse(sessionStorage.getItem(key)!) as { refresh_token?: string }) : undefined;
    });
    expect(user?.refresh_token).toBeTruthy();
    await tab.signOut();
    const discovery = (await (await fetch(`${context.idpOrigin}/EU/.well-known/openid-configuration`)).json()) as { token_endpoint: string };
    const refreshed = await fetch(discovery.token_endpoint, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: user!.refresh_token!, client_id: "hub-console" }),
    });
    expect(refreshed.status).toBe(400);
    expect(((await refreshed.json()) as { error: string }).error).toBe("invalid_grant");
  }, 120_000);
}
