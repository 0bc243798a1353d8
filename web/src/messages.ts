/**
 * Every code the API and the pipeline return, in plain Vietnamese for a clerk: what happened and what to do.
 * No English reaches the page: an unknown code gets a generic sentence, never the code itself.
 */

import { REVIEW_MESSAGES_VI, REVIEW_REASONS, type ReviewReason } from '#shared/domain/review.ts';
import type { DocumentStatus } from '#shared/domain/types.ts';

export type { DocumentStatus };

export const STATUS_LABEL: Record<DocumentStatus, string> = {
  uploading: 'Đang tải lên',
  extracting: 'Đang đọc nội dung',
  extracted: 'Đang phân loại',
  classified: 'Đã phân loại',
  needs_review: 'Cần kiểm tra',
  duplicate: 'Trùng lặp',
  expired: 'Hết hiệu lực',
  not_a_result: 'Không phải kết quả TTHC',
  rejected: 'Bị từ chối',
  pending_confirmation: 'Chờ quản trị viên xác nhận',
};

export const TERMINAL: ReadonlySet<string> = new Set([
  'classified',
  'needs_review',
  'duplicate',
  'expired',
  'not_a_result',
  'rejected',
  'pending_confirmation',
]);

export function statusLabel(status: string): string {
  return STATUS_LABEL[status as DocumentStatus] ?? 'Đang xử lý';
}

interface Explanation {
  why: string;
  todo: string;
}

