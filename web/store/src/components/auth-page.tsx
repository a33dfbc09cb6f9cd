import type { FormEvent, ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../lib/page-title';
import { useSignedIn } from '../lib/auth';
import { safeNext } from './require-auth';
import { Card, PageTitle } from './ui';

/** The narrow page the sign-in, sign-up and password screens share: title, card, links below. */
export function AuthPage({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{title}</PageTitle>
      <Card>{children}</Card>
      {footer}
    </div>
  );
}

/** A line of text below the card ending in a link. */
export function FooterLink({ to, lead, children }: { to: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <p className="mt-4 text-center text-sm text-slate-600">
      {lead ? <>{lead} </> : null}
      <Link to={to} className="font-semibold text-slate-900 underline">
        {children}
      </Link>
    </p>
  );
}

/** A form's submit handler that stops the browser's own submit first. */
export const onSubmit = (run: () => void) => (e: FormEvent) => {
  e.preventDefault();
  run();
};

/** Where to go after signing in (`?next=`, same-site only) and whether the visitor already is. */
export function useAfterSignIn() {
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  return { next, signedIn: useSignedIn(), proceed: () => navigate(next, { replace: true }) };
}
