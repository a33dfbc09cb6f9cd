import { useTranslation } from 'react-i18next';
import { i18next } from '../../../shared/i18n';
import { CheckboxField, SelectField, TextField } from '../../../shared/ui';

export const eventPatterns = ['order.*', 'product.*', 'inventory.*', 'payment.*', 'shipment.*', 'category.*', 'product.published', 'inventory.low_stock'];

export interface WebhookDraft {
  url: string;
  events: string[];
  extraEvents: string;
  description: string;
  /** What happens to events while the endpoint is disabled. */
  whileDisabled: 'skip' | 'keep';
}

export function webhookBody(d: WebhookDraft): { body?: { url: string; events: string[]; description?: string; whileDisabled: 'skip' | 'keep' }; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const events = [...new Set([...d.events, ...d.extraEvents.split(',').map((s) => s.trim()).filter(Boolean)])];
  try {
    const u = new URL(d.url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') errors.url = i18next.t('integrations:hooks.errors.https');
  } catch {
    errors.url = i18next.t('integrations:hooks.errors.url');
  }
  if (!events.length) errors.events = i18next.t('integrations:hooks.errors.events');
  if (Object.keys(errors).length) return { errors };
  return { body: { url: d.url.trim(), events, ...(d.description.trim() ? { description: d.description.trim() } : {}), whileDisabled: d.whileDisabled }, errors };
}

export function toWebhookDraft(w?: { url: string; events: string[]; description?: string | null; whileDisabled?: 'skip' | 'keep' }): WebhookDraft {
  if (!w) return { url: '', events: ['order.*'], extraEvents: '', description: '', whileDisabled: 'skip' };
  return { url: w.url, events: w.events.filter((e) => eventPatterns.includes(e)), extraEvents: w.events.filter((e) => !eventPatterns.includes(e)).join(', '), description: w.description ?? '', whileDisabled: w.whileDisabled ?? 'skip' };
}

export function WebhookFields({ draft, onChange, errors }: { draft: WebhookDraft; onChange: (d: WebhookDraft) => void; errors: Record<string, string> }) {
  const { t } = useTranslation('integrations');
  return (
    <div className="flex flex-col gap-4">
      <TextField label={t('hooks.url')} type="url" placeholder="https://example.com/hooks/inventra" value={draft.url} onChange={(e) => onChange({ ...draft, url: e.target.value })} error={errors.url} />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">{t('hooks.events')}</legend>
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {eventPatterns.map((ev) => (
            <CheckboxField key={ev} label={ev} checked={draft.events.includes(ev)} onChange={(e) => onChange({ ...draft, events: e.target.checked ? [...draft.events, ev] : draft.events.filter((x) => x !== ev) })} />
          ))}
        </div>
        {errors.events && <p className="mt-1 text-xs font-medium text-red-700">{errors.events}</p>}
      </fieldset>
      <TextField label={t('hooks.otherEvents')} placeholder={t('hooks.otherEventsPlaceholder')} value={draft.extraEvents} onChange={(e) => onChange({ ...draft, extraEvents: e.target.value })} hint={t('hooks.otherEventsHint')} />
      <TextField label={t('hooks.descriptionLabel')} value={draft.description} onChange={(e) => onChange({ ...draft, description: e.target.value })} error={errors.description} />
      <SelectField
        label={t('hooks.whileDisabled')}
        value={draft.whileDisabled}
        onChange={(e) => onChange({ ...draft, whileDisabled: e.target.value === 'keep' ? 'keep' : 'skip' })}
        hint={t(draft.whileDisabled === 'keep' ? 'hooks.whileDisabledKeepHint' : 'hooks.whileDisabledSkipHint')}
        error={errors.whileDisabled}
      >
        <option value="skip">{t('hooks.whileDisabledSkip')}</option>
        <option value="keep">{t('hooks.whileDisabledKeep')}</option>
      </SelectField>
    </div>
  );
}
