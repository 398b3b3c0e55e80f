// `svc-contract types`: the five agreement types.
import { TYPES } from '../../schema/types/index.js';
import type { Context } from '../context.js';

export function typesCommand(opts: { json?: boolean }, ctx: Context): number {
  if (opts.json) {
    ctx.out(JSON.stringify(TYPES.map((t) => ({ id: t.id, name: t.names[0], names: t.names, partyA: t.partyA, summary: t.summary })), null, 2));
    return 0;
  }
  const width = Math.max(...TYPES.map((t) => t.id.length));
  for (const t of TYPES) {
    ctx.out(`${ctx.paintOut.bold(t.id.padEnd(width))}  ${t.names[0]}`);
    ctx.out(`${' '.repeat(width)}  ${t.summary}`);
    ctx.out(`${' '.repeat(width)}  甲方: ${t.partyA === 'provider' ? t.roleNames.provider : t.roleNames.client}; also accepted as type: ${t.names.join(', ')}`);
  }
  return 0;
}
