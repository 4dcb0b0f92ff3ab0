import { codeOf, type HubError } from "../graphql/hub-error";
import { ErrorNotice, HubErrorLine } from "../ui/ErrorNotice";

/** Codes after which the same submission may simply be sent again (its key makes the retry safe). */
const RETRYABLE = new Set(["NETWORK_ERROR", "NATION_UNAVAILABLE", "INTERNAL_SERVER_ERROR", "RATE_LIMITED"]);

interface FormErrorsProps {
  /** What was refused: "report", "revision". */
  what: string;
  /** The submit button's text, for the retry advice. */
  submitLabel: string;
  /** Messages placed beside fields, in the form's order, with the field's label and control id. */
  fieldErrors: { id: string; label: string; message: string }[];
  /** The hub's errors that belong to no field. */
  others: HubError[];
  /** An error that is not an answer of the hub (a bug): shown whole. */
  unplaceable?: unknown;
}

/**
 * Above the form: how many fields need correcting (each a button to its field, whose message sits
 * beside it), the hub's other errors with their codes, and, after a failure the request may have
 * survived, that pressing the button again is safe.
 */
export function FormErrors({ what, submitLabel, fieldErrors, others, unplaceable }: FormErrorsProps) {
  if (unplaceable) return <ErrorNotice error={unplaceable} title={`The ${what} was not sent`} />;
  if (fieldErrors.length === 0 && others.length === 0) return null;
  const retryable = others.some((e) => RETRYABLE.has(codeOf(e)));
  const unanswered = others.length > 0 && others.every((e) => RETRYABLE.has(codeOf(e)));
  return (
    <div className="notice notice-error form-errors" role="alert">
      {fieldErrors.length > 0 ? (
        <>
          <strong>
            {fieldErrors.length === 1 ? "One field needs" : `${fieldErrors.length} fields need`} correcting; nothing was written.
          </strong>
          <ul>
            {fieldErrors.map((field) => (
              <li key={field.id}>
                <button type="button" className="link-button" onClick={() => focusControl(field.id)}>
                  {field.label}
                </button>
                : {field.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {others.length > 0 ? (
        <>
          <strong>{unanswered ? `The ${what} got no answer` : `The hub did not accept the ${what}`}</strong>
          <ul>
            {others.map((e, i) => (
              <HubErrorLine key={i} error={e} />
            ))}
          </ul>
        </>
      ) : null}
      {retryable ? (
        <p>
          The {what} may or may not have reached the hub. Press “{submitLabel}” again: the retry carries the same key, so it is written once at most.
        </p>
      ) : null}
    </div>
  );
}

/** Moves focus to a field's control (the first control of a group). */
export function focusControl(id: string): void {
  const element = document.getElementById(id);
  const control = element instanceof HTMLFieldSetElement ? element.querySelector<HTMLElement>("input, select, textarea, button") : element;
  control?.focus();
}