/** The document's `reason` (pipeline and review) and the upload refusals of `POST /uploads`. */
const REASONS: Record<string, Explanation> = {
  empty_file: { why: 'Tệp rỗng (0 byte).', todo: 'Quét lại giấy tờ rồi tải lên tệp mới.' },
  size_mismatch: {
    why: 'Dung lượng tệp nhận được khác với dung lượng đã khai báo.',
    todo: 'Tải lại tệp; không sửa tệp trong lúc đang tải lên.',
  },
  checksum_mismatch: {
    why: 'Nội dung tệp nhận được khác với tệp đã chọn (tệp bị thay đổi hoặc hỏng khi gửi).',
    todo: 'Tải lại tệp.',
  },
  type_mismatch: {
    why: 'Nội dung tệp không đúng định dạng theo tên tệp (ví dụ tệp .pdf nhưng không phải PDF).',
    todo: 'Lưu lại bản quét đúng định dạng PDF, JPEG, PNG hoặc TIFF rồi tải lên.',
  },
  unsupported_type: {
    why: 'Định dạng tệp không được hỗ trợ.',
    todo: 'Chỉ tải lên tệp PDF, JPEG, PNG hoặc TIFF.',
  },
  encrypted_pdf: {
    why: 'Tệp PDF được đặt mật khẩu nên không đọc được.',
    todo: 'Bỏ mật khẩu của tệp (hoặc in rồi quét lại) và tải lên lại.',
  },
  corrupt_file: {
    why: 'Tệp bị hỏng, không mở được.',
    todo: 'Mở thử tệp trên máy; quét lại giấy tờ và tải lên tệp mới.',
  },
  document_too_large: {
    why: 'Tài liệu có quá nhiều trang để xử lý một lần.',
    todo: 'Tách thành các tệp nhỏ hơn, mỗi tệp một giấy tờ.',
  },
  ocr_failed: {
    why: 'Không nhận dạng được chữ trên bản quét.',
    todo: 'Quét lại rõ hơn (300 dpi, trang thẳng, đủ sáng) rồi tải lên.',
  },
  duplicate_file: {
    why: 'Tệp này đã được tải lên trước đó; không tính lần nữa.',
    todo: 'Không cần làm gì thêm. Mở hồ sơ gốc nếu muốn kiểm tra.',
  },
  duplicate_paper: {
    why: 'Giấy tờ này (cùng loại, số và ngày cấp) đã được số hóa trong một hồ sơ khác.',
    todo: 'Không cần làm gì thêm. Nếu là hai giấy tờ khác nhau, mở hồ sơ gốc để kiểm tra số và ngày cấp.',
  },
  not_a_result: {
    why: 'Tài liệu không phải là kết quả giải quyết thủ tục hành chính (công văn, kế hoạch, báo cáo…); không được tính.',
    todo: 'Nếu đây đúng là kết quả TTHC, mở hồ sơ và đề nghị quản trị viên xác nhận lại.',
  },
  expired_before_digitized: {
    why: 'Giấy tờ đã hết hiệu lực trước ngày số hóa; không được tính.',
    todo: 'Không cần làm gì thêm. Nếu ngày hết hiệu lực đọc sai, mở hồ sơ để sửa.',
  },
  low_confidence: {
    why: 'Hệ thống chưa chắc chắn về kết quả nhận dạng.',
    todo: 'Mở hồ sơ, đối chiếu với bản quét rồi xác nhận hoặc sửa.',
  },
  unknown_type: {
    why: 'Chưa xác định được loại kết quả thủ tục hành chính.',
    todo: 'Mở hồ sơ và chọn đúng loại giấy tờ.',
  },
  missing_fields: {
    why: 'Thiếu số, ký hiệu, ngày cấp hoặc cơ quan cấp.',
    todo: 'Mở hồ sơ, điền các thông tin còn thiếu theo bản quét rồi xác nhận.',
  },
  uncertain_not_a_result: {
    why: 'Có thể không phải là kết quả giải quyết thủ tục hành chính.',
    todo: 'Mở hồ sơ: xác nhận nếu đúng là kết quả TTHC, hoặc đánh dấu không phải kết quả.',
  },
  rejected_in_review: { why: 'Bị từ chối khi duyệt.', todo: 'Không cần làm gì thêm.' },
  override_pending: {
    why: 'Cán bộ đã đề nghị thay đổi kết luận của hệ thống, kèm lý do; chưa được tính cho đến khi quản trị viên xác nhận.',
    todo: 'Không cần làm gì thêm; quản trị viên sẽ xác nhận hoặc từ chối đề nghị.',
  },
  override_reason_required: {
    why: 'Đề nghị này thay đổi kết luận của hệ thống nên cần ghi lý do.',
    todo: 'Ghi lý do vào ô “Lý do đề nghị” rồi gửi lại.',
  },
  file_too_large: { why: 'Tệp vượt quá dung lượng tối đa.', todo: 'Quét ở độ phân giải thấp hơn hoặc tách tệp.' },
  invalid_request: { why: 'Thông tin tệp gửi lên không hợp lệ.', todo: 'Tải lại trang rồi thử lại.' },
  forbidden: {
    why: 'Tài khoản chỉ có quyền xem, không được tải lên hay thay đổi dữ liệu.',
    todo: 'Đăng nhập bằng tài khoản cán bộ của cơ quan.',
  },
  unauthorized: {
    why: 'Phiên đăng nhập đã hết hạn.',
    todo: 'Đăng nhập lại rồi tiếp tục; tệp đã gửi không bị gửi lại.',
  },
  network_error: {
    why: 'Mất kết nối tới máy chủ trong lúc tải lên.',
    todo: 'Kiểm tra mạng rồi bấm “Tiếp tục tải lên”; tệp đã gửi xong không bị gửi lại.',
  },
  storage_refused: {
    why: 'Kho lưu trữ từ chối nhận tệp (đường dẫn tải lên có thể đã hết hạn).',
    todo: 'Bấm “Tiếp tục tải lên” để xin đường dẫn mới.',
  },
  too_many_uploads_in_flight: {
    why: 'Cơ quan đang có nhiều tệp chờ tải lên hoặc chờ xử lý (giới hạn mỗi cơ quan).',
    todo: 'Đợi các tệp đang xử lý xong rồi bấm “Tiếp tục tải lên”.',
  },
  daily_upload_limit: {
    why: 'Cơ quan đã dùng hết dung lượng tải lên trong ngày.',
    todo: 'Tiếp tục tải lên vào ngày mai hoặc liên hệ quản trị viên.',
  },
  read_error: { why: 'Không đọc được tệp trên máy.', todo: 'Kiểm tra tệp còn tồn tại và không bị khóa, rồi chọn lại.' },
  wait_timeout: {
    why: 'Hệ thống chưa xử lý xong tệp này.',
    todo: 'Xem lại sau ít phút trong danh sách hồ sơ.',
  },
};

