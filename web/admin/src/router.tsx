import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { RouteError } from './components/ErrorBoundary';
import { AdminOnly, Layout } from './components/Layout';
import { useSession } from './lib/session';
import { LoginPage } from './pages/Login';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/PasswordReset';

const Dashboard = lazy(() => import('./pages/Dashboard'));
const Products = lazy(() => import('./pages/Products'));
const ProductNew = lazy(() => import('./pages/ProductNew'));
const ProductImport = lazy(() => import('./pages/ProductImport'));
const ProductEditor = lazy(() => import('./pages/ProductEditor'));
const Categories = lazy(() => import('./pages/Categories'));
const Inventory = lazy(() => import('./pages/Inventory'));
const InventorySku = lazy(() => import('./pages/InventorySku'));
const Orders = lazy(() => import('./pages/Orders'));
const OrderDetail = lazy(() => import('./pages/OrderDetail'));
const Customers = lazy(() => import('./pages/Customers'));
const CustomerDetail = lazy(() => import('./pages/CustomerDetail'));
const Delivery = lazy(() => import('./pages/Delivery'));
const Promotions = lazy(() => import('./pages/Promotions'));
const AuditLog = lazy(() => import('./pages/AuditLog'));
const Users = lazy(() => import('./pages/Users'));
const ApiKeys = lazy(() => import('./pages/ApiKeys'));
const Webhooks = lazy(() => import('./pages/Webhooks'));
const WebhookDetail = lazy(() => import('./pages/WebhookDetail'));
const Settings = lazy(() => import('./pages/Settings'));
const Notifications = lazy(() => import('./pages/Notifications'));
const NotFound = lazy(() => import('./pages/NotFound'));

function RequireSession({ children }: { children: ReactNode }) {
  const signedIn = useSession((s) => s.session !== null);
  const location = useLocation();
  if (!signedIn) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

const admin = (Page: ComponentType) => (
  <AdminOnly>
    <Page />
  </AdminOnly>
);

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage />, errorElement: <RouteError /> },
    { path: '/forgot-password', element: <ForgotPasswordPage />, errorElement: <RouteError /> },
    { path: '/reset-password', element: <ResetPasswordPage />, errorElement: <RouteError /> },
    {
      path: '/',
      errorElement: <RouteError />,
      element: (
        <RequireSession>
          <Layout />
        </RequireSession>
      ),
      children: [
        { index: true, element: <Dashboard /> },
        { path: 'products', element: <Products /> },
        { path: 'products/new', element: <ProductNew /> },
        { path: 'products/import', element: <ProductImport /> },
        { path: 'products/:id', element: <ProductEditor /> },
        { path: 'categories', element: <Categories /> },
        { path: 'inventory', element: <Inventory /> },
        { path: 'inventory/:sku', element: <InventorySku /> },
        { path: 'orders', element: <Orders /> },
        { path: 'orders/:id', element: <OrderDetail /> },
        { path: 'customers', element: <Customers /> },
        { path: 'customers/:id', element: <CustomerDetail /> },
        { path: 'delivery', element: <Delivery /> },
        { path: 'promotions', element: <Promotions /> },
        { path: 'audit', element: <AuditLog /> },
        { path: 'notifications', element: <Notifications /> },
        { path: 'users', element: admin(Users) },
        { path: 'api-keys', element: admin(ApiKeys) },
        { path: 'webhooks', element: admin(Webhooks) },
        { path: 'webhooks/:id', element: admin(WebhookDetail) },
        { path: 'settings', element: admin(Settings) },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/admin' },
);
