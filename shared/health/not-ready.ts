/**
 * Thrown by a service's readiness hook: GET /health answers 503 with `reason` and `detail`, which are
 * meant for the operator and safe to show (they name a misconfiguration, never data).
 */
export class NotReady extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}
