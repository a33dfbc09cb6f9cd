import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge, Button, ErrorMessage, type BadgeTone, type ButtonProps } from '../../../shared/ui';
import { Card, Loading } from '../../../shared/layout';
import type { OrderStatus, ProductStatus } from '../lib/types';

export { Card, Empty, Loading } from '../../../shared/layout';

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-3">
      <div className="min-w-0">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description && <p className="mt-1 text-sm text-slate-600">{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
    </div>
  );
}


/** A page: optional back link, the header, then the content; `narrow` caps the width for detail/form pages. */
export function PageLayout({ back, narrow, title, description, actions, children }: { back?: { to: string; label: ReactNode }; narrow?: boolean; title: ReactNode; description?: ReactNode; actions?: ReactNode; children: ReactNode }) {
  return (
    <div className={narrow ? 'max-w-5xl' : undefined}>
      {back && <Link to={back.to} className="text-sm font-medium text-indigo-700 underline">{back.label}</Link>}
      <PageHeader title={title} description={description} actions={actions} />
      {children}
    </div>
  );
}

/** A button that asks `window.confirm(question)` before running the mutation; it spins while the mutation runs. */
export function ConfirmButton({ question, mutation, ...rest }: Omit<ButtonProps, 'onClick' | 'loading'> & { question: string; mutation: { isPending: boolean; mutate: () => void } }) {
  return <Button {...rest} loading={mutation.isPending} onClick={() => window.confirm(question) && mutation.mutate()} />;
}

/** `#1234` linking to the order's page. */
export function OrderLink({ order }: { order: { id: string; number: number | string } }) {
  return (
    <Link to={`/orders/${order.id}`} className="font-medium text-indigo-700 hover:underline">
      #{order.number}
    </Link>
  );
}

/** A card listing `items` with `render`, or the `empty` line when there are none. */
export function ListCard<T>({ title, items, empty, ordered, className, render }: { title: ReactNode; items: T[]; empty: ReactNode; ordered?: boolean; className: string; render: (item: T) => ReactNode }) {
  const List = ordered ? 'ol' : 'ul';
  return <Card title={title}>{items.length === 0 ? <p className="text-sm text-slate-600">{empty}</p> : <List className={className}>{items.map(render)}</List>}</Card>;
}

/** A row of labelled figures (a `<dl>` of tiles). */
export function StatTiles({ items, className }: { items: ReadonlyArray<readonly [string, ReactNode]>; className: string }) {
  return (
    <dl className={className}>
      {items.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-xs text-slate-600">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Error state for a failed query, with a retry button. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('ui');
  return <ErrorMessage error={error} title={t('couldNotLoad')} action={onRetry && <Button size="sm" onClick={onRetry}>{t('tryAgain')}</Button>} />;
}

/**
 * A detail screen's states before its data is there: loading, or the error with a way back to the
 * list. Null once the data has come (the caller then draws it).
 */
export function detailStatus(query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }, label: string, back: { to: string; label: string }) {
  if (query.isPending) return <Loading label={label} />;
  if (!query.isError) return null;
  return (
    <div className="max-w-xl">
      <QueryError error={query.error} onRetry={() => query.refetch()} />
      <Link to={back.to} className="mt-4 inline-block text-sm font-medium text-indigo-700 underline">
        {back.label}
      </Link>
    </div>
  );
}

/** Loading and failed states of a query, the same on every screen. */
export function QueryStatus({ query, label }: { query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }; label?: string }) {
  if (query.isPending) return <Loading label={label} />;
  if (query.isError) return <QueryError error={query.error} onRetry={() => query.refetch()} />;
  return null;
}

const productTones: Record<ProductStatus, BadgeTone> = { draft: 'gray', published: 'green', archived: 'amber' };

export function ProductStatusBadge({ status }: { status: ProductStatus }) {
  const { t } = useTranslation('ui');
  return <Badge tone={productTones[status] ?? 'gray'}>{t(`productStatus.${status}`, { defaultValue: status })}</Badge>;
}

export function UnpublishedMarker() {
  const { t } = useTranslation('ui');
  return <Badge tone="violet">{t('unpublishedChanges')}</Badge>;
}

const orderTones: Record<OrderStatus, BadgeTone> = { pending: 'amber', processing: 'blue', completed: 'green', cancelled: 'gray', refunded: 'red' };

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('ui');
  return <Badge tone={orderTones[status] ?? 'gray'}>{t(`orderStatus.${status}`, { defaultValue: status })}</Badge>;
}

/** Cursor pagination: a stack of cursors so "Previous" works with forward-only cursors. */
export function useCursorPager(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: Array<string | null> }>({ key: resetKey, stack: [null] });
  const stack = state.key === resetKey ? state.stack : [null];
  if (state.key !== resetKey) setState({ key: resetKey, stack: [null] });
  return {
    cursor: stack[stack.length - 1],
    page: stack.length,
    next: (cursor: string) => setState({ key: resetKey, stack: [...stack, cursor] }),
    prev: () => setState({ key: resetKey, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
  };
}

export function Pager({ page, hasNext, onNext, onPrev, busy }: { page: number; hasNext: boolean; onNext: () => void; onPrev: () => void; busy?: boolean }) {
  const { t } = useTranslation('ui');
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label={t('pagination')} className="mt-4 flex items-center justify-between gap-2">
      <Button size="sm" onClick={onPrev} disabled={page <= 1 || busy}>
        {t('previous')}
      </Button>
      <span className="text-sm text-slate-600">{t('page', { page })}</span>
      <Button size="sm" onClick={onNext} disabled={!hasNext || busy}>
        {t('next')}
      </Button>
    </nav>
  );
}

/** A table that scrolls sideways on narrow screens instead of breaking the layout (`relative`, so
 * visually hidden headers are clipped with it instead of widening the page). */
export function Table({ children, caption }: { children: ReactNode; caption?: string }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-3 [&_td]:py-2.5 [&_th]:px-3 [&_th]:py-2 [&_th:not(.text-right)]:text-left [&_th]:font-medium [&_th]:text-slate-600 [&_thead]:bg-slate-50 [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** A one-time secret (API key, webhook secret) with a copy button. */
export function SecretReveal({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const { t } = useTranslation('ui');
  return (
    <div role="region" aria-label={label} className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <p className="font-semibold text-amber-900">{label}</p>
      <p className="mt-1 text-sm text-amber-900">{t('secret.copyNow')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 rounded border border-amber-200 bg-white px-2 py-1.5 font-mono text-sm break-all" data-testid="secret-value">
          {value}
        </code>
        <Button
          size="sm"
          variant="primary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(value);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {copied ? t('secret.copied') : t('secret.copy')}
        </Button>
        <Button size="sm" onClick={onDone}>
          {t('secret.stored')}
        </Button>
      </div>
    </div>
  );
}
