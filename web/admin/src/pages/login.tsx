import { useTranslation } from 'react-i18next';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Button, ErrorMessage, TextField } from '../../../shared/ui';
import { Preferences, useStoreLocale } from '../components/preferences';
import { customerNotice, signIn, useSession } from '../lib/session';

export function LoginPage() {
  const { t } = useTranslation('shell');
  useStoreLocale();
  const signedIn = useSession((s) => s.session !== null);
  const notice = useSession((s) => s.notice);
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { t: tr } = useTranslation('auth-reset');

  if (signedIn) {
    const from = (location.state as { from?: string } | null)?.from;
    return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-2xl font-semibold text-slate-900">{t('brand')}</h1>
        <p className="mb-6 text-sm text-slate-600">{t('login.intro')}</p>
        {notice && (
          <div role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            {notice === customerNotice ? t('login.customerNotice') : notice}
          </div>
        )}
        <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <TextField label={t('login.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          <TextField label={t('login.password')} type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          <ErrorMessage error={error} />
          <Link to="/forgot-password" className="self-end text-sm text-slate-700 underline">{tr('forgotLink')}</Link>
          <Button type="submit" variant="primary" loading={busy}>
            {t('login.submit')}
          </Button>
        </form>
        <div className="mt-6">
          <Preferences />
        </div>
      </div>
    </main>
  );
}