/** What to do for each review reason; the why is the pipeline's own sentence (shared/domain/review.ts). */
const REVIEW_TODO: Partial<Record<ReviewReason, string>> = {
  uncertain_not_a_result: 'Mở hồ sơ: xác nhận nếu đúng là kết quả TTHC, hoặc đánh dấu không phải kết quả.',
  unknown_type: 'Mở hồ sơ và chọn đúng loại giấy tờ.',
  low_confidence: 'Mở hồ sơ, đối chiếu với bản quét rồi xác nhận hoặc sửa.',
  missing_doc_number: 'Mở hồ sơ, điền số, ký hiệu theo bản quét rồi xác nhận.',
  missing_issue_date: 'Mở hồ sơ, điền ngày cấp theo bản quét rồi xác nhận.',
  missing_issuer: 'Mở hồ sơ, điền cơ quan cấp theo bản quét rồi xác nhận.',
  doc_number_uncertain: 'Mở hồ sơ, đối chiếu số với bản quét rồi xác nhận.',
  issue_date_uncertain: 'Mở hồ sơ, đối chiếu ngày cấp với bản quét rồi xác nhận.',
  title_from_body: 'Mở hồ sơ, kiểm tra loại giấy tờ rồi xác nhận.',
  type_from_symbol: 'Mở hồ sơ, kiểm tra loại giấy tờ rồi xác nhận.',
  inner_page: 'Quét lại cả trang có tên và số của giấy tờ, hoặc mở hồ sơ để điền.',
  ambiguous_type: 'Mở hồ sơ và chọn đúng loại giấy tờ.',
  issue_date_in_future: 'Mở hồ sơ, sửa ngày cấp theo bản quét.',
  expiry_before_issue: 'Mở hồ sơ, sửa ngày cấp hoặc ngày hết hiệu lực theo bản quét.',
  expiry_uncertain: 'Mở hồ sơ, điền ngày hết hiệu lực theo bản quét (để trống nếu giấy tờ không ghi thời hạn).',
};

// Every review reason the domain knows, a new one included: its own sentence, and a generic step to take.
for (const code of REVIEW_REASONS) {
  const why = REVIEW_MESSAGES_VI[code].replace(/^Cần kiểm tra lại: /, '');
  REASONS[code] ??= {
    why: why.charAt(0).toUpperCase() + why.slice(1),
    todo: REVIEW_TODO[code] ?? 'Mở hồ sơ, đối chiếu với bản quét rồi xác nhận hoặc sửa.',
  };
}

const UNKNOWN: Explanation = {
  why: 'Đã xảy ra lỗi không xác định.',
  todo: 'Thử lại; nếu vẫn lỗi, liên hệ quản trị viên hệ thống.',
};

export function explainReason(code: string | null | undefined): Explanation {
  if (!code) return UNKNOWN;
  return REASONS[code] ?? (code.startsWith('http_') ? REASONS.storage_refused! : UNKNOWN);
}

/** What a terminal status means for the count, in one line (used when there is no reason code). */
export function statusSentence(status: string): string {
  switch (status) {
    case 'classified':
      return 'Đã phân loại và được tính vào tỷ lệ số hóa.';
    case 'needs_review':
      return 'Cần cán bộ kiểm tra trước khi được tính.';
    case 'duplicate':
      return 'Trùng với hồ sơ đã có; không tính lần nữa.';
    case 'expired':
      return 'Giấy tờ đã hết hiệu lực; không được tính.';
    case 'not_a_result':
      return 'Không phải kết quả giải quyết TTHC; không được tính.';
    case 'rejected':
      return 'Bị từ chối; không được tính.';
    case 'pending_confirmation':
      return 'Đang chờ quản trị viên xác nhận đề nghị thay đổi; chưa được tính.';
    default:
      return 'Hệ thống đang xử lý tệp này.';
  }
}

