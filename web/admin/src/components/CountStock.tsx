import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import { api } from '../lib/session';
import { toast } from '../lib/toast';
import type { StockRecord } from '../lib/types';

/**
 * A stock count: set on hand to what was counted on the shelf. The count is saved against the
 * version the person started from (If-Match), so a change made meanwhile (a sale, another
 * person's adjustment) is not silently overwritten: the server answers 412 and we say so.
 */
export function CountStock({ record, onDone }: { record: StockRecord; onDone?: () => void }) {
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
      api.put<StockRecord>(`/v1/admin/inventory/${sku}`, body, { headers: { 'If-Match': `"${version}"` } }),
    onSuccess: (updated) => {
      toast.success(`${record.sku}: counted, on hand is now ${updated?.onHand ?? 'updated'}.`);
      if (updated) queryClient.setQueryData(['inventory', 'sku', record.sku], updated);
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
    if (n === null || Number.isNaN(n) || n < 0) next.onHand = 'Enter the number of units you counted: a whole number, 0 or more.';
    else if (n < record.reserved) next.onHand = `${record.reserved} units are reserved for open orders, so the count cannot be lower. Recount, or cancel orders first.`;
    if (t !== null && (Number.isNaN(t) || t < 0)) next.lowStockThreshold = 'Enter a whole number, 0 or more, or leave it empty to keep the current threshold.';
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
    <form onSubmit={submit} noValidate className="@container flex flex-col gap-3" aria-label={`Count stock of ${record.sku}`}>
      <p className="text-sm text-slate-600">
        Enter what is on the shelf; on hand is set to it. The system expects <span className="font-semibold tabular-nums text-slate-900">{from.onHand}</span> on hand.
      </p>
      <div className="grid gap-3 @sm:grid-cols-2">
        <TextField
          label="Counted on hand"
          inputMode="numeric"
          placeholder={`e.g. ${from.onHand}`}
          value={counted}
          onFocus={start}
          onChange={(e) => {
            start();
            setCounted(e.target.value);
          }}
          error={errors.onHand}
          hint={diff === null ? 'Units physically in stock, including reserved ones.' : diff === 0 ? 'Matches the expected stock.' : `${diff > 0 ? `${diff} more` : `${-diff} fewer`} than expected; on hand becomes ${n}.`}
        />
        <TextField
          label="Low-stock threshold (optional)"
          inputMode="numeric"
          placeholder={String(record.lowStockThreshold)}
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
          error={errors.lowStockThreshold}
          hint={`Now ${record.lowStockThreshold}; leave empty to keep it.`}
        />
      </div>
      {(conflict || changedMeanwhile) && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <p className="font-semibold">{conflict ? 'Not saved: the stock changed while you were counting' : 'The stock changed while you were counting'}</p>
          <p>
            On hand went from {from.onHand} to {record.onHand}
            {record.reserved !== from.reserved ? ` and reserved from ${from.reserved} to ${record.reserved}` : ''} (an order or another person). Check whether your count already includes that change, then save it against the latest figures.
          </p>
          <div className="mt-2">
            <Button size="sm" onClick={countAgainstLatest}>
              Use the latest figures
            </Button>
          </div>
        </div>
      )}
      {count.isError && !conflict && !Object.keys(errors).length && <ErrorMessage error={count.error} title="The count was not saved" />}
      <div>
        <Button type="submit" variant="primary" loading={count.isPending}>
          Save count
        </Button>
      </div>
    </form>
  );
}
