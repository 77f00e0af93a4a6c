/**
 * The words commander writes itself (section titles, "(default: …)", "error: unknown command …"), in
 * Vietnamese and English like the rest of the CLI. Commander has no message catalogue, so titles and extra
 * option information go through its Help hooks and errors through `outputError`, matched by their English form.
 */
import type { Argument, HelpConfiguration, Option } from 'commander';

/** Section titles, as commander's formatHelp passes them to styleTitle. */
const TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng / Usage:',
  'Arguments:': 'Tham số / Arguments:',
  'Options:': 'Tùy chọn / Options:',
  'Global Options:': 'Tùy chọn chung / Global options:',
  'Commands:': 'Lệnh / Commands:',
};

export function helpTitle(title: string): string {
  return TITLES[title] ?? title;
}

const DEFAULT = 'mặc định / default';
const CHOICES = 'chọn một trong / choices';

function withExtra(description: string, extra: readonly string[]): string {
  if (extra.length === 0) return description;
  const info = `(${extra.join(', ')})`;
  return description === '' ? info : `${description} ${info}`;
}

const choicesOf = (choices: readonly string[] | undefined): string[] =>
  choices === undefined ? [] : [`${CHOICES}: ${choices.map((c) => JSON.stringify(c)).join(', ')}`];

/** Commander's optionDescription with bilingual labels; boolean and preset details stay hidden as there. */
export function optionDescription(option: Option): string {
  const extra = choicesOf(option.argChoices);
  const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
  if (option.defaultValue !== undefined && showDefault) {
    extra.push(`${DEFAULT}: ${option.defaultValueDescription ?? JSON.stringify(option.defaultValue)}`);
  }
  if (option.envVar !== undefined) extra.push(`biến môi trường / env: ${option.envVar}`);
  return withExtra(option.description, extra);
}

export function argumentDescription(argument: Argument): string {
  const extra = choicesOf(argument.argChoices);
  if (argument.defaultValue !== undefined) {
    extra.push(`${DEFAULT}: ${argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)}`);
  }
  return withExtra(argument.description, extra);
}

export const HELP_CONFIGURATION: HelpConfiguration = {
  styleTitle: helpTitle,
  optionDescription,
  argumentDescription,
};

/** Commander's error messages (commander 14, lib/command.js), each with its Vietnamese. */
const ERRORS: readonly [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown command '(.*)'$/u, (name) => `lỗi: không có lệnh '${name}'`],
  [/^error: unknown option '(.*)'$/u, (flag) => `lỗi: không có tùy chọn '${flag}'`],
  [/^error: missing required argument '(.*)'$/u, (name) => `lỗi: thiếu tham số bắt buộc '${name}'`],
  [/^error: option '(.*)' argument missing$/u, (flags) => `lỗi: tùy chọn '${flags}' thiếu giá trị`],
  [/^error: required option '(.*)' not specified$/u, (flags) => `lỗi: chưa có tùy chọn bắt buộc '${flags}'`],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/u,
    (name, expected, got) => `lỗi: thừa tham số${name === '' ? '' : ` cho lệnh '${name}'`}: cần ${expected}, nhận được ${got}`,
  ],
  [/^error: option '(.*)' argument '(.*)' is invalid\.(.*)$/u, (flags, value, why) => `lỗi: giá trị '${value}' của tùy chọn '${flags}' không hợp lệ.${why}`],
  [/^error: (.*) cannot be used with (.*)$/u, (a, b) => `lỗi: không dùng được ${a} cùng với ${b}`],
];

const SUGGESTION = /^\(Did you mean (one of )?(.*)\?\)$/u;

/**
 * One of commander's error messages in both languages, Vietnamese first: "lỗi: không có lệnh 'x' / error:
 * unknown command 'x'". A message this table does not know keeps its English, under a bilingual label.
 */
export function translateFrameworkError(text: string): string {
  const [first = '', ...rest] = text.replace(/\n$/u, '').split('\n');
  let vi = `lỗi / error: ${first.replace(/^error: /u, '')}`;
  let known = false;
  for (const [pattern, render] of ERRORS) {
    const match = pattern.exec(first);
    if (match === null) continue;
    vi = render(...match.slice(1).map((g) => g ?? ''));
    known = true;
    break;
  }
  const lines = [known ? `${vi} / ${first}` : vi];
  for (const line of rest) {
    const suggestion = SUGGESTION.exec(line);
    lines.push(suggestion === null ? line : `(Có phải ý bạn là ${suggestion[1] === undefined ? '' : 'một trong '}${suggestion[2]}? / ${line.slice(1)}`);
  }
  return `${lines.join('\n')}\n`;
}
