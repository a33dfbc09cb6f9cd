import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import { toast } from '../lib/toast';
import type { StockRecord } from '../lib/types';
import { adminApi } from '../lib/api';
import { queryKeys } from '../lib/queries';

/**
 * A stock count: set on hand to what was counted on the shelf. The count is saved against the
 * version the person started from (If-Match), so a change made meanwhile (a sale, another
 * person's adjustment) is not silently overwritten: the server answers 412 and we say so.
 */
export function CountStock({ record, onDone }: { record: StockRecord; onDone?: () => void }) {
  const { t: tr } = useTranslation('inventory');
  const queryClient = useQueryClient();
  const [counted, setCounted] = useState('');
  const [threshold, setThreshold] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // The record as it was when the person started counting.
  const [base, setBase] = useState<StockRecord | null>(null);
  const [conflict, setConflict] = useState(false);
  useFocusFirstInvalid(errors);

  const from = base ?? record;
  const changedMeanwhile = base !== null && record.version !== base.version;
  const sku = encodeURIComponent(record.sku);

  const count = useMutation({
    mutationFn: ({ body, version }: { body: { onHand: number; lowStockThreshold?: number }; version: number }) =>
      adminApi.inventory.set(sku, body, version),
    onSuccess: (updated) => {
      toast.success(tr('counted', { sku: record.sku, onHand: updated?.onHand ?? '' }));
      if (updated) queryClient.setQueryData(queryKeys.stock(record.sku), updated);
      setCounted('');
      setThreshold('');
      setBase(null);
      setConflict(false);
      onDone?.();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'precondition_failed') setConflict(true);
      else if (err instanceof ApiError) setErrors(err.fieldErrors());
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['inventory'] }),
  });

  function start() {
    if (!base) setBase(record);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseIntOrNull(counted);
    const t = parseIntOrNull(threshold);
    const next: Record<string, string> = {};
    if (n === null || Number.isNaN(n) || n < 0) next.onHand = tr('countErrors.onHand');
    else if (n < record.reserved) next.onHand = tr('countErrors.belowReserved', { reserved: record.reserved });
    if (t !== null && (Number.isNaN(t) || t < 0)) next.lowStockThreshold = tr('countErrors.threshold');
    setErrors(next);
    if (Object.keys(next).length) return;
    count.mutate({ body: { onHand: n as number, ...(t !== null ? { lowStockThreshold: t } : {}) }, version: from.version });
  }

  function countAgainstLatest() {
    setBase(record);
    setConflict(false);
    count.reset();
  }

  const n = parseIntOrNull(counted);
  const diff = n !== null && !Number.isNaN(n) ? n - from.onHand : null;
  return (
    <form onSubmit={submit} noValidate className="@container flex flex-col gap-3" aria-label={tr('countOf', { sku: record.sku })}>
      <p className="text-sm text-slate-600">{tr('countIntro', { expected: from.onHand })}</p>
      <div className="grid gap-3 @sm:grid-cols-2">
        <TextField
          label={tr('counted_label')}
          inputMode="numeric"
          placeholder={tr('eg', { value: from.onHand })}
          value={counted}
          onFocus={start}
          onChange={(e) => {
            start();
            setCounted(e.target.value);
          }}
          error={errors.onHand}
          hint={diff === null ? tr('countHint') : diff === 0 ? tr('countMatches') : diff > 0 ? tr('countMore', { diff, onHand: n }) : tr('countFewer', { diff: -diff, onHand: n })}
        />
        <TextField
          label={tr('thresholdOptional')}
          inputMode="numeric"
          placeholder={String(record.lowStockThreshold)}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          error={errors.lowStockThreshold}
          hint={tr('thresholdNow', { value: record.lowStockThreshold })}
        />
      </div>
      {(conflict || changedMeanwhile) && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{conflict ? tr('conflict.notSaved') : tr('conflict.changed')}</p>
          <p>
            {record.reserved !== from.reserved
              ? tr('conflict.bodyReserved', { from: from.onHand, to: record.onHand, reservedFrom: from.reserved, reservedTo: record.reserved })
              : tr('conflict.body', { from: from.onHand, to: record.onHand })}
          </p>
          <div className="mt-2">
            <Button size="sm" onClick={countAgainstLatest}>
              {tr('conflict.useLatest')}
            </Button>
          </div>
        </div>
      )}
      {count.isError && !conflict && !Object.keys(errors).length && <ErrorMessage error={count.error} title={tr('countNotSaved')} />}
      <div>
        <Button type="submit" variant="primary" loading={count.isPending}>
          {tr('saveCount')}
        </Button>
      </div>
    </form>
  );
}
