import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../lib/page-title';
import { ProductBrowser } from '../components/product-browser';
import { PageTitle } from '../components/ui';

export default function Search() {
  const [params] = useSearchParams();
  const { t } = useTranslation('shop');
  const q = params.get('q')?.trim();
  const title = q ? t('search.resultsFor', { q }) : t('search.all');
  usePageTitle(title);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ProductBrowser label={title} />
    </>
  );
}
