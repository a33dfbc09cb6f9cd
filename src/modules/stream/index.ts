/** Events published to NATS JetStream: an event consumer, not a domain module. */
export { createStreamPublisher } from './publisher';
