import { mountApp } from '../../shared/mount';
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

mountApp(queryClient, router);
