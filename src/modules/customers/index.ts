// The customers module's public face: the admin's read model over identity, orders and payments.
export { createCustomerService, type CustomerService, type CustomerSummary, type CustomersDeps } from './service';
export { customerRoutes } from './routes';
