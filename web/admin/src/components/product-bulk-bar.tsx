import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Button, ChoiceField } from '../../../shared/ui';
import type { CategoryNode } from '../lib/catalog';
import { categoryOptions } from '../lib/catalog';
import { toast } from '../lib/toast';
import type { Product } from '../lib/types';
import { adminApi } from '../lib/api';

type BulkAction = { kind: 'publish' | 'unpublish' | 'archive' } | { kind: 'category'; categoryId: string | null };

/** Publish, unpublish, archive or move the selected products, after a confirmation that says how many. */
export function ProductBulkBar({ selected, categories, onDone }: { selected: Product[]; categories: CategoryNode[]; onDone: () => void }) {
  const { t } = useTranslation('products');
  const qc = useQueryClient();
  const [pending, setPending] = useState<BulkAction | null>(null);
  const [categoryId, setCategoryId] = useState('');

  const run = useMutation({
    mutationFn: async (action: BulkAction) => {
      const results = await Promise.allSettled(
        selected.map((p) =>
          action.kind === 'category'
            ? adminApi.products.update(p.id, { categoryId: action.categoryId })
            : adminApi.products.act(p.id, action.kind),
        ),
      );
      return { ok: results.filter((r) => r.status === 'fulfilled').length, failed: results.flatMap((r, i) => (r.status === 'rejected' ? [`${selected[i].title}: ${errorMessage(r.reason)}`] : [])) };
    },
    onSuccess: ({ ok, failed }, action) => {
      if (ok) toast.success(t(`bulk.done.${action.kind}`, { count: ok }));
      if (failed.length) toast.error(t('bulk.failed', { list: failed.join('; ') }));
      setPending(null);
      void qc.invalidateQueries({ queryKey: ['products'] });
      onDone();
    },
  });

  if (selected.length === 0) return null;
  const count = selected.length;
  const categoryName = (id: string | null) => (id ? (categories.find((c) => c.id === id)?.path ?? id) : t('bulk.noCategory'));
  return (
    <div role="region" aria-label={t('bulk.region')} className="mb-3 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm">
      <div className="flex flex-wrap items-end gap-2">
        <span className="self-center font-medium text-indigo-800">{t('bulk.selected', { count })}</span>
        <Button size="sm" onClick={() => setPending({ kind: 'publish' })}>
          {t('bulk.publish')}
        </Button>
        <Button size="sm" onClick={() => setPending({ kind: 'unpublish' })}>
          {t('bulk.unpublish')}
        </Button>
        <Button size="sm" onClick={() => setPending({ kind: 'archive' })}>
          {t('bulk.archive')}
        </Button>
        <ChoiceField
          label={t('bulk.moveTo')}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          placeholder={t('bulk.pickCategory')}
          options={[{ value: 'none', label: t('bulk.noCategory') }, ...categoryOptions(categories)]}
        />
        <Button size="sm" disabled={!categoryId} onClick={() => setPending({ kind: 'category', categoryId: categoryId === 'none' ? null : categoryId })}>
          {t('bulk.move')}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t('bulk.clear')}
        </Button>
      </div>
      {pending && (
        <div role="alertdialog" aria-labelledby="bulk-confirm-title" aria-describedby="bulk-confirm-body" className="mt-3 rounded-md border border-amber-300 bg-white p-3">
          <p id="bulk-confirm-title" className="font-semibold text-slate-900">
            {pending.kind === 'category' ? t('bulk.confirm.category', { count, category: categoryName(pending.categoryId) }) : t(`bulk.confirm.${pending.kind}`, { count })}
          </p>
          <p id="bulk-confirm-body" className="mt-1 text-slate-700">
            {t(`bulk.explain.${pending.kind}`, { count })}
          </p>
          <div className="mt-3 flex gap-2">
            <Button size="sm" variant="primary" loading={run.isPending} onClick={() => run.mutate(pending)} autoFocus>
              {pending.kind === 'category' ? t('bulk.confirmButton.category', { count }) : t(`bulk.confirmButton.${pending.kind}`, { count })}
            </Button>
            <Button size="sm" onClick={() => setPending(null)} disabled={run.isPending}>
              {t('ui:cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
