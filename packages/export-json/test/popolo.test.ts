/**
 * Popolo JSON on the real 2021 list: dataset → Popolo → dataset is the same dataset, the document has what
 * the Popolo schemas require (checked by ajv), and the exporter streams exactly the document toPopolo()
 * builds.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '@ungcu/core';
import { ModelError } from '@ungcu/core/errors';
import { concatBytes } from '@ungcu/core/export';
import { ALIAS_NOTE, type PopoloDocument, fromPopolo, jsonImporter, popoloExporter, popoloImporter, toPopolo } from '../src/index';
import { ELECTION, decode, realList } from './support';
import { validatePopolo } from './validators';

const read = (name: string, data: string | Uint8Array) => jsonImporter().read({ name, data }, { election: ELECTION });

describe('Popolo: the real 2021 list', () => {
  it('round-trips through the exporter and the importer', async () => {
    const data = await realList();
    const bytes = await popoloExporter().write(data);
    const back = await read('na-2021.popolo.json', bytes);
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.data).toEqual(data);
    // popoloImporter reads the same document.
    expect((await popoloImporter().read({ name: 'p.json', data: bytes }, { election: ELECTION })).data).toEqual(data);
  });

  it('round-trips in memory: fromPopolo(toPopolo(x)) = x, also through JSON text', async () => {
    const data = await realList();
    expect(fromPopolo(toPopolo(data))).toEqual(data);
    expect(fromPopolo(JSON.parse(JSON.stringify(toPopolo(data))))).toEqual(data);
  });

  it('has every property the Popolo schemas require, and one object per entity', async () => {
    const data = await realList();
    const document = JSON.parse(decode(await popoloExporter().write(data))) as PopoloDocument;
    expect(validatePopolo(document), JSON.stringify(validatePopolo.errors?.slice(0, 3))).toBe(true);
    expect(document.persons).toHaveLength(868);
    expect(document.memberships).toHaveLength(868);
    expect(document.posts).toHaveLength(184);
    expect(document.areas).toHaveLength(63 + 184);
    expect(document.organizations).toHaveLength(1);
    expect(document.events).toHaveLength(1);
    // Every reference points to an object of the document.
    const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));
    const [persons, organizations, posts, areas] = [ids(document.persons), ids(document.organizations), ids(document.posts), ids(document.areas)];
    for (const m of document.memberships) {
      expect(persons.has(m.person_id)).toBe(true);
      expect(organizations.has(m.organization_id)).toBe(true);
      expect(posts.has(m.post_id!)).toBe(true);
      expect(areas.has(m.area_id!)).toBe(true);
    }
    for (const p of document.posts) expect(areas.has(p.area_id)).toBe(true);
  });

  it('fills the standard properties as Popolo consumers read them', async () => {
    const document = toPopolo(await realList());
    const anh = document.persons.find((p) => p.name === 'Nguyễn Trúc Anh')!;
    expect(anh).toMatchObject({ family_name: 'Nguyễn', additional_name: 'Trúc', given_name: 'Anh', birth_date: '1974-11-28', gender: 'male', national_identity: 'Việt Nam' });
    expect(anh.ungcu).toMatchObject({ type: 'person', ethnicity: 'Kinh', partyJoinDate: '2006-03-11' });
    const hanoi1 = document.posts.find((p) => p.area_id.endsWith('/ha-noi-1'))!;
    expect(hanoi1).toMatchObject({ label: 'Đại biểu Quốc hội, Đơn vị bầu cử số 1, Thành phố Hà Nội', role: 'Đại biểu Quốc hội', ungcu: { seats: 3 } });
    expect(document.organizations[0]).toMatchObject({ name: 'Quốc hội khóa XV', classification: 'legislature' });
    expect(document.events[0]).toMatchObject({ classification: 'election', start_date: '2021-05-23', end_date: '2021-05-23' });
  });

  it('streams exactly the document toPopolo builds, in chunks', async () => {
    const data = await realList();
    const chunks: Uint8Array[] = [];
    for await (const chunk of popoloExporter().stream(data)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(10);
    expect(decode(concatBytes(chunks))).toBe(JSON.stringify(toPopolo(data), null, 2));
  });
});

describe('Popolo: what the model has and Popolo does not', () => {
  async function sample(): Promise<Dataset> {
    const data = await realList();
    const [a, b, c] = data.nominees as [Dataset['nominees'][number], Dataset['nominees'][number], Dataset['nominees'][number]];
    // One person nominated twice (National Assembly and a council), the lists disagreeing on the workplace.
    const council = { ...data.bodies[0]!, id: 'council-ha-noi', kind: 'provincial-council' as const, term: '2021-2026', unitId: 'province-ha-noi', totalSeats: 95 };
    delete (council as { name?: string }).name;
    const nominees = [
      { ...a, personId: 'p-1', person: { ...a.person, alias: 'Tư Anh' }, version: 3 },
      { ...b, id: 'council-nominee', personId: 'p-1', person: { ...a.person, alias: 'Tư Anh', workplace: 'Ủy ban nhân dân thành phố Hà Nội' }, nomination: { ...b.nomination, bodyId: 'council-ha-noi', organizationId: 'org-1', constituencyId: undefined as unknown as string, fullTime: true, status: 'withdrawn' as const, statusReason: 'Xin rút' } },
      c,
    ].map((n) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== undefined)));
    (nominees[1]!['nomination'] as Record<string, unknown>)['constituencyId'] = undefined;
    return (await read('s.json', JSON.stringify({
      formatVersion: 1,
      ...data,
      bodies: [...data.bodies, council],
      nominatingOrganizations: [{ id: 'org-1', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', level: 'local', kind: 'fatherland-front', unitId: 'province-ha-noi' }],
      nominees,
      workProgrammes: [{ id: 'wp-1', title: 'Chương trình công tác năm 2021', kind: 'annual', year: 2021 }],
    }))).data;
  }

  it('keeps every field through Popolo: a person on two lists, aliases, versions, organizations, other collections', async () => {
    const data = await sample();
    expect(data.nominees).toHaveLength(3);
    const document = toPopolo(data);
    // Two nominations of one person: one Popolo person, two memberships; the second keeps its own person.
    expect(document.persons.map((p) => p.id)).toEqual(['p-1', `person/${data.nominees[2]!.id}`]);
    expect(document.persons[0]!.other_names).toEqual([{ name: 'Tư Anh', note: ALIAS_NOTE }]);
    expect(document.memberships[1]).toMatchObject({ person_id: 'p-1', organization_id: 'council-ha-noi', on_behalf_of_id: 'org-1' });
    expect(document.memberships[1]!.post_id).toBeUndefined();
    expect((document.memberships[1]!.ungcu['person'] as { workplace: string }).workplace).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(document.memberships[0]!.ungcu['person']).toBeUndefined();
    expect(document.organizations.map((o) => [o.name, o.classification])).toEqual([
      ['Quốc hội khóa XV', 'legislature'],
      ['Hội đồng nhân dân cấp tỉnh nhiệm kỳ 2021-2026', 'legislature'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội', 'nominating organization'],
    ]);
    expect(document.ungcu.workProgrammes).toEqual(data.workProgrammes);
    const back = fromPopolo(JSON.parse(JSON.stringify(document)));
    expect(back).toEqual(data);
    // The unnamed body stays unnamed, the derived person id stays absent.
    expect(back.bodies[1]!.name).toBeUndefined();
    expect(back.nominees[2]!.personId).toBeUndefined();
    expect(back.nominees[0]!.version).toBe(3);
  });

  it('reads a Popolo document from elsewhere by its standard properties, and says what the model still needs', async () => {
    const foreign = {
      persons: [{ id: 'x1', name: 'Lê Thị Hoa', birth_date: '1980-01-02', gender: 'female', other_names: [{ name: 'Hoa Lê' }] }],
      organizations: [{ id: 'na', name: 'Quốc hội', classification: 'legislature' }],
      memberships: [{ id: 'm1', person_id: 'x1', organization_id: 'na', role: 'candidate' }, { id: 'm2', person_id: 'x1', organization_id: 'party', role: 'member' }],
      areas: [{ id: 'hn', name: 'Hà Nội', classification: 'province' }],
      events: [{ id: 'e', name: 'Bầu cử', classification: 'election', start_date: '2021-05-23' }],
    };
    const text = JSON.stringify(foreign, null, 2);
    const result = await read('foreign.json', text);
    expect(result.data.nominees).toEqual([]);
    // A party membership is no nomination: left out, and said so.
    expect(result.warnings.map((w) => [w.code, w.column?.header])).toEqual([['unknown-column', '$.memberships[1]']]);
    expect(result.warnings[0]!.message.en).toContain('role "member"');
    const headers = result.errors.map((e) => e.column?.header);
    // What Popolo cannot say is asked for where a writer would put it: the extension of the object.
    expect(headers).toContain('$.events[0].ungcu.rulePack');
    expect(headers).toContain('$.organizations[0].ungcu.kind');
    expect(headers).toContain('$.persons[0].ungcu.ethnicity');
    expect(headers).toContain('$.memberships[0].ungcu.nomination.stage');
    expect(headers).toContain('$.areas[0].ungcu.level');
    const ethnicity = result.errors.find((e) => e.column?.header === '$.persons[0].ungcu.ethnicity')!;
    // The person has no extension at all: the error is on the line its object opens, just above its id.
    expect(text.split('\n')[ethnicity.row - 1]).toBe('    {');
    expect(text.split('\n')[ethnicity.row]).toBe('      "id": "x1",');
    expect(ethnicity.message.vi).toContain('Người được giới thiệu ứng cử "m1", trường person.ethnicity');
    expect(ethnicity.message.en).toContain('Nominee "m1", field person.ethnicity');
  });

  it('locates a bad value of a person in the Popolo person, and of a nomination in the membership', async () => {
    const document = JSON.parse(JSON.stringify(toPopolo(await realList()))) as { persons: Record<string, unknown>[]; memberships: { ungcu: { nomination: Record<string, unknown> } }[] };
    document.persons[7]!['birth_date'] = '07/05/1970';
    document.memberships[9]!.ungcu.nomination['stage'] = 'final';
    const text = JSON.stringify(document, null, 2);
    const result = await read('bad.popolo.json', text);
    expect(result.errors.map((e) => [e.code, e.column?.header])).toEqual([
      ['invalid-date', '$.persons[7].birth_date'],
      ['invalid-value', '$.memberships[9].ungcu.nomination.stage'],
    ]);
    expect(text.split('\n')[result.errors[0]!.row - 1]).toBe('      "birth_date": "07/05/1970",');
    expect(text.split('\n')[result.errors[1]!.row - 1]).toBe('          "stage": "final",');
    expect(result.data.nominees).toEqual([]);
  });

  it('locates the exact fields of a nomination and the alias in their Popolo properties', async () => {
    const document = JSON.parse(JSON.stringify(toPopolo(await realList()))) as {
      persons: Record<string, unknown>[];
      memberships: Record<string, unknown>[];
    };
    document.memberships[4]!['organization_id'] = '';
    document.persons[2]!['other_names'] = [{ name: 'X'.repeat(301), note: ALIAS_NOTE }];
    const result = await read('bad.popolo.json', JSON.stringify(document, null, 2));
    expect(result.errors.map((e) => [e.code, e.column?.header])).toEqual([
      ['invalid-field', '$.persons[2].other_names'],
      ['required-value', '$.memberships[4].organization_id'],
    ]);
    expect(result.errors[0]!.message.en).toContain('field person.alias');
  });

  it('refuses a membership whose person is not in the document, and an unknown ungcu.formatVersion', async () => {
    const document = JSON.parse(JSON.stringify(toPopolo(await realList()))) as { memberships: { person_id: string }[]; ungcu: { formatVersion: number } };
    document.memberships[3]!.person_id = 'nobody';
    const missing = await read('p.json', JSON.stringify(document));
    expect(missing.errors).toEqual([expect.objectContaining({ code: 'invalid-field', column: { header: '$.memberships[3].person_id' }, value: 'nobody' })]);
    document.memberships[3]!.person_id = document.memberships[2]!.person_id;
    (document.memberships[5] as unknown as { ungcu: { type: string } }).ungcu.type = 'appointment';
    const unknownType = await read('p.json', JSON.stringify(document));
    expect(unknownType.errors).toEqual([]);
    expect(unknownType.warnings).toEqual([expect.objectContaining({ code: 'unknown-column', column: { header: '$.memberships[5]' } })]);
    expect(unknownType.warnings[0]!.message.vi).toContain('ungcu.type "appointment"');
    expect(unknownType.data.nominees).toHaveLength(867);
    document.ungcu.formatVersion = 9;
    const newer = await read('p.json', JSON.stringify(document));
    expect(newer.errors[0]).toMatchObject({ code: 'invalid-value', column: { header: '$.ungcu.formatVersion' } });
    expect(newer.errors[0]!.message.vi).toContain('Hãy cập nhật @ungcu/export-json');
  });

  it('fromPopolo throws a ModelError listing the problems in both languages', () => {
    expect(() => fromPopolo([])).toThrow(ModelError);
    try {
      fromPopolo({ persons: [{ id: 'x', name: 'A' }], memberships: [{ id: 'm', person_id: 'x', organization_id: 'o', role: 'candidate' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      const e = error as ModelError;
      expect(e.text.vi).toContain('Tài liệu Popolo không chuyển được');
      expect(e.text.en).toContain('$.persons[0].birth_date');
      expect(e.issues.length).toBeGreaterThan(2);
    }
  });
});
