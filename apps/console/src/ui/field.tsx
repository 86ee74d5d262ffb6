import { h, type ComponentChildren } from 'preact';

interface FieldControl {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

interface FieldProps {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  class?: string;
  /** the control, given the attributes that tie it to its label, hint and error */
  children(control: FieldControl): ComponentChildren;
}

/** A labelled control with its hint and its error, announced with it (aria-describedby) and marked invalid. */
export function Field({ id, label, hint, error, children, class: className }: FieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), ...(described && { 'aria-describedby': described }) })}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          <span aria-hidden="true">! </span>
          {error}
        </p>
      )}
    </div>
  );
}
