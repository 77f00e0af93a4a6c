// The made-up part of the 2021 replay, deterministic (no randomness): who else was proposed at the first
// consultation, the vetting cases of the year and the work programme. Every figure it aims at is public:
// 1,076 nominees allocated at the first consultation (baochinhphu.vn, 2021), 868 on the official list, 179
// appraisals of cadres under central management in the first quarter, 12 proposals to the Central Committee
// and 17 to the Politburo and Secretariat in the year's programme. The people and titles it makes are not real
// and say so in their names.

const DAY = 86_400_000;
const addDays = (iso, n) => new Date(Date.parse(iso) + n * DAY).toISOString().slice(0, 10);

/** Nominees allocated at the first consultation of 2021 (2.15 per seat). */
export const PROPOSED_2021 = 1076;
/** How the 208 made-up nominees left the lists: at the second consultation, by withdrawal before the third, at the third. */
const DROPPED = { notPreliminary: 120, withdrewBeforeThird: 40, notQualified: 48 };

/** Everyone back to the first list: stage "proposed", no history, no list number, no result. */
function proposed(nominee) {
  const { listNumber: _listNumber, removal: _removal, ...nomination } = nominee.nomination;
  return { ...nominee, nomination: { ...nomination, stage: 'proposed', status: 'active' } };
}

/** A made-up nominee, standing where a real one stood: the name says what it is. */
function madeUp(base, n) {
  const { personId: _personId, version: _version, sourceText: _sourceText, ...rest } = base;
  const name = `Người được giới thiệu ${String(n).padStart(3, '0')}`;
  return proposed({ ...rest, id: `season-2021/proposed-${n}`, person: { ...base.person, fullName: name, alias: undefined } });
}

/** Central nominees on the 2021 official list. */
const CENTRAL_NOMINEES = 203;
const CENTRAL_Q1 = { appointment: 62, candidacy: 43, designation: 31, assignment: 25, rotation: 18 };
const ASSESSORS = ['tham-dinh-vu-1', 'tham-dinh-vu-2', 'tham-dinh-vu-3', 'tham-dinh-vu-4', 'tham-dinh-vu-5', 'tham-dinh-vu-6'];

/** One case: opened, reviewed a week later, verified a week after that, appraised and concluded a week later. */
function vettingCase(id, fields, openedOn, concludedOn, k) {
  const assessor = ASSESSORS[k % ASSESSORS.length];
  const review = addDays(openedOn, 7);
  const verification = addDays(openedOn, 14);
  return {
    assessor,
    input: { id, openedOn, assessor, ...fields },
    steps: [
      ['review', review],
      ['verification', verification],
      ['appraisal', concludedOn],
    ],
    concludedOn,
  };
}

function vettingCases(official) {
  const electionId = official.elections[0].id;
  // The official list does not say who the centre nominated (203 in 2021); the replay takes the first 203 whose
  // workplace is a central body, then others in list order: a stand-in, not the real split.
  const CENTRAL_BODY = /Trung ương|Quốc hội|Chính phủ|Bộ |Văn phòng Chủ tịch nước|tối cao|Kiểm toán Nhà nước/u;
  const byWorkplace = [...official.nominees].sort((a, b) => Number(!CENTRAL_BODY.test(a.person.workplace ?? '')) - Number(!CENTRAL_BODY.test(b.person.workplace ?? '')));
  const central = byWorkplace.slice(0, CENTRAL_NOMINEES);
  const cases = [];
  let k = 0;
  // The first quarter: 179 cases under central management, by purpose; the candidacies are real central nominees.
  let candidate = 0;
  for (const [purpose, count] of Object.entries(CENTRAL_Q1)) {
    for (let i = 0; i < count; i++, k++) {
      const openedOn = addDays(purpose === 'candidacy' ? '2021-02-01' : '2021-01-04', k % 30);
      const person =
        purpose === 'candidacy'
          ? { personName: central[candidate].person.fullName, nomineeId: central[candidate++].id, electionId }
          : { personName: `Cán bộ ${purpose} ${String(i + 1).padStart(3, '0')}` };
      cases.push(vettingCase(`season-2021/vetting-${k + 1}`, { purpose, managementLevel: 'central', ...person }, openedOn, addDays(openedOn, 21), k));
    }
  }
  // The other central nominees are appraised in April, before the third consultation (18 April).
  for (; candidate < central.length; candidate++, k++) {
    const openedOn = addDays('2021-03-08', k % 14);
    const n = central[candidate];
    cases.push(
      vettingCase(`season-2021/vetting-${k + 1}`, { purpose: 'candidacy', managementLevel: 'central', personName: n.person.fullName, nomineeId: n.id, electionId }, openedOn, addDays(openedOn, 28), k),
    );
  }
  // Twenty cases under local management in the first quarter: counted apart from the central ones.
  for (let i = 0; i < 20; i++, k++) {
    const openedOn = addDays('2021-01-11', i);
    cases.push(vettingCase(`season-2021/vetting-${k + 1}`, { purpose: 'appointment', managementLevel: 'local', personName: `Cán bộ địa phương ${i + 1}` }, openedOn, addDays(openedOn, 21), k));
  }
  return cases;
}

