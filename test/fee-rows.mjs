// The fee table states every amount the contract charges, once (src/validate/legal.ts: rules
// operations.excessPrice, onCall.monthlyFee and fees.monthly, the basis of the liability cap).
// One helper for the three spec generators that vary amounts: the schema-derived one
// (test/fuzz/spec-gen.ts, repair()), the example variations of the properties
// (test/helpers/properties.ts) and the batch generator (test/gen-specs.mjs). Plain JS, so that
// node runs gen-specs.mjs without a TypeScript loader; the TypeScript files import it as it is.
//
//   coupleFeeRows(spec, { type, capitals, addRows })  changes a raw spec (parsed YAML) in place:
//   - service-standards: the price beyond the agreed volume (operations.excessPrice) is the amount
//     of a usage row; when no usage row has it, the row named 超量服务费 sets it, else (addRows) a
//     usage row 超量服务费 is added with the price;
//   - maintenance-agreement: the monthly on-call fee (onCall.monthlyFee) is the amount of a fixed
//     row (a row with no kind is fixed, the schema's default); the row named 值守费 sets it, else
//     (addRows) a fixed row 值守费 is added; and fees.monthly is the sum of the fixed rows.
//   Each amount keeps the form it was written in (a figure, or {amount, inWords} with its 大写
//   remade by `capitals(amount)`).

const isObj = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The figure of an amount written as a number or as {amount, inWords}. */
export const figure = (m) => (typeof m === 'number' ? m : isObj(m) && typeof m.amount === 'number' ? m.amount : undefined);

/** `n` in the form `m` was written in: a figure, or {amount, inWords} with the capitals of `n`. */
export function inFormOf(m, n, capitals) {
  if (!isObj(m)) return n;
  return 'inWords' in m ? { ...m, amount: n, inWords: capitals(n) } : { ...m, amount: n };
}

const kindOf = (row) => (isObj(row) && typeof row.kind === 'string' ? row.kind : 'fixed');

/**
 * One amount charged elsewhere made a row of the fee table: `holder[key]` is kept when a row of
 * `kind` has its figure; else it takes the amount of the row named `name`; else a row is added.
 */
function coupleOne(items, holder, key, { kind, name, unit, capitals, addRows }) {
  const charged = figure(holder[key]);
  if (charged === undefined) return;
  if (items.some((it) => kindOf(it) === kind && figure(it?.amount) === charged)) return;
  const named = items.find((it) => kindOf(it) === kind && it?.name === name && figure(it.amount) !== undefined);
  if (named) holder[key] = inFormOf(holder[key], figure(named.amount), capitals);
  else if (addRows) items.push({ ...(isObj(items[0]) ? items[0] : {}), name, kind, amount: holder[key], unit });
}

/** The fee table and the amounts it states, made consistent (see the head of this file). */
export function coupleFeeRows(spec, { type = spec?.type, capitals, addRows = true }) {
  const items = spec?.fees?.items;
  if (!Array.isArray(items)) return spec;
  if (type === 'service-standards' && isObj(spec.operations))
    coupleOne(items, spec.operations, 'excessPrice', { kind: 'usage', name: '超量服务费', unit: '件', capitals, addRows });
  if (type === 'maintenance-agreement' && isObj(spec.onCall)) {
    coupleOne(items, spec.onCall, 'monthlyFee', { kind: 'fixed', name: '值守费', unit: '月', capitals, addRows });
    const monthly = spec.fees.monthly;
    if (figure(spec.onCall.monthlyFee) !== undefined && figure(monthly) !== undefined) {
      const sum = items.filter((it) => kindOf(it) === 'fixed').reduce((a, it) => a + (figure(it?.amount) ?? 0), 0);
      spec.fees.monthly = inFormOf(monthly, Math.round(sum * 100) / 100, capitals);
    }
  }
  return spec;
}
