/** The layout (the header of header.tsx, then the page) and the routes under `/app/`. */
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Redirect, Route, Router, Switch } from 'wouter';
import type { Role } from './auth.ts';
import { Header } from './header.tsx';
import { ROLE_LABEL } from './messages.ts';
import { useSession } from './session.tsx';

const UploadPage = lazy(() => import('./pages/upload-page.tsx'));
const DocumentsPage = lazy(() => import('./pages/documents-page.tsx'));
const DocumentPage = lazy(() => import('./pages/document-page.tsx'));
const InventoryPage = lazy(() => import('./pages/inventory-page.tsx'));
const ProgressPage = lazy(() => import('./pages/progress-page.tsx'));
const DashboardPage = lazy(() => import('./pages/dashboard-page.tsx'));
const AdminAgenciesPage = lazy(() => import('./pages/admin-agencies-page.tsx'));
const AdminUsersPage = lazy(() => import('./pages/admin-users-page.tsx'));
const AdminCataloguePage = lazy(() => import('./pages/admin-catalogue-page.tsx'));
const AdminAuditPage = lazy(() => import('./pages/admin-audit-page.tsx'));
const AdminOverviewPage = lazy(() => import('./pages/admin-overview-page.tsx'));
const AdminOverridesPage = lazy(() => import('./pages/admin-overrides-page.tsx'));

export const HOME_OF: Record<Role, string> = { clerk: '/tai-len', viewer: '/tong-quan', admin: '/tong-quan' };

function Allowed({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { identity } = useSession();
  if (!roles.includes(identity.role)) {
    return (
      <section>
        <h1>Không có quyền truy cập</h1>
        <p className="notice error" role="alert">
          Tài khoản {ROLE_LABEL[identity.role]?.toLowerCase()} không dùng được trang này.{' '}
          <Link href={HOME_OF[identity.role]}>Về trang chính</Link>
        </p>
      </section>
    );
  }
  return <>{children}</>;
}

export function App() {
  const { identity } = useSession();
  return (
    <Router base={import.meta.env.BASE_URL.replace(/\/$/, '')}>
      <Header />
      <main id="noi-dung" tabIndex={-1}>
        <Suspense fallback={<p className="muted">Đang tải…</p>}>
          <Switch>
            <Route path="/">
              <Redirect to={HOME_OF[identity.role]} replace />
            </Route>
            <Route path="/callback">
              <Redirect to={HOME_OF[identity.role]} replace />
            </Route>
            <Route path="/tai-len">
              <Allowed roles={['clerk', 'admin']}>
                <UploadPage />
              </Allowed>
            </Route>
            <Route path="/ho-so">
              <DocumentsPage />
            </Route>
            <Route path="/ho-so/:docId">{(params) => <DocumentPage docId={params.docId} />}</Route>
            <Route path="/ton-kho">
              <Allowed roles={['clerk', 'admin']}>
                <InventoryPage />
              </Allowed>
            </Route>
            <Route path="/tien-do">
              <ProgressPage />
            </Route>
            <Route path="/tong-quan">
              <Allowed roles={['viewer', 'admin']}>
                <DashboardPage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/tinh-trang">
              <Allowed roles={['admin']}>
                <AdminOverviewPage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/co-quan">
              <Allowed roles={['admin']}>
                <AdminAgenciesPage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/nguoi-dung">
              <Allowed roles={['admin']}>
                <AdminUsersPage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/danh-muc">
              <Allowed roles={['admin']}>
                <AdminCataloguePage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/xac-nhan">
              <Allowed roles={['admin']}>
                <AdminOverridesPage />
              </Allowed>
            </Route>
            <Route path="/quan-tri/nhat-ky">
              <Allowed roles={['admin']}>
                <AdminAuditPage />
              </Allowed>
            </Route>
            <Route>
              <section>
                <h1>Không tìm thấy trang</h1>
                <p>
                  Địa chỉ này không có trong ứng dụng. <Link href={HOME_OF[identity.role]}>Về trang chính</Link>
                </p>
              </section>
            </Route>
          </Switch>
        </Suspense>
      </main>
    </Router>
  );
}
