import { context, defaultTextMapGetter, defaultTextMapSetter, ROOT_CONTEXT, trace } from "@opentelemetry/api";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { RefusablePropagator } from "./refusable-propagator.js";

const traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

describe("RefusablePropagator", () => {
  it("continues the caller's trace while accepted, and ignores it once refused, following the setting live", () => {
    let accept = true;
    const propagator = new RefusablePropagator(new W3CTraceContextPropagator(), () => accept);
    const extracted = () => trace.getSpanContext(propagator.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter));
    expect(extracted()?.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    accept = false;
    expect(extracted()).toBeUndefined();
    expect(propagator.fields()).toContain("traceparent");
  });

  it("still sends its own context on, refused or not", () => {
    const propagator = new RefusablePropagator(new W3CTraceContextPropagator(), () => false);
    const own = trace.setSpanContext(context.active(), { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", traceFlags: 1 });
    const carrier: Record<string, string> = {};
    propagator.inject(own, carrier, defaultTextMapSetter);
    expect(carrier.traceparent).toBe("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
  });
});
