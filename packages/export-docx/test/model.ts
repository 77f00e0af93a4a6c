/**
 * Hand-made document models, for the renderer's own tests (the builders of @ungcu/documents make the real
 * ones): every block kind, NFD and hostile text, two sections.
 */
import type { AdministrativeHeading, Block, DocumentModel, Section } from '@ungcu/documents';

export const HEADING: AdministrativeHeading = {
  parentIssuer: 'HỘI ĐỒNG BẦU CỬ QUỐC GIA',
  issuer: 'ỦY BAN BẦU CỬ THÀNH PHỐ HÀ NỘI',
  numberLine: 'Số: 12/NQ-UBBC',
  motto: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  slogan: 'Độc lập - Tự do - Hạnh phúc',
  dateLine: 'Hà Nội, ngày 15 tháng 4 năm 2021',
};

export const COLUMNS = [
  { header: 'STT', width: 1, align: 'center' },
  { header: 'Họ và tên', width: 4, align: 'left' },
  { header: 'Nơi công tác', width: 6, align: 'left' },
] as const;

export function listSection(n: number, names: readonly string[]): Section {
  const blocks: Block[] = [
    { kind: 'title', lines: ['Danh sách chính thức những người ứng cử', `Đơn vị bầu cử số ${n}`] },
    {
      kind: 'table',
      columns: COLUMNS,
      rows: names.map((name, i) => ({ cells: [String(i + 1), name, 'Văn phòng Quốc hội'] })),
    },
    { kind: 'signature', authority: 'TM. ỦY BAN BẦU CỬ', title: 'CHỦ TỊCH', name: 'Nguyễn Văn A', recipients: ['Hội đồng bầu cử quốc gia;', 'Lưu: VT.'] },
  ];
  return { label: `Đơn vị bầu cử số ${n}`, heading: HEADING, blocks };
}

export function model(sections: readonly Section[], overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    locale: 'vi',
    title: 'Danh sách chính thức',
    orientation: 'landscape',
    sectionCount: sections.length,
    sectionUnit: { vi: 'đơn vị bầu cử', en: 'constituencies' },
    sections,
    ...overrides,
  };
}

/** A report-like section with every other block kind. */
export const REPORT_SECTION: Section = {
  label: 'Báo cáo',
  blocks: [
    { kind: 'heading', level: 1, text: 'I. TÓM TẮT' },
    { kind: 'paragraph', text: [{ text: 'Lỗi: ', bold: true }, { text: '0', italic: true }] },
    { kind: 'heading', level: 2, text: '1. Cảnh báo' },
    { kind: 'list', items: ['Tỷ lệ phụ nữ 45,3 %', [{ text: 'Điều 8', bold: true }, { text: ' Luật 85/2015/QH13' }]] },
    {
      kind: 'table',
      columns: [
        { header: 'Phạm vi', width: 3, align: 'left' },
        { header: 'Phụ nữ', width: 1, align: 'right' },
        { header: 'Dân tộc thiểu số', width: 1, align: 'right' },
      ],
      rows: [
        { cells: ['Tỉnh A', '20,0 %', '10,0 %'], failingCells: [1] },
        { cells: ['Tỉnh B', '10,0 %', '5,0 %'], emphasis: 'fail' },
        { cells: ['Cả nước', '45,3 %', '21,3 %'], emphasis: 'total' },
      ],
    },
    { kind: 'page-break' },
    { kind: 'chart', title: 'Tỷ lệ phụ nữ theo tỉnh', svg: '<svg xmlns="http://www.w3.org/2000/svg"/>', width: 400, height: 300, description: 'Hà Nội 40 %, Huế 35 %.' },
  ],
};
