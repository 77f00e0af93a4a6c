/**
 * Renders the docs pages of the rules and of the calendar from the packs' metadata, so the docs cannot drift
 * from the code: write-rule-docs.ts writes them, test/docs.test.ts fails when a page on disk differs.
 */
import type { LegalReference } from '@ungcu/core';
import type { Milestone, Rule, RulePack } from '@ungcu/core/rules';
import { ALL_RULES, ruleDocsFile, vn2021, vn2026 } from '../src/index';

const PACKS: readonly RulePack[] = [vn2021, vn2026];
const GENERATED =
  '<!-- Generated from the rule metadata by packages/rules-vn/scripts/write-rule-docs.ts (npm run docs -w @ungcu/rules-vn). Do not edit by hand. -->';

const SEVERITY = { error: 'error (lỗi: Luật)', warning: 'warning (cảnh báo: chỉ tiêu)', info: 'info (thông tin)' } as const;

function citation(s: LegalReference): string {
  const where = [
    s.article === undefined ? undefined : `Điều ${s.article}`,
    s.clause === undefined ? undefined : `khoản ${s.clause}`,
    s.point === undefined ? undefined : `điểm ${s.point}`,
  ]
    .filter((x) => x !== undefined)
    .join(' ');
  const text = where === '' ? s.document : `${where}, ${s.document}`;
  return s.url === undefined ? text : `[${text}](${s.url})`;
}

function sourcesIn(pack: RulePack, rule: Rule): readonly LegalReference[] {
  return pack.ruleSources[rule.id] ?? rule.sources;
}

function setting(pack: RulePack, rule: Rule): string {
  const s = pack.ruleSettings[rule.id];
  if (s === 'off') return 'off';
  if (s === undefined) return rule.enabledByDefault === false ? 'off' : 'on';
  return 'on';
}

function optionValues(pack: RulePack, rule: Rule): Record<string, unknown> {
  if (rule.options === undefined) return {};
  const s = pack.ruleSettings[rule.id];
  return rule.options.parse(typeof s === 'object' ? s : {}) as Record<string, unknown>;
}

function show(value: unknown): string {
  return value === undefined ? '—' : `\`${JSON.stringify(value)}\``;
}

