/** One document: the scan beside what the pipeline read and why, and the review (accept, correct, reject). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { displayFileName } from '#shared/domain/file-names.ts';
import { OVERRIDE_KIND_VI } from '#shared/domain/review.ts';
import { useDocumentTypes } from '../catalogue.ts';
import { formatBytes, formatDate, formatDateTime, parseDmy } from '../format.ts';
import { explainClassifierReason, explainReason, LEVEL_LABEL, levelLabel, statusLabel, TERMINAL } from '../messages.ts';
import { useSession } from '../session.tsx';
import type { DocumentView } from '../types.ts';
import { ErrorNotice } from './parts.tsx';

const REVIEWABLE = new Set(['needs_review', 'classified', 'not_a_result', 'expired']);

interface FileLink {
  url: string;
  contentType: string;
  fileName: string;
  /** A document sent as page images: every page, in order. */
  pages?: Array<{ page: number; url: string; contentType: string; fileName: string }>;
}

/** One page image (JPEG/PNG shown, TIFF offered for download). */
function PageImage({ url, contentType, name }: { url: string; contentType: string; name: string }) {
  if (contentType === 'image/jpeg' || contentType === 'image/png') return <img src={url} alt={`Bản quét: ${name}`} />;
  return (
    <p className="center">
      Trình duyệt không hiển thị được tệp TIFF.{' '}
      <a href={url} download={name}>
        Tải bản quét về máy
      </a>
    </p>
  );
}

function Scan({ docId, contentType }: { docId: string; contentType: string }) {
  const { api } = useSession();
  const file = useQuery({
    queryKey: ['file', docId],
    queryFn: () => api.get<FileLink>(`/documents/${encodeURIComponent(docId)}/file`),
    // The link lives 5 minutes: ask again before it stops working.
    staleTime: 4 * 60_000,
    refetchInterval: 4 * 60_000,
  });
  if (file.error) return <ErrorNotice error={file.error} />;
  if (!file.data) return <p className="muted center">Đang tải bản quét…</p>;
  const name = displayFileName(file.data.fileName);
  if (file.data.pages && file.data.pages.length > 1) {
    return (
      <ol className="scan-pages" data-testid="scan-pages">
        {file.data.pages.map((p) => (
          <li key={p.page}>
            <p className="muted scan-page-caption">
              Trang {p.page}: {displayFileName(p.fileName)}
            </p>
            <PageImage url={p.url} contentType={p.contentType} name={`${name}, trang ${p.page}`} />
          </li>
        ))}
      </ol>
    );
  }
  if (contentType === 'application/pdf') {
    return <iframe src={`${file.data.url}#view=FitH`} title={`Bản quét: ${name}`} />;
  }
  if (contentType === 'image/jpeg' || contentType === 'image/png') {
    return <img src={file.data.url} alt={`Bản quét: ${name}`} />;
  }
  return (
    <p className="center">
      Trình duyệt không hiển thị được tệp TIFF.{' '}
      <a href={file.data.url} download={name}>
        Tải bản quét về máy
      </a>
    </p>
  );
}

type Fields = Record<
  'docType' | 'docNumber' | 'issuer' | 'level' | 'place' | 'issueDate' | 'expiryDate' | 'holder',
  string
>;

function fieldsOf(doc: DocumentView): Fields {
  return {
    docType: doc.docType ?? '',
    docNumber: doc.docNumber ?? '',
    issuer: doc.issuer ?? '',
    level: doc.level ?? '',
    place: doc.place ?? '',
    issueDate: doc.issueDate ? formatDate(doc.issueDate) : '',
    expiryDate: doc.expiryDate ? formatDate(doc.expiryDate) : '',
    holder: doc.holder ?? '',
  };
}

