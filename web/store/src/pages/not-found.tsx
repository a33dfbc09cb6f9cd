import { useTranslation } from 'react-i18next';
import { LinkButton, PageTitle } from '../components/ui';
import { usePageTitle } from '../lib/page-title';

export default function NotFound() {
  const { t } = useTranslation('shop');
  usePageTitle(t('notFound.title'));
  return (
    <div className="mx-auto max-w-md py-8 text-center">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <p className="text-slate-600">{t('notFound.body')}</p>
      <LinkButton to="/" className="mt-6">{t('backToShop')}</LinkButton>
    </div>
  );
}
