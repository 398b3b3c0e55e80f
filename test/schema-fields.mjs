// What the generators of test specs read from the zod schemas instead of naming fields by hand
// (issue 23): which fields are amounts, which durations, which lists of enum values, and which
// optional clauses a spec may omit. Plain JS, so that test/gen-specs.mjs (run by node, reading the
// compiled schemas in dist/) and the TypeScript tests (reading src/) share it; the schemas are
// passed in, never imported here.
//
//   fieldKinds(schema)        Map: field path (list items as `[]`, record values as `*`) → 'money'
//                             (a figure or {amount, inWords}), 'amount' (a figure only),
//                             'duration' (a number and a unit), 'enumList' (a list of enum values)
//   pathKey(path)             a spec path (keys and list indices) as fieldKinds names it
//   omittableClauses(type)    [id, block?] of each optional clause whose block a spec may leave out

const defOf = (s) => s._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch']);
/** A schema's definition with its wrappers (optional, default …) taken off. */
function bare(s) {
  let d = defOf(s);
  while (WRAPPERS.has(d.type)) d = defOf(d.innerType);
  if (d.type === 'pipe') return bare(d.in);
  return d;
}
const checksOf = (d) => (d.checks ?? []).map((c) => c._zod.def);

/** An amount: a number (not an integer) whose fen a refinement checks. */
const isAmount = (d) =>
  d.type === 'number' && checksOf(d).some((c) => c.check === 'custom') && !checksOf(d).some((c) => c.check === 'number_format' && /int/.test(c.format));
/** A duration: a string whose pattern is a number and one of the unit words (src/schema/primitives.ts duration()). */
const isDuration = (d) =>
  d.type === 'string' && checksOf(d).some((c) => c.check === 'string_format' && c.pattern && /^\^\(\\d\{1,6\}.*\\s\*\(.*\)\$$/.test(c.pattern.source));
const isMoney = (d) =>
  d.type === 'union' &&
  d.options.some((o) => isAmount(bare(o))) &&
  d.options.some((o) => {
    const x = bare(o);
    return x.type === 'object' && 'amount' in x.shape && 'inWords' in x.shape;
  });

/** Every field of a schema with a kind the generators vary, by path. */
export function fieldKinds(schema, path = '', out = new Map()) {
  const d = bare(schema);
  if (isMoney(d)) out.set(path, 'money');
  else if (isAmount(d)) out.set(path, 'amount');
  else if (isDuration(d)) out.set(path, 'duration');
  else if (d.type === 'array') {
    if (bare(d.element).type === 'enum') out.set(path, 'enumList');
    fieldKinds(d.element, `${path}[]`, out);
  } else if (d.type === 'record') fieldKinds(d.valueType, `${path}.*`, out);
  else if (d.type === 'union') for (const o of d.options) fieldKinds(o, path, out);
  else if (d.type === 'object') for (const [k, v] of Object.entries(d.shape)) fieldKinds(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** A spec path (["fees", "items", 0, "amount"]) as fieldKinds names it ("fees.items[].amount"). */
export const pathKey = (path) => path.reduce((a, k) => (typeof k === 'number' ? `${a}[]` : a ? `${a}.${k}` : String(k)), '');

/** Whether the block at a dotted path must be written: a required field, or a final spec's blank. */
export function requiredBlock(schema, block) {
  let s = schema;
  for (const k of block.split('.')) {
    const d = bare(s);
    if (d.type !== 'object' || !d.shape[k]) return false;
    s = d.shape[k];
  }
  const d = defOf(s);
  if (d.type === 'optional') return defOf(d.innerType).type === 'nullable';
  return d.type !== 'default' && d.type !== 'prefault';
}

/** The optional clauses of a type a spec may omit: [id, block] (block undefined when it prints none); not those whose block is required. */
export function omittableClauses(type) {
  const out = [];
  const visit = (c) => {
    if (c.optional && !(c.block && requiredBlock(type.schema, c.block))) out.push([c.id, c.block]);
    (c.children ?? []).forEach(visit);
  };
  type.clauses.forEach(visit);
  return out;
}
