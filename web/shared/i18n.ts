import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** The languages both apps speak. Japanese is the default (`settings.defaultLocale`). */
export const LOCALES = ['ja', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (v: unknown): v is Locale => v === 'ja' || v === 'en';

type GlobbedJson = Record<string, { default: Record<string, unknown> }>;

/**
 * Resources from a Vite glob of `./locales/<lang>/<namespace>.json`: each file is one namespace,
 * so a feature keeps its strings in its own file (`checkout.json`) and `useTranslation('checkout')`.
 */
export function resourcesFromGlob(files: GlobbedJson): Resource {
  const resources: Resource = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    (resources[m[1]] ??= {})[m[2]] = mod.default as Record<string, string>;
  }
  return resources;
}

/**
 * Starts i18next synchronously with every message bundled (the apps are small; no flash of
 * untranslated text). The person's choice is remembered under `storageKey`; until they make one,
 * the store's default language applies (see `applyDefaultLocale`).
 */
export function initI18n(resources: Resource, storageKey: string) {
  const stored = localStorage.getItem(storageKey);
  const lng: Locale = isLocale(stored) ? stored : 'ja';
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'ja',
    defaultNS: 'common',
    ns: Object.keys(resources.ja ?? {}),
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return {
    /** An explicit choice: switch and remember it. */
    setLocale(l: Locale) {
      localStorage.setItem(storageKey, l);
      void i18next.changeLanguage(l);
    },
    /** The store's default language, used only while the person has not chosen one. */
    applyDefaultLocale(l: string | undefined) {
      if (isLocale(l) && !isLocale(localStorage.getItem(storageKey)) && i18next.language !== l) void i18next.changeLanguage(l);
    },
  };
}

export { i18next };
