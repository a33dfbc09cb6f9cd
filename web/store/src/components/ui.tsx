// Storefront layout pieces on top of the shared kit (web/shared/ui.tsx): buttons get 44 px touch
// targets, and a few shapes the admin does not need (link buttons, alerts, status notes).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button as SharedButton, TextField, cx, type ButtonProps, type TextFieldProps } from '../../../shared/ui';
import { Empty as SharedEmpty } from '../../../shared/layout';
import { errorMessage } from '../lib/errors';

export { Badge, CheckboxField, cx } from '../../../shared/ui';
export { Card, Loading } from '../../../shared/layout';

/** The shared text field with a 44 px target and 16 px text on phones (smaller text makes iOS zoom). */
export function Field({ inputClassName, ...props }: TextFieldProps) {
  return <TextField inputClassName={cx('min-h-11 text-base! sm:text-sm!', inputClassName)} {...props} />;
}

export function Button({ variant = 'primary', className, ...rest }: ButtonProps) {
  return <SharedButton variant={variant} className={cx('min-h-11', className)} {...rest} />;
}

/** A button that asks `window.confirm(question)` before running `onConfirm`. */
export function ConfirmButton({ question, onConfirm, ...rest }: Omit<ButtonProps, 'onClick'> & { question: string; onConfirm: () => void }) {
  return <Button {...rest} onClick={() => window.confirm(question) && onConfirm()} />;
}

const linkVariants = {
  primary: 'border border-indigo-600 bg-indigo-600 text-white shadow-sm hover:bg-indigo-700',
  secondary: 'border border-slate-300 bg-white text-slate-800 shadow-sm hover:bg-slate-50',
  ghost: 'text-slate-700 underline-offset-4 hover:underline',
};

/** A link that looks like a button (navigation stays a link for keyboards and screen readers). */
export function LinkButton({ to, variant = 'primary', className, children }: { to: string; variant?: keyof typeof linkVariants; className?: string; children: ReactNode }) {
  return (
    <Link to={to} className={cx('inline-flex min-h-11 items-center justify-center rounded-md px-3.5 py-2 text-sm font-medium whitespace-nowrap', linkVariants[variant], className)}>
      {children}
    </Link>
  );
}

export function Alert({ tone = 'error', title, children }: { tone?: 'error' | 'info' | 'success' | 'warning'; title?: string; children?: ReactNode }) {
  const tones = {
    error: 'border-red-200 bg-red-50 text-red-900',
    info: 'border-sky-200 bg-sky-50 text-sky-900',
    success: 'border-emerald-200 bg-emerald-50 text-emerald-900',
    warning: 'border-amber-200 bg-amber-50 text-amber-900',
  };
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded-md border p-3 text-sm ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1' : ''}>{children}</div> : null}
    </div>
  );
}

export function ErrorAlert({ error, title, retry }: { error: unknown; title?: string; retry?: () => void }) {
  const { t } = useTranslation('shop');
  return (
    <Alert tone="error" title={title}>
      <p>{errorMessage(error)}</p>
      {retry ? (
        <button type="button" onClick={retry} className="mt-2 min-h-8 font-semibold underline">
          {t('tryAgain')}
        </button>
      ) : null}
    </Alert>
  );
}


export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-4 text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">{children}</h1>;
}



/** The shared empty state; its one action is a link (back to the shop, to the orders). */
export function Empty({ action, ...props }: { title: string; children?: ReactNode; action?: { to: string; label: string } }) {
  return <SharedEmpty {...props} action={action && <LinkButton to={action.to}>{action.label}</LinkButton>} />;
}
