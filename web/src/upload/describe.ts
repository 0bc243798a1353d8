/** One upload's outcome as a clerk reads it: a short label, a tone, why, and what to do. Pure. */
import { explainReason, statusLabel, statusSentence } from '../messages.ts';
import type { UploadItem } from './queue.ts';

export type Tone = 'ok' | 'warn' | 'bad' | 'pending' | 'neutral';

export interface ItemOutcome {
  label: string;
  tone: Tone;
  detail: string | null;
  todo: string | null;
  /** The document to open (this one, or the original of a duplicate). */
  docId: string | null;
  duplicateOf: string | null;
}

const TONE_OF_STATUS: Record<string, Tone> = {
  classified: 'ok',
  needs_review: 'warn',
  duplicate: 'neutral',
  expired: 'neutral',
  not_a_result: 'neutral',
  rejected: 'bad',
};

export function describeItem(item: UploadItem, nameOf: (id: number) => string | undefined): ItemOutcome {
  const base = { docId: item.docId, duplicateOf: null as string | null };
  switch (item.phase) {
    case 'queued':
      return { ...base, label: 'Đang chờ', tone: 'pending', detail: null, todo: null };
    case 'hashing':
      return { ...base, label: 'Đang kiểm tra tệp', tone: 'pending', detail: null, todo: null };
    case 'sending': {
      if (item.message && item.loaded === 0) {
        // Waiting out the agency's in-flight limit (a 429): the queue asks again by itself.
        return {
          ...base,
          label: 'Đang chờ lượt gửi',
          tone: 'pending',
          detail: item.message,
          todo: 'Không cần làm gì; hệ thống sẽ tự gửi tiếp.',
        };
      }
      const pct = item.size > 0 ? Math.floor((item.loaded / item.size) * 100) : 0;
      return { ...base, label: `Đang gửi ${pct} %`, tone: 'pending', detail: null, todo: null };
    }
    case 'processing':
      return {
        ...base,
        label: item.status && item.status !== 'uploading' ? statusLabel(item.status) : 'Đang xử lý',
        tone: 'pending',
        detail: item.resumed
          ? 'Tệp này đã được gửi trước đó từ máy này; không gửi lại.'
          : 'Đã gửi, hệ thống đang đọc và phân loại.',
        todo: null,
      };
    case 'skipped': {
      if (item.error === 'same_content' || item.error === 'already_sent') {
        const twin = item.sameAs === null ? undefined : nameOf(item.sameAs);
        if (item.error === 'already_sent') {
          return {
            ...base,
            label: 'Đã gửi trước đó',
            tone: 'neutral',
            detail: `Nội dung này đã được gửi từ máy này (tệp “${twin ?? 'khác'}”); không gửi lại.`,
            todo: 'Không cần làm gì thêm.',
          };
        }
        return {
          ...base,
          label: 'Trùng lặp',
          tone: 'neutral',
          detail: `Cùng nội dung với tệp “${twin ?? 'khác'}” trong lần tải này; không gửi lại.`,
          todo: 'Không cần làm gì thêm.',
        };
      }
      const why = explainReason(item.error);
      return { ...base, label: 'Không gửi', tone: 'bad', detail: why.why, todo: why.todo };
    }
    case 'failed': {
      const why = explainReason(item.error);
      return { ...base, label: 'Chưa gửi được', tone: 'bad', detail: item.message ?? why.why, todo: why.todo };
    }
    case 'done': {
      const status = item.status ?? '';
      const tone = TONE_OF_STATUS[status] ?? 'neutral';
      const label = statusLabel(status);
      const resumedNote = item.resumed ? ' (đã gửi trước đó, không gửi lại)' : '';
      if (status === 'classified') {
        return { ...base, label, tone, detail: `${item.message ?? statusSentence(status)}${resumedNote}`, todo: null };
      }
      const why = item.reason ? explainReason(item.reason) : { why: statusSentence(status), todo: null };
      return {
        ...base,
        label,
        tone,
        // The pipeline's own message is Vietnamese and names specifics (the expiry date, the original's id).
        detail: `${item.message ?? why.why}${resumedNote}`,
        todo: why.todo,
        duplicateOf: status === 'duplicate' ? item.duplicateOf : null,
      };
    }
  }
}
