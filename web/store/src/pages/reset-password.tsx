import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AuthPage, FooterLink, onSubmit } from '../components/auth-page';
import { Alert, Button, ErrorAlert, Field, LinkButton } from '../components/ui';
import { api, fieldError, isApiError } from '../lib/api';

/** Opened from the reset email: sets a new password with the link's one-time token. */
export default function ResetPassword() {
  const { t } = useTranslation('auth-reset');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const mismatch = confirm.length > 0 && confirm !== password;
  const save = useMutation({ mutationFn: () => api('/v1/auth/password/reset', { method: 'POST', body: { token, password } }) });
  const error = save.error;

  const badLink = !token || (isApiError(error) && error.code === 'invalid_token');
  return (
    <AuthPage title={t('resetTitle')} footer={<FooterLink to="/login">{t('backToSignIn')}</FooterLink>}>
      {save.isSuccess ? (
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
        <form onSubmit={onSubmit(() => !mismatch && password.length >= 8 && save.mutate())} className="space-y-4" noValidate>
          {error && !fieldError(error, 'password') ? <ErrorAlert error={error} /> : null}
          <Field label={t('newPassword')} type="password" autoComplete="new-password" required minLength={8} maxLength={128} value={password} onChange={(e) => setPassword(e.target.value)} hint={t('passwordHint')} error={fieldError(error, 'password')} />
          <Field label={t('confirmPassword')} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch ? t('mismatch') : undefined} />
          <Button type="submit" className="w-full" disabled={save.isPending || mismatch || password.length < 8}>
            {save.isPending ? t('saving') : t('savePassword')}
          </Button>
        </form>
      )}
    </AuthPage>
  );
}
