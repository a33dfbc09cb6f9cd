import { QueryClient } from '@tanstack/react-query';
import { mountApp } from '../../shared/mount';
import { isApiError } from './lib/api';
import { AUTH_STORAGE_KEY, useAuth } from './lib/auth';
import { CART_STORAGE_KEY, useCart } from './lib/cart';
import { router } from './router';
import './i18n';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (404, 401, 409…) will not change by asking again.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
    },
  },
});

// Another tab signed in/out, refreshed tokens or changed the cart: pick it up here too.
window.addEventListener('storage', (e) => {
  if (e.key === AUTH_STORAGE_KEY) {
    void useAuth.persist.rehydrate();
    if (!e.newValue) queryClient.removeQueries({ queryKey: ['user'] });
  }
  if (e.key === CART_STORAGE_KEY) void useCart.persist.rehydrate();
});

mountApp(queryClient, router);
