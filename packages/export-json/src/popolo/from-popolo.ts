/**
 * Popolo → dataset. Objects written by `popoloExporter()` carry an `ungcu` property saying which entity they
 * are and holding the fields Popolo has no slot for; objects from elsewhere are placed by their
 * classification and read from the standard properties alone (fields.ts), and whatever the model then
 * misses is reported like any other invalid field. Errors point into the Popolo document (the membership,
 * the person), not into the dataset it became.
 */
import { Dataset, ensureZodMessages } from '@ungcu/core';
import { ModelError } from '@ungcu/core/errors';
import type { ImportError } from '@ungcu/core/export';
import { type DocumentRead, errorAt } from '../dataset-reader';
import { droppedFields } from '../dropped-fields';
import { READABLE_FORMAT_VERSIONS } from '../format';
import { issueErrors } from '../issues';
import { ALIAS_NOTE, CANDIDATE_ROLE, CLASSIFICATIONS, EXACT_FIELDS, type FieldMap, popoloProperty } from './fields';

type Loose = Record<string, unknown>;
type Path = readonly PropertyKey[];

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `ungcu` extension of a Popolo object, or an empty one for an object written elsewhere. */
const extensionOf = (o: Loose): Loose => (isObject(o['ungcu']) ? o['ungcu'] : {});

