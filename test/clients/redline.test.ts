// The redline DOCX in LibreOffice, as a lawyer would use it: open it, Accept All (or Reject All)
// tracked changes, save the text. Accepted, it must read as the new contract; rejected, as the old
// one (both also opened in LibreOffice and saved as text). A Basic macro in a fresh profile does
// what the Edit > Track Changes menu does (.uno:AcceptAllTrackedChanges / RejectAllTrackedChanges).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/check.js';
import { spawnCli } from '../helpers/cli.js';
import { editedSpec } from '../helpers/redline.js';

const hasLibreOffice = spawnSync('libreoffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasLibreOffice) console.warn('LibreOffice is not installed: redline check skipped (apt-get install libreoffice-writer; .ci/run installs it)');

const dir = mkdtempSync(join(tmpdir(), 'svc-redline-lo-'));
const profileDir = join(dir, 'lo-profile');
const profile = `file://${profileDir}`;

const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Redline(path As String, mode As String, outPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), &quot;_blank&quot;, 0, args())
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  If mode = &quot;accept&quot; Then
    dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  ElseIf mode = &quot;reject&quot; Then
    dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:RejectAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  End If
  Dim o(1) As New com.sun.star.beans.PropertyValue
  o(0).Name = &quot;FilterName&quot;
  o(0).Value = &quot;Text (encoded)&quot;
  o(1).Name = &quot;FilterOptions&quot;
  o(1).Value = &quot;UTF8,LF&quot;
  doc.storeToURL(ConvertToURL(outPath), o())
  doc.close(True)
End Sub
</script:module>
`;

function soffice(args: string[]): void {
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', ...args], { encoding: 'utf8', timeout: 170_000 });
  if (r.status !== 0) throw new Error(`soffice ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

/** The document opened in LibreOffice, tracked changes accepted, rejected or left (as shown), saved as text. */
function asText(docx: string, mode: 'accept' | 'reject' | 'none'): string[] {
  const out = join(dir, `${docx.replace(/\W+/g, '_')}.${mode}.txt`);
  soffice([`macro:///Standard.Module1.Redline("${docx}","${mode}","${out}")`]);
  const lines = readFileSync(out, 'utf8')
    .replace(/^\ufeff/, '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // a redline's list of changes comes before the contract number
  return lines.slice(lines.findIndex((l) => l.startsWith('合同编号')));
}

describe.skipIf(!hasLibreOffice)('the redline DOCX in LibreOffice', () => {
  beforeAll(() => {
    const v1 = readFileSync(join(root, 'examples', 'service-agreement.yaml'), 'utf8');
    writeFileSync(join(dir, 'v1.yaml'), v1);
    writeFileSync(join(dir, 'v2.yaml'), editedSpec(v1));
    expect(spawnCli(['diff', 'v1.yaml', 'v2.yaml', '--out', 'out', '--format', 'docx'], { cwd: dir }).code).toBe(1);
    expect(spawnCli(['build', 'v1.yaml', 'v2.yaml', '--format', 'docx', '--out', 'plain'], { cwd: dir }).code).toBe(0);
    // a fresh profile, then the macro in its Standard library
    soffice(['--terminate_after_init']);
    const basic = join(profileDir, 'user', 'basic', 'Standard');
    mkdirSync(basic, { recursive: true });
    writeFileSync(join(basic, 'Module1.xba'), MACRO);
  }, 300_000);

  it('Accept All gives the new contract', () => {
    expect(asText(join(dir, 'out', 'v2.redline.docx'), 'accept')).toEqual(asText(join(dir, 'plain', 'v2.docx'), 'none'));
  }, 300_000);

  it('Reject All gives the old contract', () => {
    expect(asText(join(dir, 'out', 'v2.redline.docx'), 'reject')).toEqual(asText(join(dir, 'plain', 'v1.docx'), 'none'));
  }, 300_000);

  it('LibreOffice sees the tracked changes as such', () => {
    const shown = asText(join(dir, 'out', 'v2.redline.docx'), 'none');
    // shown with changes, both versions' words are there
    const all = shown.join('\n');
    expect(all).toContain('人民币200.00元');
    expect(all).toContain('人民币300.00元');
    expect(all).toContain('数据迁移');
    expect(all).toContain('不可抗力');
  }, 300_000);
});
