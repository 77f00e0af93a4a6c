export { ageOn, isIncumbent, isPartyMember, isYoung, personKey } from './person';
