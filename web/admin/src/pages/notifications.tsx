import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../shared/api';
import { Badge, Button, SelectField, TextField, type BadgeTone } from '../../../shared/ui';
import { Card, Empty, PageHeader, Pager, QueryStatus, useCursorPager } from '../components/common';
import { formatDateTime } from '../lib/format';
import { toast } from '../lib/toast';
import type { RenderedNotification as Rendered } from '../lib/types';
import { adminApi } from '../lib/api';
import { ListTable } from '../components/list-table';

const TYPES = ['order.confirmation', 'order.shipped', 'order.cancelled', 'order.refunded', 'password.reset', 'staff.low_stock'] as const;
const STATUSES = ['pending', 'sent', 'failed', 'kept'] as const;
const TONE: Record<string, BadgeTone> = { pending: 'amber', sent: 'green', failed: 'red', kept: 'gray' };


/** The email as the customer sees it; sandboxed, so the message's HTML runs nothing here. */
function MailView({ subject, html, text }: Rendered) {
  const { t } = useTranslation('notifications');
  const [asText, setAsText] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm"><span className="text-slate-500">{t('subject')}:</span> <span className="font-medium">{subject}</span></p>
      <div className="flex gap-2">
        <Button size="sm" variant={asText ? 'secondary' : 'primary'} onClick={() => setAsText(false)} aria-pressed={!asText}>HTML</Button>
        <Button size="sm" variant={asText ? 'primary' : 'secondary'} onClick={() => setAsText(true)} aria-pressed={asText}>{t('plainText')}</Button>
      </div>
      {asText ? (
        <pre className="max-h-[32rem] overflow-auto rounded border border-slate-200 bg-slate-50 p-3 text-xs whitespace-pre-wrap">{text}</pre>
      ) : (
        <iframe title={t('rendered')} sandbox="" srcDoc={html} className="h-[32rem] w-full rounded border border-slate-200 bg-white" />
      )}
    </div>
  );
}

function Detail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const qc = useQueryClient();
  const detail = useQuery({ queryKey: ['notification', id], queryFn: () => adminApi.notifications.get(id) });
  const resend = useMutation({
    mutationFn: () => adminApi.notifications.resend(id),
    onSuccess: () => toast.success(t('resent')),
    onError: (err) => toast.error(`${t('notResent')} ${errorMessage(err)}`),
    onSettled: () => qc.invalidateQueries({ queryKey: ['notification'] }).then(() => qc.invalidateQueries({ queryKey: ['notifications'] })),
  });
  const d = detail.data;
  return (
    <Card title={d ? `${d.type} → ${d.to}` : t('message')} actions={<Button size="sm" onClick={onClose}>{t('close')}</Button>}>
      <QueryStatus query={detail} />
      {d && (
        <div className="flex flex-col gap-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={TONE[d.status]}>{t(`status.${d.status}`)}</Badge>
            {t('attempts', { count: d.attempts })}
            {d.lastError && <span className="text-red-800">{d.lastError}</span>}
            {(d.status === 'failed' || d.status === 'kept') && (
              <Button size="sm" variant="primary" loading={resend.isPending} onClick={() => resend.mutate()}>{t('resend')}</Button>
            )}
          </p>
          {d.attemptLog.length > 0 && (
            <ol className="text-xs text-slate-600">
              {d.attemptLog.map((a) => <li key={a.attempt}>#{a.attempt} {formatDateTime(a.createdAt)} · {a.ok ? t('ok') : a.error}</li>)}
            </ol>
          )}
          <MailView subject={d.subject} html={d.html} text={d.text} />
        </div>
      )}
    </Card>
  );
}

function Preview() {
  const { t } = useTranslation('notifications');
  const [type, setType] = useState<string>('order.confirmation');
  const [locale, setLocale] = useState('ja');
  const [payment, setPayment] = useState('konbini');
  const preview = useQuery({
    queryKey: ['notification-preview', type, locale, payment],
    queryFn: () => adminApi.notifications.preview({ type, locale, ...(type === 'order.confirmation' ? { payment } : {}) }),
    placeholderData: keepPreviousData,
  });
  return (
    <Card title={t('previewTitle')}>
      <div className="mb-4 flex flex-wrap gap-3">
        <SelectField label={t('type')} value={type} onChange={(e) => setType(e.target.value)}>
          {TYPES.map((x) => <option key={x} value={x}>{t(`types.${x}`)}</option>)}
        </SelectField>
        <SelectField label={t('language')} value={locale} onChange={(e) => setLocale(e.target.value)}>
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </SelectField>
        {type === 'order.confirmation' && (
          <SelectField label={t('payment')} value={payment} onChange={(e) => setPayment(e.target.value)}>
            {['konbini', 'bank_transfer', 'cod', 'points'].map((p) => <option key={p} value={p}>{t(`payments.${p}`)}</option>)}
          </SelectField>
        )}
      </div>
      <QueryStatus query={preview} />
      {preview.data && <MailView {...preview.data} />}
    </Card>
  );
}

/** Every email the store wrote: who, what, whether it went out; open one, resend a failed one. */
export default function Notifications() {
  const { t } = useTranslation('notifications');
  const [to, setTo] = useState('');
  const [type, setType] = useState('');
  const [status, setStatus] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const filters = { to: to.trim() || undefined, type: type || undefined, status: status || undefined };
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useQuery({
    queryKey: ['notifications', filters, pager.cursor],
    queryFn: () => adminApi.notifications.list({ ...filters, limit: 25, cursor: pager.cursor ?? undefined }),
    placeholderData: keepPreviousData,
  });
  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-wrap items-end gap-3">
        <TextField label={t('recipient')} type="search" value={to} onChange={(e) => setTo(e.target.value)} placeholder="name@example.com" />
        <SelectField label={t('type')} value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">{t('all')}</option>
          {TYPES.map((x) => <option key={x} value={x}>{t(`types.${x}`)}</option>)}
        </SelectField>
        <SelectField label={t('statusLabel')} value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('all')}</option>
          {STATUSES.map((x) => <option key={x} value={x}>{t(`status.${x}`)}</option>)}
        </SelectField>
      </div>
      <ListTable
        query={list}
        empty={<Empty title={t('none')} />}
        caption={t('title')}
        columns={[]}
        rows={(items) =>
          items.map((n) => (
            <tr key={n.id}>
              <td className="whitespace-nowrap">{formatDateTime(n.createdAt)}</td>
              <td>{t(`types.${n.type}`, { defaultValue: n.type })}</td>
              <td>{n.to}</td>
              <td>
                <button type="button" className="text-left text-indigo-700 underline" onClick={() => setOpen(n.id)}>{n.subject}</button>
              </td>
              <td><Badge tone={TONE[n.status]}>{t(`status.${n.status}`)}</Badge></td>
              <td className="text-right">{n.attempts}</td>
            </tr>
          ))
        }
      />
      <Pager page={pager.page} hasNext={Boolean(list.data?.nextCursor)} onNext={() => list.data?.nextCursor && pager.next(list.data.nextCursor)} onPrev={pager.prev} busy={list.isFetching} />
      {open && <Detail id={open} onClose={() => setOpen(null)} />}
      <Preview />
    </div>
  );
}
