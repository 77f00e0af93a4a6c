import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/index';
import { PLURAL_CATEGORIES, parseTemplate, placeholdersOf, templateProblems } from '../../src/rules/message-syntax';
import { fixTemplateOf, renderMessage } from '../../src/rules/render';

describe('renderMessage', () => {
  it('fills placeholders, formats shares and weekdays per locale, and keeps braces that are not placeholders', () => {
    const data = { name: 'Hà Nội', share: 0.4528, day: 6, count: 3 };
    const template = '{name}: {share:percent} ({count}/{count}) {day:weekday} {not valid} {a {name}';
    expect(renderMessage(template, data, 'vi')).toBe('Hà Nội: 45,28% (3/3) thứ Bảy {not valid} {a Hà Nội');
    expect(renderMessage(template, data, 'en')).toBe('Hà Nội: 45.28% (3/3) Saturday {not valid} {a Hà Nội');
  });
  it('renders text without placeholders, and an empty template, unchanged', () => {
    expect(renderMessage('Không có gì', {}, 'vi')).toBe('Không có gì');
    expect(renderMessage('', {}, 'en')).toBe('');
  });
  it('chooses the English plural form by Intl.PluralRules, with # as the count', () => {
    const add = 'Add at least {n:plural:# woman|# women}, replace {m:plural:# nominee|# nominees}; {m:plural:it is|they are} gone';
    expect(renderMessage(add, { n: 1, m: 2 }, 'en')).toBe('Add at least 1 woman, replace 2 nominees; they are gone');
    expect(renderMessage(add, { n: 0, m: 1 }, 'en')).toBe('Add at least 0 women, replace 1 nominee; it is gone');
    // Vietnamese has one form, whatever the count.
    expect(renderMessage('Bổ sung {n:plural:# phụ nữ}', { n: 1 }, 'vi')).toBe('Bổ sung 1 phụ nữ');
    expect(renderMessage('Bổ sung {n:plural:# phụ nữ}', { n: 5 }, 'vi')).toBe('Bổ sung 5 phụ nữ');
  });
  it('throws, naming the template and the placeholder, when the data cannot fill it', () => {
    expect(() => renderMessage('{name}: thiếu {shortfall}', { name: 'x' }, 'vi')).toThrow(ConfigError);
    expect(() => renderMessage('{name}: thiếu {shortfall}', { name: 'x' }, 'en')).toThrow(/\{shortfall\} has no value/);
    expect(() => renderMessage('{label:weekday}', { label: 'x' }, 'en')).toThrow(/\{label:weekday\} needs a number, got "x"/);
    expect(() => renderMessage('{n:plural:# a|# b}', { n: '2' }, 'en')).toThrow(/needs a number/);
    expect(() => renderMessage('{name:other}', { name: 'x' }, 'en')).toThrow(/unknown format/);
  });
});

describe('the placeholder grammar', () => {
  it('parses names, formats and plural forms, and leaves other braces as text', () => {
    expect(parseTemplate('a {x} b {y:percent} {z:plural:# one|# two} {no way} {w:other}')).toEqual([
      'a ',
      { name: 'x', format: { kind: 'value' }, source: '{x}' },
      ' b ',
      { name: 'y', format: { kind: 'percent' }, source: '{y:percent}' },
      ' ',
      { name: 'z', format: { kind: 'plural', forms: ['# one', '# two'] }, source: '{z:plural:# one|# two}' },
      ' {no way} ',
      { name: 'w', format: { kind: 'unknown', format: 'other' }, source: '{w:other}' },
    ]);
    expect(placeholdersOf('{{a}}').map((p) => p.name)).toEqual(['a']);
  });
  it('asks one plural form per category of the language, and knows the formats', () => {
    expect(templateProblems('{n:plural:# woman|# women}', 'en')).toEqual([]);
    expect(templateProblems('{n:plural:# phụ nữ}', 'vi')).toEqual([]);
    expect(templateProblems('{n:plural:# women}', 'en')[0]?.en).toBe('{n:plural:# women} needs 2 forms in en (one|other), it has 1');
    expect(templateProblems('{n:plural:# a|# b}', 'vi')[0]?.en).toMatch(/needs 1 forms in vi/);
    expect(templateProblems('{n:percents}', 'en')[0]?.en).toMatch(/unknown format "percents"/);
  });
  it('lists the same plural categories as the runtime, so no count falls outside the forms', () => {
    for (const locale of ['vi', 'en'] as const) {
      expect([...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort()).toEqual(
        [...PLURAL_CATEGORIES[locale]].sort(),
      );
    }
  });
});

describe('fixTemplateOf', () => {
  const rule = { id: 'x/rule', fixes: { add: { vi: 'Thêm', en: 'Add' } } };
  it('gives the fix of a declared id, none without an id, and throws for an id the rule does not declare', () => {
    expect(fixTemplateOf(rule, 'add')).toEqual({ vi: 'Thêm', en: 'Add' });
    expect(fixTemplateOf(rule, undefined)).toBeUndefined();
    expect(() => fixTemplateOf(rule, 'nope')).toThrow(/reported fix "nope", which its catalogue does not define/);
    expect(() => fixTemplateOf(rule, 'toString')).toThrow(ConfigError);
    expect(() => fixTemplateOf({ id: 'x/none' }, 'add')).toThrow(ConfigError);
  });
});
