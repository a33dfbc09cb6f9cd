import { initI18n, resourcesFromGlob } from '../../shared/i18n';

// The server writes the store's default language into <html lang> (read before i18n sets it),
// so a first visit starts in it instead of switching once the settings arrive.
const served = document.documentElement.lang;

// Every ./locales/<lang>/<namespace>.json is bundled; add a namespace by adding a file.
export const { setLocale, applyDefaultLocale } = initI18n(
  resourcesFromGlob(import.meta.glob('./locales/*/*.json', { eager: true })),
  'inventra.store.locale',
);
applyDefaultLocale(served);
