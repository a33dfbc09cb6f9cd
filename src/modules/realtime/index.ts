/** Live updates over Socket.IO: an event consumer, not a domain module. */
export { createRealtime } from './server';
