// `svc-contract validate <spec...>`: a verdict per file; exit 1 when any spec is invalid.
import { EXIT, UsageError } from '../io.js';
import type { Context } from '../context.js';
import { checkFile, printDiagnostics, type Checked } from './check.js';
import { bundledCoverage } from '../../assets.js';

export function validateCommand(files: string[], opts: { draft?: boolean; json?: boolean }, ctx: Context): number {
  let code: number = EXIT.ok;
  const report: unknown[] = [];
  for (const file of files) {
    let checked: Checked;
    try {
      checked = checkFile(file, opts.draft === true, ctx.cwd, bundledCoverage());
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      ctx.err(`svc-contract: ${e.message}`);
      report.push({ file, valid: false, error: e.message });
      code = EXIT.usage;
      continue;
    }
    if (checked.ok) {
      const t = checked.contract.type;
      const w = checked.warnings.length;
      if (opts.json) {
        report.push({ file, valid: true, type: t.id, draft: checked.contract.draft, blanks: checked.blanks, ...(w ? { warnings: checked.warnings } : {}) });
      } else {
        printDiagnostics({ diagnostics: checked.warnings, text: checked.text }, ctx);
        const draft = checked.contract.draft ? `, draft with ${checked.blanks.length} blank${checked.blanks.length === 1 ? '' : 's'} to fill` : '';
        ctx.out(`${ctx.paintOut.bold('✓')} ${file}: valid ${t.names[0]} (${t.id})${draft}${w ? `; ${w} warning${w === 1 ? '' : 's'}` : ''}`);
      }
    } else {
      if (code === EXIT.ok) code = EXIT.invalid;
      if (opts.json) {
        report.push({ file, valid: false, diagnostics: checked.diagnostics });
      } else {
        printDiagnostics(checked, ctx);
        const n = checked.diagnostics.length;
        ctx.out(`${ctx.paintOut.red('✗')} ${file}: ${n} error${n === 1 ? '' : 's'}`);
      }
    }
  }
  if (opts.json) ctx.out(JSON.stringify(report, null, 2));
  return code;
}
