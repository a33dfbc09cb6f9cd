import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { buttonClass } from './ui';

export function RouteError() {
  const error = useRouteError();
  // A deploy replaced the chunks this page was built with: reload once to get the new ones.
  if (error instanceof TypeError && /dynamically imported module|Importing a module script failed/i.test(error.message)) {
    if (!sessionStorage.getItem('chunk-reload')) {
      sessionStorage.setItem('chunk-reload', '1');
      location.reload();
      return null;
    }
  }
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="mx-auto max-w-md py-12 text-center" role="alert">
      <h1 className="text-2xl font-bold">{notFound ? 'Page not found' : 'Something went wrong'}</h1>
      <p className="mt-2 text-stone-600">{notFound ? 'The page you asked for does not exist.' : 'Please reload the page or try again later.'}</p>
      <Link to="/" className={buttonClass('primary', 'mt-6')}>
        Back to the shop
      </Link>
    </div>
  );
}
