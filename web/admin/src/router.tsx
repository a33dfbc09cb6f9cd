import { lazy, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, useLocation } from 'react-router';
import { RouteError } from './components/error-boundary';
import { AdminOnly, Layout } from './components/layout';
import { useSession } from './lib/session';
import { LoginPage } from './pages/login';
import { ForgotPasswordPage, ResetPasswordPage } from './pages/password-reset';

const Dashboard = lazy(() => import('./pages/dashboard'));
const Products = lazy(() => import('./pages/products'));
const ProductNew = lazy(() => import('./pages/product-new'));
const ProductImport = lazy(() => import('./pages/product-import'));
const ProductEditor = lazy(() => import('./pages/product-editor'));
const Categories = lazy(() => import('./pages/categories'));
const Inventory = lazy(() => import('./pages/inventory'));
const InventorySku = lazy(() => import('./pages/inventory-sku'));
const Orders = lazy(() => import('./pages/orders'));
const OrderDetail = lazy(() => import('./pages/order-detail'));
const Customers = lazy(() => import('./pages/customers'));
const CustomerDetail = lazy(() => import('./pages/customer-detail'));
const Delivery = lazy(() => import('./pages/delivery'));
const Promotions = lazy(() => import('./pages/promotions'));
const AuditLog = lazy(() => import('./pages/audit-log'));
const Users = lazy(() => import('./pages/users'));
const ApiKeys = lazy(() => import('./pages/api-keys'));
const Webhooks = lazy(() => import('./pages/webhooks'));
const WebhookDetail = lazy(() => import('./pages/webhook-detail'));
const Settings = lazy(() => import('./pages/settings'));
const Notifications = lazy(() => import('./pages/notifications'));
const NotFound = lazy(() => import('./pages/not-found'));

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
