/**
 * Every rule of @ungcu/rules-vn, one folder each (src/rules/<name>/index.ts, id `vn/<name>`). A test checks
 * this list against the folders, so a new rule cannot be forgotten here.
 */
import type { Rule } from '@ungcu/core/rules';
import { candidateExclusions } from './candidate-exclusions/index';
import { constituencyEthnicMinorityShare } from './constituency-ethnic-minority-share/index';
import { constituencyWomenShare } from './constituency-women-share/index';
import { councilCandidateSurplus } from './council-candidate-surplus/index';
import { councilConstituencySeats } from './council-constituency-seats/index';
import { councilIncumbents } from './council-incumbents/index';
import { councilLevels } from './council-levels/index';
import { councilLocalResidence } from './council-local-residence/index';
import { councilNonParty } from './council-non-party/index';
import { councilSingleConstituency } from './council-single-constituency/index';
import { councilTotalSeats } from './council-total-seats/index';
import { councilWomenShare } from './council-women-share/index';
import { councilYoung } from './council-young/index';
import { declaredCandidates } from './declared-candidates/index';
import { electionDaySunday } from './election-day-sunday/index';
import { minimumAge } from './minimum-age/index';
import { naCandidateSurplus } from './na-candidate-surplus/index';
import { naCentralLocalSplit } from './na-central-local-split/index';
import { naConstituencySeats } from './na-constituency-seats/index';
import { naEthnicMinorityShare } from './na-ethnic-minority-share/index';
import { naFullTime } from './na-full-time/index';
import { naIncumbents } from './na-incumbents/index';
import { naNonParty } from './na-non-party/index';
import { naProvinceLocalDeputies } from './na-province-local-deputies/index';
import { naProvinceMinSeats } from './na-province-min-seats/index';
import { naSingleConstituency } from './na-single-constituency/index';
import { naTotalSeats } from './na-total-seats/index';
import { naWomenShare } from './na-women-share/index';
import { naYoung } from './na-young/index';
import { officialInOwnUnit } from './official-in-own-unit/index';
import { officialListOrder } from './official-list-order/index';
import { partyAgeFirstTime } from './party-age-first-time/index';
import { partyAgeRerunning } from './party-age-rerunning/index';
import { provinceEthnicMinorityShare } from './province-ethnic-minority-share/index';
import { provinceWomenShare } from './province-women-share/index';

export {
  candidateExclusions,
  constituencyEthnicMinorityShare,
  constituencyWomenShare,
  councilCandidateSurplus,
  councilConstituencySeats,
  councilIncumbents,
  councilLevels,
  councilLocalResidence,
  councilNonParty,
  councilSingleConstituency,
  councilTotalSeats,
  councilWomenShare,
  councilYoung,
  declaredCandidates,
  electionDaySunday,
  minimumAge,
  naCandidateSurplus,
  naCentralLocalSplit,
  naConstituencySeats,
  naEthnicMinorityShare,
  naFullTime,
  naIncumbents,
  naNonParty,
  naProvinceLocalDeputies,
  naProvinceMinSeats,
  naSingleConstituency,
  naTotalSeats,
  naWomenShare,
  naYoung,
  officialInOwnUnit,
  officialListOrder,
  partyAgeFirstTime,
  partyAgeRerunning,
  provinceEthnicMinorityShare,
  provinceWomenShare,
};

/** In id order. A tuple of the rules' own types, so the packs know each rule's id and options. */
export const ALL_RULES = [
  candidateExclusions,
  constituencyEthnicMinorityShare,
  constituencyWomenShare,
  councilCandidateSurplus,
  councilConstituencySeats,
  councilIncumbents,
  councilLevels,
  councilLocalResidence,
  councilNonParty,
  councilSingleConstituency,
  councilTotalSeats,
  councilWomenShare,
  councilYoung,
  declaredCandidates,
  electionDaySunday,
  minimumAge,
  naCandidateSurplus,
  naCentralLocalSplit,
  naConstituencySeats,
  naEthnicMinorityShare,
  naFullTime,
  naIncumbents,
  naNonParty,
  naProvinceLocalDeputies,
  naProvinceMinSeats,
  naSingleConstituency,
  naTotalSeats,
  naWomenShare,
  naYoung,
  officialInOwnUnit,
  officialListOrder,
  partyAgeFirstTime,
  partyAgeRerunning,
  provinceEthnicMinorityShare,
  provinceWomenShare,
] as const satisfies readonly Rule[];
