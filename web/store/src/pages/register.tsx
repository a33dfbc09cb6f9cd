import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../lib/page-title';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../components/require-auth';
import { Button, Card, ErrorAlert, Field, PageTitle } from '../components/ui';
import { fieldError } from '../lib/api';
import { useSignedIn } from '../lib/auth';
import { useRegister } from '../lib/queries';

export default function Register() {
  const { t } = useTranslation('shopAccount');
  usePageTitle(t('register.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const register = useRegister();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [localError, setLocalError] = useState<Record<string, string>>({});

  if (signedIn && !register.isSuccess) return <Navigate to={next} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!form.name.trim()) errors.name = t('register.nameRequired');
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = t('register.emailInvalid');
    if (form.password.length < 8) errors.password = t('register.passwordShort');
    else if (form.password.length > 128) errors.password = t('register.passwordLong');
    setLocalError(errors);
    if (Object.keys(errors).length) return;
    register.mutate({ name: form.name.trim(), email: form.email.trim(), password: form.password }, { onSuccess: () => navigate(next, { replace: true }) });
  };
  const set = (k: keyof typeof form) => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });

  return (
    <div className="mx-auto max-w-md">
      <PageTitle>{t('register.title')}</PageTitle>
      <Card>
        <form onSubmit={submit} className="space-y-4" noValidate>
          {register.isError ? <ErrorAlert error={register.error} /> : null}
          <Field label={t('register.name')} autoComplete="name" required value={form.name} onChange={set('name')} error={localError.name ?? fieldError(register.error, 'name')} />
          <Field label={t('email')} type="email" autoComplete="email" required value={form.email} onChange={set('email')} error={localError.email ?? fieldError(register.error, 'email')} />
          <Field
            label={t('password')}
            type="password"
            autoComplete="new-password"
            required
            minLength={8}
            maxLength={128}
            hint={t('register.passwordHint')}
            value={form.password}
            onChange={set('password')}
            error={localError.password ?? fieldError(register.error, 'password')}
          />
          <Button type="submit" className="w-full" disabled={register.isPending}>
            {register.isPending ? t('register.pending') : t('register.submit')}
          </Button>
        </form>
      </Card>
      <p className="mt-4 text-center text-sm text-slate-600">
        {t('register.haveAccount')}{' '}
        <Link to={`/login?next=${encodeURIComponent(next)}`} className="font-semibold text-slate-900 underline">{t('login.submit')}</Link>
      </p>
    </div>
  );
}
