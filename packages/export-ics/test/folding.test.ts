/** Folding at 75 octets (RFC 5545 §3.1) on long Vietnamese text, checked on the bytes and through ical.js. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarToIcs, calendarToIcsBytes } from '../src/index';
import { calendarWith } from './fixtures';
import { physicalLines, readIcs } from './read-ics';

const LONG_TITLE =
  'Ủy ban bầu cử ở tỉnh công bố danh sách những người ứng cử đại biểu Quốc hội theo từng đơn vị bầu cử, ' +
  'niêm yết danh sách người ứng cử ở khu vực bỏ phiếu, tổ chức hội nghị tiếp xúc cử tri của người ứng cử; ' +
  'xác minh và trả lời các vụ việc mà cử tri nêu đối với người được giới thiệu ứng cử';

describe('folding', () => {
  it('folds a long Vietnamese title at 75 octets and ical.js unfolds it to the same text', () => {
    const calendar = calendarWith({ title: { vi: LONG_TITLE, en: 'x' } });
    const lines = physicalLines(calendarToIcsBytes(calendar));
    const summary = lines.findIndex((l) => l.text.startsWith('SUMMARY:'));
    const continued = lines.slice(summary + 1).findIndex((l) => !l.text.startsWith(' '));
    expect(continued).toBeGreaterThan(3); // the title spans several physical lines
    for (const l of lines) expect(l.octets, l.text).toBeLessThanOrEqual(75);
    // Filled up to the limit: a cut is made only where the next character would not fit.
    expect(lines[summary]?.octets).toBeGreaterThanOrEqual(72);
    expect(readIcs(calendarToIcs(calendar)).events[0]?.summary).toBe(LONG_TITLE);
  });

  it('never cuts a 3-octet letter: a title of "ệ" only, 3 octets each', () => {
    const title = 'ệ'.repeat(200);
    const lines = physicalLines(calendarToIcsBytes(calendarWith({ title: { vi: title, en: 'x' } })));
    const summary = lines.findIndex((l) => l.text.startsWith('SUMMARY:'));
    // "SUMMARY:" is 8 octets, so 22 letters (66 octets) fill the first line to 74: a 23rd would make 77.
    expect(lines[summary]).toEqual({ octets: 74, text: `SUMMARY:${'ệ'.repeat(22)}` });
    // A continuation line holds a space and 24 letters (73 octets); a 25th would make 76.
    expect(lines[summary + 1]).toEqual({ octets: 73, text: ` ${'ệ'.repeat(24)}` });
    expect(readIcs(calendarToIcs(calendarWith({ title: { vi: title, en: 'x' } }))).events[0]?.summary).toBe(title);
  });

  it('folds every length of a 3-octet title, short ones included', () => {
    // A short line of multi-octet letters is over 75 octets long before it is 75 characters long.
    for (let n = 1; n <= 80; n++) {
      const title = 'ệ'.repeat(n);
      const lines = physicalLines(calendarToIcsBytes(calendarWith({ title: { vi: title, en: 'x' } })));
      for (const l of lines) expect(l.octets, `${n} letters: ${l.text}`).toBeLessThanOrEqual(75);
      expect(lines.find((l) => l.text.startsWith('SUMMARY:'))?.octets, `${n} letters`).toBe(8 + 3 * Math.min(n, 22));
    }
  });

  it('fills ASCII lines to exactly 75 octets, a space and 74 on continuation lines', () => {
    const title = 'a'.repeat(67 + 74 + 10);
    const lines = physicalLines(calendarToIcsBytes(calendarWith({ title: { vi: title, en: 'x' } })));
    const summary = lines.findIndex((l) => l.text.startsWith('SUMMARY:'));
    expect(lines.slice(summary, summary + 3).map((l) => l.octets)).toEqual([75, 75, 11]);
  });

  it('keeps 4-octet characters whole and a letter with its combining marks together', () => {
    // "q̣̂" has no precomposed form: NFC only puts the marks in canonical order, q + two marks (5 octets) that a
    // fold must not separate.
    const title = `${'𝔸'.repeat(40)} ${'q\u0302\u0323'.repeat(30)}`;
    const lines = physicalLines(calendarToIcsBytes(calendarWith({ title: { vi: title, en: 'x' } })));
    for (const l of lines) expect(l.octets).toBeLessThanOrEqual(75);
    const continuations = lines.filter((l) => l.text.startsWith(' '));
    expect(continuations.length).toBeGreaterThan(3);
    for (const l of continuations) expect(l.text.slice(1), l.text).not.toMatch(/^\p{M}/u);
    expect(readIcs(calendarToIcs(calendarWith({ title: { vi: title, en: 'x' } }))).events[0]?.summary).toBe(title.normalize('NFC'));
  });

  it('does not split an escape from the character it escapes', () => {
    // Commas at every position around the limit: a fold between "\" and "," would show up as a line ending in "\".
    for (let pad = 0; pad < 4; pad++) {
      const title = `${'a'.repeat(60 + pad)}${',;'.repeat(20)}`;
      const lines = physicalLines(calendarToIcsBytes(calendarWith({ title: { vi: title, en: 'x' } })));
      for (const l of lines) expect(l.text.endsWith('\\') && !l.text.endsWith('\\\\'), l.text).toBe(false);
      expect(readIcs(calendarToIcs(calendarWith({ title: { vi: title, en: 'x' } }))).events[0]?.summary).toBe(title);
    }
  });

  it('round-trips any text: NFC, escaped, folded within 75 octets of whole characters', () => {
    // Any code point but the controls a TEXT value may not hold and lone surrogates (not text); tabs and line
    // breaks stay in (a tab is allowed, a line break is escaped as \n and read back as LF).
    const text = fc
      .string({ unit: 'binary', maxLength: 200 })
      // eslint-disable-next-line no-control-regex -- removing the control characters is the point
      .map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r\n?/gu, (c) => (c.startsWith('\r') ? '\n' : '')));
    fc.assert(
      fc.property(text, text, (title, notes) => {
        const calendar = calendarWith({ title: { vi: title, en: 'x' }, notes: { vi: notes, en: 'x' } });
        for (const l of physicalLines(calendarToIcsBytes(calendar))) expect(l.octets).toBeLessThanOrEqual(75);
        const event = readIcs(calendarToIcs(calendar)).events[0];
        // ical.js gives no SUMMARY for an empty value; the writer still writes the property.
        expect(event?.summary ?? '').toBe(title.normalize('NFC'));
        expect(event?.description).toContain(`Ghi chú: ${notes.normalize('NFC')}\n`);
      }),
      { numRuns: 300 },
    );
  });
});
