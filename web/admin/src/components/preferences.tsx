import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../../shared/ui';
import { LOCALES, isLocale } from '../../../shared/i18n';
import { applyDefaultLocale, setLocale } from '../i18n';
import { setStoreTimeZone, useStoreSettings } from '../lib/format';
import { setTheme, useTheme, type ThemeChoice } from '../lib/theme';

/** Takes the store's default language (until the person picks one) and its time zone for every date shown. */
export function useStoreLocale() {
  const settings = useStoreSettings().data;
  useEffect(() => {
    if (!settings) return;
    setStoreTimeZone(settings.timeZone);
    applyDefaultLocale(settings.defaultLocale);
  }, [settings]);
}

/** Language and light/dark choices, both remembered in this browser. */
export function Preferences() {
  const { t, i18n } = useTranslation('shell');
  const theme = useTheme();
  return (
    <div className="grid grid-cols-2 gap-2">
      <SelectField label={t('common:language')} value={i18n.language} onChange={(e) => isLocale(e.target.value) && setLocale(e.target.value)}>
        {LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`common:languages.${l}`)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('theme.label')} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
        {(['system', 'light', 'dark'] as const).map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
