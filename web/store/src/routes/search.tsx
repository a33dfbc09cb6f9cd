import { useSearchParams } from 'react-router';
import { ProductBrowser } from '../components/product-browser';
import { PageTitle } from '../components/ui';

export default function Search() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim();
  return (
    <>
      <PageTitle>{q ? `Results for “${q}”` : 'All products'}</PageTitle>
      <ProductBrowser label={q ? `Search results for ${q}` : 'All products'} />
    </>
  );
}
