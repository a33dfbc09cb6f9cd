import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AuthPage, FooterLink, onSubmit, useAfterSignIn } from '../components/auth-page';
import { Button, ErrorAlert, Field } from '../components/ui';
import { fieldError } from '../lib/api';
import { useLogin } from '../lib/queries';

export default function Login() {
  const { t } = useTranslation('shopAccount');
  const { t: tr } = useTranslation('auth-reset');
  const { next, signedIn, proceed } = useAfterSignIn();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (signedIn && !login.isSuccess) return <Navigate to={next} replace />;

  const footer = (
    <>
      {next.startsWith('/checkout') ? <FooterLink to="/checkout?guest=1">{tr('guestCheckout')}</FooterLink> : null}
      <FooterLink to={`/register?next=${encodeURIComponent(next)}`} lead={t('login.newHere')}>
        {t('register.title')}
      </FooterLink>
    </>
  );
  return (
    <AuthPage title={t('login.title')} footer={footer}>
      <form onSubmit={onSubmit(() => login.mutate({ email: email.trim(), password }, { onSuccess: proceed }))} className="space-y-4" noValidate>
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
    </AuthPage>
  );
}
