import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Button, cx } from '../../../shared/ui';
import { useStoreSettings } from '../lib/format';
import { useRealtime } from '../lib/realtime';
import { customerNotice, signOut, useSession } from '../lib/session';
import type { User } from '../lib/types';
import { Loading } from './common';
import { Preferences, useStoreLocale } from './preferences';
import { ScreenErrorBoundary } from './error-boundary';
import { Toaster } from './toaster';
import { SkipLink } from '../../../shared/layout';
import { useMe } from '../lib/queries';

interface NavItem {
  to: string;
  label: string;
  adminOnly?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: 'Dashboard' },
  { to: '/products', label: 'Products' },
  { to: '/categories', label: 'Categories' },
  { to: '/inventory', label: 'Inventory' },
  { to: '/orders', label: 'Orders' },
  { to: '/customers', label: 'Customers' },
  { to: '/delivery', label: 'Delivery' },
  { to: '/promotions', label: 'Promotions' },
  { to: '/audit', label: 'Audit log' },
  { to: '/notifications', label: 'Emails' },
  { to: '/users', label: 'Customers & staff', adminOnly: true },
  { to: '/api-keys', label: 'API keys', adminOnly: true },
  { to: '/webhooks', label: 'Webhooks', adminOnly: true },
  { to: '/settings', label: 'Settings', adminOnly: true },
];

function Nav({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation('shell');
  return (
    <ul className="flex flex-col gap-0.5">
      {navItems
        .filter((item) => isAdmin || !item.adminOnly)
        .map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === '/'}
              onClick={onNavigate}
              className={({ isActive }) =>
                cx('block rounded-md px-3 py-2 text-sm font-medium', isActive ? 'bg-indigo-50 text-indigo-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900')
              }
            >
              {t(`nav.${item.to}`, { defaultValue: item.label })}
            </NavLink>
          </li>
        ))}
    </ul>
  );
}

export function Layout() {
  const user = useSession((s) => s.session?.user);
  const setUser = useSession((s) => s.setUser);
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const storeName = useStoreSettings().data?.storeName;
  const { t } = useTranslation('shell');
  useStoreLocale();
  useRealtime();

  // Pick up role changes made by another admin since sign-in.
  const me = useMe();
  useEffect(() => {
    if (!me.data || !user) return;
    if (me.data.role === 'customer') useSession.getState().clear(customerNotice);
    else if (me.data.role !== user.role || me.data.name !== user.name) setUser({ ...user, ...me.data });
  }, [me.data, user, setUser]);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  if (!user) return null;
  const isAdmin = user.role === 'admin';

  return (
    <div className="min-h-screen lg:flex">
      <SkipLink label={t('skip')} />
      <header className="sticky top-0 z-30 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 lg:hidden">
        <Link to="/" className="font-semibold text-slate-900">
          {t('brand')}
        </Link>
        <Button size="sm" aria-expanded={menuOpen} aria-controls="mobile-nav" onClick={() => setMenuOpen((o) => !o)}>
          {menuOpen ? t('closeMenu') : t('openMenu')}
        </Button>
      </header>
      {menuOpen && (
        <nav id="mobile-nav" aria-label={t('mainNav')} className="border-b border-slate-200 bg-white px-3 pb-3 lg:hidden">
          <Nav isAdmin={isAdmin} onNavigate={() => setMenuOpen(false)} />
          <UserBox user={user} />
        </nav>
      )}
      <aside className="hidden w-60 shrink-0 flex-col border-r border-slate-200 bg-white lg:sticky lg:top-0 lg:flex lg:h-screen">
        <div className="px-5 py-4">
          <Link to="/" className="text-lg font-semibold text-slate-900">
            {t('brand')}
          </Link>
          {storeName && <p className="truncate text-xs text-slate-500">{storeName}</p>}
        </div>
        <nav aria-label={t('mainNav')} className="flex-1 overflow-y-auto px-3">
          <Nav isAdmin={isAdmin} />
        </nav>
        <div className="border-t border-slate-200 px-3 py-3">
          <UserBox user={user} />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">
        <ScreenErrorBoundary key={location.pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ScreenErrorBoundary>
      </main>
      <Toaster />
    </div>
  );
}

function UserBox({ user }: { user: User }) {
  const { t } = useTranslation('shell');
  return (
    <div className="mt-2 flex flex-col gap-3 px-2">
      <div className="flex items-center justify-between gap-2">
        <div className="min-w-0 text-sm">
          <p className="truncate font-medium text-slate-800">{user.name || user.email}</p>
          <p className="text-xs text-slate-600">{t(`roles.${user.role}`, { defaultValue: user.role })}</p>
        </div>
        <Button size="sm" onClick={() => void signOut()}>
          {t('signOut')}
        </Button>
      </div>
      <Preferences />
    </div>
  );
}

/** Screens for admins only; staff get a clear explanation instead. */
export function AdminOnly({ children }: { children: React.ReactNode }) {
  const role = useSession((s) => s.session?.user.role);
  const { t } = useTranslation('shell');
  if (role !== 'admin')
    return (
      <div className="max-w-xl rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900" role="alert">
        <p className="font-semibold">{t('adminOnlyTitle')}</p>
        <p>{t('adminOnlyBody')}</p>
      </div>
    );
  return <>{children}</>;
}
