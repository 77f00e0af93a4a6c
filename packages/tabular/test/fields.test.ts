import { describe, expect, it } from 'vitest';
import {
  formatCouncilIncumbencies,
  formatNaIncumbencies,
  parseCouncilIncumbencies,
  parseDate,
  parseEthnicity,
  parseGender,
  parseNaIncumbencies,
  parseNationality,
  parsePartyJoinDate,
  stageCodec,
} from '../src/fields';

describe('dates', () => {
  it('reads day-first text with or without zero padding, ISO text, real dates and Excel serials', () => {
    expect(parseDate('08/4/1968')).toEqual({ ok: true, value: '1968-04-08' });
    expect(parseDate('8/4/1968')).toEqual({ ok: true, value: '1968-04-08' });
    expect(parseDate('1968-04-08')).toEqual({ ok: true, value: '1968-04-08' });
    expect(parseDate(new Date(Date.UTC(1968, 3, 8)))).toEqual({ ok: true, value: '1968-04-08' });
    expect(parseDate(24_936)).toEqual({ ok: true, value: '1968-04-08' });
  });

  it('says why a date is wrong, in both languages', () => {
    const wrong = parseDate('31/02/1970');
    expect(wrong).toMatchObject({ ok: false, code: 'invalid-date' });
    if (!wrong.ok) {
      expect(wrong.message.en).toContain('has no day 31');
      expect(wrong.message.vi).toContain('không có ngày 31');
    }
    expect(parseDate('1970-02-31')).toMatchObject({ ok: false, code: 'invalid-date' });
    expect(parseDate('')).toMatchObject({ ok: false, code: 'invalid-date' });
  });

  it('reads a blank or "Không" party join date as not a Party member', () => {
    expect(parsePartyJoinDate('')).toEqual({ ok: true, value: null });
    expect(parsePartyJoinDate('Không')).toEqual({ ok: true, value: null });
    expect(parsePartyJoinDate('11/3/2006')).toEqual({ ok: true, value: '2006-03-11' });
  });
});

describe('people', () => {
  it('reads gender in any case and normalisation, and rejects anything else', () => {
    expect(parseGender('Nam')).toEqual({ ok: true, value: 'male' });
    expect(parseGender('NỮ')).toEqual({ ok: true, value: 'female' });
    expect(parseGender('Nữ'.normalize('NFD'))).toEqual({ ok: true, value: 'female' });
    expect(parseGender('Không rõ')).toMatchObject({ ok: false, code: 'invalid-gender' });
  });

  it('reads the typo "Vệt Nam" as Việt Nam and keeps other nationalities as written', () => {
    expect(parseNationality('Vệt Nam')).toBe('Việt Nam');
    expect(parseNationality('Việt Nam'.normalize('NFD'))).toBe('Việt Nam');
    expect(parseNationality('Lào')).toBe('Lào');
    expect(parseNationality('')).toBeUndefined();
  });

  it('keeps an ethnicity as written when it names one of the 54 groups', () => {
    expect(parseEthnicity('Ê Đê')).toEqual({ ok: true, value: 'Ê Đê' });
    expect(parseEthnicity('Klingon')).toMatchObject({ ok: false, code: 'unknown-ethnicity' });
    expect(parseEthnicity('')).toMatchObject({ ok: false, code: 'required-value' });
  });
});

describe('incumbencies', () => {
  it('reads National Assembly terms from the official list', () => {
    expect(parseNaIncumbencies('XIII, XIV')).toEqual({
      ok: true,
      value: [
        { bodyKind: 'national-assembly', term: 'XIII' },
        { bodyKind: 'national-assembly', term: 'XIV' },
      ],
    });
    expect(parseNaIncumbencies('Không')).toEqual({ ok: true, value: [] });
    expect(parseNaIncumbencies('Khoá XIV'.normalize('NFD'))).toEqual({ ok: true, value: [{ bodyKind: 'national-assembly', term: 'XIV' }] });
    expect(parseNaIncumbencies('khóa xiv')).toEqual({ ok: true, value: [{ bodyKind: 'national-assembly', term: 'XIV' }] });
    expect(parseNaIncumbencies('14')).toMatchObject({ ok: false, code: 'invalid-term' });
  });

  it('reads council terms with their unit and level, and sets aside what does not parse', () => {
    const read = parseCouncilIncumbencies(
      'Huyện Tri Tôn (tỉnh An Giang) nhiệm kỳ 2011-2016; tỉnh An Giang nhiệm kỳ 2011 - 2016, 2016 – 2021; Tỉnh Thái Bình từ khóa XIII đến XVI',
    );
    expect(read.incumbencies).toEqual([
      { bodyKind: 'district-council', term: '2011-2016', unitName: 'Huyện Tri Tôn (tỉnh An Giang)' },
      { bodyKind: 'provincial-council', term: '2011-2016', unitName: 'tỉnh An Giang' },
      { bodyKind: 'provincial-council', term: '2016-2021', unitName: 'tỉnh An Giang' },
    ]);
    expect(read.unparsed).toEqual(['Tỉnh Thái Bình từ khóa XIII đến XVI']);
    expect(parseCouncilIncumbencies('Phường 8 (quận Tân Bình, Thành phố Hồ Chí Minh) nhiệm kỳ 1999 - 2004').incumbencies).toEqual([
      { bodyKind: 'commune-council', term: '1999-2004', unitName: 'Phường 8 (quận Tân Bình, Thành phố Hồ Chí Minh)' },
    ]);
    expect(parseCouncilIncumbencies('Thành phố Hà Nội 2016-2021').incumbencies).toEqual([
      { bodyKind: 'provincial-council', term: '2016-2021', unitName: 'Thành phố Hà Nội' },
    ]);
  });

  it('writes incumbencies so that reading them gives them back', () => {
    const text = 'Tỉnh Nghệ An nhiệm kỳ 2011-2016, 2016-2021; Huyện Tri Tôn (tỉnh An Giang) nhiệm kỳ 2004-2011';
    const { incumbencies } = parseCouncilIncumbencies(text);
    expect(formatCouncilIncumbencies(incumbencies)).toBe(text);
    expect(formatNaIncumbencies([{ bodyKind: 'national-assembly', term: 'XIV' }])).toBe('XIV');
    expect(formatNaIncumbencies([])).toBe('Không');
    expect(formatCouncilIncumbencies([])).toBe('Không');
  });
});

describe('list columns', () => {
  it('accept the Vietnamese label or the model value, and list the labels when wrong', () => {
    expect(stageCodec.parse('Danh sách chính thức')).toEqual({ ok: true, value: 'official' });
    expect(stageCodec.parse('official')).toEqual({ ok: true, value: 'official' });
    const wrong = stageCodec.parse('final');
    expect(wrong).toMatchObject({ ok: false, code: 'invalid-value' });
    if (!wrong.ok) expect(wrong.message.vi).toContain('"Danh sách sơ bộ"');
  });
});
