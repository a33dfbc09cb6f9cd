import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import { api } from '../lib/session';
import { toast } from '../lib/toast';
import type { AdjustmentReason, StockRecord } from '../lib/types';

const reasons: Array<{ value: AdjustmentReason; label: string }> = [
  { value: 'restock', label: 'Restock (goods received)' },
  { value: 'return', label: 'Return' },
  { value: 'correction', label: 'Correction' },
  { value: 'count', label: 'Stock count' },
  { value: 'damage', label: 'Damage or loss' },
];

/** Adjust a SKU's on-hand stock by a signed amount, with a reason. */
export function AdjustStock({ record, onDone }: { record: StockRecord; onDone?: () => void }) {
  const queryClient = useQueryClient();
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState<AdjustmentReason>('restock');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);

  const adjust = useMutation({
    mutationFn: (body: { delta: number; reason: AdjustmentReason; note?: string }) => api.post<StockRecord>(`/v1/admin/inventory/${encodeURIComponent(record.sku)}/adjustments`, body),
    onSuccess: (updated) => {
      toast.success(`${record.sku}: on hand is now ${updated?.onHand ?? 'updated'}.`);
      setDelta('');
      setNote('');
      onDone?.();
    },
    onError: (err) => err instanceof ApiError && setErrors(err.fieldErrors()),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['inventory'] }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const n = parseIntOrNull(delta);
    if (n === null || Number.isNaN(n) || n === 0) return setErrors({ delta: 'Enter a whole number other than 0: positive adds stock, negative removes it.' });
    if (record.onHand + n < record.reserved) return setErrors({ delta: `On hand cannot go below the ${record.reserved} reserved for open orders.` });
    setErrors({});
    adjust.mutate({ delta: n, reason, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  const n = parseIntOrNull(delta);
  return (
    <form onSubmit={submit} noValidate className="@container flex flex-col gap-3" aria-label={`Adjust stock of ${record.sku}`}>
      <div className="grid gap-3 @sm:grid-cols-2 @2xl:grid-cols-3">
        <TextField label="Change in stock" inputMode="numeric" placeholder="e.g. 10 or -2" value={delta} onChange={(e) => setDelta(e.target.value)} error={errors.delta} hint={n !== null && !Number.isNaN(n) ? `On hand becomes ${record.onHand + n}.` : 'Positive adds, negative removes.'} />
        <SelectField label="Reason" value={reason} onChange={(e) => setReason(e.target.value as AdjustmentReason)} error={errors.reason}>
          {reasons.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <TextField label="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} className="@sm:col-span-2 @2xl:col-span-1" />
      </div>
      {adjust.isError && !Object.keys(errors).length && <ErrorMessage error={adjust.error} title="Stock was not changed" />}
      <div>
        <Button type="submit" variant="primary" loading={adjust.isPending}>
          Adjust stock
        </Button>
      </div>
    </form>
  );
}
