import { forbidden } from "../../../shared/errors/hub-errors.js";
import { can, type Right } from "../../../shared/policy/rights.js";
import type { NationalContext } from "../context.js";

/** True for this deployment's own officials holding `right`: the only ones who act on its register. */
export function isOwnWithRight(ctx: Pick<NationalContext, "caller" | "country">, right: Right): boolean {
  return ctx.caller.country === ctx.country && can(ctx.caller, right);
}

/** FORBIDDEN with `message` unless the caller is this country's own official holding `right`. */
export function requireOwnWithRight(ctx: Pick<NationalContext, "caller" | "country">, right: Right, message: string): void {
  if (!isOwnWithRight(ctx, right)) throw forbidden(message);
}
