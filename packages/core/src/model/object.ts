/**
 * `object`: `z.object` of zod/mini, parsed by zod's own generated ("JIT") object parser, the one classic `zod`
 * uses. zod/mini's `z.object` walks every shape with one generic loop (property reads and writes by a key
 * it cannot predict), and that walk was most of the cost of parsing a nominee (parseEntity, a store's save,
 * the importers); with a parser generated per shape a nominee parses about twice as fast. The schema is
 * otherwise the one `z.object` makes: the same def, so the same types, values, issues, defaults and JSON
 * Schema, and still a `z.ZodMiniObject`. zod tests once, when the first object is built, whether it may
 * generate code (`new Function`); where it may not (a Content-Security-Policy without 'unsafe-eval', or
 * `z.config({ jitless: true })` set before the model is imported) it parses the generic way, as before.
 * The cost: about 1.15 kB gzipped in a bundle with the model's objects.
 */
import { $constructor, $ZodObjectJIT, type $strip, type $ZodLooseShape, type util } from 'zod/v4/core';
import { ZodMiniObject } from 'zod/mini';

// zod/mini's object class on top of zod's generated parser: ZodMiniObject.init adds what zod/mini adds (the
// methods, `shape`, the `instanceof z.ZodMiniObject` trait) and keeps the parser the JIT installed.
const ZodMiniObjectJIT = /* @__PURE__ */ $constructor('ZodMiniObjectJIT', (inst: ZodMiniObject, def: ZodMiniObject['_zod']['def']) => {
  $ZodObjectJIT.init(inst, def);
  ZodMiniObject.init(inst, def);
});

/** `z.object(shape)`, with the generated parser. */
/* @__NO_SIDE_EFFECTS__ */
export function object<T extends $ZodLooseShape>(shape: T): ZodMiniObject<util.Writeable<T>, $strip> {
  return new ZodMiniObjectJIT({ type: 'object', shape } as never) as never;
}
