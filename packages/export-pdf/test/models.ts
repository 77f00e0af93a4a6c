/** Hand-made document models: each block kind, long cells, a row taller than a page, NFD text. */
import type { Block, DocumentModel, Section, TableRow } from '@ungcu/documents';

export const HEADING = {
  issuer: 'ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI',
  numberLine: 'Số: 12/NQ-UBBC',
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  slogan: 'Độc lập - Tự do - Hạnh phúc',
  dateLine: 'Hà Nội, ngày 15 tháng 4 năm 2021',
} as const;

export function model(sections: readonly Section[], extra: Partial<DocumentModel> = {}): DocumentModel {
  return {
    locale: 'vi',
    title: 'Danh sách thử',
    orientation: 'landscape',
    sectionCount: sections.length,
    sectionUnit: { vi: 'đơn vị bầu cử', en: 'constituencies' },
    sections,
    ...extra,
  };
}

export const COLUMNS = [
  { header: 'STT', width: 4, align: 'center' },
  { header: 'Họ và tên', width: 16, align: 'left' },
  { header: 'Nghề nghiệp, chức vụ', width: 40, align: 'left' },
  { header: 'Nơi công tác', width: 40, align: 'left' },
] as const;

export function rows(count: number, text: (i: number) => string = (i) => `Dòng ${i}`): TableRow[] {
  return Array.from({ length: count }, (_, i) => ({ cells: [String(i + 1), `Nguyễn Văn ${i + 1}`, text(i), 'Ủy ban nhân dân'] }));
}

export const table = (tableRows: readonly TableRow[]): Block => ({ kind: 'table', columns: COLUMNS, rows: tableRows });
