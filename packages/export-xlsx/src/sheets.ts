/** What the workbook writer and reader agree on. */

/** Names of the sheets an XLSX export writes beside the data sheet; the importer skips them. */
export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const LISTS_SHEET_NAME = 'Danh mục';
export const DATE_FORMAT = 'dd/mm/yyyy';
/** Day 0 of Excel's date serials (1900 date system, as read for dates after February 1900). */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
export const DAY_MS = 86_400_000;
