import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LinkButton } from './ui';

export function RouteError() {
  const { t } = useTranslation('shop');
  const error = useRouteError();
  // A deploy replaced the chunks this page was built with: reload to get the new ones, but
  // not in a loop if the chunk is really gone.
  if (error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)) {
    const last = Number(sessionStorage.getItem('chunk-reload') ?? 0);
    if (Date.now() - last > 30_000) {
      sessionStorage.setItem('chunk-reload', String(Date.now()));
      location.reload();
      return null;
    }
  }
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="mx-auto max-w-md py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">{notFound ? t('notFound.title') : t('routeError.title')}</h1>
      <p className="mt-2 text-slate-600">{notFound ? t('notFound.body') : t('routeError.body')}</p>
      <LinkButton to="/" className="mt-6">
        {t('backToShop')}
      </LinkButton>
    </div>
  );
}
