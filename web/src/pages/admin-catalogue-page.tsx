/** Admin: the catalogue of document types in force; add a type, or change one (`POST /catalogue`, `PUT /catalogue/{id}`). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { LEVEL_LABEL } from '../messages.ts';
import { useSession } from '../session.tsx';
import { AdminTable, asList, FormOutcome, LabelOptions } from './admin-common.tsx';

type Level = 'province' | 'district' | 'commune';
type Validity =
  | { kind: 'open' }
  | { kind: 'explicit' }
  | { kind: 'fixed-term'; months: number }
  | { kind: 'status-bound'; months?: number };

interface CatalogueType {
  id: string;
  name: string;
  title: string;
  titlePhrases: string[];
  levels: { before: Level[]; after: Level[] };
  validity: Validity;
  source: string;
  confirmed: boolean;
  origin?: 'bundled' | 'changed' | 'added';
}

const ORIGIN_LABEL: Record<string, string> = {
  bundled: 'Có sẵn',
  changed: 'Đã sửa',
  added: 'Bổ sung',
};
const VALIDITY_LABEL: Record<Validity['kind'], string> = {
  open: 'Không thời hạn (đến khi thu hồi, thay thế)',
  'fixed-term': 'Có thời hạn (số tháng kể từ ngày cấp)',
  explicit: 'Theo ngày ghi trên giấy tờ',
  'status-bound': 'Đến khi thay đổi tình trạng',
};

interface Form {
  editing: string | null;
  id: string;
  name: string;
  title: string;
  phrases: string;
  levels: Level[];
  /** The type's own levels (before/after the 2025 reform), kept unless the checkboxes change. */
  original: CatalogueType['levels'] | null;
  validity: Validity['kind'];
  months: string;
  source: string;
  confirmed: boolean;
}

const EMPTY: Form = {
  editing: null,
  id: '',
  name: '',
  title: '',
  phrases: '',
  levels: ['commune'],
  original: null,
  validity: 'open',
  months: '',
  source: '',
  confirmed: false,
};

function toForm(t: CatalogueType): Form {
  const levels = [...new Set([...t.levels.before, ...t.levels.after])];
  return {
    editing: t.id,
    id: t.id,
    name: t.name,
    title: t.title,
    phrases: t.titlePhrases.join('\n'),
    levels,
    original: t.levels,
    validity: t.validity.kind,
    months: 'months' in t.validity && t.validity.months ? String(t.validity.months) : '',
    source: t.source,
    confirmed: t.confirmed,
  };
}

