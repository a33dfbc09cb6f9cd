import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cx } from '../../../shared/ui';
import { useToasts } from '../lib/toast';

export function Toaster() {
  const { t: tr } = useTranslation('shell');
  const { toasts, dismiss } = useToasts();
  return (
    <div aria-live="polite" aria-atomic="false" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-center gap-2 p-4 sm:items-end">
      {toasts.map((t) => (
        <div
          key={t.id}
          role={t.tone === 'error' ? 'alert' : 'status'}
          className={cx(
            'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg',
            t.tone === 'error' ? 'border-red-200 bg-red-50 text-red-900' : t.tone === 'success' ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-slate-200 bg-white text-slate-900',
          )}
        >
          <div className="flex-1">
            <p>{t.message}</p>
            {t.href && (
              <Link to={t.href} className="font-medium text-indigo-700 underline" onClick={() => dismiss(t.id)}>
                {t.linkText ?? tr('toast.open')}
              </Link>
            )}
          </div>
          <button type="button" className="rounded px-1 text-slate-500 hover:text-slate-900" onClick={() => dismiss(t.id)}>
            {tr('toast.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
