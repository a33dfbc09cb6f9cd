import { useTranslation } from 'react-i18next';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../../../shared/ui';

function isStaleChunk(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically/i.test(message);
}

function Fallback({ error }: { error: unknown }) {
  const { t } = useTranslation('shell');
  const stale = isStaleChunk(error);
  return (
    <div role="alert" className="max-w-xl rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{stale ? t('crash.staleTitle') : t('crash.title')}</p>
      <p className="mt-1">{stale ? t('crash.staleBody') : t('crash.body')}</p>
      {!stale && error instanceof Error && <p className="mt-2 font-mono text-xs break-words">{error.message}</p>}
      <Button className="mt-3" variant="primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </Button>
    </div>
  );
}

/** Keeps the navigation usable when one screen fails to load or render. */
export class ScreenErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Screen failed', error, info.componentStack);
  }

  override render() {
    return this.state.error ? <Fallback error={this.state.error} /> : this.props.children;
  }
}

/** Router-level fallback (errors outside any screen). */
export function RouteError() {
  const error = useRouteError();
  return (
    <main className="p-6">
      <Fallback error={isRouteErrorResponse(error) ? new Error(`${error.status} ${error.statusText}`) : error} />
    </main>
  );
}
