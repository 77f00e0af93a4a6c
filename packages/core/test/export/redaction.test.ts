/**
 * Redaction profiles, on the real Hà Nội constituency no. 1 of 2021 given a national id and addresses, and a
 * vetting case of one of its candidates: what each preset keeps, that defineExporter applies the profile
 * before any format sees the data (write and stream), and that a bad profile is refused before a byte.
 */
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/model/dataset';
import {
  type ExportOptions,
  REDACTION_PRESETS,
  collectBytes,
  defineExporter,
  redactDataset,
  resolveRedaction,
} from '../../src/export/index';
import { ConfigError } from '../../src/errors/classes';
import { hanoiUnitOne } from '../fixtures';

const NATIONAL_ID = '001074012345';
const HOMETOWN = 'Xã Phú Xuyên, huyện Phú Xuyên, Hà Nội';
const RESIDENCE = 'Số 12 phố Trần Phú, phường Điện Biên, quận Ba Đình, Hà Nội';
const CASE_ADDRESS = 'Số 7 ngõ 35 phố Hàng Bông, quận Hoàn Kiếm, Hà Nội';

function sensitiveData(): Dataset {
  const input = hanoiUnitOne();
  const [first, ...rest] = input.nominees!;
  return Dataset.parse({
    ...input,
    nominees: [
      {
        ...first!,
        person: { ...first!.person, nationalId: NATIONAL_ID, hometown: HOMETOWN, residence: RESIDENCE, residenceUnitId: '01', workplace: 'Sở Y tế Hà Nội' },
        sourceText: { 'Quê quán (ghi nguyên văn)': HOMETOWN, 'Là đại biểu HĐND': 'HĐND thành phố Hà Nội khóa XVI' },
      },
      ...rest,
    ],
    vettingCases: [
      {
        id: 'vc-hn1-1',
        personName: first!.person.fullName,
        nomineeId: first!.id,
        purpose: 'candidacy',
        status: 'open',
        openedOn: '2021-03-01',
        nationalId: NATIONAL_ID,
        dateOfBirth: '1974-11-28',
        address: CASE_ADDRESS,
        notes: 'Đã đối chiếu lý lịch',
      },
    ],
  });
}

/** An exporter that writes the dataset it is given as JSON: what every real format receives. */
const echo = defineExporter({
  id: 'echo',
  mediaType: 'application/json',
  extension: 'json',
  async *stream(input: Dataset) {
    yield new TextEncoder().encode(JSON.stringify(input));
  },
});

const written = async (options: ExportOptions) => JSON.parse(new TextDecoder().decode(await echo.write(sensitiveData(), options))) as Dataset;

