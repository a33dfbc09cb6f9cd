import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Button, TextField } from '../../../shared/ui';
import { formatDateTime, parseIntOrNull } from '../lib/format';
import { useSession } from '../lib/session';
import { toast } from '../lib/toast';
import { Card, QueryStatus } from './common';
import { adminApi } from '../lib/api';

/** A customer's points: balance, latest entries, and (for admins) a hand adjustment with a reason. */
export function PointsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const isAdmin = useSession((s) => s.session?.user.role === 'admin');
  const qc = useQueryClient();
  const points = useQuery({ queryKey: ['points', customerId], queryFn: () => adminApi.points.get(customerId, { limit: 10 }) });
  const [delta, setDelta] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ delta?: string; note?: string }>({});
  const adjust = useMutation({
    mutationFn: (body: { delta: number; note: string }) => adminApi.points.adjust(customerId, body),
    onSuccess: (r) => {
      toast.success(t('points.adjusted', { balance: r.balance.toLocaleString() }));
      setDelta('');
      setNote('');
      void qc.invalidateQueries({ queryKey: ['points', customerId] });
      void qc.invalidateQueries({ queryKey: ['customers'] });
    },
    onError: (err) => toast.error(errorMessage(err)),
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const n = parseIntOrNull(delta);
    const next: typeof errors = {};
    if (n === null || Number.isNaN(n) || n === 0) next.delta = t('points.deltaInvalid');
    if (!note.trim()) next.note = t('points.noteRequired');
    setErrors(next);
    if (Object.keys(next).length === 0) adjust.mutate({ delta: n as number, note: note.trim() });
  }

  return (
    <Card title={t('points.title')}>
      <QueryStatus query={points} />
      {points.data && (
        <>
          <p className="text-2xl font-semibold tabular-nums text-slate-900">{t('points.balance', { balance: points.data.balance.toLocaleString() })}</p>
          {points.data.entries.length > 0 && (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {points.data.entries.map((e) => (
                <li key={e.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                  <span>
                    {t(`points.reason.${e.reason}`, { defaultValue: e.reason })}
                    {e.note ? ` · ${e.note}` : ''}
                  </span>
                  <span className="tabular-nums">
                    <span className={e.delta < 0 ? 'text-red-700' : 'text-emerald-700'}>{e.delta > 0 ? `+${e.delta}` : e.delta}</span>{' '}
                    <span className="text-xs text-slate-600">{formatDateTime(e.createdAt)}</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {isAdmin && (
        <form onSubmit={onSubmit} className="mt-4 grid gap-2 border-t border-slate-200 pt-3" noValidate>
          <TextField label={t('points.delta')} hint={t('points.deltaHint')} inputMode="numeric" value={delta} onChange={(e) => setDelta(e.target.value)} error={errors.delta} />
          <TextField label={t('points.note')} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} error={errors.note} />
          <div>
            <Button type="submit" variant="primary" loading={adjust.isPending}>
              {t('points.apply')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
