/** The analytics module's public face: the sales read model and its routes. */
export { analyticsRoutes } from './routes';
export { createAnalyticsService } from './service';
