import { useEffect, useMemo, useState } from "react";
import type { HubError } from "../graphql/hub-error";
import { focusControl } from "./FormErrors";
import { placeErrors } from "../graphql/field-errors";

export interface FieldErrors<F extends string> {
  /** The message beside each field: the form's own, or the hub's for the last submission. */
  byField: Partial<Record<F, string>>;
  /** The same, in the form's order, for the summary above it. */
  list: { id: string; label: string; message: string }[];
  others: HubError[];
  unplaceable: unknown;
  /** The person changed these fields: their messages were about the values before. */
  touched(fields: readonly F[]): void;
  /** A new submission starts: earlier messages go. */
  restart(): void;
  /** The form refuses to send (a required value missing). */
  refuse(errors: Partial<Record<F, string>>): void;
}

/**
 * Where a form's messages go: the hub's `BAD_USER_INPUT` errors beside the field `extensions.field`
 * names, the form's own beside theirs, and focus on the first field to correct after each answer.
 */
export function useFieldErrors<F extends string>(
  error: unknown,
  locate: (field: string | undefined) => F | undefined,
  labels: Record<F, string>,
  order: readonly F[],
  idOf: (field: F) => string,
): FieldErrors<F> {
  const [own, setOwn] = useState<Partial<Record<F, string>>>({});
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const placed = useMemo(() => placeErrors(error, locate, labels), [error, locate, labels]);
  const byField: Partial<Record<F, string>> = {};
  for (const field of order) {
    const message = own[field] ?? placed?.byField[field];
    if (message && !touched.has(field)) byField[field] = message;
  }
  const list = order.filter((field) => byField[field]).map((field) => ({ id: idOf(field), label: labels[field], message: byField[field]! }));
  const first = list[0]?.id;
  useEffect(() => {
    if (first) focusControl(first);
    // Only when an answer (or the form's refusal) arrives, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error, own]);
  return {
    byField,
    list,
    others: placed?.others ?? [],
    unplaceable: error && !placed ? error : undefined,
    touched: (fields) => setTouched((before) => (fields.every((f) => before.has(f)) ? before : new Set([...before, ...fields]))),
    restart: () => {
      setOwn({});
      setTouched(new Set());
    },
    refuse: (errors) => setOwn(errors),
  };
}
