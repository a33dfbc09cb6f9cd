// Button / Field / Badge kit shared by both apps (Tailwind classes: an app's CSS must
// `@source` this folder so the classes are generated).
import { useEffect, useId, type ButtonHTMLAttributes, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { ApiError, errorMessage } from './api';

/** After a failed submit, move keyboard focus to the first invalid field. */
export function focusFirstInvalid(root: ParentNode = document) {
  requestAnimationFrame(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** Focuses the first invalid field whenever a new, non-empty set of field errors arrives. */
export function useFocusFirstInvalid(errors: Record<string, string>) {
  useEffect(() => {
    if (Object.keys(errors).length) focusFirstInvalid();
  }, [errors]);
}

export function cx(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}

type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

const buttonVariants: Record<ButtonVariant, string> = {
  primary: 'bg-indigo-600 text-white hover:bg-indigo-700 border border-indigo-600 shadow-sm',
  secondary: 'bg-white text-slate-800 hover:bg-slate-50 border border-slate-300 shadow-sm',
  danger: 'bg-white text-red-700 hover:bg-red-50 border border-red-300 shadow-sm',
  ghost: 'bg-transparent text-slate-700 hover:bg-slate-100 border border-transparent',
};

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  /** Shows a busy state and disables the button; the text stays readable. */
  loading?: boolean;
}

export function Button({ variant = 'secondary', size = 'md', loading, disabled, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cx(
        'inline-flex items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors',
        'disabled:cursor-not-allowed disabled:opacity-60',
        size === 'sm' ? 'px-2.5 py-1 text-sm' : 'px-3.5 py-2 text-sm',
        buttonVariants[variant],
        className,
      )}
      {...rest}
    >
      {loading && <Spinner className="size-3.5" />}
      {children}
    </button>
  );
}

export function Spinner({ className }: { className?: string }) {
  return <span aria-hidden="true" className={cx('inline-block animate-spin rounded-full border-2 border-current border-r-transparent', className ?? 'size-4')} />;
}

const controlClass =
  'block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm placeholder:text-slate-400 ' +
  'focus:border-indigo-500 focus:outline-2 focus:outline-offset-0 focus:outline-indigo-200 disabled:bg-slate-100 ' +
  'aria-[invalid=true]:border-red-500';

interface FieldChrome {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  /** Visually hide the label (it stays for screen readers). Use sparingly. */
  hideLabel?: boolean;
  className?: string;
}

function FieldWrapper({ id, label, error, hint, hideLabel, className, children }: FieldChrome & { id: string; children: ReactNode }) {
  return (
    <div className={cx('flex flex-col gap-1', className)}>
      <label htmlFor={id} className={cx('text-sm font-medium text-slate-700', hideLabel && 'sr-only')}>
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export type TextFieldProps = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'> & { inputClassName?: string };

export function TextField({ label, error, hint, hideLabel, className, inputClassName, id: givenId, ...input }: TextFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldWrapper id={id} label={label} error={error} hint={hint} hideLabel={hideLabel} className={className}>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={cx(controlClass, 'h-9.5', inputClassName)} {...input} />
    </FieldWrapper>
  );
}

export type TextAreaFieldProps = FieldChrome & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'className'>;

export function TextAreaField({ label, error, hint, hideLabel, className, id: givenId, ...input }: TextAreaFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldWrapper id={id} label={label} error={error} hint={hint} hideLabel={hideLabel} className={className}>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={controlClass} {...input} />
    </FieldWrapper>
  );
}

export type SelectFieldProps = FieldChrome & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'>;

export function SelectField({ label, error, hint, hideLabel, className, id: givenId, children, ...input }: SelectFieldProps) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <FieldWrapper id={id} label={label} error={error} hint={hint} hideLabel={hideLabel} className={className}>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={cx(controlClass, 'h-9.5')} {...input}>
        {children}
      </select>
    </FieldWrapper>
  );
}

/** A select over a list: `placeholder` is the first option (value ''), e.g. "All" or "None". */
export function ChoiceField({ options, placeholder, ...props }: Omit<SelectFieldProps, 'children'> & { options: ReadonlyArray<{ value: string; label: ReactNode }>; placeholder?: ReactNode }) {
  return (
    <SelectField {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

export function CheckboxField({ label, hint, className, id: givenId, ...input }: { label: ReactNode; hint?: ReactNode; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'className'>) {
  const autoId = useId();
  const id = givenId ?? autoId;
  return (
    <div className={cx('flex items-start gap-2', className)}>
      <input id={id} type="checkbox" className="mt-0.5 size-4 rounded border-slate-300 accent-indigo-600" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-700">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-500">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export type BadgeTone = 'gray' | 'green' | 'amber' | 'red' | 'blue' | 'violet';

const badgeTones: Record<BadgeTone, string> = {
  gray: 'bg-slate-100 text-slate-700 ring-slate-300',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  amber: 'bg-amber-50 text-amber-800 ring-amber-300',
  red: 'bg-red-50 text-red-800 ring-red-300',
  blue: 'bg-sky-50 text-sky-800 ring-sky-300',
  violet: 'bg-violet-50 text-violet-800 ring-violet-300',
};

export function Badge({ tone = 'gray', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return <span className={cx('inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset whitespace-nowrap', badgeTones[tone], className)}>{children}</span>;
}

/** An error box for an API error (problem+json) or any thrown value. */
export function ErrorMessage({ error, title, action, className }: { error: unknown; title?: string; action?: ReactNode; className?: string }) {
  if (!error) return null;
  // The request id only helps when reporting a server fault.
  const requestId = error instanceof ApiError && error.status >= 500 ? error.requestId : undefined;
  return (
    <div role="alert" className={cx('rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800', className)}>
      {title && <p className="font-semibold">{title}</p>}
      <p>{errorMessage(error)}</p>
      {requestId && <p className="mt-1 text-xs text-red-700/80">Request id: {requestId}</p>}
      {action && <div className="mt-2 flex flex-wrap gap-2">{action}</div>}
    </div>
  );
}
