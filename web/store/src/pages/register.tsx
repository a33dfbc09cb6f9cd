import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { AuthPage, FooterLink, onSubmit, useAfterSignIn } from '../components/auth-page';
import { Button, ErrorAlert, Field } from '../components/ui';
import { fieldError } from '../lib/api';
import { useRegister } from '../lib/queries';

export default function Register() {
  const { t } = useTranslation('shopAccount');
  const { next, signedIn, proceed } = useAfterSignIn();
  const register = useRegister();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const [localError, setLocalError] = useState<Record<string, string>>({});

  if (signedIn && !register.isSuccess) return <Navigate to={next} replace />;

  const submit = () => {
    const errors: Record<string, string> = {};
    if (!form.name.trim()) errors.name = t('register.nameRequired');
    if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) errors.email = t('register.emailInvalid');
    if (form.password.length < 8) errors.password = t('register.passwordShort');
    else if (form.password.length > 128) errors.password = t('register.passwordLong');
    setLocalError(errors);
    if (Object.keys(errors).length) return;
    register.mutate({ name: form.name.trim(), email: form.email.trim(), password: form.password }, { onSuccess: proceed });
  };
  const set = (k: keyof typeof form) => (e: ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.target.value });

  return (
    <AuthPage
      title={t('register.title')}
      footer={
        <FooterLink to={`/login?next=${encodeURIComponent(next)}`} lead={t('register.haveAccount')}>
          {t('login.submit')}
        </FooterLink>
      }
    >
        <form onSubmit={onSubmit(submit)} className="space-y-4" noValidate>
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
    </AuthPage>
  );
}
