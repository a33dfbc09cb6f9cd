import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert, Button, Card, ErrorAlert, Field, LinkButton, PageTitle } from '../components/ui';
import { api, fieldError, isApiError } from '../lib/api';

/** Opened from the reset email: sets a new password with the link's one-time token. */
export default function ResetPassword() {
  const { t } = useTranslation('auth-reset');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = confirm.length > 0 && confirm !== password;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mismatch || password.length < 8) return;
    setBusy(true);
    setError(null);
    try {
      await api('/v1/auth/password/reset', { method: 'POST', body: { token, password } });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const badLink = !token || (isApiError(error) && error.code === 'invalid_token');
  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t('resetTitle')}</PageTitle>
      <Card>
        {done ? (
          <div className="space-y-4">
            <Alert tone="success" title={t('doneTitle')}>{t('doneBody')}</Alert>
            <LinkButton to="/login" className="w-full">{t('signIn')}</LinkButton>
          </div>
        ) : badLink ? (
          <div className="space-y-4">
            <Alert tone="error" title={t('badLinkTitle')}>{t('badLinkBody')}</Alert>
            <LinkButton to="/forgot-password" variant="secondary" className="w-full">{t('askAgain')}</LinkButton>
          </div>
        ) : (
          <form onSubmit={submit} className="space-y-4" noValidate>
            {error && !fieldError(error, 'password') ? <ErrorAlert error={error} /> : null}
            <Field label={t('newPassword')} type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} hint={t('passwordHint')} error={fieldError(error, 'password')} />
            <Field label={t('confirmPassword')} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch ? t('mismatch') : undefined} />
            <Button type="submit" className="w-full" disabled={busy || mismatch || password.length < 8}>
              {busy ? t('saving') : t('savePassword')}
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
