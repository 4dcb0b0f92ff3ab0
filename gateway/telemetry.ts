/**
 * @apollo/gateway's constructor starts an OpenTelemetry exporter that probes cloud metadata addresses
 * and reports usage to Apollo every hour. A government hub must not send anything anywhere unasked, so
 * it is off unless an operator explicitly sets HUB_ALLOW_APOLLO_TELEMETRY=true (see README).
 */
export function disableApolloTelemetry(): void {
  if (process.env.HUB_ALLOW_APOLLO_TELEMETRY !== "true") process.env.APOLLO_TELEMETRY_DISABLED = "true";
}
