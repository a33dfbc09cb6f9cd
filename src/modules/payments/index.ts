/** The payments module's public face: konbini, COD, bank transfer, points and refunds. */
export { paymentRoutes } from './routes';
export { type PaymentService, createPaymentService } from './service';
