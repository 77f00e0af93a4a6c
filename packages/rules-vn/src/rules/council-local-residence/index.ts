import { defineRule } from '@ungcu/core/rules';
import { COUNCIL_KINDS, docsUrl, law } from '../../sources';

/**
 * Điều 36 khoản 2: a council candidate lives or works regularly in the council's locality. Checked per
 * council (body scope) so that nominees whose data cannot tell are reported once per council, not once each.
 */
export const councilLocalResidence = defineRule({
  id: 'vn/council-local-residence',
  title: { vi: 'Cư trú hoặc công tác tại địa phương', en: 'Lives or works in the locality' },
  description: {
    vi: 'Người ứng cử đại biểu HĐND phải là người đang cư trú hoặc công tác thường xuyên ở địa phương mà mình ứng cử.',
    en: "A People's Council candidate lives or works regularly in the locality of the council.",
  },
  severity: 'error',
  scope: 'body',
  bodyKinds: COUNCIL_KINDS,
  sources: [law('36', '2')],
  legalText: {
    vi: '“Người ứng cử đại biểu Hội đồng nhân dân… phải là người đang cư trú hoặc công tác thường xuyên ở địa phương đó.”',
    en: '“A candidate for a People’s Council… must be a person currently residing or regularly working in that locality.”',
  },
  notes: [
    {
      vi: 'Dựa vào person.residenceUnitId và person.workplaceUnitId so với đơn vị hành chính của Hội đồng (kể cả đơn vị cấp dưới). Người mà dữ liệu không có hai trường này không bị coi là vi phạm: quy tắc gộp họ thành một cảnh báo “không xác định được” cho mỗi Hội đồng.',
      en: "Compares person.residenceUnitId and person.workplaceUnitId with the council's unit (sub-units included). Nominees whose data has neither field are not taken as breaking the rule: the rule sums them up in one “cannot tell” warning per council.",
    },
  ],
  messages: {
    elsewhere: {
      vi: '{name}: nơi cư trú và nơi công tác đều không thuộc {unit}',
      en: '{name}: neither residence nor workplace is in {unit}',
    },
    unknown: {
      vi: '{council}: dữ liệu không cho biết {count}/{total} người ứng cử có cư trú hoặc công tác tại {unit} hay không',
      en: '{council}: the data does not tell whether {count} of {total:plural:# nominee|# nominees} {count:plural:lives or works|live or work} in {unit}',
    },
  },
  docsUrl: docsUrl('vn/council-local-residence'),
  check(body, ctx) {
    if (body.unitId === undefined) return;
    const councilUnit = body.unitId;
    const inside = new Map<string, boolean>([[councilUnit, true]]);
    // A unit is inside the council's locality when it is that unit or one of its descendants (memoised).
    const within = (unitId: string | undefined): boolean => {
      if (unitId === undefined) return false;
      const known = inside.get(unitId);
      if (known !== undefined) return known;
      inside.set(unitId, false); // a parent cycle ends here
      const result = within(ctx.unit(unitId)?.parentId);
      inside.set(unitId, result);
      return result;
    };
    const unit = ctx.unit(councilUnit)?.name ?? councilUnit;
    // One finding per nominee and a count: the order cannot change the outcome, so skip sorting the list.
    const nominees = ctx.nomineesOfBody(body.id, 'any');
    let unknown = 0;
    for (const n of nominees) {
      const { residenceUnitId, workplaceUnitId } = n.person;
      if (residenceUnitId === undefined && workplaceUnitId === undefined) unknown++;
      else if (!within(residenceUnitId) && !within(workplaceUnitId)) {
        const name = n.person.fullName;
        ctx.report({ messageId: 'elsewhere', target: { kind: 'nominee', id: n.id, name }, data: { name, unit } });
      }
    }
    if (unknown === 0) return;
    const council = body.name ?? body.id;
    ctx.report({
      messageId: 'unknown',
      severity: 'warning',
      target: { kind: 'body', id: body.id, name: council },
      data: { council, unit, count: unknown, total: nominees.length },
    });
  },
});