/** The model entity: the extension's fields, then the exact fields from Popolo's properties (null is absent). */
function fromPopoloObject(o: Loose, map: FieldMap, leaveOut: readonly string[] = []): Loose {
  const { type: _type, ...rest } = extensionOf(o);
  const entity: Loose = { ...rest };
  for (const key of leaveOut) delete entity[key];
  for (const [model, popolo] of map) {
    const value = o[popolo];
    if (value === undefined || value === null) continue;
    const keys = model.split('.');
    let node = entity;
    for (const key of keys.slice(0, -1)) {
      const inner = isObject(node[key]) ? { ...(node[key] as Loose) } : {};
      node[key] = inner;
      node = inner;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return entity;
}

function personFromPopolo(p: Loose): Loose {
  const person = fromPopoloObject(p, EXACT_FIELDS.person, ['derivedId']);
  const others = Array.isArray(p['other_names']) ? (p['other_names'] as unknown[]).filter(isObject) : [];
  const alias = others.find((n) => n['note'] === ALIAS_NOTE) ?? (person['alias'] === undefined ? others[0] : undefined);
  if (alias !== undefined && typeof alias['name'] === 'string') person['alias'] = alias['name'];
  return person;
}

type Kind = 'election' | 'administrative-unit' | 'constituency' | 'body' | 'nominating-organization' | 'nomination';

const COLLECTION_OF: Readonly<Record<Kind, keyof Dataset>> = {
  election: 'elections',
  'administrative-unit': 'administrativeUnits',
  constituency: 'constituencies',
  body: 'bodies',
  'nominating-organization': 'nominatingOrganizations',
  nomination: 'nominees',
};

/** Which entity a Popolo object is: its extension says so, else its array and classification. */
function kindOf(array: string, o: Loose): Kind | undefined {
  const type = extensionOf(o)['type'];
  if (typeof type === 'string' && Object.hasOwn(COLLECTION_OF, type)) return type as Kind;
  if (type !== undefined) return undefined;
  const classification = o['classification'];
  switch (array) {
    case 'events':
      return classification === CLASSIFICATIONS.election ? 'election' : undefined;
    case 'organizations':
      return classification === CLASSIFICATIONS.body ? 'body' : 'nominating-organization';
    case 'areas':
      return classification === CLASSIFICATIONS.constituency ? 'constituency' : 'administrative-unit';
    case 'memberships':
      return o['role'] === CANDIDATE_ROLE ? 'nomination' : undefined;
    default:
      return undefined;
  }
}

const ARRAYS = ['events', 'areas', 'organizations', 'persons', 'memberships', 'posts'] as const;
const EXTENSION_COLLECTIONS = ['structurePlans', 'consultationRounds', 'vettingCases', 'workProgrammes', 'proposals'] as const;

/** Reads a Popolo document (already parsed) into a dataset, or the located errors that stop it. */
export function readPopoloDocument(file: string, text: string | undefined, document: Loose): DocumentRead {
  const errors: ImportError[] = [];
  for (const array of ARRAYS) {
    if (document[array] !== undefined && !Array.isArray(document[array])) {
      errors.push(errorAt(file, text, [array], 'invalid-field', {
        vi: `"${array}" phải là một danh sách (mảng JSON) các đối tượng Popolo.`,
        en: `"${array}" must be a list (JSON array) of Popolo objects.`,
      }));
    }
  }
  const extension = isObject(document['ungcu']) ? document['ungcu'] : {};
  const version = extension['formatVersion'];
  if (version !== undefined && !(typeof version === 'number' && READABLE_FORMAT_VERSIONS.includes(version))) {
    errors.push(errorAt(file, text, ['ungcu', 'formatVersion'], 'invalid-value', {
      vi: `Trường "ungcu.formatVersion" là ${JSON.stringify(version)}: tài liệu Popolo được ghi bằng phiên bản ungcu khác; phiên bản này chỉ đọc được ${READABLE_FORMAT_VERSIONS.join(', ')}. Hãy cập nhật @ungcu/export-json.`,
      en: `Field "ungcu.formatVersion" is ${JSON.stringify(version)}: the Popolo document was written by another ungcu version; this one reads ${READABLE_FORMAT_VERSIONS.join(', ')} only. Update @ungcu/export-json.`,
    }, JSON.stringify(version)));
  }
  if (errors.length > 0) return { errors, warnings: [] };

  const list = (array: string): Loose[] => (Array.isArray(document[array]) ? (document[array] as unknown[]) : []).map((o) => (isObject(o) ? o : {}));
  const input: Record<string, Loose[]> = {};
  /** For each dataset entity, the Popolo object it came from, by collection and index. */
  const origins: Record<string, Path[]> = {};
  /** For each nominee, the Popolo person its person came from (absent when the membership carries its own). */
  const personOrigins: (Path | undefined)[] = [];
  const add = (collection: string, entity: Loose, origin: Path) => {
    (input[collection] ??= []).push(entity);
    (origins[collection] ??= []).push(origin);
  };

  const skipped: ImportError[] = [];
  const persons = new Map<string, number>();
  list('persons').forEach((p, k) => {
    if (typeof p['id'] === 'string' && !persons.has(p['id'])) persons.set(p['id'], k);
  });
  const personObjects = list('persons');

  for (const array of ['events', 'areas', 'organizations', 'memberships'] as const) {
    list(array).forEach((o, index) => {
      const kind = kindOf(array, o);
      if (kind === undefined) {
        // Popolo documents hold more than candidates (memberships of a party, a committee...): such objects
        // are no part of the model, and are named so the reader knows what was left out.
        const type = extensionOf(o)['type'];
        skipped.push(errorAt(file, text, [array, index], 'unknown-column', {
          vi: `Đối tượng ${JSON.stringify(o['id'] ?? index)} trong "${array}" không thuộc mô hình dữ liệu ungcu (${type === undefined ? `classification ${JSON.stringify(o['classification'] ?? null)}, role ${JSON.stringify(o['role'] ?? null)}` : `ungcu.type ${JSON.stringify(type)}`}); đã bỏ qua.`,
          en: `Object ${JSON.stringify(o['id'] ?? index)} of "${array}" is no part of the ungcu model (${type === undefined ? `classification ${JSON.stringify(o['classification'] ?? null)}, role ${JSON.stringify(o['role'] ?? null)}` : `ungcu.type ${JSON.stringify(type)}`}); ignored.`,
        }));
        return;
      }
      const origin: Path = [array, index];
      if (kind !== 'nomination') {
        add(COLLECTION_OF[kind], fromPopoloObject(o, EXACT_FIELDS[kind]), origin);
        return;
      }
      const nominee = fromPopoloObject(o, EXACT_FIELDS.nomination);
      const personId = o['person_id'];
      const k = typeof personId === 'string' ? persons.get(personId) : undefined;
      const popoloPerson = k === undefined ? undefined : personObjects[k]!;
      if (!isObject(nominee['person'])) {
        if (popoloPerson === undefined) {
          errors.push(errorAt(file, text, [array, index, 'person_id'], 'invalid-field', {
            vi: `Tư cách thành viên (membership) ${JSON.stringify(o['id'])} trỏ tới người ${JSON.stringify(personId)} không có trong "persons".`,
            en: `Membership ${JSON.stringify(o['id'])} refers to person ${JSON.stringify(personId)}, who is not in "persons".`,
          }, typeof personId === 'string' ? personId : undefined));
          return;
        }
        nominee['person'] = personFromPopolo(popoloPerson);
        personOrigins[input['nominees']?.length ?? 0] = ['persons', k!];
      }
      if (popoloPerson !== undefined && extensionOf(popoloPerson)['derivedId'] === true) delete nominee['personId'];
      add('nominees', nominee, origin);
    });
  }
  if (errors.length > 0) return { errors, warnings: skipped };
  for (const collection of EXTENSION_COLLECTIONS) {
    const items = extension[collection];
    if (items !== undefined) input[collection] = items as Loose[];
  }

  const place = (path: Path): Path => {
    const [collection, index, ...rest] = path;
    const origin = typeof collection === 'string' && typeof index === 'number' ? origins[collection]?.[index] : undefined;
    if (origin === undefined) return typeof collection === 'string' && Object.hasOwn(extension, collection) ? ['ungcu', ...path] : path;
    if (collection === 'nominees' && rest[0] === 'person') {
      const personOrigin = personOrigins[index as number];
      if (personOrigin === undefined) return [...origin, 'ungcu', ...rest];
      const property = popoloProperty('person', String(rest[1]));
      if (rest[1] === 'alias') return [...personOrigin, 'other_names'];
      return property === undefined ? [...personOrigin, 'ungcu', ...rest.slice(1)] : [...personOrigin, property, ...rest.slice(2)];
    }
    const kind = (Object.keys(COLLECTION_OF) as Kind[]).find((k) => COLLECTION_OF[k] === collection)!;
    for (const depth of [2, 1]) {
      const property = rest.length >= depth ? popoloProperty(kind, rest.slice(0, depth).join('.')) : undefined;
      if (property !== undefined) return [...origin, property, ...rest.slice(depth)];
    }
    return [...origin, 'ungcu', ...rest];
  };

  ensureZodMessages();
  const parsed = Dataset.safeParse(input);
  if (!parsed.success) return { errors: issueErrors({ file, ...(text === undefined ? {} : { text }), input, place }, parsed.error.issues), warnings: skipped };
  const dropped = droppedFields(input, parsed.data).map((path) =>
    errorAt(file, text, place(path), 'unknown-column', {
      vi: `Trường "${String(path[path.length - 1])}" không thuộc mô hình dữ liệu; đã bỏ qua.`,
      en: `Field "${String(path[path.length - 1])}" is not part of the model; ignored.`,
    }),
  );
  return { data: parsed.data, errors: [], warnings: [...skipped, ...dropped] };
}

/** Whether a parsed JSON value looks like a Popolo document rather than an ungcu dataset file. */
export function isPopoloDocument(value: Loose): boolean {
  return value['formatVersion'] === undefined && ['persons', 'memberships', 'organizations'].some((key) => Array.isArray(value[key]));
}

/**
 * A Popolo document (as `toPopolo()` returns it, or parsed from a file) as a dataset. Throws a `ModelError`
 * listing every problem when the document cannot become a valid dataset; use `popoloImporter()` to get
 * the problems as data instead.
 */
export function fromPopolo(json: unknown): Dataset {
  const read = isObject(json)
    ? readPopoloDocument('(popolo)', undefined, json)
    : { errors: [errorAt('(popolo)', undefined, [], 'invalid-field', { vi: 'Tài liệu Popolo phải là một đối tượng JSON.', en: 'A Popolo document must be a JSON object.' })], warnings: [] };
  if (read.data !== undefined) return read.data;
  const summary = (locale: 'vi' | 'en') => read.errors.map((e) => `${e.column?.header ?? '$'}: ${e.message[locale]}`).join('; ');
  throw new ModelError(
    { vi: `Tài liệu Popolo không chuyển được thành dữ liệu ungcu: ${summary('vi')}`, en: `The Popolo document cannot become an ungcu dataset: ${summary('en')}` },
    read.errors.map((e) => ({ path: [e.column?.header ?? '$'], message: e.message.en, code: e.code })),
  );
}
