import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteAddress, useSaveAddress } from '../lib/queries';
import type { Address } from '../lib/types';
import { AddressForm, AddressText } from './address-form';
import { Button, ConfirmButton, ErrorAlert } from './ui';

export function AddressBook({ addresses, defaultName }: { addresses: Address[]; defaultName?: string }) {
  const { t } = useTranslation('shopAccount');
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const del = useDeleteAddress();
  const save = useSaveAddress();

  return (
    <div className="space-y-3">
      {del.isError ? <ErrorAlert error={del.error} /> : null}
      {save.isError ? <ErrorAlert error={save.error} /> : null}
      {addresses.length === 0 && editing !== 'new' ? <p className="text-sm text-slate-600">{t('addresses.none')}</p> : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {addresses.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 p-3" aria-label={t('addresses.item', { name: a.name, city: a.city })}>
            {editing === a.id ? (
              <AddressForm address={a} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                {a.isDefault ? <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-emerald-700">{t('addresses.default')}</p> : null}
                <AddressText address={a} />
                <div className="mt-2 flex flex-wrap gap-x-1">
                  <Button variant="ghost" className="px-2" onClick={() => setEditing(a.id)}>{t('addresses.edit')}</Button>
                  {!a.isDefault ? (
                    <Button variant="ghost" className="px-2" disabled={save.isPending} onClick={() => save.mutate({ id: a.id, isDefault: true })}>
                      {t('addresses.makeDefault')}
                    </Button>
                  ) : null}
                  <ConfirmButton variant="ghost" className="px-2 text-red-700!" disabled={del.isPending} question={t('addresses.confirmDelete')} onConfirm={() => del.mutate(a.id)}>
                    {t('addresses.delete')}
                  </ConfirmButton>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      {editing === 'new' ? (
        <div className="rounded-lg border border-slate-200 p-3">
          <h3 className="mb-2 font-semibold">{t('addresses.new')}</h3>
          <AddressForm defaultName={defaultName} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
        </div>
      ) : (
        <Button variant="secondary" onClick={() => setEditing('new')}>{t('addresses.add')}</Button>
      )}
    </div>
  );
}