/** The year's programme: planned quarter, recipient, and how far each proposal had come by the end of June. */
function programme() {
  const workProgramme = { id: 'season-2021/programme', title: 'Chương trình công tác năm 2021 (mẫu)', kind: 'annual', year: 2021 };
  const plan = [
    // [recipient, planned quarter, submitted on, decided on]
    ...[
      ['2021-Q1', '2021-03-10', '2021-03-26'],
      ['2021-Q1', '2021-03-15', '2021-03-26'],
      ['2021-Q2', '2021-05-20', '2021-06-15'],
      ['2021-Q2', '2021-06-01', undefined],
      ['2021-Q2', undefined, undefined],
      ['2021-Q3', undefined, undefined],
      ['2021-Q3', undefined, undefined],
      ['2021-Q3', undefined, undefined],
      ['2021-Q4', undefined, undefined],
      ['2021-Q4', undefined, undefined],
      ['2021-Q4', undefined, undefined],
      ['2021-Q4', undefined, undefined],
    ].map((p) => ['central-committee', ...p]),
    ...[
      ['politburo', '2021-Q1', '2021-02-20', '2021-03-05'],
      ['politburo', '2021-Q1', '2021-03-12', '2021-03-30'],
      ['secretariat', '2021-Q1', '2021-03-18', undefined],
      ['secretariat', '2021-Q1', '2021-04-12', '2021-04-28'],
      ['politburo', '2021-Q1', '2021-03-25', undefined],
      ['politburo', '2021-Q2', '2021-04-20', '2021-05-18'],
      ['politburo', '2021-Q2', '2021-05-10', undefined],
      ['secretariat', '2021-Q2', '2021-06-08', undefined],
      ['politburo', '2021-Q2', undefined, undefined],
      ['secretariat', '2021-Q2', undefined, undefined],
      ['politburo', '2021-Q2', '2021-06-25', undefined],
      ['politburo', '2021-Q3', undefined, undefined],
      ['politburo', '2021-Q3', undefined, undefined],
      ['secretariat', '2021-Q3', undefined, undefined],
      ['politburo', '2021-Q4', undefined, undefined],
      ['politburo', '2021-Q4', undefined, undefined],
      ['secretariat', '2021-Q4', undefined, undefined],
    ],
  ];
  const proposals = plan.map(([submittedTo, plannedQuarter, submittedOn, decidedOn], i) => ({
    id: `season-2021/proposal-${i + 1}`,
    title: `Đề án mẫu số ${i + 1}`,
    submittedTo,
    workProgrammeId: workProgramme.id,
    plannedQuarter,
    leadUnit: 'Ban Tổ chức Trung ương',
    status: decidedOn !== undefined ? 'adopted' : submittedOn !== undefined ? 'submitted' : plannedQuarter <= '2021-Q2' ? 'drafting' : 'planned',
    ...(submittedOn === undefined ? {} : { submittedOn }),
    ...(decidedOn === undefined ? {} : { decidedOn }),
  }));
  return { workProgramme, proposals };
}

/**
 * The season's starting point and cast: the dataset to save (everyone "proposed"), the ids of each group the
 * replay moves, the vetting cases and the programme.
 */
export function seededSeason(official) {
  const real = official.nominees.map(proposed);
  const extra = Array.from({ length: PROPOSED_2021 - real.length }, (_, i) => madeUp(official.nominees[(i * 7) % official.nominees.length], i + 1));
  const ids = extra.map((n) => n.id);
  const notPreliminary = ids.slice(0, DROPPED.notPreliminary);
  const withdrewBeforeThird = ids.slice(DROPPED.notPreliminary, DROPPED.notPreliminary + DROPPED.withdrewBeforeThird);
  const notQualified = ids.slice(DROPPED.notPreliminary + DROPPED.withdrewBeforeThird);
  const qualified = real.map((n) => n.id);
  const { workProgramme, proposals } = programme();
  return {
    dataset: { ...official, nominees: [...real, ...extra] },
    notPreliminary,
    preliminary: [...qualified, ...withdrewBeforeThird, ...notQualified],
    withdrewBeforeThird,
    notQualified,
    qualified,
    vettingCases: vettingCases(official),
    programme: workProgramme,
    proposals,
  };
}
