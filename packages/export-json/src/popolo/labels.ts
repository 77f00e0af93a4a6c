/**
 * Names for Popolo objects whose model entity may have none (a body, a constituency) and for the posts: the
 * Popolo `name` and `label` are required there, so a label is made in the words of the official documents.
 */
import type { Body, Constituency } from '@ungcu/core';

const BODY_NAMES: Readonly<Record<Body['kind'], string>> = {
  'national-assembly': 'Quốc hội',
  'provincial-council': 'Hội đồng nhân dân cấp tỉnh',
  'district-council': 'Hội đồng nhân dân cấp huyện',
  'commune-council': 'Hội đồng nhân dân cấp xã',
};

const DEPUTY_ROLES: Readonly<Record<Body['kind'], string>> = {
  'national-assembly': 'Đại biểu Quốc hội',
  'provincial-council': 'Đại biểu Hội đồng nhân dân cấp tỉnh',
  'district-council': 'Đại biểu Hội đồng nhân dân cấp huyện',
  'commune-council': 'Đại biểu Hội đồng nhân dân cấp xã',
};

export function bodyLabel(body: Body): string {
  return body.name ?? `${BODY_NAMES[body.kind]} ${body.kind === 'national-assembly' ? 'khóa' : 'nhiệm kỳ'} ${body.term}`;
}

export function deputyRole(kind: Body['kind'] | undefined): string {
  return kind === undefined ? 'Đại biểu' : DEPUTY_ROLES[kind];
}

/** "Đơn vị bầu cử số 1, Thành phố Hà Nội": what the official list heads each constituency with. */
export function constituencyLabel(constituency: Constituency, unitName: string | undefined): string {
  return constituency.name ?? `Đơn vị bầu cử số ${constituency.number}${unitName === undefined ? '' : `, ${unitName}`}`;
}
