import { initI18n, resourcesFromGlob } from '../../shared/i18n';

// Every ./locales/<lang>/<namespace>.json is bundled; add a namespace by adding a file.
export const { setLocale, applyDefaultLocale } = initI18n(
  resourcesFromGlob(import.meta.glob('./locales/*/*.json', { eager: true })),
  'inventra.admin.locale',
);
