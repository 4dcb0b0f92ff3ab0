import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DEFAULT_RATE_LIMIT, type RateLimitSettings } from "../config/hub-config.js";
import type { Logger } from "../logging/logger.js";
import { HttpErrorCode, HttpRefusal } from "./http-errors.js";

type Limiter = (request: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number; max?: number }>;

declare module "fastify" {
  interface FastifyInstance {
    createRateLimit(options: Record<string, unknown>): Limiter;
  }
}

/**
 * Two budgets per request, after authentication: the caller's own (issuer + subject) and its country's
 * (all its callers together), so one runaway script cannot starve its colleagues, nor one country the
 * hub. Limits follow the live config (`settings()` is read on every request).
 */
export async function registerRateLimits(
  app: FastifyInstance,
  settings: () => RateLimitSettings | undefined,
  logger: Logger,
  /** Told of each refusal, by the budget that refused (for the metrics). */
  onRefusal?: (limit: "caller" | "country") => void,
) {
  // `global: false`: no route is limited by the plugin itself; the hook below applies both budgets.
  await app.register(rateLimit, { global: false });
  const budget = (which: keyof RateLimitSettings) => () => (settings() ?? DEFAULT_RATE_LIMIT)[which];
  const limiters: { which: "caller" | "country"; limit: Limiter }[] = [
    {
      which: "caller",
      limit: app.createRateLimit({
        keyGenerator: (request: FastifyRequest) => `caller:${request.identity!.callerKey}`,
        max: () => budget("perCaller")().max,
        timeWindow: () => budget("perCaller")().windowMs,
      }),
    },
    {
      which: "country",
      limit: app.createRateLimit({
        keyGenerator: (request: FastifyRequest) => `country:${request.identity!.caller.country}`,
        max: () => budget("perCountry")().max,
        timeWindow: () => budget("perCountry")().windowMs,
      }),
    },
  ];
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    for (const { which, limit } of limiters) {
      const result = await limit(request);
      if (result.isAllowed || !result.isExceeded) continue;
      const retryAfter = String(Math.max(1, result.ttlInSeconds ?? 1));
      const caller = request.identity!.caller;
      logger.warn("rate limited", { limit: which, country: caller.country, subject: caller.subject });
      onRefusal?.(which);
      throw new HttpRefusal(
        429,
        HttpErrorCode.RATE_LIMITED,
        which === "caller"
          ? `Too many requests from this caller (at most ${result.max} per window); retry after ${retryAfter} s.`
          : `Too many requests from ${caller.country} (at most ${result.max} per window for the country); retry after ${retryAfter} s.`,
        { "retry-after": retryAfter },
      );
    }
  };
}
