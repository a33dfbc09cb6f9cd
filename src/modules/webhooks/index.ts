/**
 * The webhooks module's public face: outgoing webhooks (endpoints, signed deliveries with retries,
 * their routes and job workers), and the table that remembers incoming requests' nonces.
 */
export { createNonceTable } from './nonces';
export { webhookRoutes } from './routes';
export { createWebhookService, type WebhookService } from './service';
export { createDeliveryWorker } from './worker';
