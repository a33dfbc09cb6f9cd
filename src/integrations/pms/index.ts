/**
 * The PMS adapter: a property-management system pushes products and stock counts over a signed
 * webhook; each change is applied through the same services as the admin API.
 */
export { type PmsHandlers, pmsWebhookRoutes } from './routes';
