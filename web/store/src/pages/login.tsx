import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/page-title';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../components/require-auth';
import { Button, Card, ErrorAlert, Field, PageTitle } from '../components/ui';
import { fieldError } from '../lib/api';
import { useSignedIn } from '../lib/auth';
import { useLogin } from '../lib/queries';

export default function Login() {
  const { t } = useTranslation('shopAccount');
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const login = useLogin();
  const { t: tr } = useTranslation('auth-reset');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (signedIn && !login.isSuccess) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t('login.title')}</PageTitle>
      <Card>
        <form onSubmit={submit} className="space-y-4" noValidate>
          {login.isError ? <ErrorAlert error={login.error} /> : null}
          <Field label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(login.error, 'email')} />
          <Field label={t('password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={fieldError(login.error, 'password')} />
          <p className="text-right text-sm">
            <Link to="/forgot-password" className="text-slate-700 underline">{tr('forgotLink')}</Link>
          </p>
          <Button type="submit" className="w-full" disabled={login.isPending}>
            {login.isPending ? t('login.pending') : t('login.submit')}
          </Button>
        </form>
      </Card>
      {next.startsWith('/checkout') ? (
        <p className="mt-4 text-center text-sm">
          <Link to="/checkout?guest=1" className="font-semibold text-slate-900 underline">{tr('guestCheckout')}</Link>
        </p>
      ) : null}
      <p className="mt-4 text-center text-sm text-slate-600">
        {t('login.newHere')}{' '}
        <Link to={`/register?next=${encodeURIComponent(next)}`} className="font-semibold text-slate-900 underline">{t('register.title')}</Link>
      </p>
    </div>
  );
}
