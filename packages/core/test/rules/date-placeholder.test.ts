import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ConfigError } from '../../src/errors/index';
import { defineRule } from '../../src/rules/index';
import { parseTemplate, printedValueKey, templateProblems } from '../../src/rules/message-syntax';
import { renderMessage } from '../../src/rules/render';

describe('the {name:date} placeholder', () => {
  it('prints an ISO date day first, dd/mm/yyyy, in Vietnamese and in English', () => {
    const data = { name: 'Nguyễn Văn A', dateOfBirth: '1965-01-12', bornFrom: '1971-01-01' };
    expect(renderMessage('{name} (sinh {dateOfBirth:date}) sinh trước {bornFrom:date}', data, 'vi')).toBe(
      'Nguyễn Văn A (sinh 12/01/1965) sinh trước 01/01/1971',
    );
    expect(renderMessage('{name} (born {dateOfBirth:date}) born before {bornFrom:date}', data, 'en')).toBe(
      'Nguyễn Văn A (born 12/01/1965) born before 01/01/1971',
    );
    // The plain placeholder still prints the value as it is.
    expect(renderMessage('{dateOfBirth}', data, 'vi')).toBe('1965-01-12');
  });
  it('throws a ConfigError for a value that is not a calendar date in YYYY-MM-DD form', () => {
    expect(() => renderMessage('{d:date}', { d: 19650112 }, 'vi')).toThrow(ConfigError);
    expect(() => renderMessage('{d:date}', { d: '12/01/1965' }, 'en')).toThrow(/\{d:date\} needs an ISO date \(YYYY-MM-DD\), got "12\/01\/1965"/);
    expect(() => renderMessage('{d:date}', { d: '2021-02-29' }, 'en')).toThrow(ConfigError);
  });
  it('is a format the grammar knows, compared between languages as the date it prints', () => {
    expect(parseTemplate('{d:date}')).toEqual([{ name: 'd', format: { kind: 'date' }, source: '{d:date}' }]);
    expect(templateProblems('sinh {d:date}', 'vi')).toEqual([]);
    expect(printedValueKey({ name: 'd', format: { kind: 'date' }, source: '{d:date}' })).toBe('d:date');
  });
  it('lets defineRule refuse a catalogue that prints a date in one language and the raw value in the other', () => {
    const make = (en: string) =>
      defineRule({
        id: 'test/date',
        title: { vi: 'Ngày', en: 'Date' },
        description: { vi: 'Ngày', en: 'Date' },
        severity: 'warning',
        scope: 'nominee',
        sources: [],
        options: z.object({}).strict(),
        messages: { born: { vi: 'sinh {d:date}', en } },
        check() {},
      });
    expect(() => make('born {d:date}')).not.toThrow();
    expect(() => make('born {d}')).toThrow(ConfigError);
  });
});
