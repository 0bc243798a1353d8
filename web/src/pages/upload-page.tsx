/** Clerk: drop files or a folder, watch each file reach its terminal state, resume after an interruption. */
import { memo, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { Link } from 'wouter';
import { displayFileName } from '#shared/domain/file-names.ts';
import { formatBytes, formatNumber } from '../format.ts';
import { statusLabel } from '../messages.ts';
import { useSession } from '../session.tsx';
import { makeBrowserUploadPorts } from '../upload/browser-ports.ts';
import { describeItem, type ItemOutcome } from '../upload/describe.ts';
import { fromDrop, fromInput } from '../upload/pick-files.ts';
import { makeUploadQueue, type UploadItem, type UploadQueue } from '../upload/queue.ts';

/**
 * Re-render at most every REFRESH_MS (on an animation frame), however many progress events arrive: with 500
 * files, hashing, PUT progress and polling answers come in by the hundred a second.
 */
const REFRESH_MS = 250;
function useThrottledRefresh(): [number, () => void] {
  const [tick, bump] = useReducer((n: number) => n + 1, 0);
  const pending = useRef(false);
  const last = useRef(0);
  const schedule = useMemo(
    () => () => {
      if (pending.current) return;
      pending.current = true;
      const wait = Math.max(0, last.current + REFRESH_MS - performance.now());
      setTimeout(
        () =>
          requestAnimationFrame(() => {
            pending.current = false;
            last.current = performance.now();
            bump();
          }),
        wait,
      );
    },
    [],
  );
  return [tick, schedule];
}

const RECENT_MS = 24 * 3600 * 1000;
/**
 * Rows shown at once: a folder of 500 files rendered as 500 rows at the pick was the page's longest task
 * (bench/web-upload.bench.ts); the summary above the table counts every file, and more rows are a click away.
 */
const ROWS_PER_PAGE = 100;

export default function UploadPage() {
  const { api, identity, config } = useSession();
  const [, refresh] = useThrottledRefresh();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState(false);
  const [asOneDocument, setAsOneDocument] = useState(false);
  const [shownRows, setShownRows] = useState(ROWS_PER_PAGE);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const queueRef = useRef<UploadQueue | null>(null);
  const interruptedRef = useRef(0);
  const manifestScope = `${new URL(config.apiUrl).host}`;

  if (!queueRef.current) {
    const ports = makeBrowserUploadPorts(api, null, manifestScope);
    const queue = makeUploadQueue({ ports, agencyId: identity.agencyId, concurrency: 4, onChange: refresh });
    // After a reload: what this browser sent recently, with its live status (never sent again).
    const now = Date.now();
    const recent = ports.manifest
      .list(identity.agencyId)
      .filter(({ entry }) => entry.state === 'sent' && now - Date.parse(entry.sentAt) < RECENT_MS)
      .slice(0, 50)
      .map(({ sha256, entry }) => ({ sha256, name: entry.fileName, size: entry.size, docId: entry.docId }));
    if (recent.length > 0) queue.track(recent);
    interruptedRef.current = ports.manifest
      .list(identity.agencyId)
      .filter(({ entry }) => entry.state === 'pending').length;
    queueRef.current = queue;
  }
  const queue = queueRef.current;

  useEffect(() => {
    const online = () => queue.retry();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [queue]);

  const items = queue.items();
  const totals = queue.totals();
  const names = new Map(items.map((i) => [i.id, i.name]));
  const nameOf = (id: number) => names.get(id);
  const retryable = items.some((i) => i.phase === 'failed');
  const busy = totals.byPhase.queued + totals.byPhase.hashing + totals.byPhase.sending > 0;
  const processing = totals.byPhase.processing;
  const interrupted = totals.byPhase.queued + totals.byPhase.sending === 0 ? interruptedRef.current : 0;

  const add = (picked: ReturnType<typeof fromInput>) => {
    if (picked.length > 0) queue.add(picked, { asOneDocument });
  };

  const onDrop = async (event: React.DragEvent) => {
    event.preventDefault();
    setOver(false);
    setReading(true);
    try {
      add(await fromDrop(event.dataTransfer));
    } finally {
      setReading(false);
    }
  };

  return (
    <section>
      <h1>Tải lên bản quét</h1>
      <p className="muted">
        Kéo thả tệp hoặc cả thư mục bản quét (PDF, JPEG, PNG, TIFF) vào ô dưới đây. Mỗi tệp được kiểm tra, gửi lên và
        phân loại; tệp đã gửi sẽ không bị gửi lại, kể cả khi tải lại trang hoặc mất mạng. Ảnh chụp từng trang đặt tên
        theo thứ tự (<code>gcn_1.jpg</code>, <code>gcn_2.jpg</code>…) được tự ghép thành một hồ sơ nhiều trang.
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            checked={asOneDocument}
            onChange={(event) => setAsOneDocument(event.currentTarget.checked)}
            data-testid="as-one-document"
          />{' '}
          Các ảnh chọn lần này là các trang của một hồ sơ (theo thứ tự tên tệp)
        </label>
      </p>
      {interrupted > 0 && (
        <p className="notice warn">
          Lần trước còn {formatNumber(interrupted)} tệp chưa gửi xong. Chọn lại thư mục đó để tiếp tục; các tệp đã gửi
          xong sẽ được bỏ qua.
        </p>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop target; the buttons inside are the keyboard path */}
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => void onDrop(event)}
        data-testid="dropzone"
      >
        <p>
          <strong>Kéo thả tệp hoặc thư mục vào đây</strong>
        </p>
        <p className="muted">hoặc</p>
        <div className="actions">
          <button type="button" className="primary" onClick={() => filesInput.current?.click()}>
            Chọn tệp…
          </button>
          <button type="button" onClick={() => folderInput.current?.click()}>
            Chọn thư mục…
          </button>
        </div>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff"
          hidden
          aria-label="Chọn tệp bản quét"
          data-testid="file-input"
          onChange={(event) => {
            add(fromInput(event.currentTarget.files));
            event.currentTarget.value = '';
          }}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          aria-label="Chọn thư mục bản quét"
          data-testid="folder-input"
          {...{ webkitdirectory: '' }}
          onChange={(event) => {
            add(fromInput(event.currentTarget.files));
            event.currentTarget.value = '';
          }}
        />
        {reading && <p className="muted">Đang đọc thư mục…</p>}
      </div>

      {items.length > 0 && (
        <div className="card" aria-live="polite">
          <div className="progress-line">
            <progress max={Math.max(1, totals.bytes)} value={totals.sentBytes} aria-label="Tiến độ gửi tệp" />
            <span data-testid="upload-summary">
              Đã gửi {formatBytes(totals.sentBytes)} / {formatBytes(totals.bytes)} · Xong{' '}
              {formatNumber(totals.finished)}/{formatNumber(totals.files)} tệp
              {processing > 0 ? ` · ${formatNumber(processing)} tệp đang được phân loại` : ''}
            </span>
          </div>
          <p>
            {Object.entries(totals.byStatus)
              .map(([status, count]) => `${statusLabel(status)}: ${formatNumber(count)}`)
              .join(' · ') || (busy ? 'Đang gửi…' : '')}
            {totals.byPhase.failed > 0 ? ` · Chưa gửi được: ${formatNumber(totals.byPhase.failed)}` : ''}
          </p>
          {retryable && (
            <div className="actions">
              <button type="button" className="primary" onClick={() => queue.retry()}>
                Tiếp tục tải lên
              </button>
            </div>
          )}
        </div>
      )}

      {items.length === 0 ? (
        <p className="empty">Chưa có tệp nào trong lần tải này.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="muted">Kết quả từng tệp</caption>
            <thead>
              <tr>
                <th scope="col">Tệp</th>
                <th scope="col" className="num hide-narrow">
                  Dung lượng
                </th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Chi tiết</th>
              </tr>
            </thead>
            <tbody>
              {items.slice(0, shownRows).map((item) => (
                <UploadRow key={item.id} item={item} outcome={describeItem(item, nameOf)} />
              ))}
            </tbody>
          </table>
          {items.length > shownRows && (
            <div className="actions">
              <span className="muted" data-testid="upload-rows-shown">
                Đang hiển thị {formatNumber(shownRows)}/{formatNumber(items.length)} tệp.
              </span>{' '}
              <button type="button" onClick={() => setShownRows((n) => n + ROWS_PER_PAGE)}>
                Hiển thị thêm {formatNumber(Math.min(ROWS_PER_PAGE, items.length - shownRows))} tệp
              </button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

interface RowProps {
  item: UploadItem;
  outcome: ItemOutcome;
}

/**
 * One file's row. The queue changes its items in place, so the row is compared by what it shows: of 500 rows,
 * a refresh re-renders only those whose outcome or progress changed.
 */
const UploadRow = memo(
  function UploadRow({ item, outcome }: RowProps) {
    return (
      <tr data-testid="upload-row">
        <td className="filename">
          {displayFileName(item.name)}
          {item.pages && (
            <span className="muted" data-testid="upload-pages">
              {' '}
              ({formatNumber(item.pages.length)} trang)
            </span>
          )}
        </td>
        <td className="num hide-narrow">{formatBytes(item.size)}</td>
        <td>
          <span className={`badge ${badgeClass(outcome.tone)}`} data-testid="upload-status">
            {outcome.label}
          </span>
        </td>
        <td>
          {outcome.detail && <div data-testid="upload-detail">{outcome.detail}</div>}
          {outcome.todo && <div className="muted">{outcome.todo}</div>}
          {outcome.duplicateOf && <Link href={`/ho-so/${encodeURIComponent(outcome.duplicateOf)}`}>Mở hồ sơ gốc</Link>}{' '}
          {outcome.docId && item.phase === 'done' && (
            <Link href={`/ho-so/${encodeURIComponent(outcome.docId)}`}>Mở hồ sơ</Link>
          )}
        </td>
      </tr>
    );
  },
  (before, after) => before.item === after.item && shownAlike(before.outcome, after.outcome),
);

function shownAlike(a: ItemOutcome, b: ItemOutcome): boolean {
  return (
    a.label === b.label &&
    a.tone === b.tone &&
    a.detail === b.detail &&
    a.todo === b.todo &&
    a.docId === b.docId &&
    a.duplicateOf === b.duplicateOf
  );
}

function badgeClass(tone: string): string {
  return (
    { ok: 'classified', warn: 'needs_review', bad: 'rejected', pending: 'pending', neutral: 'duplicate' }[tone] ?? ''
  );
}
