/** The orders module's public face: checkout, the order status machine, quotes, invoices and search. */
export { createCheckout } from './checkout';
export { createInvoices } from './invoice';
export { moneyRoutes } from './money-routes';
export { createQuoter } from './quote';
export { OrderSchema, ordersRoutes } from './routes';
export { createOrderSearch } from './search';
export { orderSearchRoutes } from './search-routes';
export { type OrderService, createOrderService } from './service';
