import type { ReactNode } from "react";

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  /** The hub's message (or the form's) for this field, shown beside it and announced with it. */
  error?: string;
  /** Further elements describing the control (a hint shared by several fields). */
  describedBy?: string;
  className?: string;
  children(control: ControlProps): ReactNode;
}

function describedBy(...ids: (string | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** A labelled control with its hint and, when the hub refused it, the reason right below it. */
export function FormField({ id, label, hint, error, describedBy: shared, className, children }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`form-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(errorId, hintId, shared) })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({ id, label, hint, error, checked, onChange }: { id: string; label: string; hint?: ReactNode; error?: string; checked: boolean; onChange(checked: boolean): void }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(errorId, hintId)}
        />
        {label}
      </label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** A group of controls (checkboxes, rows) under one legend, with the group's error. */
export function FieldGroup({ id, legend, hint, error, children }: { id: string; legend: string; hint?: ReactNode; error?: string; children: ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset id={id} className={`form-group${error ? " invalid" : ""}`} aria-describedby={describedBy(errorId, hintId)}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

function FieldError({ id, error }: { id: string | undefined; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="field-error" id={id} data-testid="field-error">
      <span aria-hidden="true">✖ </span>
      {error}
    </p>
  );
}