function Review({ doc }: { doc: DocumentView }) {
  const { api, identity } = useSession();
  const client = useQueryClient();
  const types = useDocumentTypes(api);
  const [fields, setFields] = useState<Fields>(() => fieldsOf(doc));
  const [rejectReason, setRejectReason] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (body: unknown) =>
      api.request<DocumentView>('POST', `/documents/${encodeURIComponent(doc.docId)}/review`, body),
    onSuccess: (updated) => {
      client.setQueryData(['document', doc.docId], updated);
      void client.invalidateQueries({ queryKey: ['documents'] });
      void client.invalidateQueries({ queryKey: ['progress'] });
      setFields(fieldsOf(updated));
      setDone(updated.message ?? 'Đã lưu.');
    },
  });
  // Going against the pipeline's verdict needs a reason and an admin's confirmation (shared/domain/review.ts).
  const overriding =
    doc.status === 'not_a_result' ||
    doc.status === 'expired' ||
    (doc.status === 'classified' && fields.docType !== (doc.docType ?? ''));
  const set = (name: keyof Fields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [name]: value }));
  };

  const accept = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    const issueDate = fields.issueDate.trim() ? parseDmy(fields.issueDate) : null;
    const expiryDate = fields.expiryDate.trim() ? parseDmy(fields.expiryDate) : null;
    if (fields.issueDate.trim() && !issueDate) return setProblem('Ngày cấp phải có dạng dd/mm/yyyy, ví dụ 05/03/2024.');
    if (fields.expiryDate.trim() && !expiryDate)
      return setProblem('Ngày hết hiệu lực phải có dạng dd/mm/yyyy, hoặc để trống nếu không thời hạn.');
    if (!fields.docType) return setProblem('Chọn loại giấy tờ trước khi xác nhận.');
    const text = (value: string) => (value.trim() === '' ? null : value.trim());
    if (overriding && !overrideReason.trim())
      return setProblem(
        'Ghi lý do đề nghị: xác nhận này thay đổi kết luận của hệ thống và cần quản trị viên xác nhận.',
      );
    review.mutate({
      decision: 'accept',
      ...(overriding ? { reason: overrideReason.trim() } : {}),
      fields: {
        docType: fields.docType,
        docNumber: text(fields.docNumber),
        issuer: text(fields.issuer),
        level: fields.level === '' ? null : fields.level,
        place: text(fields.place),
        issueDate,
        expiryDate,
        holder: text(fields.holder),
      },
    });
  };

  const reject = () => {
    setProblem(null);
    setDone(null);
    if (!rejectReason.trim()) return setProblem('Ghi lý do (ví dụ: “Đây là công văn, không phải kết quả TTHC”).');
    review.mutate({ decision: 'reject', reason: rejectReason.trim() });
  };

  return (
    <form className="card" onSubmit={accept} aria-labelledby="duyet">
      <h2 id="duyet">Kiểm tra và xác nhận</h2>
      <p className="muted">Đối chiếu với bản quét, sửa nếu hệ thống đọc sai, rồi bấm “Xác nhận”.</p>
      <div className="field">
        <label htmlFor="f-docType">Loại giấy tờ</label>
        <select id="f-docType" value={fields.docType} onChange={set('docType')}>
          <option value="">— Chọn loại giấy tờ —</option>
          {(types.data ?? []).map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-docNumber">Số, ký hiệu</label>
        <input id="f-docNumber" value={fields.docNumber} onChange={set('docNumber')} />
      </div>
      <div className="field">
        <label htmlFor="f-holder">Người (tổ chức) được cấp</label>
        <input id="f-holder" value={fields.holder} onChange={set('holder')} size={36} />
      </div>
      <div className="field">
        <label htmlFor="f-issuer">Cơ quan cấp</label>
        <input id="f-issuer" className="full-width" value={fields.issuer} onChange={set('issuer')} size={36} />
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="f-level">Cấp cơ quan cấp</label>
          <select id="f-level" value={fields.level} onChange={set('level')}>
            <option value="">— Không rõ —</option>
            {Object.entries(LEVEL_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="f-place">Nơi cấp</label>
          <input id="f-place" value={fields.place} onChange={set('place')} />
        </div>
      </div>
      <div className="row">
        <div className="field">
          <label htmlFor="f-issueDate">
            Ngày cấp <span className="hint">(dd/mm/yyyy)</span>
          </label>
          <input id="f-issueDate" value={fields.issueDate} onChange={set('issueDate')} inputMode="numeric" size={12} />
        </div>
        <div className="field">
          <label htmlFor="f-expiryDate">
            Hết hiệu lực <span className="hint">(để trống nếu không thời hạn)</span>
          </label>
          <input
            id="f-expiryDate"
            value={fields.expiryDate}
            onChange={set('expiryDate')}
            inputMode="numeric"
            size={12}
          />
        </div>
      </div>
      {overriding && (
        <div className="field">
          <label htmlFor="f-overrideReason">Lý do đề nghị (bắt buộc)</label>
          <p className="hint" id="f-overrideReason-hint">
            {identity.role === 'admin'
              ? 'Xác nhận này thay đổi kết luận của hệ thống; lý do được ghi vào nhật ký.'
              : 'Xác nhận này thay đổi kết luận của hệ thống (không phải kết quả, hết hiệu lực hoặc đổi loại giấy tờ): hồ sơ chờ quản trị viên xác nhận, chưa được tính.'}
          </p>
          <textarea
            id="f-overrideReason"
            aria-describedby="f-overrideReason-hint"
            value={overrideReason}
            onChange={(e) => {
              setOverrideReason(e.currentTarget.value);
              setProblem(null);
            }}
            className="full-width"
            rows={3}
            maxLength={500}
          />
        </div>
      )}
      {problem && (
        <p className="notice error" role="alert">
          {problem}
        </p>
      )}
      {review.error && <ErrorNotice error={review.error} />}
      {done && (
        <p className="notice ok" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={review.isPending}>
          {overriding && identity.role !== 'admin' ? 'Gửi đề nghị xác nhận' : 'Xác nhận'}
        </button>
      </div>
      {doc.status === 'not_a_result' ? (
        // Already the pipeline's verdict: marking it again would only rename the state; nothing to offer.
        <p className="muted" data-testid="already-not-a-result">
          Hệ thống đã xác định giấy tờ này không phải kết quả TTHC và không tính vào tỷ lệ số hóa. Nếu đây đúng là kết
          quả TTHC, hãy nhập thông tin ở trên rồi gửi đề nghị xác nhận.
        </p>
      ) : (
        <>
          <h3>Không phải kết quả TTHC?</h3>
          <div className="field">
            <label htmlFor="f-reject">Lý do</label>
            <input
              id="f-reject"
              value={rejectReason}
              onChange={(e) => setRejectReason(e.currentTarget.value)}
              size={40}
            />
          </div>
          <div className="actions">
            <button type="button" className="danger" onClick={reject} disabled={review.isPending}>
              Đánh dấu không phải kết quả
            </button>
          </div>
        </>
      )}
    </form>
  );
}

const OVERRIDE_STATE: Record<string, string> = {
  pending: 'Đang chờ quản trị viên xác nhận',
  confirmed: 'Đã được quản trị viên xác nhận',
  rejected: 'Quản trị viên không xác nhận',
};

/** A clerk's request to change the pipeline's verdict: what and why, and for admins the decision. */
export function OverridePanel({ doc, onDecided }: { doc: DocumentView; onDecided?: () => void }) {
  const { api, identity } = useSession();
  const client = useQueryClient();
  const types = useDocumentTypes(api);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const o = doc.override;
  const decide = useMutation({
    mutationFn: (body: unknown) =>
      api.request<DocumentView>('POST', `/documents/${encodeURIComponent(doc.docId)}/override`, body),
    onSuccess: (updated) => {
      client.setQueryData(['document', doc.docId], updated);
      void client.invalidateQueries({ queryKey: ['overrides'] });
      void client.invalidateQueries({ queryKey: ['documents'] });
      onDecided?.();
    },
  });
  if (!o) return null;
  const requested = Object.entries(o.fields as Record<string, unknown>).filter(([, v]) => v !== null && v !== '');
  const reject = () => {
    setProblem(null);
    if (!note.trim()) return setProblem('Ghi lý do không xác nhận để cán bộ biết cần làm gì.');
    decide.mutate({ decision: 'reject', note: note.trim() });
  };
  const id = `override-${doc.docId}`;
  return (
    <section className="card" aria-labelledby={id} data-testid="override">
      <h2 id={id}>Đề nghị thay đổi kết luận của hệ thống</h2>
      <dl className="fields">
        <dt>Nội dung</dt>
        <dd>{OVERRIDE_KIND_VI[o.kind]}</dd>
        <dt>Lý do</dt>
        <dd data-testid="override-reason">{o.reason}</dd>
        <dt>Người đề nghị</dt>
        <dd>
          {o.requestedBy} · {formatDateTime(o.requestedAt)}
        </dd>
        {requested.length > 0 && (
          <>
            <dt>Thông tin đề nghị</dt>
            <dd>
              {requested
                .map(([k, v]) => {
                  const value =
                    k === 'docType'
                      ? (types.data?.find((t) => t.id === v)?.name ?? String(v))
                      : k === 'level'
                        ? levelLabel(String(v))
                        : k.endsWith('Date')
                          ? formatDate(String(v))
                          : String(v);
                  return `${FIELD_LABEL[k] ?? k}: ${value}`;
                })
                .join('; ')}
            </dd>
          </>
        )}
        <dt>Trạng thái</dt>
        <dd>
          {OVERRIDE_STATE[o.state]}
          {o.decidedBy ? ` · ${o.decidedBy} · ${formatDateTime(o.decidedAt)}` : ''}
          {o.note ? ` · ${o.note}` : ''}
        </dd>
      </dl>
      {identity.role === 'admin' && o.state === 'pending' && doc.status === 'pending_confirmation' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-note`}>Ghi chú của quản trị viên (bắt buộc khi không xác nhận)</label>
            <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.currentTarget.value)} size={40} />
          </div>
          {problem && (
            <p className="notice error" role="alert">
              {problem}
            </p>
          )}
          {decide.error && <ErrorNotice error={decide.error} />}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ decision: 'confirm', ...(note.trim() ? { note: note.trim() } : {}) })}
            >
              Xác nhận đề nghị
            </button>
            <button type="button" className="danger" disabled={decide.isPending} onClick={reject}>
              Không xác nhận
            </button>
          </div>
        </>
      )}
    </section>
  );
}

const FIELD_LABEL: Record<string, string> = {
  docType: 'Loại',
  docNumber: 'Số',
  holder: 'Người được cấp',
  issuer: 'Cơ quan cấp',
  level: 'Cấp',
  place: 'Nơi cấp',
  issueDate: 'Ngày cấp',
  expiryDate: 'Hết hiệu lực',
  title: 'Tên giấy tờ',
};

export default function DocumentPage({ docId }: { docId: string }) {
  const { api, identity } = useSession();
  const doc = useQuery({
    queryKey: ['document', docId],
    queryFn: () => api.get<DocumentView>(`/documents/${encodeURIComponent(docId)}`),
    refetchInterval: (q) => (q.state.data && !TERMINAL.has(q.state.data.status) ? 2_000 : false),
  });
  if (doc.error) {
    return (
      <section>
        <h1>Hồ sơ</h1>
        <ErrorNotice error={doc.error} />
        <Link href="/ho-so">Về danh sách hồ sơ</Link>
      </section>
    );
  }
  if (!doc.data) return <p className="muted">Đang tải…</p>;
  const d = doc.data;
  const why = d.reason ? explainReason(d.reason) : null;
  const canReview = identity.role !== 'viewer' && REVIEWABLE.has(d.status);
  return (
    <section>
      <p>
        <Link href="/ho-so">← Danh sách hồ sơ</Link>
      </p>
      <h1 className="filename">{displayFileName(d.fileName)}</h1>
      {d.originalFileName !== d.fileName && (
        // The name as sent held hidden or direction-changing characters: the API wrote them out (`<U+202E>`).
        // Shown as text (React escapes it), never as markup, so a reviewer sees what the sender typed.
        <p className="muted">
          Tên tệp gốc:{' '}
          <span className="filename" data-testid="original-file-name">
            {displayFileName(d.originalFileName)}
          </span>
        </p>
      )}
      <p>
        <span className={`badge ${d.status}`} data-testid="document-status">
          {statusLabel(d.status)}
        </span>{' '}
        {d.message && <span data-testid="document-message">{d.message}</span>}
      </p>
      {why && d.status !== 'classified' && (
        <p className="notice warn">
          {why.why} <strong>Cần làm:</strong> {why.todo}
        </p>
      )}
      {d.duplicateOf && (
        <p>
          Trùng với hồ sơ <Link href={`/ho-so/${encodeURIComponent(d.duplicateOf)}`}>{d.duplicateOf}</Link>.
        </p>
      )}
      <div className="split">
        <div className="scan">
          <Scan docId={d.docId} contentType={d.contentType} />
        </div>
        <div>
          <div className="card">
            <h2>Thông tin hệ thống đọc được</h2>
            <dl className="fields">
              <dt>Loại giấy tờ</dt>
              <dd>{d.title ?? '—'}</dd>
              <dt>Số, ký hiệu</dt>
              <dd>{d.docNumber ?? '—'}</dd>
              <dt>Người được cấp</dt>
              <dd>{d.holder ?? '—'}</dd>
              <dt>Cơ quan cấp</dt>
              <dd>{d.issuer ?? '—'}</dd>
              <dt>Cấp</dt>
              <dd>{levelLabel(d.level)}</dd>
              <dt>Nơi cấp</dt>
              <dd>{d.place ?? '—'}</dd>
              <dt>Ngày cấp</dt>
              <dd>{formatDate(d.issueDate)}</dd>
              <dt>Hết hiệu lực</dt>
              <dd>{d.expiryDate ? formatDate(d.expiryDate) : d.docType ? 'Không thời hạn' : '—'}</dd>
              <dt>Độ tin cậy</dt>
              <dd>{Math.round(d.confidence * 100)} %</dd>
              <dt>Số trang</dt>
              <dd>{d.pages}</dd>
              <dt>Dung lượng</dt>
              <dd>{formatBytes(d.size)}</dd>
              <dt>Tải lên lúc</dt>
              <dd>{formatDateTime(d.createdAt)}</dd>
              {d.reviewedAt && (
                <>
                  <dt>Đã duyệt</dt>
                  <dd>
                    {formatDateTime(d.reviewedAt)} · {d.reviewedBy ?? ''}
                  </dd>
                </>
              )}
            </dl>
            {d.reasons.length > 0 && (
              <>
                <h3>Vì sao hệ thống phân loại như vậy</h3>
                <ul>
                  {d.reasons.map((reason) => (
                    <li key={reason}>{explainClassifierReason(reason)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          {d.override && <OverridePanel doc={d} />}
          {canReview && <Review key={d.docId} doc={d} />}
        </div>
      </div>
    </section>
  );
}