export function renderRuleDoc(rule: Rule): string {
  const lines: string[] = [GENERATED, '', `# ${rule.id}`, '', `**${rule.title.vi}** / ${rule.title.en}`, ''];
  lines.push(
    '| | |',
    '|---|---|',
    `| Severity / Mức độ | ${SEVERITY[rule.severity]} |`,
    `| Scope / Phạm vi | ${rule.scope} |`,
    `| Bodies / Cơ quan | ${rule.bodyKinds?.join(', ') ?? 'all / tất cả'} |`,
    `| Stages / Giai đoạn | ${rule.stages?.join(', ') ?? 'all / tất cả'} |`,
    ...PACKS.map((p) => `| In \`${p.id}\` | ${setting(p, rule)} |`),
    '',
    rule.description.vi,
    '',
    rule.description.en,
    '',
  );
  if (rule.measures === 'whole-body') {
    lines.push(
      '## Một phần danh sách / Part of a list',
      '',
      'Quy tắc này đo trên toàn bộ danh sách của cơ quan (ví dụ danh sách người ứng cử đại biểu Quốc hội cả nước). Khi dữ liệu chỉ có một phần danh sách (tệp của một tỉnh, thành phố; khai báo `coverage: \'part\'` hoặc suy ra từ số đại biểu được bầu), quy tắc không báo lỗi hay cảnh báo mà cho thông tin với số liệu của phần đó, và báo cáo ghi quy tắc trong mục chưa kiểm tra (`notChecked`).',
      '',
      "This rule measures a body's whole list (for example the national list of National Assembly candidates). When the data holds part of it (one province's file; declared with `coverage: 'part'` or inferred from the seats present), the rule gives information findings with this part's figures instead of errors or warnings, and the report lists it under what was not checked (`notChecked`).",
      '',
    );
  }
  if (rule.legalText !== undefined) {
    lines.push('## Văn bản / Legal text', '', `> ${rule.legalText.vi}`, '', `> ${rule.legalText.en}`, '');
  }
  lines.push('## Căn cứ / Sources', '');
  for (const pack of PACKS) {
    lines.push(`- \`${pack.id}\`: ${sourcesIn(pack, rule).map(citation).join('; ')}`);
  }
  lines.push('');
  if (rule.options !== undefined) {
    // Every option the schema knows, including those without a default (absent in the parsed values).
    const shape = (rule.options as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    const all = [...new Set([...Object.keys(optionValues(vn2021, rule)), ...Object.keys(shape)])];
    lines.push('## Tùy chọn / Options', '', `| option | ${PACKS.map((p) => p.id).join(' | ')} |`, `|---|${PACKS.map(() => '---').join('|')}|`);
    for (const key of all) lines.push(`| \`${key}\` | ${PACKS.map((p) => show(optionValues(p, rule)[key])).join(' | ')} |`);
    lines.push('', `Override per call: \`validate(dataset, { packs, rules: { '${rule.id}': { ... } } })\`, or \`'off'\`.`, '');
  }
  if (rule.notes !== undefined && rule.notes.length > 0) {
    lines.push('## Ghi chú / Notes', '');
    for (const note of rule.notes) lines.push(`- ${note.vi}`, `  ${note.en}`);
    lines.push('');
  }
  lines.push('## Thông điệp / Messages', '');
  for (const [id, message] of Object.entries(rule.messages)) {
    lines.push(`- \`${id}\`: ${message.vi}`, `  / ${message.en}`);
  }
  for (const [id, fix] of Object.entries(rule.fixes ?? {})) {
    lines.push(`- fix \`${id}\`: ${fix.vi}`, `  / ${fix.en}`);
  }
  lines.push('');
  return lines.join('\n');
}

export function renderRulesIndex(): string {
  const lines = [
    GENERATED,
    '',
    '# Rules of @ungcu/rules-vn',
    '',
    'One page per rule. `error` encodes the law, `warning` a target set by a resolution or guidance, `info` figures to look at (off by default).',
    '',
    '| rule | severity | scope | vn-2021 | vn-2026 | title |',
    '|---|---|---|---|---|---|',
  ];
  for (const rule of ALL_RULES) {
    lines.push(
      `| [${rule.id}](${ruleDocsFile(rule.id)}) | ${rule.severity} | ${rule.scope} | ${setting(vn2021, rule)} | ${setting(vn2026, rule)} | ${rule.title.en} / ${rule.title.vi} |`,
    );
  }
  lines.push('', 'The statutory calendar of both packs: [vn-calendar.md](vn-calendar.md).', '');
  return lines.join('\n');
}

function offset(m: Milestone | undefined): string {
  if (m === undefined) return '—';
  const days = (n: number) => (n < 0 ? `E − ${-n}` : n === 0 ? 'E' : `E + ${n}`);
  const text = m.endOffsetDays === undefined ? days(m.offsetDays) : `${days(m.offsetDays)} … ${days(m.endOffsetDays)}`;
  return m.status === 'recalled' ? `${text} (RECALLED)` : text;
}

export function renderCalendarDoc(): string {
  const ids = [...new Set([...(vn2021.calendar?.milestones ?? []), ...(vn2026.calendar?.milestones ?? [])].map((m) => m.id))];
  const find = (pack: RulePack, id: string) => pack.calendar?.milestones.find((m) => m.id === id);
  const lines = [
    GENERATED,
    '',
    '# Statutory calendar of vn-2021 and vn-2026 / Lịch bầu cử theo luật',
    '',
    'Days counted from election day E in calendar days, no business-day shift ("chậm nhất là N ngày trước ngày bầu cử" = E − N).',
    'vn-2021 uses the 2015 text of Law 85/2015/QH13; vn-2026 the text amended by Law 83/2025/QH15 (in force 1/7/2025).',
    'A count marked RECALLED was not confirmed in an official text (docs/legal/vn-election-law.md, §1e): it is a default',
    'to check, and `computeCalendar(pack, day, { overrides })` replaces it. A step with no 2015 count ("—") is left out of',
    'vn-2021 rather than guessed. Election day must be a Sunday (Điều 5).',
    '',
    '| step | bước | bound | vn-2021 | vn-2026 | articles | concerns |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const id of ids) {
    const m = find(vn2026, id) ?? find(vn2021, id)!;
    // Articles of the election law stand alone; another document (the Constitution) is named before them.
    const articles = m.sources
      .map((s) => [s.kind === 'constitution' ? 'Hiến pháp' : undefined, s.article && `Đ${s.article}`, s.clause && `k${s.clause}`, s.point].filter(Boolean).join(' '))
      .join('; ');
    lines.push(
      `| \`${id}\` ${m.title.en} | ${m.title.vi} | ${m.bound} | ${offset(find(vn2021, id))} | ${offset(find(vn2026, id))} | ${articles} | ${m.concerns.en} |`,
    );
  }
  const notes = ids.map((id) => find(vn2026, id) ?? find(vn2021, id)!).filter((m) => m.notes !== undefined);
  if (notes.length > 0) {
    lines.push('', '## Notes / Ghi chú', '');
    for (const m of notes) lines.push(`- \`${m.id}\`: ${m.notes!.vi} / ${m.notes!.en}`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Every generated page, by path relative to the repository's docs/rules/. */
export function renderAllDocs(): Map<string, string> {
  const pages = new Map<string, string>();
  for (const rule of ALL_RULES) pages.set(ruleDocsFile(rule.id), renderRuleDoc(rule));
  pages.set('README.md', renderRulesIndex());
  pages.set('vn-calendar.md', renderCalendarDoc());
  return pages;
}
