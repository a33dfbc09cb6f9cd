import { Link } from 'react-router';

export default function NotFound() {
  return (
    <div className="max-w-lg">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-sm text-slate-600">
        There is nothing at this address. <Link to="/" className="font-medium text-indigo-700 underline">Go to the dashboard</Link>.
      </p>
    </div>
  );
}
