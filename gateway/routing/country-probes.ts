
/** Longest a probe may take; a country's GET /health answers in milliseconds when it is up. */
const MAX_PROBE_MS = 1000;

/**
 * Asks a country's cheap health endpoint whether it is up, for the circuit's sake. Probes of one country
 * are shared: a hundred callers timing out together cost that country one GET /health, not a hundred.
 */
export class CountryProbes {
  private readonly inFlight = new Map<string, Promise<boolean>>();

  constructor(private readonly probe: (url: string, timeoutMs: number) => Promise<boolean>) {}

  isUp(country: string, url: string, budgetMs: number): Promise<boolean> {
    let pending = this.inFlight.get(country);
    if (!pending) {
      pending = this.probe(url, Math.min(MAX_PROBE_MS, budgetMs)).finally(() => this.inFlight.delete(country));
      this.inFlight.set(country, pending);
    }
    return pending;
  }
}
