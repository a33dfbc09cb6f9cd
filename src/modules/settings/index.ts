/** The settings module's public face: the store's settings and their routes. */
export { settingsRoutes } from './routes';
export { type SettingsService, type StoreSettings, createSettingsService } from './service';
