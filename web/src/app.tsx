/** The layout (header, navigation by role) and the routes under `/app/`. */
import { useQuery } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense } from 'react';
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter';
import type { Role } from './auth.ts';
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

interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

const NAV: readonly NavItem[] = [
  { href: '/tai-len', label: 'Tải lên', roles: ['clerk', 'admin'] },
  { href: '/ho-so', label: 'Hồ sơ', roles: ['clerk', 'admin', 'viewer'] },
  { href: '/ton-kho', label: 'Tồn kho', roles: ['clerk', 'admin'] },
  { href: '/tien-do', label: 'Tiến độ', roles: ['clerk', 'admin', 'viewer'] },
  { href: '/tong-quan', label: 'Toàn tỉnh', roles: ['viewer', 'admin'] },
  { href: '/quan-tri/tinh-trang', label: 'Tình trạng', roles: ['admin'] },
  { href: '/quan-tri/co-quan', label: 'Cơ quan', roles: ['admin'] },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', roles: ['admin'] },
  { href: '/quan-tri/danh-muc', label: 'Danh mục', roles: ['admin'] },
  { href: '/quan-tri/xac-nhan', label: 'Chờ xác nhận', roles: ['admin'] },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', roles: ['admin'] },
];

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

interface Me {
  agencyId: string;
  agencyName: string;
}

function Header() {
  const { identity, signOut, api } = useSession();
  const [location] = useLocation();
  // The agency's name, not its id; the id stays until the answer comes (or if it fails).
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.get<Me>('/me'), staleTime: 10 * 60_000 });
  return (
    <header className="top">
      <a className="skip" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <div className="brand">Số hóa kết quả TTHC</div>
      <nav aria-label="Chức năng">
        <ul>
          {NAV.filter((item) => item.roles.includes(identity.role)).map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={location.startsWith(item.href) ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="who">
        <span className="who-person">
          <span className="who-name" title={identity.name}>
            {identity.name}
          </span>
          <span className="muted" data-testid="who-agency">
            {ROLE_LABEL[identity.role]} · {me.data?.agencyName ?? identity.agencyId}
          </span>
        </span>
        <button type="button" className="link" onClick={() => void signOut()}>
          Đăng xuất
        </button>
      </div>
    </header>
  );
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
