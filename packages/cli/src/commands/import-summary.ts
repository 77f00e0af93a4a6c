/**
 * The import summary as people read it: counts per collection, then every change, one line each, with the
 * fields that changed ("Nguyễn Văn A: ngày sinh 01/02/1970 → 02/01/1970"). A first import of 868 nominees
 * lists no 868 lines of "added": creations are counted, and named only when they are few.
 */
import type { CollectionName } from '@ungcu/core';
import { type EntityChange, type ImportSummary, OPERATION_WORDS, formatFieldChange, summaryCounts } from '@ungcu/core/export';

/** Each collection as the summary names it, in the glossary's words (docs/concepts/glossary.md). */
export const COLLECTION_WORDS: Readonly<Record<CollectionName, { readonly vi: string; readonly en: string }>> = {
  elections: { vi: 'cuộc bầu cử', en: 'elections' },
  bodies: { vi: 'cơ quan được bầu', en: 'elected bodies' },
  administrativeUnits: { vi: 'đơn vị hành chính', en: 'administrative units' },
  constituencies: { vi: 'đơn vị bầu cử', en: 'constituencies' },
  nominatingOrganizations: { vi: 'cơ quan, tổ chức, đơn vị giới thiệu', en: 'nominating organizations' },
  nominees: { vi: 'người được giới thiệu ứng cử', en: 'nominees' },
  structurePlans: { vi: 'dự kiến cơ cấu, thành phần, phân bổ số lượng', en: 'structure plans' },
  consultationRounds: { vi: 'hội nghị hiệp thương', en: 'consultation rounds' },
  vettingCases: { vi: 'lượt nhân sự thẩm định', en: 'vetting cases' },
  workProgrammes: { vi: 'chương trình công tác', en: 'work programmes' },
  proposals: { vi: 'đề án', en: 'proposals' },
};

/** Up to this many creations of one collection are named one by one (a corrected list adds a few). */
const NAMED_CREATIONS = 20;

function changeLine(change: EntityChange): string {
  const who = change.name ?? change.id;
  const op = OPERATION_WORDS[change.operation];
  const vi = change.fields.map((f) => formatFieldChange(f, 'vi')).join('; ');
  const en = change.fields.map((f) => formatFieldChange(f, 'en')).join('; ');
  const fields = change.fields.length === 0 ? '' : `: ${vi} / ${en}`;
  return `    ${op.vi} / ${op.en} ${who} [${change.id}]${fields}\n`;
}

export function formatImportSummary(summary: ImportSummary, storeName: string): string {
  const head = summary.dryRun
    ? `Chạy thử, không ghi gì vào / Dry run, nothing written to ${storeName}\n`
    : `Đã nhập vào / Imported into ${storeName}${summary.mode === 'replace' ? ' (thay thế / replace)' : ''}\n`;
  const lines: string[] = [head];
  for (const { collection, counts } of summaryCounts(summary)) {
    const removed = counts.removed > 0 ? `, ${counts.removed} bị xóa tên / marked removed` : '';
    lines.push(
      `  ${COLLECTION_WORDS[collection].vi} / ${COLLECTION_WORDS[collection].en}: ${counts.created} mới / new, ${counts.updated} cập nhật / updated, ${counts.unchanged} không đổi / unchanged${removed}\n`,
    );
    const changes = summary.changes.filter((c) => c.collection === collection);
    const created = changes.filter((c) => c.operation === 'create');
    for (const change of changes) {
      if (change.operation === 'create' && created.length > NAMED_CREATIONS) continue;
      lines.push(changeLine(change));
    }
  }
  for (const m of summary.matched) {
    const why = m.reason === 'person' ? 'cùng người / same person' : 'cùng vị trí và ngày sinh / same place and birth date';
    lines.push(`  ${m.importedId} → ${m.storedId} (${why})\n`);
  }
  if (summary.changes.length === 0) lines.push('  Không có thay đổi nào / No changes\n');
  return lines.join('');
}
