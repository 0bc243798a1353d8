/**
 * The document-type catalogue: the data lives in catalogue.json (DOMAIN.md §3.1, editable without code);
 * this module validates it once at load and precomputes the folded phrases the classifier matches.
 */
import { z } from 'zod';
import data from './catalogue.json' with { type: 'json' };
import { flatten } from './normalize.ts';
import type { Level } from './types.ts';

const level = z.enum(['province', 'district', 'commune']);

const validityRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('open') }),
  z.object({ kind: z.literal('fixed-term'), months: z.number().int().positive() }),
  z.object({ kind: z.literal('status-bound'), months: z.number().int().positive().optional() }),
  z.object({ kind: z.literal('explicit') }),
]);

/**
 * The official form a type is printed on, as data: its layout family, the form(s) and their legal source,
 * and the labels that carry its fields on that form. `bodyLabels` are labels printed only on this form
 * (`Nơi đăng ký khai sinh`, `Thửa đất số`): evidence of the type when the title was lost; `innerPageLabels`
 * mark an inner page of a multi-page form (plot diagram, later changes). Labels are matched folded.
 */
const formSchema = z.object({
  layout: z.enum([
    'nd30-letter',
    'decision',
    'civil-status',
    'land-certificate',
    'registration-certificate',
    'licence',
    'certification',
  ]),
  forms: z.array(z.string().min(1)).min(1),
  numberLabels: z.array(z.string().min(1)).optional(),
  /** `number-year`: civil-status registers number per year (`Số: 211/2024`, OCR `2112024`). */
  numberFormat: z.enum(['symbol', 'number-year', 'code', 'serial']).optional(),
  dateLabels: z.array(z.string().min(1)).optional(),
  issuerLabels: z.array(z.string().min(1)).optional(),
  holderLabels: z.array(z.string().min(1)).optional(),
  validityLabels: z.array(z.string().min(1)).optional(),
  bodyLabels: z.array(z.string().min(1)).optional(),
  innerPageLabels: z.array(z.string().min(1)).optional(),
  /** False when no date printed on this form is the paper's own expiry (land terms, an attorney's term). */
  expiryFromText: z.boolean().optional(),
});

/** Where docNumber is read, in order of preference (see extractDocNumber). */
const numberSource = z.enum(['symbol', 'plain', 'certification', 'business-code', 'serial', 'register', 'licence-12']);

/** One document type as catalogue.json and the admin table hold it (`POST|PUT /catalogue` validate with it). */
export const documentTypeSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  title: z.string().min(1),
  titlePhrases: z.array(z.string().min(1)).min(1),
  requiredPhrases: z.array(z.string().min(1)).optional(),
  /**
   * What a decision of this type is about (`trường`, `cơ sở giáo dục`): a required phrase that is only a
   * generic verb (`cho phép thành lập`, `chuyển mục đích sử dụng`, see `isGenericAction`) counts only when
   * one of these follows it as its object. Without them such a phrase never types a decision on its own.
   */
  subjectPhrases: z.array(z.string().min(1)).optional(),
  supportPhrases: z.array(z.string()),
  againstPhrases: z.array(z.string()),
  holderKind: z.enum(['person', 'organization']).optional(),
  /** A certification stamped on another paper (chứng thực): recognised anywhere on the page. */
  overlay: z.boolean().optional(),
  symbolHints: z.array(z.string()),
  numberSources: z.array(numberSource).min(1),
  levels: z.object({ before: z.array(level).min(1), after: z.array(level).min(1) }),
  validity: validityRule,
  form: formSchema.optional(),
  source: z.string().min(1),
  confirmed: z.boolean(),
});

/**
 * How long a result of a type stays valid when the document prints no explicit end:
 * `open` — until revoked/replaced; `fixed-term` — N months from issue; `status-bound` — until a status
 * change, or N months from issue when `months` is set (whichever first); `explicit` — only what is printed.
 */
export type ValidityRule = z.infer<typeof validityRule>;
export type NumberSource = z.infer<typeof numberSource>;
export type FormSpec = z.infer<typeof formSchema>;

export interface DocumentTypeSpec extends z.infer<typeof documentTypeSchema> {
  levels: { before: Level[]; after: Level[] };
}

