/** The delivery module's public face: zones, slots and shipments. */
export { seedDemoDelivery } from './demo';
export { deliveryRoutes } from './routes';
export { type DeliveryService, type OrderLookup, createDeliveryService } from './service';
