/**
 * The signature block of Decree 30 (Appendix I, items 7–8): on the right the authority ("TM. ỦY BAN BẦU CỬ"),
 * the signer's title and name with room to sign; on the left "Nơi nhận". Only what the caller gives is printed.
 */
import type { DocumentHeading } from '@ungcu/core/export';
import { toNfc } from '@ungcu/core/text';
import type { SignatureBlock } from './model';

export function signatureBlock(heading: DocumentHeading | undefined): SignatureBlock {
  const signer = heading?.signer;
  const text = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : toNfc(value.trim()));
  const authority = text(signer?.authority);
  const title = text(signer?.title);
  const name = text(signer?.name);
  const recipients = heading?.recipients?.map((r) => toNfc(r)).filter((r) => r.trim() !== '');
  return {
    kind: 'signature',
    ...(authority === undefined ? {} : { authority: authority.toLocaleUpperCase('vi') }),
    ...(title === undefined ? {} : { title: title.toLocaleUpperCase('vi') }),
    ...(name === undefined ? {} : { name }),
    ...(recipients === undefined || recipients.length === 0 ? {} : { recipients }),
  };
}
