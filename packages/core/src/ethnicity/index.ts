export {
  AMBIGUOUS_ETHNIC_NAMES,
  ETHNIC_GROUPS,
  KINH_CODE,
  ethnicGroupByCode,
  isMinorityGroup,
  type AmbiguousEthnicName,
  type EthnicGroup,
  type EthnicGroupCode,
} from './groups';
export {
  isEthnicMinority,
  resolveEthnicity,
  type EthnicityProblem,
  type EthnicityResolution,
  type EthnicityText,
} from './resolve';
