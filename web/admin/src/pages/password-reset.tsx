import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { Button, ErrorMessage, TextField } from '../../../shared/ui';
import { adminApi } from '../lib/api';

// Signed-out calls: no session to attach or refresh.

function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation('auth-reset');
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <h1 className="mb-6 text-2xl font-semibold text-slate-900">{title}</h1>
        <div className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">{children}</div>
        <p className="mt-4 text-center text-sm">
          <Link to="/login" className="text-slate-700 underline">{t('backToSignIn')}</Link>
        </p>
      </div>
    </main>
  );
}

/** Asks for a reset link; the answer never says whether the email has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation('auth-reset');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await adminApi.auth.forgotPassword({ email: email.trim() });
      setSent(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Frame title={t('forgotTitle')}>
      {sent ? (
        <p role="status" className="text-sm text-slate-700">{t('sentBody', { email: email.trim() })}</p>
      ) : (
        <form onSubmit={onSubmit} className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">{t('forgotIntro')}</p>
          <TextField label={t('email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <ErrorMessage error={error} />
          <Button type="submit" variant="primary" loading={busy}>{t('sendLink')}</Button>
        </form>
      )}
    </Frame>
  );
}

/** Sets a new password with the one-time token from the email link. */
export function ResetPasswordPage() {
  const { t } = useTranslation('auth-reset');
  const token = useSearchParams()[0].get('token') ?? '';
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mismatch = confirm.length > 0 && confirm !== password;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (mismatch || password.length < 8) return;
    setBusy(true);
    setError(null);
    try {
      await adminApi.auth.resetPassword({ token, password });
      setDone(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const badLink = !token || (error instanceof ApiError && error.code === 'invalid_token');
  return (
    <Frame title={t('resetTitle')}>
      {done ? (
        <p role="status" className="text-sm text-slate-700">{t('doneBody')}</p>
      ) : badLink ? (
        <div className="flex flex-col gap-3 text-sm">
          <p role="alert" className="text-red-800">{t('badLinkBody')}</p>
          <Link to="/forgot-password" className="underline">{t('askAgain')}</Link>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="flex flex-col gap-4">
          <TextField label={t('newPassword')} type="password" autoComplete="new-password" required minLength={8} value={password} onChange={(e) => setPassword(e.target.value)} hint={t('passwordHint')} />
          <TextField label={t('confirmPassword')} type="password" autoComplete="new-password" required value={confirm} onChange={(e) => setConfirm(e.target.value)} error={mismatch ? t('mismatch') : undefined} />
          <ErrorMessage error={error} />
          <Button type="submit" variant="primary" loading={busy} disabled={mismatch || password.length < 8}>{t('savePassword')}</Button>
        </form>
      )}
    </Frame>
  );
}
