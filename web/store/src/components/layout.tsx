import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import { applyDefaultLocale } from '../i18n';
import { useSignedIn } from '../lib/auth';
import { useCartCount } from '../lib/cart';
import { setStoreTimeZone } from '../lib/dates';
import { useSettings } from '../lib/queries';
import { LanguageSwitcher } from './language-switcher';
import { serverStoreName } from '../lib/page-title';
import { SkipLink } from '../../../shared/layout';

function SearchBox() {
  const { t } = useTranslation('shop');
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [q, setQ] = useState(current);
  useEffect(() => setQ(current), [current]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(location.pathname === '/search' ? params : undefined);
    next.delete('cursor');
    if (q.trim()) next.set('q', q.trim());
    else next.delete('q');
    navigate(`/search?${next.toString()}`);
  };
  return (
    <form role="search" onSubmit={submit} className="flex w-full gap-2">
      <label htmlFor="site-search" className="sr-only">{t('search.label')}</label>
      <input
        id="site-search"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('search.label')}
        enterKeyHint="search"
        className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base focus:border-indigo-500 focus:outline-2 focus:outline-indigo-600"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-md bg-indigo-600 px-4 text-sm font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600">
        {t('search.submit')}
      </button>
    </form>
  );
}

const navClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-600 sm:px-3 ${isActive ? 'text-slate-900 underline underline-offset-4' : 'text-slate-700'}`;

/** The store's name as the server wrote it into the page title, so the header does not change when settings load. */

export function Layout() {
  const { t } = useTranslation('shop');
  const { data: settings } = useSettings();
  const count = useCartCount();
  const signedIn = useSignedIn();
  const navigation = useNavigation();
  const storeName = settings?.storeName ?? serverStoreName;

  useEffect(() => {
    applyDefaultLocale(settings?.defaultLocale);
    setStoreTimeZone(settings?.timeZone);
  }, [settings?.defaultLocale, settings?.timeZone]);

  return (
    <div className="flex min-h-dvh flex-col">
      <SkipLink label={t('layout.skip')} />
      <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:flex-nowrap">
          <Link to="/" className="mr-auto min-h-11 min-w-0 truncate content-center text-lg font-bold tracking-tight text-slate-900 sm:mr-0 sm:shrink-0">
            {storeName}
          </Link>
          <nav aria-label={t('layout.nav')} className="order-2 flex items-center sm:order-3 sm:ml-auto">
            <LanguageSwitcher />
            <NavLink to={signedIn ? '/account' : '/login'} className={navClass}>
              {signedIn ? t('layout.account') : t('layout.signIn')}
            </NavLink>
            {signedIn ? (
              <NavLink to="/orders" className={(a) => `${navClass(a)} max-[419px]:hidden`}>
                {t('layout.orders')}
              </NavLink>
            ) : null}
            {/* Named by its content ("Cart, 2 items"), not an aria-label that hides the visible words (axe label-content-name-mismatch). */}
            <NavLink to="/cart" className={navClass}>
              <span aria-hidden="true">{t('layout.cart')}</span>
              <span className="sr-only">{t('layout.cartLink', { count })}</span>
              <span aria-hidden="true" className="ml-1 inline-flex min-w-6 justify-center rounded-full bg-indigo-600 px-1.5 text-xs font-semibold leading-6 text-white">
                {count}
              </span>
            </NavLink>
          </nav>
          <div className="order-3 w-full sm:order-2 sm:max-w-md sm:flex-1">
            <SearchBox />
          </div>
        </div>
        {navigation.state === 'loading' ? (
          <div role="progressbar" aria-label={t('layout.loading')} className="h-0.5 w-full animate-pulse bg-indigo-600" />
        ) : null}
      </header>
      {/* At least a screen tall, so the footer never jumps up and down while a page loads (CLS). */}
      <main id="main" tabIndex={-1} className="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-500">© {new Date().getFullYear()} {storeName}</div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
