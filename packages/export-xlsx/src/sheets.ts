/** Names of the sheets an XLSX export writes beside the data sheet; the importer skips them. */
export const GUIDE_SHEET_NAME = 'Hướng dẫn';
export const LISTS_SHEET_NAME = 'Danh mục';
export const DATE_FORMAT = 'dd/mm/yyyy';
