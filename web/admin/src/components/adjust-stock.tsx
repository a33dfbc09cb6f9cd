import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, SelectField, TextField, useFocusFirstInvalid } from '../../../shared/ui';
import { parseIntOrNull } from '../lib/format';
import { toast } from '../lib/toast';
import type { AdjustmentReason, StockRecord } from '../lib/types';
import { adminApi } from '../lib/api';

const reasons: AdjustmentReason[] = ['restock', 'return', 'correction', 'count', 'damage'];

/** Adjust a SKU's on-hand stock by a signed amount, with a reason. */
export function AdjustStock({ record, onDone }: { record: StockRecord; onDone?: () => void }) {
  const { t } = useTranslation('inventory');
  const queryClient = useQueryClient();
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState<AdjustmentReason>('restock');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useFocusFirstInvalid(errors);

  const adjust = useMutation({
    mutationFn: (body: { delta: number; reason: AdjustmentReason; note?: string }) => adminApi.inventory.adjust(record.sku, body),
    onSuccess: (updated) => {
      toast.success(t('adjusted', { sku: record.sku, onHand: updated?.onHand ?? '' }));
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
    if (n === null || Number.isNaN(n) || n === 0) return setErrors({ delta: t('errors.delta') });
    if (record.onHand + n < record.reserved) return setErrors({ delta: t('errors.belowReserved', { reserved: record.reserved }) });
    setErrors({});
    adjust.mutate({ delta: n, reason, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  const n = parseIntOrNull(delta);
  return (
    <form onSubmit={submit} noValidate className="@container flex flex-col gap-3" aria-label={t('adjustOf', { sku: record.sku })}>
      <div className="grid gap-3 @sm:grid-cols-2 @2xl:grid-cols-3">
        <TextField label={t('change')} inputMode="numeric" placeholder={t('changePlaceholder')} value={delta} onChange={(e) => setDelta(e.target.value)} error={errors.delta} hint={n !== null && !Number.isNaN(n) ? t('becomes', { onHand: record.onHand + n }) : t('changeHint')} />
        <SelectField label={t('reasonLabel')} value={reason} onChange={(e) => setReason(e.target.value as AdjustmentReason)} error={errors.reason}>
          {reasons.map((r) => (
            <option key={r} value={r}>
              {t(`reasonOption.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} className="@sm:col-span-2 @2xl:col-span-1" />
      </div>
      {adjust.isError && !Object.keys(errors).length && <ErrorMessage error={adjust.error} title={t('notChanged')} />}
      <div>
        <Button type="submit" variant="primary" loading={adjust.isPending}>
          {t('adjust')}
        </Button>
      </div>
    </form>
  );
}