/** A spec plus its phrases flattened (folded, punctuation-free) for matching. */
export interface CompiledDocumentType {
  spec: DocumentTypeSpec;
  titles: string[];
  required: string[];
  /** Folded subjectPhrases: the object a generic required phrase must have. */
  subjects: string[];
  support: string[];
  against: string[];
  symbols: string[];
  /** Folded body labels of the type's form (evidence without a title) and of its inner pages. */
  bodyLabels: string[];
  innerPageLabels: string[];
}

/**
 * Validates a catalogue (`{types: [...]}`, the shape of catalogue.json and of the admin table's export):
 * throws a ZodError naming the bad field, or an Error for a duplicate id.
 */
export function parseCatalogue(raw: unknown): DocumentTypeSpec[] {
  const parsed = z.object({ types: z.array(documentTypeSchema).min(1) }).parse(raw);
  const seen = new Set<string>();
  for (const t of parsed.types) {
    if (seen.has(t.id)) throw new Error(`catalogue: duplicate document type id ${t.id}`);
    seen.add(t.id);
  }
  return parsed.types;
}

/** The bundled catalogue: the 26 types of DOMAIN.md §3.1 in order, then the further high-volume types (73). */
export const CATALOGUE: readonly DocumentTypeSpec[] = Object.freeze(parseCatalogue(data));

export const DOCUMENT_TYPE_IDS: readonly string[] = CATALOGUE.map((t) => t.id);

const byId = new Map(CATALOGUE.map((t) => [t.id, t]));

export function findDocumentType(id: string): DocumentTypeSpec | undefined {
  return byId.get(id);
}

const symbolKey = (s: string) => flatten(s).replace(/ /g, '');

function compileType(spec: DocumentTypeSpec): CompiledDocumentType {
  return {
    spec,
    // Phrases equal once folded (`an ninh, trật tự` / `an ninh trật tự`) are one phrase.
    titles: [...new Set(spec.titlePhrases.map(flatten))],
    required: (spec.requiredPhrases ?? []).map(flatten),
    subjects: (spec.subjectPhrases ?? []).map(flatten),
    support: spec.supportPhrases.map(flatten),
    against: spec.againstPhrases.map(flatten),
    symbols: spec.symbolHints.map(symbolKey),
    bodyLabels: (spec.form?.bodyLabels ?? []).map(flatten),
    innerPageLabels: (spec.form?.innerPageLabels ?? []).map(flatten),
  };
}

/**
 * Words of generic acts (to permit, found, grant, renew, recognise, approve, convert the use of, receive an
 * allowance): a phrase made of them alone (`cho phép thành lập`, `hưởng trợ cấp`) says what is done, not to
 * what (a school or an association; a social allowance or a social-insurance lump sum). A decision that permits founding a
 * school and one that permits founding an association (NĐ 126/2024) share it; only the object tells them apart.
 */
const GENERIC_ACTION_WORDS = new Set(
  'cho phep thanh lap cap lai doi gia han cong nhan chap thuan hoat dong dieu chinh sua bo sung chuyen muc dich su dung va huong tro che do'.split(
    ' ',
  ),
);

/** Whether a folded phrase is only a generic act (`cho phep thanh lap`), naming no object of its own. */
export function isGenericAction(folded: string): boolean {
  const words = folded.split(' ').filter((w) => w !== '');
  return words.length > 0 && words.every((w) => GENERIC_ACTION_WORDS.has(w));
}

const compiled = new WeakMap<readonly DocumentTypeSpec[], readonly CompiledDocumentType[]>();

/** The folded phrases of a catalogue, computed once per catalogue array (pass the same array again). */
export function compileCatalogue(specs: readonly DocumentTypeSpec[]): readonly CompiledDocumentType[] {
  let out = compiled.get(specs);
  if (!out) {
    out = Object.freeze(specs.map(compileType));
    compiled.set(specs, out);
  }
  return out;
}

export const COMPILED_CATALOGUE: readonly CompiledDocumentType[] = compileCatalogue(CATALOGUE);

/** Levels a type may be issued at, before or after the 7/2025 reform. */
export function typicalLevels(spec: DocumentTypeSpec): Set<Level> {
  return new Set([...spec.levels.before, ...spec.levels.after]);
}
