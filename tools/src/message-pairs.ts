/**
 * Finds every bilingual message in the packages' sources and checks that its Vietnamese and English texts
 * carry the same values. Every message is written as literal text in place, `{ vi: `…${x}…`, en: `…${x}…` }`
 * (or handed to a function whose parameters are named `vi` and `en`), so a translation that drops a value,
 * prints a different one, or states another number is visible in the source alone, without running anything.
 *
 * What must match between the two texts of a pair:
 * - the interpolated expressions `${…}`, as source text, with locale-specific spellings made equal
 *   (`x.vi`/`x.en`, `'vi'`/`'en'`, `expectedVi`/`expected`) and the words inside them set aside, because
 *   those print the same value in each language (see expressionKey);
 * - the rule-catalogue placeholders (rendered later by the rule engine), read with the engine's own grammar
 *   (@ungcu/core/rules `placeholdersOf`): the values they print, `{name}` and `{name:percent}`; an English
 *   plural `{n:plural:# woman|# women}` prints `{n}`, and one that only chooses a word (`{n:plural:is|are}`)
 *   is language, like the word itself (see printedValueKey);
 * - the numbers written in digits, compared by value (a legal reference "Điều 8 khoản 3" must not become
 *   "Article 8(4)"; "07:00" is the "7 giờ" of the other language, see numbersIn).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { placeholdersOf, printedValueKey } from '@ungcu/core/rules';
import ts from 'typescript';

/** One side of a pair, reduced to what is compared. */
export interface MessageText {
  /** The text as a reader sees it: static parts, with `${expression}` kept in place. */
  readonly display: string;
  /** Each interpolated expression, as expressionKey() reduces it. */
  readonly expressions: readonly string[];
  /** The values the placeholders of the static parts print: `name` or `name:format` (printedValueKey). */
  readonly placeholders: readonly string[];
  /** The numbers the static parts state, by value (numbersIn). */
  readonly numbers: readonly string[];
}

export interface MessagePair {
  /** "packages/core/src/errors/classes.ts" (relative to the root given, or the file name given). */
  readonly file: string;
  /** 1-based line of the Vietnamese text. */
  readonly line: number;
  readonly vi: MessageText;
  readonly en: MessageText;
}

export interface PairMismatch {
  readonly pair: MessagePair;
  /** What differs, one line each: "numbers: only in vi [3], only in en [4]". */
  readonly problems: readonly string[];
}

const DIGITS = /\d+/gu;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// A month name counts as its number only beside a number ("1 July 2025", "May 2021"): "may open" is a verb.
const MONTH_BESIDE_NUMBER = new RegExp(`(?<=\\d\\s)(${MONTHS.join('|')})\\b|\\b(${MONTHS.join('|')})(?=\\s\\d)`, 'gu');
// National Assembly terms are written in Roman numerals in Vietnamese ("khóa XV") and as ordinals in English
// ("15th"); two letters at least, so that a lone "I" or "V" is never read as a number.
// Letter boundaries are Unicode-aware: the "VI" of an upper-case "VIỆT NAM" is not a numeral.
const ROMAN = /(?<![\p{L}\p{N}])[XVI]{2,}(?![\p{L}\p{N}])/gu;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number | undefined {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i]!]!;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only canonical numerals: "IIII" or "VV" is not a term number.
  return /^X{0,3}(IX|IV|V?I{0,3})$/u.test(numeral) ? total : undefined;
}

/**
 * The numbers a text states, by value: "06" is 6, a clock time "07:00" is the hour 7 ("7 giờ"), "July" beside
 * a number is 7 ("1/7/2025" is "1 July 2025"), "XV" is 15 ("khóa XV" is "the 15th"). Each language writes
 * these its own way; what must agree is the value.
 */
