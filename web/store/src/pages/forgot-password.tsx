import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Card, ErrorAlert, Field, PageTitle } from '../components/ui';
import { api, fieldError } from '../lib/api';

/** Asks for a reset link. The answer is the same whether or not the email has an account. */
export default function ForgotPassword() {
  const { t } = useTranslation('auth-reset');
  const [email, setEmail] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState('sending');
    setError(null);
    try {
      await api('/v1/auth/password/forgot', { method: 'POST', body: { email: email.trim() } });
      setState('sent');
    } catch (err) {
      setError(err);
      setState('idle');
    }
  };

  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t('forgotTitle')}</PageTitle>
      <Card>
        {state === 'sent' ? (
          <Alert tone="success" title={t('sentTitle')}>{t('sentBody', { email: email.trim() })}</Alert>
        ) : (
          <form onSubmit={submit} className="space-y-4" noValidate>
            <p className="text-sm text-slate-600">{t('forgotIntro')}</p>
            {error && !fieldError(error, 'email') ? <ErrorAlert error={error} /> : null}
            <Field label={t('email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email')} />
            <Button type="submit" className="w-full" disabled={state === 'sending' || !email.trim()}>
              {state === 'sending' ? t('sending') : t('sendLink')}
            </Button>
          </form>
        )}
      </Card>
      <p className="mt-4 text-center text-sm text-slate-600">
        <Link to="/login" className="font-semibold text-slate-900 underline">{t('backToSignIn')}</Link>
      </p>
    </div>
  );
}
