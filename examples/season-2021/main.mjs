// The 2021 season replayed through @ungcu/workflow: the real official list of the XVth National Assembly
// election (868 candidates) walked back to the first consultation and forward again, move by move, on the days
// of the vn-2021 calendar; the official lists approved by two people; the real results; the vetting cases and
// the work programme of the year; then the stage counts and the quarterly reports of 2021-Q1 and Q2.
//
//   node main.mjs [store file]   (default: season-2021.db in the current folder, made afresh on each run)
//
// What is real and what is made up is said in README.md. The stdout contract with the pack-and-install test:
// lines "official: 868", "elected: <n>", "Q1 appraisals: 179 central, 20 other", "programme: 12 + 17" and
// exit code 0.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUngcu } from '@ungcu/core';
import { computeCalendar } from '@ungcu/core/calendar';
import { comparisonKey } from '@ungcu/core/text';
import { csvImporter } from '@ungcu/export-csv';
import { vn2021 } from '@ungcu/rules-vn';
import { sqliteStore } from '@ungcu/storage-sqlite';
import {
  approveList,
  completeStep,
  concludeCase,
  moveNominees,
  openVettingCase,
  quarterlyNarrative,
  quarterlyReport,
  stageCounts,
} from '@ungcu/workflow';
import { seededSeason } from './seed.mjs';

const data = fileURLToPath(new URL('../data/vn-na-2021/', import.meta.url));
const path = process.argv[2] ?? 'season-2021.db';
// The replay writes a whole season: it starts from an empty store of its own.
if (existsSync(path)) rmSync(path);
const store = await sqliteStore(path, { actor: 'season-2021' });
const ungcu = createUngcu({ packs: [vn2021], store, importers: [csvImporter()] });

// 1. The real official list, read as any agency file is.
const files = readdirSync(join(data, 'candidates')).filter((f) => f.endsWith('.csv')).map((f) => join(data, 'candidates', f));
const { data: official, errors } = await ungcu.importFiles(files);
if (errors.length > 0) throw new Error(`the 2021 list did not read: ${errors.length} errors`);

// 2. The season before it: everyone back to "proposed", and the nominees dropped on the way (made up, see seed.mjs).
const calendar = computeCalendar(vn2021, official.elections[0].electionDay);
const day = (id) => calendar.milestones.find((m) => m.id === id).date;
const season = seededSeason(official);
await ungcu.save(season.dataset, { actor: 'season-2021' });

const options = (on, extra = {}) => ({ by: 'ban-cong-tac-mttq', on, pack: vn2021, ...extra });
// Second consultation (round 2): the preliminary list, and those it did not keep.
await moveNominees(store, season.notPreliminary, 'not-qualified', options(day('consultation-2'), { round: 2, reason: 'Không được hiệp thương lần thứ hai đưa vào danh sách sơ bộ' }));
await moveNominees(store, season.preliminary, 'preliminary', options(day('consultation-2'), { round: 2 }));
// The voters' conferences at the workplace and the residence, ten days after.
const conferences = new Date(Date.parse(day('consultation-2')) + 10 * 86_400_000).toISOString().slice(0, 10);
await moveNominees(store, season.preliminary, 'voter-conference', options(conferences));
await moveNominees(store, season.withdrewBeforeThird, 'withdrawn', options(day('consultation-3'), { reason: 'Xin rút khỏi danh sách (đơn của người được giới thiệu)' }));
// Third consultation (round 3): the qualified list.
await moveNominees(store, season.notQualified, 'not-qualified', options(day('consultation-3'), { round: 3, reason: 'Không đạt tín nhiệm tại hội nghị cử tri nơi cư trú' }));
await moveNominees(store, season.qualified, 'qualified', options(day('consultation-3'), { round: 3 }));

// 3. Four eyes: each constituency's list approved by two people of the National Election Council's staff.
for (const c of official.constituencies) {
  await approveList(store, c.id, { by: 'hdbcqg-vu-cong-tac-dai-bieu', at: '2021-04-26T08:00:00.000Z' });
  await approveList(store, c.id, { by: 'hdbcqg-pho-chu-tich', at: '2021-04-26T15:00:00.000Z' });
}
// Published by Resolution 633/NQ-HĐBCQG on 27 April 2021: the whole list in one move, its quotas checked once.
await moveNominees(store, season.qualified, 'official', { ...options('2021-04-27'), by: 'hdbcqg' });

// 4. The results as CEMA published them: in each constituency, the seats go to the most votes above half.
const results = resultsByNominee(official, readFileSync(join(data, 'results-by-constituency.csv'), 'utf8'));
await moveNominees(store, results.elected, 'elected', { ...options('2021-06-10'), by: 'hdbcqg' });
await moveNominees(store, results.notElected, 'not-elected', { ...options('2021-06-10'), by: 'hdbcqg', reason: 'Không đủ số phiếu hoặc không ở trong số người được nhiều phiếu nhất' });