export function numbersIn(text: string): string[] {
  const spelled = text
    .replace(/\b(\d{1,2}):00\b/gu, '$1')
    .replace(MONTH_BESIDE_NUMBER, (month) => String(MONTHS.indexOf(month) + 1))
    .replace(ROMAN, (numeral) => String(romanValue(numeral) ?? numeral));
  return [...spelled.matchAll(DIGITS)].map((m) => String(Number(m[0])));
}

/**
 * Spellings that differ only by locale name the same value in each language: `subject.vi` beside `subject.en`,
 * `formatDate(d, 'vi')` beside `formatDate(d, 'en')`, `vn(max)` beside `en(max)`, `viSize` beside `enSize`,
 * `actualVi` beside `actual`. ("vn", the country code, is a common name for the Vietnamese variant.)
 */
export function normalizeExpression(source: string): string {
  return source
    .replace(/\s+/gu, ' ')
    .replace(/\b(vi|vn|en)(?=[A-Z]|\b)/gu, '<locale>')
    .replace(/\b([a-z][A-Za-z0-9_$]*?)(Vi|Vn|En)\b/gu, '$1')
    .trim();
}

/**
 * The value an interpolation prints, in comparable form. Text inside it is language (`${more ? ' (và …)' : ''}`
 * beside `${more ? ' (and …)' : ''}`) and becomes <text>; a choice of words by a value, `${use === 'filter' ?
 * 'lọc' : 'sắp xếp'}`, translates that value and stands for it (`${use}` in English prints it as it is).
 */
function expressionKey(node: ts.Expression, source: ts.SourceFile): string {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  if (
    ts.isConditionalExpression(node) &&
    isText(node.whenTrue) &&
    isText(node.whenFalse) &&
    ts.isBinaryExpression(node.condition) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      node.condition.operatorToken.kind,
    ) &&
    isText(node.condition.right)
  ) {
    return normalizeExpression(node.condition.left.getText(source));
  }
  const start = node.getStart(source);
  let text = '';
  let last = start;
  const visit = (child: ts.Node): void => {
    if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) {
      text += source.text.slice(last, child.getStart(source)) + '<text>';
      last = child.getEnd();
    } else if (ts.isTemplateExpression(child)) {
      text += source.text.slice(last, child.getStart(source)) + '`<text>${';
      last = child.head.getEnd();
      for (const span of child.templateSpans) {
        visit(span.expression);
        const tail = ts.isTemplateTail(span.literal);
        text += source.text.slice(last, span.expression.getEnd()) + (tail ? '}<text>`' : '}<text>${');
        last = span.literal.getEnd();
      }
    } else {
      ts.forEachChild(child, visit);
    }
  };
  visit(node);
  text += source.text.slice(last, node.getEnd());
  return normalizeExpression(text);
}

function isText(node: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

interface TextParts {
  readonly statics: string[];
  readonly expressions: string[];
  readonly display: string;
}

/** Literal text, a template, or a `+` concatenation of them; undefined for anything else. */
function textParts(node: ts.Expression, source: ts.SourceFile): TextParts | undefined {
  if (ts.isParenthesizedExpression(node)) return textParts(node.expression, source);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return { statics: [node.text], expressions: [], display: node.text };
  }
  if (ts.isTemplateExpression(node)) {
    const statics = [node.head.text];
    const expressions: string[] = [];
    let display = node.head.text;
    for (const span of node.templateSpans) {
      const expression = span.expression.getText(source);
      expressions.push(expressionKey(span.expression, source));
      statics.push(span.literal.text);
      display += `\${${expression}}${span.literal.text}`;
    }
    return { statics, expressions, display };
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = textParts(node.left, source);
    const right = textParts(node.right, source);
    if (left === undefined || right === undefined) return undefined;
    return {
      statics: [...left.statics, ...right.statics],
      expressions: [...left.expressions, ...right.expressions],
      display: left.display + right.display,
    };
  }
  return undefined;
}

