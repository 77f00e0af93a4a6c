/**
 * Stable UIDs: the same milestone of the same election always gets the same UID, whatever the export time or
 * locale, so a calendar application that imports the file again updates its events instead of adding copies.
 */
import { ConfigError } from '@ungcu/core/errors';

export const DEFAULT_UID_DOMAIN = 'ungcu';

// A host name as RFC 5545 §3.8.4.7 suggests for the right-hand side: letters, digits, dots and hyphens.
const DOMAIN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/u;

export function checkUidDomain(domain: string): string {
  if (!DOMAIN.test(domain)) {
    throw new ConfigError({
      vi: `Tùy chọn uidDomain phải là tên miền (chữ cái, chữ số, dấu chấm, gạch nối), nhận được "${domain}"`,
      en: `The uidDomain option must be a domain name (letters, digits, dots, hyphens), got "${domain}"`,
    });
  }
  return domain;
}

/**
 * "dossier-deadline.2026-03-15.vn-2026@ungcu". Each part is percent-encoded, so an id with a space, a comma or
 * a Vietnamese letter still gives an ASCII UID that needs no escaping, and "." or "@" inside an id stays
 * distinguishable from the separators.
 */
export function milestoneUid(packId: string, electionDay: string, milestoneId: string, domain: string): string {
  const part = (s: string) => encodeURIComponent(s).replaceAll('.', '%2E');
  return `${part(milestoneId)}.${part(electionDay)}.${part(packId)}@${domain}`;
}
