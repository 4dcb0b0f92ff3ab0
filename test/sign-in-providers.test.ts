import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../dev/free-port.js";
import type { HubConfig } from "../shared/config/hub-config.js";
import { CONSOLE_CLIENT, newSigningKey, startTestProvider, type TestProvider } from "./support/oidc-test-provider.js";
import { startTestHub, type TestHub } from "./support/test-hub.js";

/** JP's officials sign in at a real OpenID provider, added to a running hub beside JP's dev issuer. */
describe("a participant's OpenID provider in a running hub", () => {
  let hub: TestHub;
  let provider: TestProvider;
  const providersUrl = () => new URL("/sign-in/providers", hub.gatewayUrl);

  beforeAll(async () => {
    hub = await startTestHub({ countries: ["JP"] });
    provider = await startTestProvider(await freePort(), await newSigningKey(), () => ({ country: "JP", roles: ["regulator"] }));
  });
  afterAll(async () => {
    await hub?.stop();
    await provider?.close();
  });

  it("lists no sign-in provider while no issuer has oidc, to anyone, without a token", async () => {
    const response = await fetch(providersUrl());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  });

  it("lists the provider and accepts its access tokens at the gateway and the subgraphs once added (SIGHUP), and refuses its ID tokens", async () => {
    const oidc = { discoveryUrl: provider.discoveryUrl, clientId: CONSOLE_CLIENT, scopes: ["openid"] };
    const withProvider = (config: HubConfig): HubConfig => ({ ...config, issuers: [...config.issuers, { participant: "JP", issuer: provider.issuer, oidc }] });
    await hub.membership.subgraphs.update(withProvider(hub.membership.subgraphs.get()));
    await hub.membership.gateway.update(withProvider(hub.membership.gateway.get()));

    expect(await (await fetch(providersUrl())).json()).toEqual([{ participant: "JP", issuer: provider.issuer, ...oidc }]);
    const { accessToken, idToken } = await provider.signIn("jp-regulator-1");
    const answer = await hub.query(accessToken, `{ me { country subject roles } myCountry { code } }`);
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ me: { country: "JP", subject: "jp-regulator-1", roles: ["regulator"] }, myCountry: { code: "JP" } });
    const refused = await hub.query(idToken, `{ me { country } }`);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
