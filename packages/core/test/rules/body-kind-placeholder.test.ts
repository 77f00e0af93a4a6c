import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/index';
import { parseTemplate, printedValueKey, templateProblems } from '../../src/rules/message-syntax';
import { BODY_KIND_TERMS, renderMessage } from '../../src/rules/render';
import { BODY_KINDS } from '../../src/model/election';

describe('the {name:bodyKind} placeholder', () => {
  it('prints body kinds in the officials’ terms in Vietnamese and in English, in the order given', () => {
    const data = { kinds: 'provincial-council,commune-council' };
    expect(renderMessage('ứng cử ở ({kinds:bodyKind})', data, 'vi')).toBe('ứng cử ở (HĐND cấp tỉnh, HĐND cấp xã)');
    expect(renderMessage('stands for ({kinds:bodyKind})', data, 'en')).toBe("stands for (provincial People's Council, commune People's Council)");
    expect(renderMessage('{k:bodyKind}', { k: 'national-assembly' }, 'vi')).toBe('Quốc hội');
    // Spaces after the commas are allowed; the raw value still prints as it is without the format.
    expect(renderMessage('{k:bodyKind}', { k: 'district-council, commune-council' }, 'vi')).toBe('HĐND cấp huyện, HĐND cấp xã');
    expect(renderMessage('{k}', { k: 'commune-council' }, 'vi')).toBe('commune-council');
  });
  it('has a term in both languages for every body kind of the model', () => {
    expect(Object.keys(BODY_KIND_TERMS).sort()).toEqual([...BODY_KINDS].sort());
  });
  it('throws a ConfigError for a value that is not body kinds', () => {
    expect(() => renderMessage('{k:bodyKind}', { k: 3 }, 'vi')).toThrow(ConfigError);
    expect(() => renderMessage('{k:bodyKind}', { k: 'city-council' }, 'en')).toThrow(/\{k:bodyKind\} needs body kinds .*got "city-council"/);
    expect(() => renderMessage('{k:bodyKind}', { k: 'toString' }, 'en')).toThrow(ConfigError);
  });
  it('is a format the grammar knows, compared between languages as the kinds it prints', () => {
    expect(parseTemplate('{k:bodyKind}')).toEqual([{ name: 'k', format: { kind: 'bodyKind' }, source: '{k:bodyKind}' }]);
    expect(templateProblems('({k:bodyKind})', 'vi')).toEqual([]);
    expect(printedValueKey({ name: 'k', format: { kind: 'bodyKind' }, source: '{k:bodyKind}' })).toBe('k:bodyKind');
  });
});
