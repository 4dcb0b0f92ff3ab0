import type { Context, TextMapGetter, TextMapPropagator, TextMapSetter } from "@opentelemetry/api";

/**
 * A propagator that takes the caller's context only while `accepts()` says so: when it does not,
 * `extract` hands back the context unchanged, and the request starts a trace of its own. What this
 * service sends on (inject) is unchanged.
 */
export class RefusablePropagator implements TextMapPropagator {
  constructor(
    private readonly inner: TextMapPropagator,
    private readonly accepts: () => boolean,
  ) {}

  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    this.inner.inject(context, carrier, setter);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    return this.accepts() ? this.inner.extract(context, carrier, getter) : context;
  }

  fields(): string[] {
    return this.inner.fields();
  }
}
