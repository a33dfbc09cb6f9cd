import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import './i18n';
import './index.css';
import { queryClient } from './lib/query';
import { useSession } from './lib/session';
import { router } from './router';
import { startTheme } from './lib/theme';

startTheme();

// Nothing cached for one user may be shown to the next.
useSession.subscribe((state, prev) => {
  if (prev.session && !state.session) queryClient.clear();
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
