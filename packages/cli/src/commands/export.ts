/**
 * `ungcu export [files...] --out <file>` (or `--store`): writes the list (`--what list`, the default) or its
 * validation report (`--what report`) in a registered exporter's format (csv, xlsx, pdf, docx, json, or an
 * agency's own from ungcu.config), in the official-list or nominee-template layout, in Vietnamese or English.
 * The file is written beside its final name and renamed when whole, so a failed export never leaves half a
 * file; a progress bar runs on stderr when it is a terminal.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { isUngcuError } from '@ungcu/core/errors';
import { EXPORT_CONTENTS, LAYOUT_IDS, REDACTION_PRESETS, type ExportContent, type LayoutId, type RedactionPresetName } from '@ungcu/core/export';
import type { CliIo } from '../io';
import { EXIT } from '../program';
import { openSession } from '../session';
import { progressBar } from '../progress';
import type { RegisterCommand } from './index';
import { usage } from './usage';
import { registerPackOptions, type PackFlags } from './pack-options';
import { csvReadOptions, registerReadOptions, type ReadFlags } from './read-flags';
import { loadFromStore, readFiles } from './read-files';

interface ExportFlags extends ReadFlags, PackFlags {
  readonly out: string;
  readonly format?: string;
  readonly layout: string;
  readonly what: string;
  readonly locale?: string;
  readonly store?: string;
  readonly election?: string;
  readonly redact?: string;
}

export async function runExport(files: readonly string[], flags: ExportFlags, io: CliIo): Promise<number> {
  if (!(LAYOUT_IDS as readonly string[]).includes(flags.layout)) {
    return usage(io, `--layout phải là một trong ${LAYOUT_IDS.join(', ')}`, `--layout must be one of ${LAYOUT_IDS.join(', ')}`);
  }
  if (flags.redact !== undefined && !Object.hasOwn(REDACTION_PRESETS, flags.redact)) {
    const names = Object.keys(REDACTION_PRESETS).join(', ');
    return usage(io, `--redact phải là một trong ${names}`, `--redact must be one of ${names}`);
  }
  if (!(EXPORT_CONTENTS as readonly string[]).includes(flags.what)) {
    return usage(io, `--what phải là một trong ${EXPORT_CONTENTS.join(', ')}`, `--what must be one of ${EXPORT_CONTENTS.join(', ')}`);
  }
  const what = flags.what as ExportContent;
  if ((files.length > 0) === (flags.store !== undefined)) {
    return usage(io, 'Cần tệp danh sách hoặc --store, không dùng cả hai', 'Give list files or --store, not both');
  }
  const csv = csvReadOptions(flags);
  if (!csv.ok) return usage(io, csv.message.vi, csv.message.en);
  const opened = await openSession(flags, { csv: csv.options, ...(flags.store === undefined ? {} : { store: flags.store, readonly: true }) });
  if (!opened.ok) return usage(io, opened.message.vi, opened.message.en);
  // The format: --format, else the exporter whose extension the output file has (list.xlsx → xlsx).
  // Exporters write their extension with or without the dot ("xlsx", ".txt").
  const bare = (ext: string): string => ext.replace(/^\./u, '').toLowerCase();
  const extension = bare(extname(flags.out));
  const { ungcu } = opened.session;
  const format = flags.format ?? ungcu.exporters.find((e) => bare(e.extension) === extension)?.id;
  if (format === undefined || !ungcu.exporters.some((e) => e.id === format)) {
    const known = ungcu.exporters.map((e) => `${e.id} (.${bare(e.extension)})`).join(', ');
    const what = format ?? `.${extension}`;
    return usage(
      io,
      `Không có bộ xuất cho "${what}" (có: ${known}; bộ xuất khác khai báo trong ungcu.config.ts)`,
      `No exporter for "${what}" (known: ${known}; add others in ungcu.config.ts)`,
    );
  }
  const input =
    flags.store === undefined
      ? await readFiles(opened.session, files, flags.strict === true, io).then((data) => data && { data, pack: opened.session.pack })
      : await loadFromStore(opened.session, flags.store, flags.election, flags.pack !== undefined, io);
  if (input === undefined) return EXIT.usage;
  const { data, pack } = input;
  const { locale } = opened.session;
  // Refused before validating or writing anything: an exporter that writes lists only cannot write a report.
  const contents = ungcu.exporters.find((e) => e.id === format)?.contents ?? ['list'];
  if (!contents.includes(what)) {
    return usage(
      io,
      `Bộ xuất "${format}" không ghi báo cáo kiểm tra; hãy dùng --format ${ungcu.exporters.filter((e) => e.contents?.includes('report')).map((e) => e.id).join(' | ')}`,
      `The "${format}" exporter does not write validation reports; use --format ${ungcu.exporters.filter((e) => e.contents?.includes('report')).map((e) => e.id).join(' | ')}`,
    );
  }
  const report = what === 'report' ? ungcu.validate(data, { packs: [pack.id], locale }) : undefined;
  const partial = `${flags.out}.partial`;
  const bar = progressBar('Đang xuất / Exporting', io.progress);
  try {
    const chunks = ungcu.exportStream(data, format, {
      layout: flags.layout as LayoutId,
      what,
      locale,
      ...(flags.redact === undefined ? {} : { redaction: flags.redact as RedactionPresetName }),
      ...(report === undefined ? {} : { report }),
      ...(bar === undefined ? {} : { onProgress: bar.update }),
    });
    await pipeline(Readable.from(chunks), createWriteStream(partial));
    bar?.stop();
    await rename(partial, flags.out);
  } catch (error) {
    bar?.stop();
    await rm(partial, { force: true });
    if (isUngcuError(error)) return usage(io, error.text.vi, error.text.en);
    const reason = error instanceof Error ? error.message : String(error);
    return usage(io, `Không ghi được tệp "${flags.out}": ${reason}`, `Cannot write the file "${flags.out}": ${reason}`);
  }
  const nominees = data.nominees.length;
  if (report !== undefined) {
    const { errors, warnings, infos } = report.summary;
    io.stdout(
      `Đã xuất báo cáo kiểm tra ${nominees} người ứng cử (${errors} lỗi, ${warnings} cảnh báo, ${infos} thông tin) vào ${flags.out} / ` +
        `Exported the validation report of ${nominees} ${nominees === 1 ? 'nominee' : 'nominees'} (${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, ${infos} information) to ${flags.out} (${format})\n`,
    );
    return EXIT.ok;
  }
  io.stdout(`Đã xuất ${nominees} người ứng cử vào ${flags.out} / Exported ${nominees} ${nominees === 1 ? 'nominee' : 'nominees'} to ${flags.out} (${format}, ${flags.layout})\n`);
  return EXIT.ok;
}

export const registerExport: RegisterCommand = (program: Command, io: CliIo, exit: (code: number) => void) => {
  const command = program
    .command('export')
    .description(
      'Xuất danh sách hoặc báo cáo kiểm tra ra tệp (CSV, XLSX, PDF, DOCX, JSON hoặc định dạng của bộ xuất đã cấu hình).\n' +
        'Export a list or its validation report to a file (CSV, XLSX, PDF, DOCX, JSON or a configured exporter\'s format).',
    )
    .argument('[files...]', 'tệp danh sách / list files (.csv, .xlsx, .json)')
    .requiredOption('--out <file>', 'tệp ghi ra / the file to write')
    .option('--format <id>', 'định dạng / format (csv | xlsx | ...); mặc định theo phần mở rộng của --out / default: --out\'s extension')
    .option('--what <what>', `nội dung / content: list (danh sách) | report (báo cáo kiểm tra / validation report)`, 'list')
    .option('--layout <layout>', `bố cục / layout (${LAYOUT_IDS.join(' | ')})`, 'official-list')
    .option('--locale <locale>', 'ngôn ngữ của tài liệu / language of the document (vi | en)', 'vi')
    .option('--store <store>', 'đọc từ kho dữ liệu / read from a store (file.db | postgres://...)')
    .option('--election <id>', 'mã cuộc bầu cử trong kho (mặc định: cuộc bầu cử duy nhất của kho) / election id in the store (default: the store\'s only election)')
    .option('--redact <profile>', 'che dữ liệu cá nhân / leave out personal data: public (số định danh / national id) | sensitive (cả địa chỉ, chỉ giữ năm sinh / also addresses, birth year only)');
  registerPackOptions(command);
  registerReadOptions(command);
  command.action(async (files: string[], flags: ExportFlags) => exit(await runExport(files, flags, io)));
};
