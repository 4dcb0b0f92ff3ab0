import type { Logger } from "../logging/logger.js";
import { shutdownTracing } from "../observability/tracing/tracing-shutdown.js";
import { onParentGone } from "./stop-with-parent.js";

/** Set by a supervisor (the dev launcher) for services that must not outlive it. */
export const STOP_WITH_PARENT_ENV = "HUB_STOP_WITH_PARENT";

/**
 * Stops a service cleanly on SIGINT/SIGTERM: `stop` drains the HTTP front (requests in flight finish
 * within the grace period) and then closes pools. Later signals are ignored: Ctrl-C reaches a service
 * and then its supervisor's SIGTERM follows, and neither may cut the drain short. With
 * HUB_STOP_WITH_PARENT=1 the service also stops when its supervisor dies. The spans still queued
 * (when tracing runs) are exported before the process exits.
 */
export function runUntilSignalled(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { reason });
    stop().then(
      () => shutdownTracing().then(() => process.exit(0)),
      (error) => {
        logger.error("unclean stop", { error: String(error) });
        return shutdownTracing().then(() => process.exit(1));
      },
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  if (process.env[STOP_WITH_PARENT_ENV] === "1") onParentGone(() => onSignal("supervisor gone"));
}
