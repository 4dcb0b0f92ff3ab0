import { codeOf, type HubError, HubRequestError } from "./hub-error";

/** The hub's refusal split into messages beside form fields and the rest (shown above the form). */
export interface PlacedErrors<F extends string> {
  byField: Partial<Record<F, string>>;
  others: HubError[];
}

/**
 * Which of a form's fields a `BAD_USER_INPUT` error is about. The hub names it in `extensions.field`:
 * a resolver's check says `detectedAt`, graphql-js's check of a variable says `input.detectedAt` (or
 * `input.relatedIncidents.0.id` inside a list); both land on the form's `detectedAt`/`relatedIncidents`.
 */
export function fieldLocator<F extends string>(fields: readonly F[], argument = "input"): (field: string | undefined) => F | undefined {
  return (field) => {
    if (!field) return undefined;
    const path = field.startsWith(`${argument}.`) ? field.slice(argument.length + 1) : field;
    const name = path.split(/[.[]/)[0];
    return fields.find((candidate) => candidate === name);
  };
}

/**
 * Places each of the hub's input errors beside its field, with field names in the hub's message replaced
 * by the form's labels. Undefined when the error is not an answer of the hub (nothing to place).
 */
export function placeErrors<F extends string>(error: unknown, locate: (field: string | undefined) => F | undefined, labels: Partial<Record<string, string>> = {}): PlacedErrors<F> | undefined {
  if (!(error instanceof HubRequestError)) return undefined;
  const byField: Partial<Record<F, string>> = {};
  const others: HubError[] = [];
  for (const e of error.errors) {
    const field = codeOf(e) === "BAD_USER_INPUT" ? locate(e.extensions?.field) : undefined;
    if (field && byField[field] === undefined) byField[field] = readableMessage(e.message, labels);
    else others.push(e);
  }
  return { byField, others };
}

/**
 * The hub's message as a person beside the field reads it: graphql-js's preamble about variables is
 * dropped (the field is right there), and `fieldName` becomes “Label”.
 */
export function readableMessage(message: string, labels: Partial<Record<string, string>> = {}): string {
  const coercion = /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" got invalid value [\s\S]*? at "[^"]+"; ([\s\S]*)$/.exec(message);
  let text = coercion ? coercion[1]!.replace(/^Expected type "[^"]+"\. /, "") : message;
  text = text.replace(/`([A-Za-z_][A-Za-z0-9_.]*)`/g, (whole, name: string) => {
    const label = labels[name.replace(/^(input|filter)\./, "")];
    return label ? `“${label}”` : whole;
  });
  return text;
}

/** The hub's message for one field of a form (either way the hub may name it), to show beside that field. */
export function fieldError(error: unknown, field: string, argument = "input"): string | undefined {
  if (!(error instanceof HubRequestError)) return undefined;
  const locate = fieldLocator([field], argument);
  return error.errors.find((e) => codeOf(e) === "BAD_USER_INPUT" && locate(e.extensions?.field) === field)?.message;
}