export default function AdminCataloguePage() {
  const { api } = useSession();
  const client = useQueryClient();
  const types = useQuery({
    queryKey: ['catalogue', 'full'],
    queryFn: async () => asList<CatalogueType>(await api.get('/catalogue')),
  });
  const [form, setForm] = useState<Form>(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (f: Form) => {
      const months = Number(f.months);
      const validity: Validity =
        f.validity === 'fixed-term'
          ? { kind: 'fixed-term', months }
          : f.validity === 'status-bound'
            ? f.months
              ? { kind: 'status-bound', months }
              : { kind: 'status-bound' }
            : { kind: f.validity };
      const phrases = f.phrases
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean);
      const body = {
        name: f.name.trim(),
        title: f.title.trim(),
        titlePhrases: phrases.length > 0 ? phrases : [f.title.trim()],
        levels: f.original ?? { before: f.levels, after: f.levels },
        validity,
        source: f.source.trim(),
        confirmed: f.confirmed,
      };
      return f.editing
        ? api.request<CatalogueType>('PUT', `/catalogue/${encodeURIComponent(f.editing)}`, body)
        : api.request<CatalogueType>('POST', '/catalogue', { id: f.id.trim(), ...body });
    },
    onSuccess: (type, f) => {
      setSaved(f.editing ? `Đã lưu thay đổi của loại ${type.id}.` : `Đã thêm loại ${type.id}.`);
      setForm(EMPTY);
      // Both the pickers' list and this page's.
      void client.invalidateQueries({ queryKey: ['catalogue'] });
    },
  });

  const set =
    (name: 'id' | 'name' | 'title' | 'phrases' | 'months' | 'source' | 'validity') =>
    (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [name]: value }));
    };
  const toggleLevel = (level: Level) =>
    setForm((f) => ({
      ...f,
      levels: f.levels.includes(level) ? f.levels.filter((l) => l !== level) : [...f.levels, level],
      original: null,
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setSaved(null);
    if (!form.editing && !/^[a-z0-9-]+$/.test(form.id.trim()))
      return setProblem('Mã loại chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ giay-phep-karaoke.');
    if (!form.name.trim() || !form.title.trim()) return setProblem('Nhập tên loại và tiêu đề in trên giấy tờ.');
    if (form.levels.length === 0) return setProblem('Chọn ít nhất một cấp cấp giấy tờ.');
    if (form.validity === 'fixed-term' && !(Number.isInteger(Number(form.months)) && Number(form.months) > 0))
      return setProblem('Nhập thời hạn bằng số tháng (ví dụ 36).');
    if (!form.source.trim()) return setProblem('Nhập căn cứ pháp lý (văn bản quy định mẫu giấy tờ).');
    save.mutate(form);
  };

  const list = types.data ?? [];
  return (
    <section>
      <h1>Danh mục loại kết quả TTHC</h1>
      <form className="card" onSubmit={submit} aria-labelledby="loai-form">
        <h2 id="loai-form">{form.editing ? `Sửa loại ${form.editing}` : 'Thêm loại giấy tờ'}</h2>
        <div className="row">
          <div className="field">
            <label htmlFor="c-id">Mã</label>
            <input id="c-id" value={form.id} onChange={set('id')} size={22} disabled={form.editing !== null} />
          </div>
          <div className="field">
            <label htmlFor="c-name">Tên loại</label>
            <input id="c-name" value={form.name} onChange={set('name')} size={30} />
          </div>
          <div className="field">
            <label htmlFor="c-title">Tiêu đề in trên giấy tờ</label>
            <input id="c-title" value={form.title} onChange={set('title')} size={36} />
          </div>
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="c-phrases">Các cách ghi tiêu đề (mỗi dòng một cách; để trống: như tiêu đề)</label>
            <textarea id="c-phrases" value={form.phrases} onChange={set('phrases')} rows={3} cols={40} />
          </div>
          <fieldset className="field">
            <legend>Cấp cấp giấy tờ</legend>
            {(Object.entries(LEVEL_LABEL) as [Level, string][]).map(([level, label]) => (
              <label key={level}>
                <input type="checkbox" checked={form.levels.includes(level)} onChange={() => toggleLevel(level)} />{' '}
                {label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="c-validity">Hiệu lực</label>
            <select id="c-validity" value={form.validity} onChange={set('validity')}>
              <LabelOptions labels={VALIDITY_LABEL} />
            </select>
          </div>
          {(form.validity === 'fixed-term' || form.validity === 'status-bound') && (
            <div className="field">
              <label htmlFor="c-months">Số tháng</label>
              <input id="c-months" inputMode="numeric" value={form.months} onChange={set('months')} size={5} />
            </div>
          )}
        </div>
        <div className="row">
          <div className="field">
            <label htmlFor="c-source">Căn cứ pháp lý</label>
            <input id="c-source" value={form.source} onChange={set('source')} size={50} />
          </div>
          <label>
            <input
              type="checkbox"
              checked={form.confirmed}
              onChange={(e) => {
                const confirmed = e.currentTarget.checked;
                setForm((f) => ({ ...f, confirmed }));
              }}
            />{' '}
            Đã đối chiếu với văn bản gốc
          </label>
          <button type="submit" className="primary" disabled={save.isPending}>
            {form.editing ? 'Lưu thay đổi' : 'Thêm'}
          </button>
          {form.editing && (
            <button type="button" onClick={() => setForm(EMPTY)}>
              Hủy
            </button>
          )}
        </div>
        <p className="muted">
          Loại mới áp dụng cho hồ sơ tải lên sau đó; để áp dụng cho hồ sơ đã có, chạy <code>sohoa reclassify</code>.
        </p>
        <FormOutcome problem={problem} error={save.error} done={saved} />
      </form>
      <AdminTable
        query={types}
        rows={list.length}
        empty="Danh mục trống."
        headings={
          <>
            <th scope="col">Mã</th>
            <th scope="col">Tên</th>
            <th scope="col">Tiêu đề trên giấy tờ</th>
            <th scope="col" className="hide-narrow">
              Nguồn
            </th>
            <th scope="col">Thao tác</th>
          </>
        }
      >
        {list.map((t) => (
          <tr key={t.id} data-testid="catalogue-row">
            <td>{t.id}</td>
            <td>{t.name}</td>
            <td>{t.title}</td>
            <td className="hide-narrow">
              {ORIGIN_LABEL[t.origin ?? 'bundled']}
              {t.confirmed ? '' : ' · chưa đối chiếu'}
            </td>
            <td>
              <button
                type="button"
                onClick={() => {
                  setSaved(null);
                  setForm(toForm(t));
                }}
              >
                Sửa
              </button>
            </td>
          </tr>
        ))}
      </AdminTable>
    </section>
  );
}