// 5. Vetting: the cases of the year (made up to the sector's reported figure: 179 appraised in the first quarter).
for (const c of season.vettingCases) {
  await openVettingCase(store, c.input, { by: c.assessor, pack: vn2021 });
  for (const [kind, on] of c.steps) await completeStep(store, c.input.id, kind, { on, by: c.assessor });
  if (c.concludedOn !== undefined) await concludeCase(store, c.input.id, { outcome: 'meets-standards', on: c.concludedOn, by: c.assessor });
}
// 6. The work programme of 2021 and its proposals (made up to 12 for the Central Committee, 17 for the Politburo and Secretariat).
await store.workProgrammes.bulkUpsert([season.programme]);
await store.proposals.bulkUpsert(season.proposals);

// What the season comes to.
const stored = await ungcu.load();
const counts = stageCounts(stored, { bodyId: stored.bodies[0].id });
console.log(`nominees: ${stored.nominees.length}`);
for (const step of counts.steps) {
  console.log(`${step.step}: proposed ${step.proposed}, kept ${step.kept}, dropped ${step.dropped}${step.reasons.length > 0 ? ` (${step.reasons.map((r) => `${r.count} ${r.reason}`).join('; ')})` : ''}`);
}
console.log(`official: ${counts.steps.find((s) => s.step === 'official').proposed}`);
console.log(`elected: ${counts.byStage.elected}`);
const q1 = await quarterlyReport({ store, quarter: '2021-Q1', electionId: stored.elections[0].id, packs: { [vn2021.id]: vn2021 } });
const q2 = await quarterlyReport({ store, quarter: '2021-Q2', electionId: stored.elections[0].id, packs: { [vn2021.id]: vn2021 } });
const central = (report) => report.vetting.byPurpose.reduce((sum, row) => sum + row.central, 0);
console.log(`no published result: ${results.unmatched.length}${results.unmatched.length > 0 ? ` (${results.unmatched.join(', ')})` : ''}`);
console.log(`Q1 appraisals: ${central(q1)} central, ${q1.vetting.total - central(q1)} other`);
console.log(`Q2 appraisals: ${central(q2)} central, ${q2.vetting.total - central(q2)} other`);
const byRecipient = (r) => season.proposals.filter((p) => r.includes(p.submittedTo)).length;
console.log(`programme: ${byRecipient(['central-committee'])} + ${byRecipient(['politburo', 'secretariat'])}`);
for (const [label, report] of [['Quý I/2021', q1], ['Quý II/2021', q2]]) {
  console.log(`\n${label}`);
  for (const sentence of quarterlyNarrative(report, 'vi')) console.log(`- ${sentence}`);
}
await ungcu.close();

/**
 * Each official nominee elected or not, from the votes per constituency (Điều 78: the most votes, more than half
 * the valid votes). The published results number some constituencies of a province differently from the list
 * and add an alias in brackets to some names, so a nominee is matched by province and by either name.
 */
function resultsByNominee(dataset, csv) {
  const [, ...lines] = csv.trim().split('\n');
  const names = (text) => {
    const [main, alias] = text.replace(/^(Ông|Bà) /u, '').split(/\s*\(/u);
    // "Vỹ" and "Vĩ" are one name written two ways (y and i after a consonant): matched alike.
    return [main, alias?.replace(/\)\s*$/u, '')].filter(Boolean).map((n) => comparisonKey(n).replace(/y/gu, 'i'));
  };
  const province = (text) => comparisonKey(text.replace(/^(THÀNH PHỐ|TỈNH) /iu, ''));
  const votes = new Map();
  for (const line of lines) {
    const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/gu).map((c) => c.replace(/,$/u, '').replace(/^"|"$/gu, ''));
    for (const name of names(cells[4])) votes.set(`${province(cells[0])}|${name}`, { votes: Number(cells[5]), percent: Number(cells[7]) });
  }
  const units = new Map(dataset.administrativeUnits.map((u) => [u.id, u.name]));
  const elected = [];
  const notElected = [];
  const unmatched = [];
  for (const c of dataset.constituencies) {
    const standing = [];
    for (const n of dataset.nominees.filter((x) => x.nomination.constituencyId === c.id && x.nomination.status === 'active')) {
      const found = names(n.person.fullName).map((name) => votes.get(`${province(units.get(c.unitId) ?? '')}|${name}`)).find(Boolean);
      if (found === undefined) unmatched.push(n.person.fullName);
      else standing.push({ id: n.id, ...found });
    }
    standing.sort((a, b) => b.votes - a.votes);
    standing.forEach((s, i) => (i < c.seats && s.percent > 50 ? elected : notElected).push(s.id));
  }
  return { elected, notElected, unmatched };
}
