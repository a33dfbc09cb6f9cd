// Page pieces both apps draw the same way: a card, the loading line, the empty state.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { cx, Spinner } from './ui';

/** A white box; with a title (and actions) it gets a header row, and `className` styles the box. */
export function Card({ title, actions, children, className }: { title?: ReactNode; actions?: ReactNode; children: ReactNode; className?: string }) {
  const header = Boolean(title || actions);
  return (
    <section className={cx('rounded-lg border border-slate-200 bg-white shadow-sm', !header && 'p-4 sm:p-6', className)}>
      {header ? (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 px-4 py-3">
            {title && <h2 className="text-base font-semibold text-slate-900">{title}</h2>}
            {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
          </div>
          <div className="p-4">{children}</div>
        </>
      ) : (
        children
      )}
    </section>
  );
}

/** "Loading…" as a status line (screen readers announce it); `label` says what is loading. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <div role="status" className="flex items-center gap-2 py-8 text-sm text-slate-600">
      <Spinner /> {label ?? t('loading')}
    </div>
  );
}

/** Nothing to show yet: a title, a hint and maybe one thing to do. */
export function Empty({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center">
      <p className="font-semibold text-slate-800">{title}</p>
      {children ? <div className="mt-1 text-sm text-slate-600">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}

/** "Skip to content": the first thing a keyboard reaches, shown only when focused. */
export function SkipLink({ label }: { label: string }) {
  return (
    <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 font-semibold shadow focus:not-sr-only focus:fixed focus:left-2 focus:top-2">
      {label}
    </a>
  );
}
