/** The API's shapes, taken from the use-cases that produce them (type-only: nothing of the server is bundled). */

export type { ComplianceRow } from '#shared/domain/compliance.ts';
export type { Agency, InventoryDeclaration } from '#shared/domain/types.ts';
export type { ComplianceReport } from '#shared/use-cases/build-report.ts';
export type { DocumentView } from '#shared/use-cases/document-view.ts';
export type { Progress } from '#shared/use-cases/get-progress.ts';

export interface DocumentPage<T> {
  items: T[];
  cursor: string | null;
}