export const LEVEL_LABEL: Record<string, string> = {
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export function levelLabel(level: string | null | undefined): string {
  return level ? (LEVEL_LABEL[level] ?? '—') : '—';
}

export const ROLE_LABEL: Record<string, string> = {
  clerk: 'Cán bộ cập nhật',
  viewer: 'Lãnh đạo (chỉ xem)',
  admin: 'Quản trị viên',
};

/**
 * The classifier's reasons (English, for developers) as Vietnamese sentences for the reviewer. Patterns
 * follow shared/domain/classify.ts; anything unknown is summarised rather than shown in English.
 */
const CLASSIFIER_REASONS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^title "(.+)" \(line start\)$/, (m) => `Tìm thấy tiêu đề “${m[1]}” ở đầu dòng.`],
  [/^title "(.+)" \(in text\)$/, (m) => `Tìm thấy cụm “${m[1]}” trong nội dung.`],
  [/^title "(.+)" is not a procedure result$/, (m) => `Tiêu đề “${m[1]}” không phải kết quả TTHC.`],
  [
    /^title "(.+)" is a result of a type not in the catalogue$/,
    (m) => `Tiêu đề “${m[1]}” là loại kết quả chưa có trong danh mục.`,
  ],
  [
    /^title "(.+)" has the shape of a result of a type not in the catalogue$/,
    (m) => `Tiêu đề “${m[1]}” có dạng một kết quả TTHC chưa có trong danh mục.`,
  ],
  [/^title "(.+)"$/, (m) => `Tìm thấy tiêu đề “${m[1]}”.`],
  [
    /^but (\d+) label\(s\) of the form of (.+): check by hand$/,
    (m) => `Nhưng có ${m[1]} nhãn của mẫu “${m[2]}”: cần kiểm tra.`,
  ],
  [
    /^no evidence of a non-result either: check by hand$/,
    () => 'Cũng không có dấu hiệu là văn bản khác: cần kiểm tra.',
  ],
  [/^issue date: latest change registration$/, () => 'Ngày cấp là ngày đăng ký thay đổi gần nhất.'],
  [/^level from the signature block$/, () => 'Cấp cơ quan đọc từ phần chữ ký (TM. …).'],
  [/^number left blank on the form$/, () => 'Số của văn bản để trống (chưa ghi tay hoặc không đọc được).'],
  [/^(\d+) supporting phrase\(s\)$/, (m) => `${m[1]} cụm từ đặc trưng của loại giấy tờ này.`],
  [/^(\d+) contrary phrase\(s\)$/, (m) => `${m[1]} cụm từ cho thấy có thể là loại khác.`],
  [/^symbol (.+) is not a result$/, (m) => `Ký hiệu “${m[1]}” không phải của kết quả TTHC.`],
  [/^symbol (.+)$/, (m) => `Ký hiệu văn bản “${m[1]}”.`],
  [/^unusual level (\w+)$/, (m) => `Cấp cơ quan cấp (${levelLabel(m[1]).toLowerCase()}) ít gặp với loại này.`],
  [/^holder is a person$/, () => 'Người được cấp là cá nhân.'],
  [/^holder is an organization$/, () => 'Người được cấp là tổ chức.'],
  [/^letter \(.*\)$/, () => 'Có dấu hiệu là công văn (Kính gửi / V/v).'],
  [/^no title line found$/, () => 'Không tìm thấy dòng tiêu đề.'],
  [/^type from the symbol (.+)$/, (m) => `Loại giấy tờ suy ra từ ký hiệu “${m[1]}”.`],
  [/^no title of a procedure result$/, () => 'Không có tiêu đề của kết quả TTHC.'],
  [/^has an issuer and a number of its own: check by hand$/, () => 'Có cơ quan ban hành và số riêng: cần kiểm tra.'],
  [/^decision on an internal matter \("(.+)"\)$/, (m) => `Quyết định về việc nội bộ (“${m[1]}”).`],
  [/^decision whose subject is not in the catalogue$/, () => 'Quyết định có nội dung chưa có trong danh mục.'],
  [/^close to (.+)$/, (m) => `Gần giống loại “${m[1]}”.`],
  [/^decision subject matches$/, () => 'Nội dung quyết định khớp với loại giấy tờ.'],
  [/^level from document type$/, () => 'Cấp cơ quan suy ra từ loại giấy tờ.'],
  [/^validity: [\w-]+ "(.+)"$/, (m) => `Thời hạn hiệu lực đọc từ: “${m[1]}”.`],
];

export function explainClassifierReason(reason: string): string {
  for (const [pattern, say] of CLASSIFIER_REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return 'Một quy tắc nhận dạng khác.';
}
