import { LinkButton, PageTitle } from '../components/ui';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md py-8 text-center">
      <PageTitle>Page not found</PageTitle>
      <p className="text-slate-600">The page you asked for does not exist.</p>
      <LinkButton to="/" className="mt-6">Back to the shop</LinkButton>
    </div>
  );
}
