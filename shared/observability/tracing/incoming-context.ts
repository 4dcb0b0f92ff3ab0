/**
 * Whether this service takes the trace context a caller sends (W3C traceparent). A country may
 * refuse it (hub config `tracing.acceptIncomingContext: false`): its spans then start a trace of its own
 * and say nothing of the caller's. The gateway takes a public client's only with
 * `tracing.acceptClientContext: true`. Read on every incoming request, so a SIGHUP applies at once.
 * Free of the SDK: a service sets the source whether tracing runs or not.
 */
let accepts: () => boolean = () => true;

export function acceptIncomingContextFrom(source: () => boolean): void {
  accepts = source;
}

export function acceptsIncomingContext(): boolean {
  return accepts();
}
