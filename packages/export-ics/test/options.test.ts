/** Options, stability and refusals: what a caller controls and what stays fixed whatever the caller does. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { computeCalendar } from '@ungcu/core/calendar';
import { ConfigError } from '@ungcu/core/errors';
import { vn2026 } from './real-packs';
import { calendarToIcs, calendarToIcsBytes } from '../src/index';
import { calendarWith } from './fixtures';
import { readIcs } from './read-ics';

const calendar = computeCalendar(vn2026, '2026-03-15');

afterEach(() => {
  vi.useRealTimers();
});

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('stability', () => {
  it('does not depend on the time of export', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
    const before = calendarToIcs(calendar);
    vi.setSystemTime(new Date('2031-07-09T23:59:59Z'));
    expect(calendarToIcs(calendar)).toBe(before);
  });

  it('stamps events with the first milestone day (the deadline to announce election day) by default', () => {
    const events = readIcs(calendarToIcs(calendar)).events;
    expect(new Set(events.map((e) => e.dtstamp))).toEqual(new Set(['2025-11-20T00:00:00Z']));
  });

  it('takes the stamp from the timestamp option, as a Date or an ISO string with its zone', () => {
    const fromDate = readIcs(calendarToIcs(calendar, { timestamp: new Date(Date.UTC(2026, 0, 12, 9, 30, 5)) }));
    expect(fromDate.events[0]?.dtstamp).toBe('2026-01-12T09:30:05Z');
    const fromText = readIcs(calendarToIcs(calendar, { timestamp: '2026-01-12T16:30:05+07:00' }));
    expect(fromText.events[0]?.dtstamp).toBe('2026-01-12T09:30:05Z');
    expect(readIcs(calendarToIcs(calendar, { timestamp: '2026-01-12' })).events[0]?.dtstamp).toBe('2026-01-12T00:00:00Z');
  });

  it('refuses a timestamp without a zone or that is no moment, in both languages', () => {
    for (const timestamp of ['2026-01-12T09:30:05', '12/01/2026', '2026-13-01', new Date(Number.NaN)]) {
      const error = configError(() => calendarToIcs(calendar, { timestamp }));
      expect(error.text.vi).toContain('Tùy chọn timestamp không phải là thời điểm hợp lệ');
      expect(error.text.en).toContain('The timestamp option is not a valid moment');
    }
  });

  it('numbers every event with the sequence option, 0 by default, and refuses one that is not a whole number', () => {
    expect(new Set(readIcs(calendarToIcs(calendar)).events.map((e) => e.sequence))).toEqual(new Set([0]));
    expect(new Set(readIcs(calendarToIcs(calendar, { sequence: 3 })).events.map((e) => e.sequence))).toEqual(new Set([3]));
    for (const sequence of [-1, 1.5, Number.NaN, 2 ** 53]) {
      const error = configError(() => calendarToIcs(calendar, { sequence }));
      expect(error.text.vi).toContain('Tùy chọn sequence phải là số nguyên không âm');
      expect(error.text.en).toContain(`The sequence option must be a non-negative whole number, got ${String(sequence)}`);
    }
  });

  it('changes the UIDs with the election day or the pack, and only with them', () => {
    const uids = (c = calendar, options = {}) => readIcs(calendarToIcs(c, options)).events.map((e) => e.uid);
    const base = uids();
    const same = uids(calendar, { locale: 'en', calendarName: 'Khác', productId: '-//x//y//EN', timestamp: '2027-01-01', sequence: 2 });
    expect(same).toEqual(base);
    const otherDay = uids(computeCalendar(vn2026, '2026-03-22'));
    expect(otherDay).toHaveLength(base.length);
    expect(otherDay.filter((u) => base.includes(u))).toEqual([]);
    const otherPack = uids(calendarWith({}, 'vn-2026-b'));
    expect(otherPack).toEqual(['step.2026-03-15.vn-2026-b@ungcu']);
  });

  it('updates rather than duplicates when a date is adjusted: same UID, new date, the adjustment said', () => {
    const adjusted = computeCalendar(vn2026, '2026-03-15', {
      overrides: { 'dossier-deadline': { date: '2026-02-03', source: { document: 'Nghị quyết của Hội đồng bầu cử quốc gia' } } },
    });
    const event = readIcs(calendarToIcs(adjusted)).events.find((e) => e.uid === 'dossier-deadline.2026-03-15.vn-2026@ungcu');
    expect(event?.start).toBe('2026-02-03');
    expect(event?.description).toContain('Ngày đã được điều chỉnh so với số ngày theo luật.');
    expect(event?.description).toContain('Nghị quyết của Hội đồng bầu cử quốc gia');
    expect(event?.description.split('\n')[0]).toBe('Chậm nhất 40 ngày trước ngày bầu cử (hạn chót ngày 03/02/2026).');
  });
});

describe('options', () => {
  it('names the calendar and the product, by default after the pack and election day', () => {
    expect(readIcs(calendarToIcs(calendar)).name).toBe('Lịch bầu cử vn-2026, ngày bầu cử 15/03/2026');
    expect(readIcs(calendarToIcs(calendar, { locale: 'en' })).name).toBe('Election calendar vn-2026, election day 15/03/2026');
    expect(readIcs(calendarToIcs(calendar)).productId).toBe('-//ungcu//NONSGML @ungcu/export-ics//VI');
    const named = readIcs(calendarToIcs(calendar, { calendarName: 'Ủy ban bầu cử ở tỉnh Lào Cai; lịch, 2026', productId: '-//Sở Nội vụ//Lịch//VI' }));
    expect([named.name, named.wrName, named.productId]).toEqual([
      'Ủy ban bầu cử ở tỉnh Lào Cai; lịch, 2026',
      'Ủy ban bầu cử ở tỉnh Lào Cai; lịch, 2026',
      '-//Sở Nội vụ//Lịch//VI',
    ]);
  });

  it('uses the uidDomain on the right of every UID and refuses one that is not a domain', () => {
    const events = readIcs(calendarToIcs(calendar, { uidDomain: 'bau-cu.laocai.gov.vn' })).events;
    expect(events.every((e) => e.uid.endsWith('.vn-2026@bau-cu.laocai.gov.vn'))).toBe(true);
    for (const uidDomain of ['', 'bầu-cử.vn', 'a b', 'x@y', '-ungcu', 'ungcu.']) {
      const error = configError(() => calendarToIcs(calendar, { uidDomain }));
      expect(error.text.vi, uidDomain).toContain(`Tùy chọn uidDomain phải là tên miền`);
      expect(error.text.en, uidDomain).toContain(`"${uidDomain}"`);
    }
  });

  it('keeps a UID plain ASCII whatever the ids hold', () => {
    const odd = calendarWith({ id: 'bước 1, đợt 2.a' }, 'gói;thử@x');
    const uid = readIcs(calendarToIcs(odd)).events[0]?.uid;
    expect(uid).toBe('b%C6%B0%E1%BB%9Bc%201%2C%20%C4%91%E1%BB%A3t%202%2Ea.2026-03-15.g%C3%B3i%3Bth%E1%BB%AD%40x@ungcu');
    expect(decodeURIComponent(uid?.split('.')[0] ?? '')).toBe('bước 1, đợt 2.a');
  });

  it('returns the same text as UTF-8 bytes', () => {
    const bytes = calendarToIcsBytes(calendar);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(calendarToIcs(calendar));
    expect(bytes.length).toBeGreaterThan(calendarToIcs(calendar).length); // Vietnamese letters take 2 or 3 octets
  });
});

describe('text', () => {
  it('writes decomposed (NFD) input as NFC', () => {
    const nfd = 'Hội nghị hiệp thương lần thứ nhất'.normalize('NFD');
    const text = calendarToIcs(calendarWith({ title: { vi: nfd, en: 'x' } }));
    expect(text).toContain('SUMMARY:Hội nghị hiệp thương lần thứ nhất'.normalize('NFC'));
    expect(text.normalize('NFC')).toBe(text);
  });

  it('escapes the characters TEXT reserves and reads them back', () => {
    const title = 'Điều 5; khoản 1, điểm a \\ "ngày" \n dòng mới';
    const text = calendarToIcs(calendarWith({ title: { vi: title, en: 'x' } }));
    expect(text).toContain('SUMMARY:Điều 5\\; khoản 1\\, điểm a \\\\ "ngày" \\n dòng mới\r\n');
    expect(readIcs(text).events[0]?.summary).toBe(title);
  });

  it('refuses a control character, naming the milestone and the field', () => {
    const error = configError(() => calendarToIcs(calendarWith({ id: 'voting', concerns: { vi: 'Tổ bầu cử\u0007', en: 'x' } })));
    expect(error.text.vi).toMatch(
      /^Không xuất được lịch ra iCalendar: milestone "voting", description có ký tự điều khiển U\+0007 ở vị trí \d+$/u,
    );
    expect(error.text.en).toMatch(/milestone "voting", description has the control character U\+0007 at position \d+$/u);
  });

  it('writes an empty calendar for a pack with no milestone', () => {
    const empty = readIcs(calendarToIcs({ ...calendar, milestones: [] }));
    expect(empty.events).toEqual([]);
    expect(empty.name).toBe('Lịch bầu cử vn-2026, ngày bầu cử 15/03/2026');
  });
});
