import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale } from '../../../shared/i18n';
import { setLocale } from '../i18n';

/** The shopper's language; the choice is remembered on this device (see web/shared/i18n.ts). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="inline-flex min-h-11 items-center gap-1 text-sm text-slate-700">
      <span className="sr-only">{t('language')}</span>
      <span aria-hidden="true">🌐</span>
      <select
        value={i18n.language}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-1 text-sm"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
