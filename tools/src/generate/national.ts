/**
 * A national-scale election dataset, generated from a seed: the National Assembly, a provincial council for
 * each of the 34 provinces and a commune council for each of the 3,321 communes of the real 2025 map
 * (examples/data/vn-admin-units-2025), with constituencies, official candidate lists and Vietnamese people
 * at realistic shares. Benchmarks and load tests use it; nothing in it is real except the map.
 *
 * The default size (about 100,000 constituencies, 500,000 nominees) is the storage benchmark's target, set
 * above any real season on purpose so that real seasons fit with room to spare.
 */
import { readFileSync } from 'node:fs';
import type { AdministrativeUnit, Body, Constituency, Dataset, NominatingOrganization, Nominee } from '@ungcu/core';
import { emptyDataset } from '@ungcu/core';
import { sortByVietnameseName } from '@ungcu/core/text';
import { generatePerson, OCCUPATIONS, PROFESSIONAL } from './people';
import { createRandom, type Random } from './prng';

export interface NationalDatasetOptions {
  readonly seed: number;
  /** How many communes get a commune council (spread over the whole map). Default all 3,321. */
  readonly communes?: number;
  /** Average constituencies per commune council. Default 30 (about 100,000 constituencies in all). */
  readonly constituenciesPerCommune?: number;
  /** Share of women among nominees. Default 0.42. */
  readonly womenShare?: number;
  /** Share of ethnic minority nominees. Default 0.19. */
  readonly minorityShare?: number;
  /** Share of non-party nominees. Default 0.08. */
  readonly nonPartyShare?: number;
}

const ELECTION_DAY = '2026-03-15';
const ELECTION_YEAR = 2026;
const NA_SEATS = 500;
const NA_CONSTITUENCIES = 182;

interface RawProvince {
  Code: string;
  Name: string;
  FullName: string;
  Wards: { Code: string; Name: string; FullName: string }[];
}

