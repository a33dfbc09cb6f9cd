import { isRouteErrorResponse, useRouteError } from 'react-router';
import { LinkButton } from './ui';

export function RouteError() {
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
      <h1 className="text-2xl font-bold">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p className="mt-2 text-slate-600">{notFound ? 'The page you asked for does not exist.' : 'Please reload the page or try again later.'}</p>
      <LinkButton to="/" className="mt-6">
        Back to the shop
      </LinkButton>
    </div>
  );
}
