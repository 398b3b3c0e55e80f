// `svc-contract types`: the five agreement types.

import { type MessageId, t } from '../../i18n/messages.js';
import { TYPES } from '../../schema/types/index.js';
import type { Context } from '../context.js';

export function typesCommand(opts: { json?: boolean }, ctx: Context): number {
  if (opts.json) {
    ctx.out(
      JSON.stringify(
        TYPES.map((t) => ({ id: t.id, name: t.names[0], names: t.names, partyA: t.partyA, summary: t.summary })),
        null,
        2,
      ),
    );
    return 0;
  }
  const width = Math.max(...TYPES.map((t) => t.id.length));
  for (const type of TYPES) {
    ctx.out(`${ctx.paintOut.bold(type.id.padEnd(width))}  ${type.names[0]}`);
    ctx.out(`${' '.repeat(width)}  ${t(ctx.lang, `types.${type.id}` as MessageId)}`);
    ctx.out(
      `${' '.repeat(width)}  ${t(ctx.lang, 'types.party-a', { role: type.partyA === 'provider' ? type.roleNames.provider : type.roleNames.client, names: type.names.join(', ') })}`,
    );
  }
  return 0;
}