function readUnits(): RawProvince[] {
  const file = new URL('../../../examples/data/vn-admin-units-2025/units.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as RawProvince[];
}

function communeKind(fullName: string): AdministrativeUnit['kind'] {
  if (fullName.startsWith('Phường')) return 'ward';
  if (fullName.startsWith('Đặc khu')) return 'special-zone';
  return 'commune';
}

/** Art. 58(3): a list longer than the seats by at least 1, 2 for three seats, 3 for four or more. */
export function minimumCandidates(seats: number, body: 'national-assembly' | 'council'): number {
  if (body === 'national-assembly') return seats + 2;
  if (seats >= 4) return seats + 3;
  if (seats === 3) return seats + 2;
  return seats + 1;
}

/** Largest-remainder split of `total` over `weights`, each at least `min`. */
function apportion(total: number, weights: readonly number[], min: number): number[] {
  const free = total - min * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (free * w) / sum);
  const out = quotas.map((q) => min + Math.floor(q));
  const order = quotas.map((q, i) => [q - Math.floor(q), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = total - out.reduce((a, b) => a + b, 0); k < left; k++) out[order[k]![1]]! += 1;
  return out;
}

function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function isoDate(year: number, random: Random): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function generateNationalDataset(options: NationalDatasetOptions): Dataset {
  const random = createRandom(options.seed);
  const shares = { women: options.womenShare ?? 0.42, minority: options.minorityShare ?? 0.19 };
  const nonParty = options.nonPartyShare ?? 0.08;
  const perCommune = options.constituenciesPerCommune ?? 30;
  const data = emptyDataset();
  const provinces = readUnits();
  const electionId = 'gen-2026';
  data.elections.push({
    id: electionId,
    name: 'Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026-2031',
    electionDay: ELECTION_DAY,
    rulePack: 'vn-2026',
  });

  // The map: 34 provinces and every commune, with their official codes.
  const allCommunes: { unit: AdministrativeUnit }[] = [];
  for (const p of provinces) {
    data.administrativeUnits.push({
      id: `u${p.Code}`,
      code: p.Code,
      name: p.Name,
      fullName: p.FullName,
      level: 'province',
      kind: p.FullName.startsWith('Thành phố') ? 'city' : 'province',
    });
    for (const w of p.Wards) {
      const unit: AdministrativeUnit = {
        id: `u${w.Code}`,
        code: w.Code,
        name: w.Name,
        fullName: w.FullName,
        level: 'commune',
        kind: communeKind(w.FullName),
        parentId: `u${p.Code}`,
      };
      data.administrativeUnits.push(unit);
      allCommunes.push({ unit });
    }
  }

  // Who nominates: central bodies for the NA's central quota, five local organizations per province.
  const central: NominatingOrganization[] = [
    ['Văn phòng Trung ương Đảng', 'party'],
    ['Văn phòng Quốc hội', 'national-assembly'],
    ['Văn phòng Chủ tịch nước', 'state-president'],
    ['Văn phòng Chính phủ', 'government'],
    ['Bộ Quốc phòng', 'armed-forces'],
    ['Bộ Công an', 'public-security'],
    ['Tòa án nhân dân tối cao', 'court'],
    ['Viện kiểm sát nhân dân tối cao', 'procuracy'],
    ['Kiểm toán nhà nước', 'state-audit'],
    ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'fatherland-front'],
  ].map(([name, kind], i) => ({ id: `org-c${i + 1}`, name: name!, level: 'central', kind: kind as NominatingOrganization['kind'] }));
  data.nominatingOrganizations.push(...central);
  const local = new Map<string, NominatingOrganization[]>();
  for (const p of provinces) {
    const orgs: NominatingOrganization[] = (
      [
        [`Tỉnh ủy ${p.Name}`, 'party'],
        [`Ủy ban nhân dân ${p.FullName}`, 'people-committee'],
        [`Ủy ban Mặt trận Tổ quốc Việt Nam ${p.FullName}`, 'fatherland-front'],
        [`Hội Liên hiệp Phụ nữ ${p.FullName}`, 'socio-political'],
        [`Đoàn Thanh niên Cộng sản Hồ Chí Minh ${p.FullName}`, 'socio-political'],
      ] as const
    ).map(([name, kind], i) => ({ id: `org-${p.Code}-${i + 1}`, name, level: 'local', kind, unitId: `u${p.Code}` }));
    local.set(p.Code, orgs);
    data.nominatingOrganizations.push(...orgs);
  }

  let nomineeCount = 0;
  function addList(body: Body, constituency: Constituency, candidates: number, organizations: readonly NominatingOrganization[]): void {
    const list: Nominee[] = [];
    for (let k = 0; k < candidates; k++) {
      const person = generatePerson(random, shares);
      const age = 24 + Math.floor(((random.next() + random.next()) / 2) * 54); // 24..77, most in their forties
      const birthYear = ELECTION_YEAR - 1 - age;
      const member = !random.chance(nonParty);
      const isNa = body.kind === 'national-assembly';
      const origin = isNa && random.chance(0.4) ? 'central' : random.chance(0.01) ? 'self' : 'local';
      const organization = origin === 'self' ? undefined : origin === 'central' ? random.pick(central) : organizations.length > 0 ? random.pick(organizations) : undefined;
      nomineeCount++;
      list.push({
        id: `n${String(nomineeCount).padStart(6, '0')}`,
        personId: `p${String(nomineeCount).padStart(6, '0')}`,
        person: {
          fullName: person.fullName,
          dateOfBirth: isoDate(birthYear, random),
          gender: person.gender,
          nationality: 'Việt Nam',
          ethnicity: person.ethnicity,
          religion: random.chance(0.9) ? 'Không' : random.pick(['Phật giáo', 'Công giáo', 'Cao Đài', 'Tin Lành']),
          education: {
            general: '12/12',
            professional: random.pick(PROFESSIONAL),
            ...(random.chance(0.5) ? { politicalTheory: random.pick(['Cao cấp', 'Trung cấp', 'Sơ cấp']) } : {}),
          },
          occupation: random.pick(OCCUPATIONS),
          partyJoinDate: member ? isoDate(Math.min(ELECTION_YEAR - 1, birthYear + random.int(19, Math.max(19, age - 1))), random) : null,
          incumbencies: random.chance(0.22)
            ? [isNa ? { bodyKind: 'national-assembly' as const, term: 'XV' } : { bodyKind: body.kind, term: '2021-2026' }]
            : [],
        },
        nomination: {
          bodyId: body.id,
          origin,
          ...(organization === undefined ? {} : { organizationId: organization.id }),
          constituencyId: constituency.id,
          stage: 'official',
          status: 'active',
        },
      });
    }
    lists.push(list);
  }
  const lists: Nominee[][] = [];

  // National Assembly: 182 constituencies of 2 or 3 seats, 500 seats, spread by the size of each province.
  const naBody: Body = { id: 'na', electionId, kind: 'national-assembly', term: 'XVI', name: 'Quốc hội khóa XVI', totalSeats: NA_SEATS };
  data.bodies.push(naBody);
  const perProvince = apportion(NA_CONSTITUENCIES, provinces.map((p) => p.Wards.length), 2);
  const threeSeat = NA_SEATS - 2 * NA_CONSTITUENCIES;
  const naSeats = shuffle(random, Array.from({ length: NA_CONSTITUENCIES }, (_, i) => (i < threeSeat ? 3 : 2)));
  let naIndex = 0;
  provinces.forEach((p, pi) => {
    const count = perProvince[pi]!;
    for (let k = 0; k < count; k++, naIndex++) {
      const seats = naSeats[naIndex]!;
      const covered = p.Wards.filter((_, wi) => wi % count === k).map((w) => `u${w.Code}`);
      const constituency: Constituency = {
        id: `na-${p.Code}-${k + 1}`,
        bodyId: naBody.id,
        unitId: `u${p.Code}`,
        number: k + 1,
        name: `Đơn vị bầu cử Số ${k + 1}, ${p.FullName}`,
        coveredUnitIds: covered,
        seats,
        declaredCandidates: minimumCandidates(seats, 'national-assembly'),
      };
      data.constituencies.push(constituency);
      addList(naBody, constituency, constituency.declaredCandidates!, local.get(p.Code)!);
    }
  });

  // Provincial councils: 50 to 85 seats (125 for Hà Nội and Hồ Chí Minh City), constituencies of 2 or 3.
  for (const p of provinces) {
    const total = p.Code === '01' || p.Code === '79' ? 125 : 50 + Math.min(35, Math.floor(p.Wards.length / 5));
    const body: Body = { id: `pc-${p.Code}`, electionId, kind: 'provincial-council', term: '2026-2031', name: `Hội đồng nhân dân ${p.FullName}`, unitId: `u${p.Code}`, totalSeats: total };
    data.bodies.push(body);
    let left = total;
    for (let number = 1; left > 0; number++) {
      const seats = left <= 3 ? left : left === 4 ? 2 : random.pick([2, 3, 3]);
      left -= seats;
      const candidates = minimumCandidates(seats, 'council') + (random.chance(0.1) ? 1 : 0);
      const constituency: Constituency = { id: `${body.id}-${number}`, bodyId: body.id, unitId: `u${p.Code}`, number, seats, declaredCandidates: candidates, coveredUnitIds: [] };
      data.constituencies.push(constituency);
      addList(body, constituency, candidates, local.get(p.Code)!);
    }
  }

  // Commune councils: constituencies of 1 to 5 seats around `perCommune` per commune.
  const wanted = Math.min(options.communes ?? allCommunes.length, allCommunes.length);
  const step = allCommunes.length / wanted;
  for (let c = 0; c < wanted; c++) {
    const { unit } = allCommunes[Math.floor(c * step)]!;
    const count = Math.max(1, perCommune + random.int(-3, 3));
    const seatsList = Array.from({ length: count }, () => random.weighted([[1, 3], [2, 30], [3, 42], [4, 15], [5, 10]] as const));
    const body: Body = {
      id: `cc-${unit.code}`,
      electionId,
      kind: 'commune-council',
      term: '2026-2031',
      name: `Hội đồng nhân dân ${unit.fullName}`,
      unitId: unit.id,
      totalSeats: seatsList.reduce((a, b) => a + b, 0),
    };
    data.bodies.push(body);
    seatsList.forEach((seats, k) => {
      const candidates = minimumCandidates(seats, 'council') + (random.chance(0.1) ? 1 : 0);
      const constituency: Constituency = { id: `${body.id}-${k + 1}`, bodyId: body.id, unitId: unit.id, number: k + 1, seats, declaredCandidates: candidates, coveredUnitIds: [unit.id] };
      data.constituencies.push(constituency);
      // Commune lists are put forward by the commune's own organizations, which the map does not name.
      addList(body, constituency, candidates, []);
    });
  }
  // The official list is in Vietnamese alphabetical order (Art. 57(5), Art. 58(2)); its number follows it.
  // Names repeat a lot, so rank the distinct names once with core's collation and sort each list by rank.
  const distinct = [...new Set(lists.flatMap((list) => list.map((n) => n.person.fullName)))];
  const rank = new Map(sortByVietnameseName(distinct, (name) => name).map((name, i) => [name, i]));
  for (const list of lists) {
    list.sort((a, b) => rank.get(a.person.fullName)! - rank.get(b.person.fullName)!);
    list.forEach((n, i) => data.nominees.push({ ...n, nomination: numbered(n.nomination, i + 1) }));
  }
  return data;
}

/**
 * The nomination with its list number, written as a literal: spreading 500,000 nominations into new objects
 * left V8 with a dictionary-mode object (its own hidden class) for each, which no importer produces and which
 * made every benchmark over this dataset measure slow property lookups.
 */
function numbered(nomination: Nominee['nomination'], listNumber: number): Nominee['nomination'] {
  const { bodyId, origin, organizationId, constituencyId, stage, status } = nomination;
  return organizationId === undefined
    ? { bodyId, origin, constituencyId, stage, status, listNumber }
    : { bodyId, origin, organizationId, constituencyId, stage, status, listNumber };
}
