/**
 * The signed-in session: configuration, the OIDC user manager, the identity and an API client that sends
 * the access token. Pages read it with `useSession()`.
 */
import type { UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type ApiClient, makeApiClient } from './api.ts';
import { type Identity, identityOf, makeUserManager } from './auth.ts';
import { type AppConfig, loadConfig } from './config.ts';

export interface Session {
  config: AppConfig;
  identity: Identity;
  api: ApiClient;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

type State =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'signed-out'; manager: UserManager; reason: 'none' | 'expired' | 'no-role' }
  | { kind: 'signed-in'; session: Session };

const RETURN_KEY = 'sohoa.returnTo';
const CALLBACK_PATH = `${import.meta.env.BASE_URL}callback`;

async function start(): Promise<State> {
  let config: AppConfig;
  try {
    config = await loadConfig();
  } catch {
    return { kind: 'error', message: 'Không tải được cấu hình ứng dụng. Tải lại trang sau ít phút.' };
  }
  const manager = makeUserManager(config);
  if (window.location.pathname === CALLBACK_PATH) {
    try {
      await manager.signinRedirectCallback();
    } catch {
      return { kind: 'error', message: 'Đăng nhập không thành công. Bấm “Đăng nhập lại” để thử lại.' };
    }
    const back = sessionStorage.getItem(RETURN_KEY) ?? import.meta.env.BASE_URL;
    sessionStorage.removeItem(RETURN_KEY);
    window.history.replaceState(null, '', back.startsWith(import.meta.env.BASE_URL) ? back : import.meta.env.BASE_URL);
  }
  const user = await manager.getUser().catch(() => null);
  if (!user) return { kind: 'signed-out', manager, reason: 'none' };
  if (user.expired) {
    await manager.removeUser();
    return { kind: 'signed-out', manager, reason: 'expired' };
  }
  const identity = identityOf(user);
  if (!identity) return { kind: 'signed-out', manager, reason: 'no-role' };
  const signOut = async () => {
    const idToken = user.id_token;
    await manager.removeUser();
    if (idToken)
      await manager
        .signoutRedirect({ id_token_hint: idToken })
        .catch(() => window.location.assign(import.meta.env.BASE_URL));
    else window.location.assign(import.meta.env.BASE_URL);
  };
  const api = makeApiClient(
    config.apiUrl,
    () => identity.accessToken,
    () => {
      // An expired or revoked token: back to the sign-in screen (uploads already sent stay in the manifest).
      void manager.removeUser().then(() => window.location.reload());
    },
  );
  return { kind: 'signed-in', session: { config, identity, api, signOut } };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    start().then(setState, () =>
      setState({ kind: 'error', message: 'Không khởi động được ứng dụng. Tải lại trang sau ít phút.' }),
    );
  }, []);
  const session = state.kind === 'signed-in' ? state.session : null;
  const value = useMemo(() => session, [session]);
  if (state.kind === 'loading') return <p className="center muted">Đang tải…</p>;
  if (state.kind === 'error') return <SignInScreen message={state.message} manager={null} />;
  if (state.kind === 'signed-out') {
    const message =
      state.reason === 'expired'
        ? 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'
        : state.reason === 'no-role'
          ? 'Tài khoản chưa được gán cơ quan hoặc vai trò. Liên hệ quản trị viên để được cấp quyền.'
          : null;
    return <SignInScreen message={message} manager={state.manager} />;
  }
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function SignInScreen({ message, manager }: { message: string | null; manager: UserManager | null }) {
  const [unreachable, setUnreachable] = useState(false);
  const signIn = () => {
    if (!manager) {
      window.location.assign(import.meta.env.BASE_URL);
      return;
    }
    const here = window.location.pathname + window.location.search;
    sessionStorage.setItem(RETURN_KEY, here === CALLBACK_PATH ? import.meta.env.BASE_URL : here);
    manager.signinRedirect().catch(() => setUnreachable(true));
  };
  return (
    <main className="signin" id="noi-dung">
      <h1>Số hóa kết quả giải quyết thủ tục hành chính</h1>
      <p>Cập nhật bản quét kết quả TTHC còn hiệu lực và theo dõi tiến độ số hóa của cơ quan, đơn vị.</p>
      {message && (
        <p className="notice error" role="alert">
          {message}
        </p>
      )}
      <button type="button" className="primary" onClick={signIn}>
        {manager ? 'Đăng nhập' : 'Đăng nhập lại'}
      </button>
      {unreachable && (
        <p className="notice error" role="alert">
          Không kết nối được dịch vụ đăng nhập. Thử lại sau ít phút; nếu vẫn lỗi, liên hệ quản trị viên.
        </p>
      )}
    </main>
  );
}