function toMessageText(parts: TextParts): MessageText {
  const statics = parts.statics.join('\u0000');
  return {
    display: parts.display,
    expressions: parts.expressions,
    placeholders: placeholdersOf(statics).flatMap((p) => printedValueKey(p) ?? []),
    numbers: numbersIn(statics),
  };
}

function lineOf(node: ts.Node, source: ts.SourceFile): number {
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

/**
 * Pairs the two texts; a `cond ? a : b` on both sides with the same condition gives one pair per branch,
 * so each branch's translation is checked against its own counterpart.
 */
function pairsOf(vi: ts.Expression, en: ts.Expression, source: ts.SourceFile, file: string): MessagePair[] {
  while (ts.isParenthesizedExpression(vi)) vi = vi.expression;
  while (ts.isParenthesizedExpression(en)) en = en.expression;
  if (ts.isConditionalExpression(vi) && ts.isConditionalExpression(en)) {
    if (normalizeExpression(vi.condition.getText(source)) !== normalizeExpression(en.condition.getText(source))) return [];
    return [
      ...pairsOf(vi.whenTrue, en.whenTrue, source, file),
      ...pairsOf(vi.whenFalse, en.whenFalse, source, file),
    ];
  }
  const viParts = textParts(vi, source);
  const enParts = textParts(en, source);
  if (viParts === undefined || enParts === undefined) return [];
  return [{ file, line: lineOf(vi, source), vi: toMessageText(viParts), en: toMessageText(enParts) }];
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(property)) return undefined;
  const { name } = property;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

/** Positions of the `vi` and `en` parameters of a function that takes its message as two arguments. */
export interface BilingualParameters {
  readonly vi: number;
  readonly en: number;
}

function bilingualParameters(parameters: ts.NodeArray<ts.ParameterDeclaration>): BilingualParameters | undefined {
  const names = parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
  const vi = names.indexOf('vi');
  const en = names.indexOf('en');
  return vi >= 0 && en >= 0 ? { vi, en } : undefined;
}

/**
 * Functions and classes of a file whose parameters (or constructor's) include `vi` and `en`, by name:
 * `notParsed(vi, en)`, `problem(file, vi, en)`, `class Unreadable { constructor(readonly vi, readonly en) }`.
 */
export function bilingualFunctions(sourceText: string, fileName = 'input.ts'): Map<string, BilingualParameters> {
  const source = ts.createSourceFile(fileName, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = new Map<string, BilingualParameters>();
  const visit = (node: ts.Node): void => {
    let name: string | undefined;
    let parameters: ts.NodeArray<ts.ParameterDeclaration> | undefined;
    if (ts.isFunctionDeclaration(node) && node.name !== undefined) {
      name = node.name.text;
      parameters = node.parameters;
    } else if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer !== undefined &&
      (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))
    ) {
      name = node.name.text;
      parameters = node.initializer.parameters;
    } else if (ts.isClassDeclaration(node) && node.name !== undefined) {
      const constructor = node.members.find(ts.isConstructorDeclaration);
      name = node.name.text;
      parameters = constructor?.parameters;
    }
    const positions = parameters === undefined ? undefined : bilingualParameters(parameters);
    if (name !== undefined && positions !== undefined) found.set(name, positions);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function importedNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  for (const statement of source.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
    if (bindings !== undefined && ts.isNamedImports(bindings)) for (const e of bindings.elements) names.add(e.name.text);
  }
  return names;
}

/**
 * Every bilingual pair of one source file: object literals with `vi` and `en` texts, and calls with texts at
 * the `vi` and `en` positions to the file's own bilingual functions or to those of `functions` it imports.
 */
export function findMessagePairs(
  sourceText: string,
  file = 'input.ts',
  functions: ReadonlyMap<string, BilingualParameters> = new Map(),
): MessagePair[] {
  const source = ts.createSourceFile(file, sourceText, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  // Another file's function counts only where this file imports it: a local function of the same name that
  // takes no `vi`/`en` must not turn two unrelated arguments into a "pair".
  const imported = importedNames(source);
  const callable = new Map([
    ...[...functions].filter(([name]) => imported.has(name)),
    ...bilingualFunctions(sourceText, file),
  ]);
  const pairs: MessagePair[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const vi = node.properties.find((p) => propertyName(p) === 'vi');
      const en = node.properties.find((p) => propertyName(p) === 'en');
      if (vi !== undefined && en !== undefined && ts.isPropertyAssignment(vi) && ts.isPropertyAssignment(en)) {
        pairs.push(...pairsOf(vi.initializer, en.initializer, source, file));
      }
    } else if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ts.isIdentifier(node.expression)) {
      const positions = callable.get(node.expression.text);
      const args = node.arguments ?? [];
      const vi = positions === undefined ? undefined : args[positions.vi];
      const en = positions === undefined ? undefined : args[positions.en];
      if (vi !== undefined && en !== undefined) pairs.push(...pairsOf(vi, en, source, file));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return pairs.sort((a, b) => a.line - b.line);
}

function counted(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** Items of `a` not matched one-for-one in `b` (multiset difference), sorted. */
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const remaining = counted(b);
  const missing: string[] = [];
  for (const item of a) {
    const left = remaining.get(item) ?? 0;
    if (left > 0) remaining.set(item, left - 1);
    else missing.push(item);
  }
  return missing.sort();
}

/** What differs between the two texts of a pair; empty when they carry the same values. */
export function pairProblems(pair: MessagePair): string[] {
  const problems: string[] = [];
  const compare = (what: string, vi: readonly string[], en: readonly string[], format: (s: string) => string): void => {
    const onlyVi = missingFrom(vi, en);
    const onlyEn = missingFrom(en, vi);
    if (onlyVi.length > 0 || onlyEn.length > 0) {
      problems.push(`${what}: only in vi [${onlyVi.map(format).join(', ')}], only in en [${onlyEn.map(format).join(', ')}]`);
    }
  };
  compare('interpolated expressions', pair.vi.expressions, pair.en.expressions, (e) => `\${${e}}`);
  compare('placeholders', pair.vi.placeholders, pair.en.placeholders, (p) => `{${p}}`);
  compare('numbers', pair.vi.numbers, pair.en.numbers, (n) => n);
  return problems;
}

export function checkPairs(pairs: readonly MessagePair[]): PairMismatch[] {
  return pairs.flatMap((pair) => {
    const problems = pairProblems(pair);
    return problems.length === 0 ? [] : [{ pair, problems }];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
    });
}

/** The shipped sources: every `packages/<name>/src/**\/*.ts` except tests, relative to `root`. */
export function packageSourceFiles(root: string): string[] {
  const packages = join(root, 'packages');
  return readdirSync(packages)
    .sort()
    .flatMap((name) => {
      const src = join(packages, name, 'src');
      try {
        if (!statSync(src).isDirectory()) return [];
      } catch {
        return [];
      }
      return sourceFiles(src);
    })
    .map((path) => relative(root, path));
}

/**
 * Every pair in the packages' sources. A function taking `vi` and `en` is usually called from another module
 * (`notParsed` from dates.ts), so the functions of all files are gathered first; a name declared with different
 * parameter positions in two files is left to each file's own declaration.
 */
export function repositoryMessagePairs(root: string): MessagePair[] {
  const files = packageSourceFiles(root).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
  const positions = new Map<string, BilingualParameters | null>();
  for (const { file, text } of files) {
    for (const [name, found] of bilingualFunctions(text, file)) {
      const known = positions.get(name);
      if (known === undefined) positions.set(name, found);
      else if (known !== null && (known.vi !== found.vi || known.en !== found.en)) positions.set(name, null);
    }
  }
  const shared = new Map<string, BilingualParameters>();
  for (const [name, found] of positions) if (found !== null) shared.set(name, found);
  return files.flatMap(({ file, text }) => findMessagePairs(text, file, shared));
}
