/**
 * The header: the brand, the navigation by role and the signed-in person. On a laptop it is one row: the
 * everyday pages, then the administration pages under one "Quản trị" disclosure button (admin only). On a
 * narrow screen (tablet, phone) everything but the brand sits behind one "Chức năng" button.
 *
 * Both are disclosures (a button with aria-expanded that shows a list of links), the WAI-ARIA pattern for site
 * navigation rather than role="menu": links stay links, Tab goes through them. Escape closes one and puts the
 * focus back on its button, as choosing a page does (the focus is never left on a hidden link); a click outside
 * or the focus leaving it closes it too. The arrow keys, Home and End also move through the "Quản trị" list.
 */
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { Role } from './auth.ts';
import { ROLE_LABEL } from './messages.ts';
import { useSession } from './session.tsx';

interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

/** The header's first level, by role. */
export const NAV: readonly NavItem[] = [
  { href: '/tai-len', label: 'Tải lên', roles: ['clerk', 'admin'] },
  { href: '/ho-so', label: 'Hồ sơ', roles: ['clerk', 'admin', 'viewer'] },
  { href: '/ton-kho', label: 'Tồn kho', roles: ['clerk', 'admin'] },
  { href: '/tien-do', label: 'Tiến độ', roles: ['clerk', 'admin', 'viewer'] },
  { href: '/tong-quan', label: 'Toàn tỉnh', roles: ['viewer', 'admin'] },
];

/** The administration pages (admin only), under "Quản trị"; the queue an admin acts on comes second. */
export const ADMIN_NAV: readonly { href: string; label: string }[] = [
  { href: '/quan-tri/tinh-trang', label: 'Tình trạng' },
  { href: '/quan-tri/xac-nhan', label: 'Chờ xác nhận' },
  { href: '/quan-tri/co-quan', label: 'Cơ quan' },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng' },
  { href: '/quan-tri/danh-muc', label: 'Danh mục' },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký' },
];

interface Me {
  agencyId: string;
  agencyName: string;
}

function isCurrent(location: string, href: string): boolean {
  return location === href || location.startsWith(`${href}/`);
}

/**
 * Open or closed, closed again as soon as the page changes: the state is the location it was opened at. A
 * click outside `area` closes it too.
 */
function useDisclosure(area: RefObject<HTMLElement | null>) {
  const [location] = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location;
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!area.current?.contains(event.target as Node)) setOpenAt(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open, area]);
  return { open, setOpen: (value: boolean) => setOpenAt(value ? location : null) };
}

/** "Quản trị" and its list; `onChoose` runs when a page is chosen (after the focus went to the button). */
function AdminMenu({ onChoose }: { onChoose: () => void }) {
  const [location] = useLocation();
  const group = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { open, setOpen } = useDisclosure(group);
  const listId = useId();
  const focusOnOpen = useRef<'first' | 'last' | null>(null);
  const links = () => Array.from(group.current?.querySelectorAll<HTMLAnchorElement>('ul a') ?? []);
  useEffect(() => {
    if (!open || !focusOnOpen.current) return;
    const all = links();
    (focusOnOpen.current === 'first' ? all[0] : all.at(-1))?.focus();
    focusOnOpen.current = null;
  });
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    focusOnOpen.current = event.key === 'ArrowDown' ? 'first' : 'last';
    if (open) {
      const all = links();
      (event.key === 'ArrowDown' ? all[0] : all.at(-1))?.focus();
      focusOnOpen.current = null;
    } else setOpen(true);
  };
  const onListKey = (event: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const to =
      event.key === 'ArrowDown'
        ? (at + 1) % all.length
        : event.key === 'ArrowUp'
          ? (at - 1 + all.length) % all.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? all.length - 1
              : null;
    if (to === null || at < 0) return;
    event.preventDefault();
    all[to]?.focus();
  };
  const onGroupKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    // Closing this list only; the narrow screens' panel stays open.
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  const here = ADMIN_NAV.some((item) => isCurrent(location, item.href));
  return (
    <li
      className={here ? 'nav-group has-current' : 'nav-group'}
      ref={group}
      onKeyDown={onGroupKey}
      onBlur={(event) => {
        if (open && !group.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
      >
        Quản trị
      </button>
      {/* On a narrow screen the group is always shown, under this label instead of the button. */}
      <span className="nav-group-label">Quản trị</span>
      <ul id={listId} onKeyDown={onListKey}>
        {ADMIN_NAV.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isCurrent(location, item.href) ? 'page' : undefined}
              onClick={() => {
                // The list folds as the page changes: the focus stays on its button (hidden on a phone).
                button.current?.focus();
                onChoose();
              }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function Header() {
  const { identity, signOut, api } = useSession();
  const [location] = useLocation();
  const header = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useDisclosure(header);
  // The agency's name, not its id; the id stays until the answer comes (or if it fails).
  const me = useQuery({ queryKey: ['me'], queryFn: () => api.get<Me>('/me'), staleTime: 10 * 60_000 });
  // A page chosen in the open panel folds it: the focus goes to its button, not lost on a hidden link.
  const keepFocus = () => {
    if (panel.open) toggle.current?.focus();
  };
  const roleAndAgency = `${ROLE_LABEL[identity.role]} · ${me.data?.agencyName ?? identity.agencyId}`;
  return (
    <header className={panel.open ? 'top panel-open' : 'top'} ref={header}>
      <a className="skip" href="#noi-dung">
        Bỏ qua đến nội dung chính
      </a>
      <div className="brand">Số hóa kết quả TTHC</div>
      <button
        type="button"
        className="nav-toggle"
        ref={toggle}
        aria-expanded={panel.open}
        aria-controls="dau-trang-chuc-nang"
        onClick={() => panel.setOpen(!panel.open)}
      >
        <span className="bars" aria-hidden="true" />
        Chức năng
      </button>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the narrow screens' panel */}
      <div
        className="nav-panel"
        id="dau-trang-chuc-nang"
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !panel.open) return;
          panel.setOpen(false);
          toggle.current?.focus();
        }}
      >
        <nav aria-label="Chức năng">
          <ul>
            {NAV.filter((item) => item.roles.includes(identity.role)).map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent(location, item.href) ? 'page' : undefined}
                  onClick={keepFocus}
                >
                  {item.label}
                </Link>
              </li>
            ))}
            {identity.role === 'admin' && <AdminMenu onChoose={keepFocus} />}
          </ul>
        </nav>
        <div className="who">
          <span className="who-person">
            <span className="who-name" title={identity.name}>
              {identity.name}
            </span>
            <span className="muted who-agency" data-testid="who-agency" title={roleAndAgency}>
              {roleAndAgency}
            </span>
          </span>
          <button type="button" className="link" onClick={() => void signOut()}>
            Đăng xuất
          </button>
        </div>
      </div>
    </header>
  );
}
