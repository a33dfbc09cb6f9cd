import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFound() {
  const { t } = useTranslation('shell');
  return (
    <div className="max-w-lg">
      <h1 className="text-2xl font-semibold">{t('notFound.title')}</h1>
      <p className="mt-2 text-sm text-slate-600">
        {t('notFound.body')}{' '}
        <Link to="/" className="font-medium text-indigo-700 underline">
          {t('notFound.home')}
        </Link>
      </p>
    </div>
  );
}