describe('redaction profiles', () => {
  it("'sensitive' drops the national id and every address and keeps the year of birth, in nominees and vetting cases", () => {
    const out = redactDataset(sensitiveData(), 'sensitive');
    const person = out.nominees[0]!.person;
    expect(person.nationalId).toBeUndefined();
    expect(person.hometown).toBeUndefined();
    expect(person.residence).toBeUndefined();
    expect(person.residenceUnitId).toBeUndefined();
    expect(person.dateOfBirth).toBe('1974');
    expect(person.workplace).toBe('Sở Y tế Hà Nội');
    // The cell kept as written under a hometown header goes with the hometown; the other stays.
    expect(out.nominees[0]!.sourceText).toEqual({ 'Là đại biểu HĐND': 'HĐND thành phố Hà Nội khóa XVI' });
    expect(out.nominees.slice(1).map((n) => n.person.dateOfBirth)).toEqual(['1968', '1944', '1975', '1997']);
    const vetting = out.vettingCases[0]!;
    expect([vetting.nationalId, vetting.address, vetting.dateOfBirth, vetting.notes]).toEqual([undefined, undefined, '1974', 'Đã đối chiếu lý lịch']);
    const text = JSON.stringify(out);
    for (const secret of [NATIONAL_ID, HOMETOWN, RESIDENCE, CASE_ADDRESS, '1974-11-28']) expect(text).not.toContain(secret);
  });

  it("'public' keeps what the published list prints (birth date, hometown, residence) and drops only the national id", () => {
    const out = redactDataset(sensitiveData(), 'public');
    const person = out.nominees[0]!.person;
    expect([person.nationalId, person.hometown, person.residence, person.dateOfBirth]).toEqual([undefined, HOMETOWN, RESIDENCE, '1974-11-28']);
    expect(out.nominees[0]!.sourceText).toEqual(sensitiveData().nominees[0]!.sourceText);
    expect(out.vettingCases[0]!.address).toBe(CASE_ADDRESS);
    expect(out.vettingCases[0]!.nationalId).toBeUndefined();
  });

  it("leaves the input unchanged, and returns it as it is when nothing is removed ('none', no profile)", () => {
    const data = sensitiveData();
    const before = JSON.stringify(data);
    redactDataset(data, 'sensitive');
    expect(JSON.stringify(data)).toBe(before);
    expect(redactDataset(data, 'none')).toBe(data);
    expect(redactDataset(data, undefined)).toBe(data);
  });

  it("'omit' removes the date of birth, and extra dot paths remove fields of nominees and of other collections", () => {
    const out = redactDataset(sensitiveData(), {
      nationalId: true,
      addresses: true,
      birthDate: 'omit',
      fields: ['person.workplace', 'person.education.general', 'vettingCases.notes'],
    });
    expect('dateOfBirth' in out.nominees[0]!.person).toBe(false);
    expect(out.nominees[0]!.person.nationalId).toBe(NATIONAL_ID);
    expect(out.nominees[0]!.person.workplace).toBeUndefined();
    expect('dateOfBirth' in out.vettingCases[0]!).toBe(false);
    expect(out.vettingCases[0]!.notes).toBeUndefined();
    expect(out.vettingCases[0]!.address).toBe(CASE_ADDRESS);
  });

  it('refuses an unknown preset, a malformed profile and a field the model does not have, in both languages', () => {
    const refused = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).text;
      }
      throw new Error('not refused');
    };
    expect(refused(() => resolveRedaction('secret' as 'public')).vi).toMatch(/Không có hồ sơ che dữ liệu "secret"/u);
    expect(refused(() => resolveRedaction({ nationalId: false, addresses: false, birthDate: 'month' as 'year' })).en).toMatch(/birthDate/u);
    const typo = refused(() => resolveRedaction({ ...REDACTION_PRESETS.public, fields: ['person.workplase'] }));
    expect(typo.en).toMatch(/no field "person\.workplase"/u);
    expect(typo.vi).toMatch(/"person\.workplase"/u);
    expect(refused(() => resolveRedaction({ ...REDACTION_PRESETS.public, fields: ['vettingCases.address.street'] })).en).toMatch(/vettingCases/u);
    expect(() => resolveRedaction({ ...REDACTION_PRESETS.public, fields: ['vettingCases.steps.notes', 'person.incumbencies.term'] })).not.toThrow();
  });
});

describe('defineExporter applies the redaction', () => {
  it('before write and stream alike, by preset name or by profile', async () => {
    const byName = await written({ redaction: 'sensitive' });
    expect(byName.nominees[0]!.person.nationalId).toBeUndefined();
    expect(byName.vettingCases[0]!.address).toBeUndefined();
    const streamed = new TextDecoder().decode(await collectBytes(echo.stream(sensitiveData(), { redaction: REDACTION_PRESETS.sensitive })));
    expect(JSON.parse(streamed)).toEqual(byName);
    expect(streamed).not.toContain(NATIONAL_ID);
    const plain = await written({});
    expect(plain.nominees[0]!.person.nationalId).toBe(NATIONAL_ID);
  });

  it('rejects a bad profile on the first read, before a byte', async () => {
    let chunks = 0;
    const iterator = echo.stream(sensitiveData(), { redaction: 'secret' as 'public' })[Symbol.asyncIterator]();
    await expect(iterator.next().then(() => chunks++)).rejects.toBeInstanceOf(ConfigError);
    expect(chunks).toBe(0);
  });
});
