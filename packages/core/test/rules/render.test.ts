import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../src/rules/render';

describe('renderMessage', () => {
  it('fills placeholders, formats shares and weekdays per locale, and keeps what it cannot fill', () => {
    const data = { name: 'Hà Nội', share: 0.4528, day: 6, count: 3 };
    const template = '{name}: {share:percent} ({count}/{count}) {day:weekday} {missing} {not valid} {name:other}';
    expect(renderMessage(template, data, 'vi')).toBe('Hà Nội: 45,28% (3/3) thứ Bảy {missing} {not valid} {name:other}');
    expect(renderMessage(template, data, 'en')).toBe('Hà Nội: 45.28% (3/3) Saturday {missing} {not valid} {name:other}');
  });
  it('renders text without placeholders, and an empty template, unchanged', () => {
    expect(renderMessage('Không có gì', {}, 'vi')).toBe('Không có gì');
    expect(renderMessage('', {}, 'en')).toBe('');
  });
  it('prints a number that is not a share as it is when no format applies', () => {
    expect(renderMessage('{count:percent} {label:weekday}', { count: 0.5, label: 'x' }, 'en')).toBe('50.00% x');
  });
});
