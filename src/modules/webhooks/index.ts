/** The webhooks module's public face: outgoing webhooks, incoming signed requests, event wiring. */
export { type NonceStore, parseJsonBody, rawBodyParser, verifySignedRequest } from './incoming';
export { createEventsModule } from './module';
