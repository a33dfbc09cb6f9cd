import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthPage, FooterLink, onSubmit } from '../components/auth-page';
import { Alert, Button, ErrorAlert, Field } from '../components/ui';
import { api, fieldError } from '../lib/api';

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
export default function ForgotPassword() {
  const { t } = useTranslation('auth-reset');
  const [email, setEmail] = useState('');
  const send = useMutation({ mutationFn: () => api('/v1/auth/password/forgot', { method: 'POST', body: { email: email.trim() } }) });

  return (
    <AuthPage title={t('forgotTitle')} footer={<FooterLink to="/login">{t('backToSignIn')}</FooterLink>}>
      {send.isSuccess ? (
        <Alert tone="success" title={t('sentTitle')}>{t('sentBody', { email: email.trim() })}</Alert>
      ) : (
        <form onSubmit={onSubmit(() => send.mutate())} className="space-y-4" noValidate>
          <p className="text-sm text-slate-600">{t('forgotIntro')}</p>
          {send.error && !fieldError(send.error, 'email') ? <ErrorAlert error={send.error} /> : null}
          <Field label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(send.error, 'email')} />
          <Button type="submit" className="w-full" disabled={send.isPending || !email.trim()}>
            {send.isPending ? t('sending') : t('sendLink')}
          </Button>
        </form>
      )}
    </AuthPage>
  );
}
