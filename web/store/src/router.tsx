import type { ComponentType } from 'react';
import { createBrowserRouter, type LazyRouteFunction, type RouteObject } from 'react-router';
import { i18next } from '../../shared/i18n';
import { Layout } from './components/layout';
import { RouteError } from './components/route-error';

// Every page is its own chunk; the shell (layout, router, query client) is the initial bundle.
const page =
  (load: () => Promise<{ default: ComponentType }>): LazyRouteFunction<RouteObject> =>
  async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <p className="p-8 text-center text-sm text-slate-600">{i18next.t('shop:loading')}</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(() => import('./pages/home')) },
          { path: 'search', lazy: page(() => import('./pages/search')) },
          { path: 'c/:slug', lazy: page(() => import('./pages/category')) },
          { path: 'products/:slug', lazy: page(() => import('./pages/product')) },
          { path: 'cart', lazy: page(() => import('./pages/cart')) },
          { path: 'checkout', lazy: page(() => import('./pages/checkout')) },
          { path: 'login', lazy: page(() => import('./pages/login')) },
          { path: 'register', lazy: page(() => import('./pages/register')) },
          { path: 'forgot-password', lazy: page(() => import('./pages/forgot-password')) },
          { path: 'reset-password', lazy: page(() => import('./pages/reset-password')) },
          { path: 'account', lazy: page(() => import('./pages/account')) },
          { path: 'orders', lazy: page(() => import('./pages/orders')) },
          { path: 'orders/:id', lazy: page(() => import('./pages/order')) },
          { path: '*', lazy: page(() => import('./pages/not-found')) },
        ],
      },
    ],
  },
]);
