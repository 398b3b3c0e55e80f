// The message catalogue: every text svc-contract says to a person, by id, in English and in
// Chinese (zh-CN), with {named} parameters. Two kinds of entry:
// - `report.*`, `cli.*`: said by the CLI edge itself, looked up by id with t();
// - `diag.*`, `usage.*`, `help.*`: texts the stages and commander write in English (a
//   diagnostic's expected/got/hint, a usage error, a --help line); the edge matches the English
//   text against `en` (its {params} standing for any text) and says it in the chosen language.
// An id without Chinese text falls back to English (test/i18n.test.ts fails on one).
import type { MessageIds, MessageRef } from '../errors/diagnostic.js';
import type { Lang } from './lang.js';
import { LINT_MESSAGES } from './lint-messages.js';

export interface Message {
  en: string;
  'zh-CN'?: string;
}

export const MESSAGES = {
  // ── the human reporter and its summary line ─────────────────────────────────────────────
  'report.summary': { en: '{what}: {parts}{failed}, in {secs} s', 'zh-CN': '{what}：{parts}{failed}，用时 {secs} 秒' },
  'report.failed': { en: '; {n} failed', 'zh-CN': '；{n} 份失败' },
  'report.none': { en: 'none', 'zh-CN': '无' },
  'report.list-sep': { en: ', ', 'zh-CN': '，' },
  'report.contracts.one': { en: '{n} contract', 'zh-CN': '{n} 份合同' },
  'report.contracts.many': { en: '{n} contracts', 'zh-CN': '{n} 份合同' },
  'report.specs.one': { en: '{n} spec', 'zh-CN': '{n} 份规格文件' },
  'report.specs.many': { en: '{n} specs', 'zh-CN': '{n} 份规格文件' },
  'report.status.built': { en: '{n} built', 'zh-CN': '{n} 份已生成' },
  'report.status.valid': { en: '{n} valid', 'zh-CN': '{n} 份有效' },
  'report.status.linted': { en: '{n} linted', 'zh-CN': '{n} 份已检查' },
  'report.status.lint-errors': { en: '{n} with lint errors', 'zh-CN': '{n} 份有检查错误' },
  'report.status.current': { en: '{n} current', 'zh-CN': '{n} 份为最新' },
  'report.status.unchanged': { en: '{n} unchanged (not rebuilt)', 'zh-CN': '{n} 份未变（未重新生成）' },
  'report.status.stale': { en: '{n} not current', 'zh-CN': '{n} 份不是最新' },
  'report.status.invalid': { en: '{n} invalid', 'zh-CN': '{n} 份无效' },
  'report.status.unreadable': { en: '{n} unreadable', 'zh-CN': '{n} 份无法读取' },
  'report.status.unwritable': { en: '{n} not written', 'zh-CN': '{n} 份未写入' },
  'report.status.internal-error': { en: '{n} failed on an internal error', 'zh-CN': '{n} 份因内部错误失败' },
  'report.status.not-run': { en: '{n} not run (--fail-fast)', 'zh-CN': '{n} 份未运行（--fail-fast）' },
  'report.errors.one': { en: '{n} error', 'zh-CN': '{n} 个错误' },
  'report.errors.many': { en: '{n} errors', 'zh-CN': '{n} 个错误' },
  'report.warnings.one': { en: '{n} warning', 'zh-CN': '{n} 个警告' },
  'report.warnings.many': { en: '{n} warnings', 'zh-CN': '{n} 个警告' },
  'report.infos.one': { en: '{n} info', 'zh-CN': '{n} 条提示信息' },
  'report.infos.many': { en: '{n} infos', 'zh-CN': '{n} 条提示信息' },
  'report.blanks.one': { en: '{n} blank', 'zh-CN': '{n} 处空白' },
  'report.blanks.many': { en: '{n} blanks', 'zh-CN': '{n} 处空白' },
  'report.built': { en: '{file} → {outputs}{draft}{warnings}', 'zh-CN': '{file} → {outputs}{draft}{warnings}' },
  'report.built.draft': { en: ' (draft, {n} blanks)', 'zh-CN': '（草稿，{n} 处空白）' },
  'report.warned': { en: '; {warnings}', 'zh-CN': '；{warnings}' },
  'report.valid': { en: '{file}: valid {type}{draft}{warnings}', 'zh-CN': '{file}：有效的{type}{draft}{warnings}' },
  'report.valid.draft': { en: ', draft with {blanks} to fill', 'zh-CN': '，草稿，有 {blanks}待填写' },
  'report.linted': { en: '{file}: {type}{found}{draft}', 'zh-CN': '{file}：{type}{found}{draft}' },
  'report.linted.type': { en: '{type}, ', 'zh-CN': '{type}，' },
  'report.linted.nothing': { en: 'no findings', 'zh-CN': '未发现问题' },
  'report.linted.draft': { en: ' (draft)', 'zh-CN': '（草稿）' },
  'report.lint-errors': { en: '{file}: {found}', 'zh-CN': '{file}：{found}' },
  'report.current': { en: '{file}: {outputs} current', 'zh-CN': '{file}：{outputs} 为最新' },
  'report.unchanged': { en: '{file}: {outputs} unchanged, not rebuilt', 'zh-CN': '{file}：{outputs} 未变，未重新生成' },
  'report.stale': { en: '{output}: differs from what {file} produces now', 'zh-CN': '{output}：与 {file} 现在生成的内容不同' },
  'report.missing': { en: '{output}: missing; it is what {file} produces now', 'zh-CN': '{output}：缺失；它应为 {file} 现在生成的内容' },
  'report.invalid.build': { en: '{file}: not built', 'zh-CN': '{file}：未生成' },
  'report.invalid.lint': { en: '{file}: invalid ({errors}), not linted', 'zh-CN': '{file}：无效（{errors}），未检查' },
  'report.invalid.validate': { en: '{file}: {errors}', 'zh-CN': '{file}：{errors}' },
  'report.unreadable': { en: '{file}: cannot be read', 'zh-CN': '{file}：无法读取' },
  'report.unwritable': { en: '{file}: the outputs could not be written', 'zh-CN': '{file}：输出文件无法写入' },
  'report.not-written': { en: '{file}: not written', 'zh-CN': '{file}：未写入' },
  'report.internal': { en: 'internal error while building {file}: {error}', 'zh-CN': '生成 {file} 时发生内部错误：{error}' },
  'report.bug': {
    en: 'This is a bug in svc-contract, not in your spec; please report it with the spec and command that caused it.',
    'zh-CN': '这是 svc-contract 的缺陷，不是规格文件的问题；请连同引发它的规格文件和命令一并报告。',
  },
  'report.skipped': { en: 'note: {file}: skipped, not a spec (no top-level `type:`)', 'zh-CN': '注意：{file}：已跳过，不是规格文件（顶层没有 `type:`）' },
  // ── a diagnostic as the human reporter prints it ────────────────────────────────────────
  'diagnostic.expected': { en: 'expected {expected}', 'zh-CN': '应为{expected}' },
  'diagnostic.got': { en: ', got {got}', 'zh-CN': '，实际为{got}' },
  'diagnostic.colon': { en: ': ', 'zh-CN': '：' },
  'severity.error': { en: 'error', 'zh-CN': '错误' },
  'severity.warning': { en: 'warning', 'zh-CN': '警告' },
  'severity.info': { en: 'info', 'zh-CN': '信息' },
  'diagnostic.hint': { en: 'hint', 'zh-CN': '提示' },
  // ── init: the starter spec's comments ───────────────────────────────────────────────────
  'init.title': { en: '{name} — svc-contract starter spec ({id})', 'zh-CN': '{name} — svc-contract 初始规格文件（{id}）' },
  'init.guide': {
    en: 'Fill in the empty values. While `draft: true` stays, anything still empty prints as a blank\n(______); remove that line when the contract is complete and `svc-contract validate` lists\nwhatever is still missing. Lines starting with "# key:" are optional fields: remove the "# "\nto use them. Durations take a unit ("24 hours", "5 working days"), dates are YYYY-MM-DD,\namounts are yuan with at most two decimals.',
    'zh-CN':
      '请填写空着的值。保留 `draft: true` 时，仍为空的值印为空白（______）；合同填写完整后删除\n该行，`svc-contract validate` 会列出尚未填写的内容。以 "# key:" 开头的行是可选字段：删去\n"# " 即可使用。时长须带单位（"24 hours"、"5 working days"），日期写作 YYYY-MM-DD，\n金额以元为单位，最多两位小数。字段名和取值用英文书写，注释给出字段的中文名称。',
  },
  'init.draft': { en: '草稿 — remove this line (or set false) when every value is filled in', 'zh-CN': '草稿 — 所有值填写完毕后删除该行（或者设为 false）' },
  'init.and': { en: '; ', 'zh-CN': '；' },
  'init.one-of': { en: 'one of: {list}', 'zh-CN': '可选：{list}' },
  'init.wrote': {
    en: 'wrote {file}: a draft {name} ({id}); fill it in, then `svc-contract validate {file}`',
    'zh-CN': '已写出 {file}：一份{name}（{id}）草稿；填写后运行 `svc-contract validate {file}`',
  },
  'types.party-a': { en: '甲方: {role}; also accepted as type: {names}', 'zh-CN': '甲方：{role}；type 也可以写作：{names}' },
  // ── the CLI edge ────────────────────────────────────────────────────────────────────────
  'diff.same': { en: '{before} and {after}: the same contract', 'zh-CN': '{before} 与 {after}：同一份合同' },
  'diff.changed.one': { en: '{before} → {after}: {n} clause changed{renumbered}', 'zh-CN': '{before} → {after}：{n} 个条款有改动{renumbered}' },
  'diff.changed.many': { en: '{before} → {after}: {n} clauses changed{renumbered}', 'zh-CN': '{before} → {after}：{n} 个条款有改动{renumbered}' },
  'diff.renumbered-count': { en: ', {n} renumbered', 'zh-CN': '，{n} 个重新编号' },
  'diff.renumbered': { en: '  renumbered, words unchanged: {list}', 'zh-CN': '  重新编号、文字未变：{list}' },
  'diff.references': { en: '  references to renumbered clauses updated in: {list}', 'zh-CN': '  已更新对重新编号条款的引用：{list}' },
  'diff.wrote': { en: '  wrote {file}', 'zh-CN': '  已写出 {file}' },
  'diff.fix-first': { en: 'diff compares two valid specs; fix the errors above first', 'zh-CN': 'diff 比较两份有效的规格文件；请先更正上面的错误' },
  'cli.internal': { en: 'internal error: {message}', 'zh-CN': '内部错误：{message}' },
  // ── a file that is not a spec, told by its first bytes (load) ─────────────────────────────
  'load.indent.expected': {
    en: '`{key}` indented by {n} spaces, as the other keys of its block',
    'zh-CN': '`{key}` 缩进 {n} 个空格，与同一块中的其他键对齐',
  },
  'load.indent.got': { en: 'an indentation of {n}', 'zh-CN': '缩进 {n} 个空格' },
  'load.indent.hint': {
    en: "a key's indentation says which block it belongs to: line it up with the keys of its block",
    'zh-CN': '键的缩进决定它属于哪一块：请与同一块中的其他键左端对齐',
  },
  'load.binary.expected': { en: 'a YAML spec (a text file)', 'zh-CN': 'YAML 规格文件（文本文件）' },
  'load.binary.got': { en: 'not a YAML file (looks like {kind})', 'zh-CN': '不是 YAML 文件（看来是{kind}）' },
  'load.binary.hint': {
    en: 'name the .yaml spec the contract is built from, not a document; the file’s content is not shown',
    'zh-CN': '请指明据以生成合同的 .yaml 规格文件，而不是文档；该文件的内容不予显示',
  },
  'load.kind.docx': { en: 'a Word document', 'zh-CN': ' Word 文档' },
  'load.kind.xlsx': { en: 'an Excel workbook', 'zh-CN': ' Excel 工作簿' },
  'load.kind.pptx': { en: 'a PowerPoint presentation', 'zh-CN': ' PowerPoint 演示文稿' },
  'load.kind.zip': { en: 'a ZIP archive', 'zh-CN': ' ZIP 压缩包' },
  'load.kind.ole': { en: 'an old-format Word or Excel file (.doc, .xls)', 'zh-CN': '旧格式的 Word 或者 Excel 文件（.doc、.xls）' },
  'load.kind.pdf': { en: 'a PDF document', 'zh-CN': ' PDF 文档' },
  'load.kind.rtf': { en: 'an RTF document', 'zh-CN': ' RTF 文档' },
  'load.kind.png': { en: 'a PNG image', 'zh-CN': ' PNG 图片' },
  'load.kind.jpeg': { en: 'a JPEG image', 'zh-CN': ' JPEG 图片' },
  'load.kind.gif': { en: 'a GIF image', 'zh-CN': ' GIF 图片' },
  'load.kind.gzip': { en: 'a gzip archive', 'zh-CN': ' gzip 压缩包' },
  'load.kind.7z': { en: 'a 7-Zip archive', 'zh-CN': ' 7-Zip 压缩包' },
  'load.kind.rar': { en: 'a RAR archive', 'zh-CN': ' RAR 压缩包' },
  'textconv.not-valid': {
    en: 'this spec does not validate (run `svc-contract validate` on it); its YAML as written follows',
    'zh-CN': '该规格文件未通过校验（请对它运行 `svc-contract validate`）；以下为其原样的 YAML',
  },
  'textconv.oversize': { en: 'this file is {n} bytes, more than a spec may be; not shown', 'zh-CN': '该文件有 {n} 字节，超过规格文件的上限；不予显示' },
  // a value quoted as written, in any language (never matched: it would match every text)
  'diag.as-written': { en: '{value}', 'zh-CN': '{value}' },
  'cli.interrupted': {
    en: 'interrupted ({signal}); outputs not yet written were left as they were',
    'zh-CN': '已中断（{signal}）；尚未写入的输出保持原样',
  },
  // ── preview: its terminal lines (the page's diagnostics are said as validate says them) ──────
  'preview.stopped': { en: 'stopped ({signal})', 'zh-CN': '已停止（{signal}）' },
  'preview.exposed': {
    en: 'warning: listening on {host}, not only this machine: anyone who can reach it on the network can read the contract',
    'zh-CN': '警告：正在 {host} 上监听，不限于本机：网络上能访问该地址的任何人都可以读取合同',
  },
  'preview.watching': { en: 'watching {file} and the templates', 'zh-CN': '正在监视 {file} 和模板' },
  'preview.watching-firm': { en: 'watching {file}, {templates} and the bundled templates', 'zh-CN': '正在监视 {file}、{templates} 和内置模板' },
  'preview.address': { en: '{url} ({watching}; Ctrl-C to stop)', 'zh-CN': '{url}（{watching}；按 Ctrl-C 停止）' },
  'preview.rendered': { en: '{file}: rendered in {ms} ms', 'zh-CN': '{file}：已生成，用时 {ms} 毫秒' },
  'preview.errors': {
    en: '{file}: {errors} (shown in the page; the last good contract stays)',
    'zh-CN': '{file}：{errors}（显示在页面中；页面保留上一份有效的合同）',
  },
  'preview.errors-none-yet': {
    en: '{file}: {errors} (shown in the page; the contract appears once the spec is valid)',
    'zh-CN': '{file}：{errors}（显示在页面中；规格文件有效后即显示合同）',
  },
  'preview.oversize': { en: "is {n} KiB, more than a spec's 1 MiB", 'zh-CN': '{n} KiB，超过规格文件 1 MiB 的上限' },
  // ── preview: the page's own bar, notes and button (the page is made in the reader's language) ─
  'page.live': { en: '{file} · live', 'zh-CN': '{file} · 实时预览' },
  'page.redline-toggle': { en: 'Redline vs last commit', 'zh-CN': '与上次提交的修订对比' },
  'page.errors.one': { en: 'The spec has 1 error; the last good contract is shown.', 'zh-CN': '规格文件有 1 个错误；页面显示上一份有效的合同。' },
  'page.errors.many': { en: 'The spec has {n} errors; the last good contract is shown.', 'zh-CN': '规格文件有 {n} 个错误；页面显示上一份有效的合同。' },
  'page.empty': { en: '{file}: no contract yet: the spec has not built.', 'zh-CN': '{file}：尚无合同：规格文件尚未生成合同。' },
  'page.no-contract': { en: 'The spec has not built yet.', 'zh-CN': '规格文件尚未生成合同。' },
  'page.no-contract-title': { en: 'no contract', 'zh-CN': '尚无合同' },
  'page.redline-title': { en: 'redline', 'zh-CN': '修订对比' },
  'page.redline-unavailable': { en: 'redline not available', 'zh-CN': '修订对比不可用' },
  'page.redline-unavailable-because': { en: 'redline not available: {reason}', 'zh-CN': '修订对比不可用：{reason}' },
  'page.redline-invalid': { en: '{file} does not validate', 'zh-CN': '{file} 未通过校验' },
  'cli.bad-lang': { en: '--lang {given}: unknown language; one of en, zh-CN', 'zh-CN': '--lang {given}：未知语言；可选 en、zh-CN' },
  // ── usage errors (exit 2), said by id where they are made (UsageError with a MessageRef) ──
  'usage.no-such-file': { en: '{file}: no such file', 'zh-CN': '{file}：没有这个文件' },
  'usage.cannot-read': { en: '{file}: cannot be read ({why})', 'zh-CN': '{file}：无法读取（{why}）' },
  'usage.stdin': { en: '-: standard input cannot be read ({why})', 'zh-CN': '-：无法读取标准输入（{why}）' },
  'usage.exists': {
    en: '{file}: already exists; not overwriting it (choose another name or remove it first)',
    'zh-CN': '{file}：已存在；不会覆盖（请换一个文件名，或者先删除它）',
  },
  'usage.empty-folder': {
    en: '{folder}: a folder with no spec in it (no .yaml or .yml file with a top-level `type:` beneath it, node_modules and dot folders left out)',
    'zh-CN': '{folder}：文件夹中没有规格文件（其下没有顶层含 `type:` 的 .yaml 或者 .yml 文件；不含 node_modules 和以点开头的文件夹）',
  },
  'usage.glob-none-one': {
    en: '{glob}: matched 1 YAML file, none a spec (no top-level `type:`)',
    'zh-CN': '{glob}：匹配到 1 个 YAML 文件，但不是规格文件（顶层没有 `type:`）',
  },
  'usage.glob-none': {
    en: '{glob}: matched {n} YAML files, none a spec (no top-level `type:`)',
    'zh-CN': '{glob}：匹配到 {n} 个 YAML 文件，均不是规格文件（顶层没有 `type:`）',
  },
  'usage.shard': {
    en: '--shard {given}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 1/4 for the first of four CI jobs',
    'zh-CN': '--shard {given}：应为 i/n，且 1 ≤ i ≤ n，例如 --shard 1/4 表示四个 CI 任务中的第一个',
  },
  'usage.reporter': { en: '--reporter {given}: unknown reporter; one of {list}', 'zh-CN': '--reporter {given}：未知的报告格式；可选 {list}' },
  'usage.report-file': {
    en: '--report-file needs a machine reporter: --reporter json, junit or github',
    'zh-CN': '--report-file 需要机器可读的报告格式：--reporter json、junit 或者 github',
  },
  'usage.lint-nothing': {
    en: 'lint: name the specs to lint (files, folders or quoted globs; - for standard input), or --rules to list the rules',
    'zh-CN': 'lint：请指明要检查的规格文件（文件、文件夹或者加引号的通配符；- 表示标准输入），或者用 --rules 列出规则',
  },
  'usage.unknown-type': { en: 'unknown type "{given}"; one of: {list}', 'zh-CN': '未知的协议类型 "{given}"；可选：{list}' },
  'usage.unknown-locale': { en: 'unknown locale "{given}"; one of: {list}', 'zh-CN': '未知的 locale "{given}"；可选：{list}' },
  'usage.unknown-format': { en: 'unknown format "{given}"; formats: {list}', 'zh-CN': '未知的格式 "{given}"；可选格式：{list}' },
  'usage.format-empty': { en: '--format needs at least one of: {list}', 'zh-CN': '--format 至少需要以下之一：{list}' },
  'usage.jobs': {
    en: '--jobs {given}: expected a whole number from 1 to 256, or auto (one per core)',
    'zh-CN': '--jobs {given}：应为 1 到 256 的整数，或者 auto（每个核心一个）',
  },
  'usage.templates': { en: '--templates {dir}: no such folder', 'zh-CN': '--templates {dir}：没有这个文件夹' },
  'usage.template-stray': {
    en: '{file}: is not a template ({ext}); a templates folder holds only templates (and README files)',
    'zh-CN': '{file}：不是模板（{ext}）；模板文件夹中只能存放模板（以及 README 文件）',
  },
  'usage.template-unknown': {
    en: '{file}: matches no template of {type}; templates are: {list}',
    'zh-CN': '{file}：与 {type} 的任何模板都不对应；模板有：{list}',
  },
  'usage.out-file': {
    en: '--out {dir}: is a file, not a folder; choose a folder for the outputs',
    'zh-CN': '--out {dir}：是文件而不是文件夹；请为输出选择一个文件夹',
  },
  'usage.write-code': { en: 'cannot write {file}: {why} ({code})', 'zh-CN': '无法写入 {file}：{why}（{code}）' },
  'usage.write': { en: 'cannot write {file}: {why}', 'zh-CN': '无法写入 {file}：{why}' },
  'write.ENOSPC': { en: 'no space left on the device; free some space or choose another --out', 'zh-CN': '设备上没有剩余空间；请释放空间，或者另选 --out' },
  'write.EDQUOT': { en: 'the disk quota is used up; free some space or choose another --out', 'zh-CN': '磁盘配额已用完；请释放空间，或者另选 --out' },
  'write.EROFS': { en: 'the file system is read-only; choose another --out', 'zh-CN': '文件系统为只读；请另选 --out' },
  'write.EACCES': { en: 'permission denied; choose a folder you may write to', 'zh-CN': '没有权限；请选择有写入权限的文件夹' },
  'write.EPERM': { en: 'not permitted; choose a folder you may write to', 'zh-CN': '不允许该操作；请选择有写入权限的文件夹' },
  'write.EISDIR': {
    en: 'a folder is in the way of the file; remove it or choose another --out',
    'zh-CN': '有同名文件夹挡住了该文件；请删除它，或者另选 --out',
  },
  'write.ENOTDIR': { en: 'a file is in the way of the folder; choose another --out', 'zh-CN': '有同名文件挡住了该文件夹；请另选 --out' },
  'write.EEXIST': { en: 'a file of that name appeared while writing; try again', 'zh-CN': '写入期间出现了同名文件；请重试' },
  'write.ENAMETOOLONG': { en: 'the path is too long; choose a shorter --out', 'zh-CN': '路径过长；请选择较短的 --out' },
  'write.ELOOP': { en: 'too many symbolic links in the path; choose another --out', 'zh-CN': '路径中的符号链接过多；请另选 --out' },
  'write.EMFILE': { en: 'too many open files; close some programs and try again', 'zh-CN': '打开的文件过多；请关闭一些程序后重试' },
  'write.EIO': { en: 'an input/output error on the device; check the disk', 'zh-CN': '设备发生输入/输出错误；请检查磁盘' },
  'write.EBUSY': { en: 'the file is in use by another program; close it and try again', 'zh-CN': '该文件正被其他程序使用；请关闭后重试' },
  'write.ENOENT': { en: 'the folder disappeared while writing; try again', 'zh-CN': '写入期间文件夹消失了；请重试' },
  'write.ESYSFS': {
    en: 'a system folder (/proc, /sys), where no file can be made; choose a real folder for --out',
    'zh-CN': '系统文件夹（/proc、/sys），其中无法创建文件；请为 --out 选择一个真实的文件夹',
  },
  'write.link': {
    en: '{dir} inside --out is a symbolic link; svc-contract does not write through it (remove the link or choose another --out)',
    'zh-CN': '--out 中的 {dir} 是符号链接；svc-contract 不会通过它写入（请删除该链接，或者另选 --out）',
  },
  'usage.config-json': { en: '{at}: the configuration is not valid JSON: {why}', 'zh-CN': '{at}：设置不是有效的 JSON：{why}' },
  'usage.config-yaml': { en: '{at}: the configuration is not valid YAML: {why}', 'zh-CN': '{at}：设置不是有效的 YAML：{why}' },
  'usage.font-read': { en: '{flag}: cannot read the font file ({why})', 'zh-CN': '{flag}：无法读取字体文件（{why}）' },
  'usage.font-kind': {
    en: '{flag}: not a TrueType or OpenType font (.ttf, .otf, .ttc)',
    'zh-CN': '{flag}：不是 TrueType 或者 OpenType 字体（.ttf、.otf、.ttc）',
  },
  'usage.config-missing': { en: '--config {file}: no such file', 'zh-CN': '--config {file}：没有这个文件' },
  'usage.schema-where': {
    en: 'say where: --out <dir> writes every type, --type <type> prints one',
    'zh-CN': '请指明输出位置：--out <dir> 写出全部类型，--type <type> 打印其中一种',
  },
  'usage.diff-two': {
    en: 'diff compares two specs: svc-contract diff <old> <new>, or svc-contract diff <spec> --base <git revision> (got {got})',
    'zh-CN': 'diff 比较两份规格文件：svc-contract diff <旧> <新>，或者 svc-contract diff <规格文件> --base <git 版本>（实际给出 {got}）',
  },
  'usage.specs-one': { en: '1 spec', 'zh-CN': '1 份' },
  'usage.specs-many': { en: '{n} specs', 'zh-CN': '{n} 份' },
  'usage.port': {
    en: '--port {given}: expected a port number from 0 to 65535 (0: any free port)',
    'zh-CN': '--port {given}：应为 0 到 65535 的端口号（0：任一空闲端口）',
  },
  'usage.not-in-git': { en: '--base {rev}: {file} is not in a git repository', 'zh-CN': '--base {rev}：{file} 不在 git 仓库中' },
  'usage.out-broken-link': {
    en: '--out {dir}: is a broken symbolic link; point it at a folder or choose another --out',
    'zh-CN': '--out {dir}：是失效的符号链接；请让它指向一个文件夹，或者另选 --out',
  },
  'usage.collision': {
    en: "{a} and {b} would both write {stem}.* in --out; name their folder or a quoted glob (svc-contract build 'specs/**/*.yaml') so that outputs mirror the folders, or build them into different --out folders",
    'zh-CN':
      "{a} 和 {b} 都会在 --out 中写出 {stem}.*；请指明它们所在的文件夹或者加引号的通配符（svc-contract build 'specs/**/*.yaml'），使输出按文件夹结构存放，或者分别生成到不同的 --out 文件夹",
  },
  'usage.port-in-use': {
    en: 'port {port} on {host} is in use (another preview?); choose another with --port, or --port 0 for any free port',
    'zh-CN': '{host} 上的端口 {port} 已被占用（另一个预览？）；请用 --port 另选端口，或者用 --port 0 选用任一空闲端口',
  },
  'usage.port-denied': {
    en: '{where}: permission denied (ports below 1024 need privileges); choose another with --port',
    'zh-CN': '{where}：没有权限（1024 以下的端口需要特权）；请用 --port 另选端口',
  },
  'usage.host': { en: '--host {host}: not an address of this machine', 'zh-CN': '--host {host}：不是本机的地址' },
  'usage.listen': { en: '{where}: cannot listen ({why})', 'zh-CN': '{where}：无法监听（{why}）' },
  'usage.link-system': {
    en: '{file}: a symbolic link to {target}; not read (a link is followed only to a file inside the folder named or the working folder, never into /proc, /sys or /dev)',
    'zh-CN':
      '{file}：指向 {target} 的符号链接；未读取（符号链接只有指向所指明的文件夹或者当前工作文件夹中的文件时才会被读取，绝不读取 /proc、/sys 或者 /dev 中的文件）',
  },
  'usage.link-outside': {
    en: '{file}: a symbolic link to a file outside the folder named and the working folder; not read (copy the file into the folder, or run svc-contract from a folder that holds both the link and its target)',
    'zh-CN':
      '{file}：符号链接指向所指明的文件夹和当前工作文件夹之外的文件；未读取（请把该文件复制到文件夹中，或者在同时包含该链接及其目标文件的上级文件夹中运行 svc-contract）',
  },
  'usage.too-large': { en: '{file}: {n} KiB is too large for a spec', 'zh-CN': '{file}：{n} KiB，作为规格文件过大' },
  'usage.file-reason': { en: '{file}: {reason}', 'zh-CN': '{file}：{reason}' },
  'usage.reason.no-such-file': { en: 'no such file', 'zh-CN': '没有这个文件' },
  'usage.reason.denied': { en: 'permission denied', 'zh-CN': '没有权限' },
  'usage.reason.is-folder': { en: 'is a folder', 'zh-CN': '是文件夹' },
  'usage.reason.folder-spec': { en: 'is a folder, not a spec file', 'zh-CN': '是文件夹，不是规格文件' },
  'usage.reason.folder-font': { en: 'is a folder, not a font file', 'zh-CN': '是文件夹，不是字体文件' },
  'usage.reason.not-regular': { en: 'is not a regular file', 'zh-CN': '不是普通文件' },
  'usage.reason.font-too-large': { en: "is {n} MiB, more than a font file's {max} MiB", 'zh-CN': '{n} MiB，超过字体文件 {max} MiB 的上限' },
  'usage.glob-no-file': {
    en: '{glob}: matched no file (globs are expanded by svc-contract, relative to the working folder)',
    'zh-CN': '{glob}：没有匹配到任何文件（通配符由 svc-contract 展开，相对于当前工作文件夹）',
  },
  'usage.glob-no-file-root': {
    en: '{glob}: matched no file (globs are expanded by svc-contract, relative to /)',
    'zh-CN': '{glob}：没有匹配到任何文件（通配符由 svc-contract 展开，相对于 /）',
  },
  'usage.glob-no-yaml-one': {
    en: '{glob}: matched 1 file, none a spec (.yaml or .yml)',
    'zh-CN': '{glob}：匹配到 1 个文件，但不是规格文件（.yaml 或者 .yml）',
  },
  'usage.glob-no-yaml': {
    en: '{glob}: matched {n} files, none a spec (.yaml or .yml)',
    'zh-CN': '{glob}：匹配到 {n} 个文件，均不是规格文件（.yaml 或者 .yml）',
  },
  'usage.git-not-revision': { en: '--base {rev}: not a git revision', 'zh-CN': '--base {rev}：不是 git 版本' },
  'usage.git-missing': { en: '--base needs git, and git was not found on the PATH', 'zh-CN': '--base 需要 git，但在 PATH 中找不到 git' },
  'usage.git-not-in-revision': { en: '--base {rev}: {file} is not in that revision ({why})', 'zh-CN': '--base {rev}：该版本中没有 {file}（{why}）' },
  'usage.git-unknown-revision': { en: '--base {rev}: not a revision of this repository', 'zh-CN': '--base {rev}：不是该仓库的版本' },
  'usage.git-failed': { en: '--base {rev}: git could not read {file}: {why}', 'zh-CN': '--base {rev}：git 无法读取 {file}：{why}' },
  'usage.diff-reporter': { en: '--reporter {given}: diff reports as human or json', 'zh-CN': '--reporter {given}：diff 的报告格式为 human 或者 json' },
  'usage.diff-base-one': {
    en: 'diff --base {rev} compares one spec with its version at that revision: name one spec (got {n})',
    'zh-CN': 'diff --base {rev} 将一份规格文件与其在该版本中的内容比较：请指明一份规格文件（实际给出 {n} 份）',
  },
  'usage.source-date-epoch': {
    en: 'SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999, not "{given}"',
    'zh-CN': 'SOURCE_DATE_EPOCH 应为自 1970 年起算、不晚于 9999 年的整秒数，而不是 "{given}"',
  },
  'usage.out-system': {
    en: '--out {dir}: is on a system file system (/proc, /sys), which holds no files; choose a real folder',
    'zh-CN': '--out {dir}：位于系统文件系统（/proc、/sys）上，其中不能存放文件；请选择一个真实的文件夹',
  },
  'usage.redline-types': {
    en: '{before} is a {a} and {after} a {b}: a redline compares two versions of one type of contract',
    'zh-CN': '{before} 是 {a}，{after} 是 {b}：修订对照只比较同一类型合同的两个版本',
  },
  // ── --help: every description and paragraph, by id where commander is told it (main.ts) ──
  'help.program': {
    en: 'Customer-service agreements (客户服务协议) from one YAML spec, validated and written as DOCX, PDF and Markdown.',
    'zh-CN': '从一份 YAML 规格文件生成客户服务协议：校验后写成 DOCX、PDF 和 Markdown。',
  },
  'help.version': { en: 'print the version', 'zh-CN': '显示版本号' },
  'help.help': { en: 'show help for a command', 'zh-CN': '显示命令的帮助' },
  'help.inputs': {
    en: "spec files, folders (every .yaml/.yml beneath) or quoted globs ('specs/**/*.yaml'); - for standard input",
    'zh-CN': "规格文件、文件夹（其下所有 .yaml/.yml）或者加引号的通配符（'specs/**/*.yaml'）；- 表示标准输入",
  },
  'help.validate': {
    en: "check specs; print each one's verdict and every mistake with its line and column",
    'zh-CN': '校验规格文件；逐份给出结论，并列出每个错误及其行号和列号',
  },
  'help.draft-validate': {
    en: 'allow values to be left out (they become blanks ______), as if each spec said draft: true',
    'zh-CN': '允许不填某些值（留作空白 ______），如同每份规格文件都写明 draft: true',
  },
  'help.reporter': { en: 'human (default), json, github (annotations) or junit (XML)', 'zh-CN': 'human（默认）、json、github（注释）或者 junit（XML）' },
  'help.report-file': {
    en: "write the --reporter's output to this file; the terminal gets the human one",
    'zh-CN': '将 --reporter 的输出写入该文件；终端显示 human 格式',
  },
  'help.json': { en: 'the same as --reporter json', 'zh-CN': '等同于 --reporter json' },
  'help.shard': {
    en: 'only the i-th of n equal shares of the specs (sorted by path), for a CI matrix',
    'zh-CN': '只处理规格文件（按路径排序）n 等分中的第 i 份，用于 CI 矩阵',
  },
  'help.fail-fast': { en: 'stop at the first spec that fails', 'zh-CN': '遇到第一份失败的规格文件即停止' },
  'help.config': {
    en: 'settings file (default: the nearest svc-contract.config.json|yaml or package.json "svc-contract")',
    'zh-CN': '设置文件（默认：最近的 svc-contract.config.json|yaml 或者 package.json 中的 "svc-contract"）',
  },
  'help.no-config': { en: 'ignore any settings file', 'zh-CN': '忽略所有设置文件' },
  'help.lint': {
    en: 'validate each spec, then check its terms against each other and its wording (lint rules, each with an id and a severity)',
    'zh-CN': '校验每份规格文件，再检查其条款之间是否一致、措辞是否妥当（检查规则各有 id 和严重程度）',
  },
  'help.draft-lint': { en: 'treat every spec as a draft (rules about blanks then stay quiet)', 'zh-CN': '将每份规格文件视为草稿（有关空白的规则不再报告）' },
  'help.fail-fast-lint': { en: 'stop at the first spec that is invalid or has a lint error', 'zh-CN': '遇到第一份无效或者有检查错误的规格文件即停止' },
  'help.rules': { en: 'list the rules: id, default severity, what each finds', 'zh-CN': '列出检查规则：id、默认严重程度、各自查找的问题' },
  'help.textconv': {
    en: "print the contract's text, a paragraph a line, for git's diff driver (git diff shows the wording a spec edit changed)",
    'zh-CN': '输出合同文本，每段一行，供 git 的 diff 驱动使用（git diff 显示规格文件的修改所改变的措辞）',
  },
  'help.textconv-spec': { en: 'a spec file (git passes the file to show)', 'zh-CN': '规格文件（由 git 传入要显示的文件）' },
  'help.build': {
    en: "write each spec's contract as DOCX, PDF and Markdown into --out, mirroring the folders the specs are in",
    'zh-CN': '将每份规格文件的合同写成 DOCX、PDF 和 Markdown，放入 --out，保持规格文件所在的文件夹结构',
  },
  'help.format': {
    en: 'formats to write, comma-separated: md, docx, pdf, html (default: md, docx, pdf)',
    'zh-CN': '要写出的格式，以逗号分隔：md、docx、pdf、html（默认：md、docx、pdf）',
  },
  'help.out': {
    en: 'folder for the outputs (default: the working folder); specs found in a folder or glob keep their subfolders',
    'zh-CN': '输出文件夹（默认：当前工作文件夹）；从文件夹或者通配符找到的规格文件保留其子文件夹',
  },
  'help.draft-build': { en: 'allow values to be left out: they print as blanks ______', 'zh-CN': '允许不填某些值：它们印为空白 ______' },
  'help.locale': {
    en: 'zh-Hans, zh-Hant, zh-Hant-TW (Taiwan wording) or zh-Hant-HK; overrides the spec',
    'zh-CN': 'zh-Hans、zh-Hant、zh-Hant-TW（台湾用语）或者 zh-Hant-HK；优先于规格文件的设置',
  },
  'help.templates': { en: 'your own templates or partials, by file name, over the built-in ones', 'zh-CN': '自己的模板或者模板片段，按文件名覆盖内置的模板' },
  'help.check': {
    en: 'write nothing: exit 1 and list the outputs in --out that differ from what the specs produce now (for CI)',
    'zh-CN': '不写任何文件：列出 --out 中与规格文件现在生成的内容不同的输出，并以 1 退出（用于 CI）',
  },
  'help.incremental': {
    en: 'skip a spec whose outputs already record this build (same spec, version, templates and options)',
    'zh-CN': '跳过输出已记录本次生成的规格文件（规格文件、版本、模板和选项均相同）',
  },
  'help.jobs': {
    en: 'worker threads building in parallel (default: one per core; 1 builds in this process)',
    'zh-CN': '并行生成的工作线程数（默认：每个核心一个；1 表示在本进程中生成）',
  },
  'help.fail-fast-build': {
    en: 'stop at the first spec that fails (default: build the rest, exit 1 at the end)',
    'zh-CN': '遇到第一份失败的规格文件即停止（默认：继续生成其余的，最后以 1 退出）',
  },
  'help.font-regular': {
    en: 'font file for the PDF body (e.g. a Song face); overrides the spec',
    'zh-CN': 'PDF 正文的字体文件（例如宋体）；优先于规格文件的设置',
  },
  'help.font-bold': { en: 'bold font file for the PDF headings; overrides the spec', 'zh-CN': 'PDF 标题的粗体字体文件；优先于规格文件的设置' },
  'help.diff': {
    en: 'the redline between two versions of a contract: the changed clauses, and with --out a tracked-change DOCX, a marked PDF and a Markdown diff',
    'zh-CN': '比较合同的两个版本：列出改动的条款；使用 --out 时还写出带修订记录的 DOCX、带标记的 PDF 和 Markdown 差异',
  },
  'help.diff-specs': { en: 'the old and the new spec; or one spec with --base', 'zh-CN': '旧的和新的规格文件；或者一份规格文件加 --base' },
  'help.base': {
    en: 'compare the spec with its version at this git revision (read with git show), e.g. HEAD~1 or main',
    'zh-CN': '将规格文件与其在该 git 版本中的内容比较（用 git show 读取），例如 HEAD~1 或者 main',
  },
  'help.diff-out': { en: 'write <new>.redline.docx, .pdf and .md into this folder', 'zh-CN': '将 <新>.redline.docx、.pdf 和 .md 写入该文件夹' },
  'help.diff-format': {
    en: 'redline formats to write with --out, comma-separated: md, docx, pdf (default: all three)',
    'zh-CN': '使用 --out 时写出的比较格式，以逗号分隔：md、docx、pdf（默认：三种都写）',
  },
  'help.diff-reporter': { en: 'human (default) or json (the changed clauses as data)', 'zh-CN': 'human（默认）或者 json（改动的条款作为数据）' },
  'help.diff-draft': {
    en: 'allow values to be left out in both specs (they print as blanks ______)',
    'zh-CN': '允许两份规格文件都不填某些值（印为空白 ______）',
  },
  'help.diff-locale': {
    en: 'zh-Hans, zh-Hant, zh-Hant-TW or zh-Hant-HK; overrides both specs',
    'zh-CN': 'zh-Hans、zh-Hant、zh-Hant-TW 或者 zh-Hant-HK；优先于两份规格文件的设置',
  },
  'help.types': { en: 'list the five agreement types: id, Chinese name, what each is for', 'zh-CN': '列出五种协议类型：id、中文名称、各自的用途' },
  'help.types-json': { en: 'print as JSON', 'zh-CN': '以 JSON 输出' },
  'help.init': {
    en: 'write a complete, commented starter spec for an agreement type; never overwrites a file',
    'zh-CN': '为一种协议类型写出一份完整、带注释的初始规格文件；从不覆盖已有文件',
  },
  'help.init-type': { en: 'agreement type: id or Chinese name (see `svc-contract types`)', 'zh-CN': '协议类型：id 或者中文名称（见 `svc-contract types`）' },
  'help.init-file': {
    en: 'where to write it (its folder is made as needed); printed to standard output when left out or -',
    'zh-CN': '写到哪里（所需的文件夹会自动创建）；不写或者写 - 时输出到标准输出',
  },
  'help.schema': { en: 'write the JSON Schema of every type (for editors and other tools)', 'zh-CN': '写出每种类型的 JSON Schema（供编辑器和其他工具使用）' },
  'help.schema-out': { en: 'folder to write <type>.schema.json files into', 'zh-CN': '写入 <type>.schema.json 文件的文件夹' },
  'help.schema-type': { en: "print only this type's schema to standard output", 'zh-CN': '只将该类型的 Schema 输出到标准输出' },
  'help.preview': {
    en: 'serve the contract as a page on 127.0.0.1 that re-renders on every save of the spec or the templates, with its errors in the page',
    'zh-CN': '在 127.0.0.1 上以网页提供合同，每次保存规格文件或者模板时重新生成，错误显示在页面中',
  },
  'help.preview-spec': { en: 'the spec file to show', 'zh-CN': '要显示的规格文件' },
  'help.port': { en: 'port to listen on (default: 4477; 0 for any free port)', 'zh-CN': '监听的端口（默认：4477；0 表示任一空闲端口）' },
  'help.host': {
    en: 'address to listen on (default: 127.0.0.1, this machine only); another lets the network read the contract',
    'zh-CN': '监听的地址（默认：127.0.0.1，仅本机）；其他地址会让网络上的他人读到合同',
  },
  'help.preview-templates': {
    en: 'your own templates or partials, by file name, over the built-in ones (watched too)',
    'zh-CN': '自己的模板或者模板片段，按文件名覆盖内置的模板（同样会被监视）',
  },
  'help.examples': { en: 'Examples:', 'zh-CN': '示例：' },
  'help.example': { en: 'Example:', 'zh-CN': '示例：' },
  'help.exit-codes': {
    en: 'Exit codes: 0 success, 1 a spec is invalid (or, with --check, an output is not current; with lint, a finding of error severity), 2 usage error (unknown option, missing file, outputs that cannot be written), 3 internal error.',
    'zh-CN':
      '退出码：0 成功；1 有规格文件无效（或者使用 --check 时有输出不是最新；lint 时有错误级别的问题）；2 用法错误（未知选项、文件不存在、输出无法写入）；3 内部错误。',
  },
  'help.lint-severities': {
    en: 'Severities: each rule has a default (error, warning or info); set one per rule, or off, under\n`lint:` in the spec or in the settings file (the spec wins), e.g. lint: { zero-penalty: off }.',
    'zh-CN':
      '严重程度：每条规则都有默认值（error、warning 或者 info）；可以在规格文件或者设置文件的 `lint:` 下\n逐条设定，或者设为 off（规格文件优先），例如 lint: { zero-penalty: off }。',
  },
  'help.lint-exit-codes': {
    en: 'Exit codes: 0 no finding of error severity, 1 a spec is invalid or has a finding of error severity, 2 usage error (unknown option, missing file, a mistake in the settings file), 3 internal error.',
    'zh-CN': '退出码：0 没有错误级别的问题；1 有规格文件无效或者有错误级别的问题；2 用法错误（未知选项、文件不存在、设置文件有误）；3 内部错误。',
  },
  'help.textconv-after': {
    en: 'A spec that does not validate is printed as its YAML, after one line saying so; the exit code is 0\neither way (git stops the whole diff when a textconv fails), 2 only when the file cannot be read.',
    'zh-CN': '未通过校验的规格文件先输出一行说明，再原样输出其 YAML；两种情况的退出码都是 0\n（textconv 失败时 git 会中止整个 diff），只有文件无法读取时为 2。',
  },
  'help.textconv-setup': { en: 'Set up in a repository of specs:', 'zh-CN': '在存放规格文件的仓库中这样设置：' },
  'help.diff-exit-codes': {
    en: 'Exit codes: 0 the two are the same contract, 1 they differ, 2 error (a spec that does not validate, specs of two types, no git repository).',
    'zh-CN': '退出码：0 两者是同一份合同；1 两者不同；2 错误（规格文件未通过校验、两份规格文件类型不同、没有 git 仓库）。',
  },
  'help.preview-after': {
    en: 'Open the address it prints. Ctrl-C stops it (exit 0); a missing spec or a port in use is a usage error (exit 2).',
    'zh-CN': '打开它显示的地址。按 Ctrl-C 停止（退出码 0）；规格文件不存在或者端口被占用属于用法错误（退出码 2）。',
  },
  'help.lang': {
    en: 'Messages: in Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with zh, else in English; --lang zh-CN or --lang en chooses.',
    'zh-CN': '消息语言：LC_ALL、LC_MESSAGES 或者 LANG（以最先设置的为准）以 zh 开头时为中文，否则为英文；--lang zh-CN 或者 --lang en 可以指定。',
  },
  // ── types: what each agreement type is for (its English is the type's summary, schema/types) ──
  'types.maintenance-agreement': {
    en: 'Customer maintenance by a dedicated team: measurable communication, reporting and tiered problem handling.',
    'zh-CN': '由专门团队提供的客户维护：可衡量的沟通、报告和分级问题处理。',
  },
  'types.service-agreement': {
    en: 'A platform and its customer: services item by item, measurable standards, fees, confidentiality, liability, disputes.',
    'zh-CN': '平台与其客户之间：逐项服务内容、可衡量的标准、费用、保密、违约责任、争议解决。',
  },
  'types.service-contract': {
    en: 'A full service contract in chapters: scope, delivery, fees, assurance, supervision, data, changes, training, termination.',
    'zh-CN': '分章的完整服务合同：服务范围、交付、费用、服务保障、监督、数据、变更、培训、终止。',
  },
  'types.service-standards': {
    en: 'Service standards an outsourced provider meets: reply and complaint times, monthly fee, appendices on breach, glossary and remedies.',
    'zh-CN': '外包服务方应当达到的服务标准：答复和投诉处理时限、月服务费，以及违约、术语和补救措施附件。',
  },
  'types.work-contract': {
    en: 'A client (委托方, 甲方) engages a provider (受托方, 乙方) to run its customer service; detailed penalties.',
    'zh-CN': '委托方（甲方）委托受托方（乙方）承担其客户服务工作；违约金约定详细。',
  },
  // ── stage texts said only by id (load, validate, schema, capitals): expected, got and hint ──
  'diag.closing-quote': { en: 'a closing quote', 'zh-CN': '闭合的引号' },
  'diag.unclosed-quote': { en: 'a quote that is never closed', 'zh-CN': '未闭合的引号' },
  'diag.close-quote': { en: 'close the quote on the same line, e.g. {example}', 'zh-CN': '在同一行闭合引号，例如 {example}' },
  'diag.ascii-colon': { en: 'a key followed by an ASCII colon and a space (key: value)', 'zh-CN': '键后接英文冒号和空格（key: value）' },
  'diag.full-width-colon': { en: 'a full-width colon ：', 'zh-CN': '全角冒号 ：' },
  'diag.type-colon': { en: 'type the colon after a key with the keyboard in English mode', 'zh-CN': '请在英文输入状态下输入键后的冒号' },
  'diag.list-closed': { en: 'a list in [ ] closed on its line', 'zh-CN': '在同一行闭合的 [ ] 列表' },
  'diag.unclosed-bracket': { en: 'a [ that is not closed', 'zh-CN': '未闭合的 [' },
  'diag.add-bracket': { en: 'add the closing ] at the end of the list', 'zh-CN': '在列表末尾加上 ]' },
  'diag.key-once': { en: 'each key once in a map', 'zh-CN': '同一映射中每个键只出现一次' },
  'diag.key-again': { en: '`{key}` a second time', 'zh-CN': '再次出现的 `{key}`' },
  'diag.remove-or-merge': { en: 'remove one of the two, or merge them', 'zh-CN': '删除其中一个，或者将二者合并' },
  'diag.one-per-line': { en: 'one `key: value` per line', 'zh-CN': '每行一个 `key: value`' },
  'diag.colon-in-value': { en: 'a value that contains ": "', 'zh-CN': '包含 ": " 的值' },
  'diag.quote-value': { en: 'put the value in quotes, e.g. {example}', 'zh-CN': '给该值加上引号，例如 {example}' },
  'diag.indent-spaces': { en: 'indentation with ordinary spaces', 'zh-CN': '用普通空格缩进' },
  'diag.indent-spaces-plain': { en: 'indentation with spaces', 'zh-CN': '用空格缩进' },
  'diag.tab': { en: 'a tab (U+0009)', 'zh-CN': '制表符（U+0009）' },
  'diag.nbsp': { en: 'a no-break space (U+00A0)', 'zh-CN': '不换行空格（U+00A0）' },
  'diag.ideographic-space': {
    en: 'a full-width space (U+3000, typed by a Chinese input method in full-width mode)',
    'zh-CN': '全角空格（U+3000，中文输入法全角状态下输入）',
  },
  'diag.replace-indent': {
    en: 'replace it with spaces (two per level); text pasted from Word often carries these',
    'zh-CN': '请换成空格（每级两个）；从 Word 粘贴的文字常带有这类字符',
  },
  'diag.replace-indent-more.one': {
    en: 'replace it with spaces (two per level); text pasted from Word often carries these; {n} more line is indented so',
    'zh-CN': '请换成空格（每级两个）；从 Word 粘贴的文字常带有这类字符；另有 {n} 行也这样缩进',
  },
  'diag.replace-indent-more.many': {
    en: 'replace it with spaces (two per level); text pasted from Word often carries these; {n} more lines are indented so',
    'zh-CN': '请换成空格（每级两个）；从 Word 粘贴的文字常带有这类字符；另有 {n} 行也这样缩进',
  },
  'diag.no-tabs': { en: 'YAML does not allow tabs for indentation; replace them with spaces', 'zh-CN': 'YAML 不允许用制表符缩进；请换成空格' },
  'diag.valid-yaml': { en: 'valid YAML', 'zh-CN': '有效的 YAML' },
  'diag.bracket-open': { en: 'a bracket is opened but not closed', 'zh-CN': '括号已打开但未闭合' },
  'diag.consistent-indent': { en: 'consistent indentation', 'zh-CN': '一致的缩进' },
  'diag.same-column': { en: 'items of one map must start in the same column', 'zh-CN': '同一映射的各项必须从同一列开始' },
  'diag.nesting-hint': { en: 'a spec is a few levels of fields; is this the right file?', 'zh-CN': '规格文件只有几层字段；文件是否选对了？' },
  'diag.value-for': { en: 'a value for `{field}`', 'zh-CN': '`{field}` 的值' },
  'diag.required': { en: 'this field is required', 'zh-CN': '该字段必须填写' },
  'diag.fill-or-draft': {
    en: 'fill it in, or mark the spec `draft: true` (or pass --draft) to leave it as a blank ______',
    'zh-CN': '请填写；或者将规格文件标为 `draft: true`（或者使用 --draft），使其留作空白 ______',
  },
  'diag.nan': { en: 'not a number (.nan)', 'zh-CN': '非数字（.nan）' },
  'diag.too-large': { en: 'a number too large to use', 'zh-CN': '过大而无法使用的数字' },
  'diag.map-of-fields': { en: 'a map of fields (key: value lines)', 'zh-CN': '字段映射（key: value 形式的行）' },
  'diag.list-of': { en: 'a list (lines starting with "- ")', 'zh-CN': '列表（以 "- " 开头的行）' },
  'diag.field-of-spec': { en: 'a field of the spec', 'zh-CN': '规格文件的字段' },
  'diag.field-of': { en: 'a field of `{path}`', 'zh-CN': '`{path}` 的字段' },
  'diag.unknown-field': { en: 'unknown field `{key}`', 'zh-CN': '未知字段 `{key}`' },
  'diag.allowed-here': { en: 'allowed here: {list}', 'zh-CN': '此处可用的字段：{list}' },
  'diag.indent-under-one': { en: '`{key}` is a field of {blocks}: indent it under that block', 'zh-CN': '`{key}` 是 {blocks} 的字段：请把它缩进到该块之下' },
  'diag.indent-under': {
    en: '`{key}` is a field of {blocks}: indent it under the one it belongs to',
    'zh-CN': '`{key}` 是 {blocks} 的字段：请把它缩进到所属的块之下',
  },
  'diag.add-block': {
    en: 'add `{name}:` {where}, or mark the spec `draft: true` (or pass --draft) to leave its values as blanks ______',
    'zh-CN': '请{where}添加 `{name}:`；或者将规格文件标为 `draft: true`（或者使用 --draft），使其中的值留作空白 ______',
  },
  'diag.where-end': { en: 'at the end of the top level', 'zh-CN': '在顶层末尾' },
  // ── schema range, union and enum texts, said by id (validate.ts) ──
  'diag.amount': {
    en: 'an amount such as 12000 or 12000.50, or a map with `amount:` and `inWords:`',
    'zh-CN': '金额，例如 12000 或者 12000.50；或者含 `amount:` 与 `inWords:` 的映射',
  },
  'diag.not-empty': { en: 'a text that is not empty', 'zh-CN': '非空的文字' },
  'diag.number-at-least': { en: 'a number at least {n}', 'zh-CN': '不小于 {n} 的数字' },
  'diag.number-at-most': { en: 'a number at most {n}', 'zh-CN': '不大于 {n} 的数字' },
  'diag.valid-value': { en: 'a valid value', 'zh-CN': '有效的值' },
  'diag.agreement-type': { en: 'an agreement type', 'zh-CN': '协议类型' },
  // ── the YAML parser's own errors, by its error code (YAMLParseError.code): what it found, what to do ──
  'yaml.ALIAS_PROPS': { en: 'an alias (*name) with a tag or an anchor of its own', 'zh-CN': '自带标签或者锚点的别名（*name）' },
  'yaml.ALIAS_PROPS.hint': {
    en: 'an alias stands for the anchored value as it is: remove the tag or anchor before *name',
    'zh-CN': '别名代表锚点处的值本身：请删除 *name 前的标签或者锚点',
  },
  'yaml.BAD_ALIAS': { en: 'an anchor or alias name that is empty or ends in :', 'zh-CN': '为空或者以 : 结尾的锚点或者别名名称' },
  'yaml.BAD_ALIAS.hint': { en: 'name anchors (&name) and aliases (*name) with letters or digits', 'zh-CN': '锚点（&name）和别名（*name）请用字母或者数字命名' },
  'yaml.BAD_DIRECTIVE': { en: 'a % directive YAML does not know', 'zh-CN': 'YAML 不认识的 % 指令' },
  'yaml.BAD_DIRECTIVE.hint': { en: 'a spec needs no directives: remove the line starting with %', 'zh-CN': '规格文件不需要指令：请删除以 % 开头的行' },
  'yaml.BAD_DQ_ESCAPE': { en: 'a backslash escape that double quotes do not know', 'zh-CN': '双引号中无法识别的反斜杠转义' },
  'yaml.BAD_DQ_ESCAPE.hint': {
    en: 'inside double quotes write a backslash as \\\\, or put the value in single quotes',
    'zh-CN': '在双引号中，反斜杠应写作 \\\\；或者改用单引号',
  },
  'yaml.BAD_INDENT': {
    en: 'items of one list or map that do not start in the same column',
    'zh-CN': '同一列表或者映射中未从同一列开始的各项',
  },
  'yaml.BAD_INDENT.hint': {
    en: 'line the items of each list and map up in one column, indenting with spaces only',
    'zh-CN': '同一列表或者映射的各项请对齐在同一列，只用空格缩进',
  },
  'yaml.BAD_PROP_ORDER': { en: 'a tag or an anchor before the - or : that it should follow', 'zh-CN': '位于 - 或者 : 之前的标签或者锚点' },
  'yaml.BAD_PROP_ORDER.hint': { en: 'put the anchor (&name) or tag after the - or :', 'zh-CN': '请将锚点（&name）或者标签放在 - 或者 : 之后' },
  'yaml.BAD_SCALAR_START': {
    en: 'a value without quotes that starts with a character YAML reserves (such as @, `, % or |)',
    'zh-CN': '未加引号、以 YAML 保留字符（例如 @、`、% 或者 |）开头的值',
  },
  'yaml.BAD_SCALAR_START.hint': { en: 'put the value in quotes, e.g. note: "@客服中心"', 'zh-CN': '请给该值加上引号，例如 note: "@客服中心"' },
  'yaml.BLOCK_AS_IMPLICIT_KEY': {
    en: 'a list or a `key: value` where a key was expected (a second colon on the line)',
    'zh-CN': '应为键的位置出现了列表或者 `key: value`（同一行有第二个冒号）',
  },
  'yaml.BLOCK_AS_IMPLICIT_KEY.hint': {
    en: 'write one `key: value` per line; quote a value that contains ": "',
    'zh-CN': '每行写一个 `key: value`；值中含有 ": " 时请加引号',
  },
  'yaml.BLOCK_IN_FLOW': { en: 'a list or map written over lines inside [ ] or { }', 'zh-CN': '[ ] 或者 { } 中跨行书写的列表或者映射' },
  'yaml.BLOCK_IN_FLOW.hint': {
    en: 'inside [ ] and { } write the items separated by commas, or drop the brackets and write one item a line',
    'zh-CN': '在 [ ] 和 { } 中，各项以逗号分隔；或者去掉括号，每行写一项',
  },
  'yaml.BAD_COLLECTION_TYPE': { en: 'a tag for a list on a map, or for a map on a list', 'zh-CN': '映射上的列表标签，或者列表上的映射标签' },
  'yaml.IMPOSSIBLE': { en: 'something the YAML reader cannot make sense of', 'zh-CN': 'YAML 读取器无法理解的内容' },
  'yaml.IMPOSSIBLE.hint': {
    en: 'look for a stray character on this line, or write it more simply',
    'zh-CN': '请检查该行是否有多余的字符，或者改用更简单的写法',
  },
  'yaml.MISSING_CHAR': {
    en: 'a character YAML needs here is missing (a colon, a comma, a closing bracket or a space)',
    'zh-CN': '此处缺少 YAML 需要的字符（冒号、逗号、右括号或者空格）',
  },
  'yaml.MISSING_CHAR.hint': {
    en: 'write `key: value` with a space after the colon, and separate the items in [ ] with commas',
    'zh-CN': '`key: value` 的冒号后要有空格；[ ] 中各项以逗号分隔',
  },
  'yaml.MISSING_VALUE': { en: 'a line that is neither `key: value` nor a list item "- "', 'zh-CN': '既不是 `key: value` 也不是列表项 "- " 的行' },
  'yaml.MISSING_VALUE.hint': {
    en: 'add the colon after the key (key: value), or start a list item with "- "; text that goes on from the line above is indented under its key',
    'zh-CN': '请在键后加上冒号（key: value），或者以 "- " 开始列表项；接续上一行的文字应缩进在其键之下',
  },
  'yaml.COMMENT_SPACE': { en: 'a # comment that touches the text before it', 'zh-CN': '紧贴前面文字的 # 注释' },
  'yaml.COMMENT_SPACE.hint': {
    en: 'put a space before the #, or quote the value if the # belongs to it',
    'zh-CN': '请在 # 前加一个空格；如果 # 属于该值，请给该值加上引号',
  },
  'yaml.MULTILINE_IMPLICIT_KEY': { en: 'a key that runs over more than one line', 'zh-CN': '跨越多行的键' },
  'yaml.MULTILINE_IMPLICIT_KEY.hint': {
    en: 'write each key on one line, followed by a colon; a value that goes on over lines is indented under its key',
    'zh-CN': '每个键写在一行内并后接冒号；跨行的值应缩进在其键之下',
  },
  'yaml.MULTIPLE_ANCHORS': { en: 'a value with two anchors (&name)', 'zh-CN': '带有两个锚点（&name）的值' },
  'yaml.MULTIPLE_ANCHORS.hint': { en: 'keep one anchor', 'zh-CN': '只保留一个锚点' },
  'yaml.MULTIPLE_TAGS': { en: 'a value with two tags', 'zh-CN': '带有两个标签的值' },
  'yaml.NON_STRING_KEY': { en: 'a key that is not a plain name', 'zh-CN': '不是普通名称的键' },
  'yaml.RESOURCE_EXHAUSTION': { en: 'more alias expansions than a spec can hold', 'zh-CN': '超出规格文件容量的别名展开' },
  'yaml.TAG_RESOLVE_FAILED': { en: 'a tag YAML does not know', 'zh-CN': 'YAML 不认识的标签' },
  'yaml.UNEXPECTED_TOKEN': {
    en: 'a character YAML does not expect here (a stray bracket, comma or quote)',
    'zh-CN': 'YAML 在此处不期望出现的字符（多余的括号、逗号或者引号）',
  },
  'yaml.UNEXPECTED_TOKEN.hint': {
    en: 'look for a stray character on this line; quote a value that contains [ ] { } , or #',
    'zh-CN': '请检查该行是否有多余的字符；值中含有 [ ] { } , 或者 # 时请加引号',
  },
} as const satisfies Record<string, Message>;

/** Every id a stage or the CLI may say a text by: the CLI's, the lint rules', and the stages' (MATCHED, below). */
export type MessageId = keyof typeof MESSAGES | keyof typeof LINT_MESSAGES | keyof typeof MATCHED;

/** The text of a message in a language (English when it has none), its {params} filled in (a parameter given by id said in the same language). */
export function t(lang: Lang, id: MessageId, params: Readonly<Record<string, string | number | MessageRef>> = {}): string {
  const m: Message = (MESSAGES as Record<string, Message>)[id] ??
    (LINT_MESSAGES as Record<string, Message>)[id] ??
    (MATCHED as Record<string, Message>)[id] ?? { en: id };
  const text = m[lang] ?? m.en;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    return v === undefined ? all : typeof v === 'object' ? t(lang, v.id as MessageId, v.params) : String(v);
  });
}

/** A text by id, for a stage to hand on: said in the reader's language at the edge (ref), in English where it is stored (text). */
export function said(id: MessageId, params?: Readonly<Record<string, string | number | MessageRef>>): MessageRef {
  return params ? { id, params } : { id };
}

/**
 * A diagnostic's expected, got and hint given by id: the English in the fields (the library's and
 * --json's in English), the ids for the CLI edge to say them in the reader's language. A text
 * said this way cannot lose its translation when its English wording changes.
 */
export function worded(parts: { expected: MessageRef; got?: MessageRef; hint?: MessageRef }): {
  expected: string;
  got?: string;
  hint?: string;
  ids: MessageIds;
} {
  const en = (r: MessageRef) => sayRef(r, 'en');
  return {
    expected: en(parts.expected),
    ...(parts.got ? { got: en(parts.got) } : {}),
    ...(parts.hint ? { hint: en(parts.hint) } : {}),
    ids: { expected: parts.expected, ...(parts.got ? { got: parts.got } : {}), ...(parts.hint ? { hint: parts.hint } : {}) },
  };
}

/** A message by id said in a language. */
export function sayRef(ref: MessageRef, lang: Lang): string {
  return t(lang, ref.id as MessageId, ref.params);
}

/**
 * Texts of the stages (a diagnostic's expected, got and hint; a usage error) and of commander.
 * A stage says them by id where it can (said()/worded() for a diagnostic, t('en', id) for a
 * usage error's English), so that the English and the Chinese come from one entry; a text a
 * stage still writes in English is matched whole: the first entry whose `en` matches gives the
 * Chinese. Specific entries stand before general ones.
 */
export const MATCHED = {
  // ── usage errors (exit 2): the CLI's and commander's ────────────────────────────────────
  'usage.unknown-option': { en: "error: unknown option '{option}'", 'zh-CN': "错误：未知选项 '{option}'" },
  'usage.unknown-command': { en: "error: unknown command '{command}'", 'zh-CN': "错误：未知命令 '{command}'" },
  'usage.missing-argument': { en: "error: missing required argument '{argument}'", 'zh-CN': "错误：缺少必需的参数 '{argument}'" },
  'usage.missing-option': { en: "error: required option '{option}' not specified", 'zh-CN': "错误：未指定必需的选项 '{option}'" },
  'usage.option-argument': { en: "error: option '{option}' argument missing", 'zh-CN': "错误：选项 '{option}' 缺少取值" },
  'usage.too-many': {
    en: "error: too many arguments for '{command}'. Expected {n} arguments but got {got}.",
    'zh-CN': "错误：'{command}' 的参数过多。应为 {n} 个，实际为 {got} 个。",
  },
  'usage.too-many-plain': { en: 'error: too many arguments. Expected {n} arguments but got {got}.', 'zh-CN': '错误：参数过多。应为 {n} 个，实际为 {got} 个。' },
  'usage.did-you-mean': { en: '(Did you mean {word}?)', 'zh-CN': '（是否应为 {word}？）' },
  // ── outputs that cannot be written (the error family's write kind, errors/diagnostic.ts) ──
  // ── the settings file and font files named by flags ─────────────────────────────────────
  'usage.config-field': { en: '{at}: {path}: expected {expected}, got {got}', 'zh-CN': '{at}：{path}：应为{expected}，实际为{got}' },
  // ── `types`: what each agreement type is for ───────────────────────────────────────────
  // ── --help: titles, descriptions and the text after them ────────────────────────────────
  'help.usage': { en: 'Usage:', 'zh-CN': '用法：' },
  'help.options': { en: 'Options:', 'zh-CN': '选项：' },
  'help.commands': { en: 'Commands:', 'zh-CN': '命令：' },
  'help.arguments': { en: 'Arguments:', 'zh-CN': '参数：' },
  'help.global-options': { en: 'Global Options:', 'zh-CN': '全局选项：' },
  'help.help-command': { en: 'display help for command', 'zh-CN': '显示命令的帮助' },
  // ── load: YAML and the file as a whole ──────────────────────────────────────────────────
  'diag.utf8': { en: 'UTF-8 text', 'zh-CN': 'UTF-8 编码的文字' },
  'diag.utf16': { en: 'UTF-16 text', 'zh-CN': 'UTF-16 编码的文字' },
  'diag.save-utf8-gbk': {
    en: 'save the file as UTF-8 (a GBK/GB2312 file from an older editor must be converted, e.g. iconv -f GBK -t UTF-8)',
    'zh-CN': '请将文件另存为 UTF-8 编码（旧编辑器保存的 GBK/GB2312 文件须先转换，例如 iconv -f GBK -t UTF-8）',
  },
  'diag.save-utf8': { en: 'save the file as UTF-8', 'zh-CN': '请将文件另存为 UTF-8 编码' },
  'diag.byte-not-utf8': { en: 'the byte {byte}, which is not UTF-8', 'zh-CN': '字节 {byte}，不是 UTF-8' },
  'diag.spec-map': { en: 'a contract spec (a map starting with `type:`)', 'zh-CN': '合同规格文件（以 `type:` 开头的映射）' },
  'diag.empty-file': { en: 'an empty file', 'zh-CN': '空文件' },
  'diag.run-init': {
    en: 'run `svc-contract init --type <type> deal.yaml` for a starter spec',
    'zh-CN': '运行 `svc-contract init --type <type> deal.yaml` 生成一份初始规格文件',
  },
  'diag.field-name-of-spec': { en: 'a field name of the spec', 'zh-CN': '规格文件的字段名' },
  'diag.reserved-key': { en: 'the reserved key `{key}`', 'zh-CN': '保留键 `{key}`' },
  'diag.remove-reserved': { en: 'this name is not a field of any contract type; remove it', 'zh-CN': '该名称不是任何合同类型的字段，请删除' },
  'diag.field-name': { en: 'a field name', 'zh-CN': '字段名' },
  'diag.collection-key': { en: 'a list or map as a key', 'zh-CN': '作为键的列表或者映射' },
  'diag.plain-keys': { en: 'keys are plain names such as `parties:`', 'zh-CN': '键应为 `parties:` 这样的普通名称' },
  'diag.spec-fields': { en: 'a map of fields (type:, contract:, parties:, …)', 'zh-CN': '字段映射（type:、contract:、parties: ……）' },
  'diag.text-starting': { en: 'a text of {n} characters starting {start}', 'zh-CN': '以 {start} 开头的 {n} 个字符的文字' },
  'diag.right-file': { en: 'is this the right file? A spec starts with `type:`', 'zh-CN': '文件是否选对了？规格文件以 `type:` 开头' },
  'diag.plain-value': { en: 'a plain value', 'zh-CN': '普通的值' },
  'diag.yaml-tag': { en: 'the YAML tag {tag}', 'zh-CN': 'YAML 标签 {tag}' },
  'diag.remove-tag': { en: 'remove the tag; quote the value if it must be text', 'zh-CN': '删除该标签；如果该值须为文字，请加引号' },
  'diag.alias-anchor': { en: 'an alias (*name) to an anchor (&name) defined before it', 'zh-CN': '指向此前已定义的锚点（&name）的别名（*name）' },
  'diag.unresolved-alias': {
    en: 'Unresolved alias (the anchor must be set before the alias): {name}',
    'zh-CN': '无法解析的别名（锚点必须在别名之前设置）：{name}',
  },
  'diag.define-anchor': { en: 'define the anchor first, or write the value out', 'zh-CN': '先定义锚点，或者直接写出该值' },
  'diag.alias-limit': { en: 'at most {n} alias (*name) expansions', 'zh-CN': '最多 {n} 次别名（*name）展开' },
  'diag.alias-unbound': { en: 'aliases that expand without bound', 'zh-CN': '无限展开的别名' },
  'diag.alias-write-out': { en: 'write the values out instead of nesting aliases', 'zh-CN': '直接写出各值，不要嵌套别名' },
  'diag.line-endings': { en: 'lines ending in LF or CRLF', 'zh-CN': '以 LF 或者 CRLF 结尾的行' },
  'diag.cr-only': { en: 'old Mac line endings (CR only)', 'zh-CN': '旧式 Mac 换行符（仅 CR）' },
  'diag.save-line-endings': { en: 'save the file with Unix (LF) or Windows (CRLF) line endings', 'zh-CN': '请以 Unix（LF）或者 Windows（CRLF）换行符保存文件' },
  'diag.one-per-file': { en: 'one contract per file', 'zh-CN': '每个文件一份合同' },
  'diag.documents': { en: '{n} YAML documents (separated by ---)', 'zh-CN': '{n} 个 YAML 文档（以 --- 分隔）' },
  'diag.file-each': { en: 'put each contract in a file of its own', 'zh-CN': '请将每份合同分别放在单独的文件中' },
  'diag.whole-value': { en: 'the whole value', 'zh-CN': '完整的值' },
  'diag.cut-by-comment': { en: 'a value cut short: YAML reads {text} as a comment', 'zh-CN': '被截断的值：YAML 将 {text} 读作注释' },
  'diag.quote-hash': { en: 'quote it if the # belongs to it: {example}', 'zh-CN': '如果 # 属于该值，请加引号：{example}' },
  'diag.tab-plain': { en: 'a tab', 'zh-CN': '制表符' },
  'diag.nesting': { en: 'a spec nested at most a few levels deep', 'zh-CN': '嵌套不超过几层的规格文件' },
  'diag.nesting-deep': { en: 'nesting too deep to read', 'zh-CN': '嵌套过深，无法读取' },
  // ── the PDF's faces of a Traditional locale, an optional install (writers/faces.ts) ──────────
  'diag.faces-not-installed': { en: 'the PDF faces of {locale} are not installed ({pkg})', 'zh-CN': '{locale} 的 PDF 字体未安装（{pkg}）' },
  'diag.faces-install': { en: 'install them beside svc-contract: {command}', 'zh-CN': '请在 svc-contract 所在处安装：{command}' },
  // ── the schema: types, required fields, formats ─────────────────────────────────────────
  'diag.nothing': { en: 'nothing', 'zh-CN': '无（未填写）' },
  'diag.none': { en: 'none', 'zh-CN': '无' },
  'diag.a-list': { en: 'a list', 'zh-CN': '列表' },
  'diag.a-map': { en: 'a map', 'zh-CN': '映射' },
  'diag.the-text': { en: 'the text {value}', 'zh-CN': '文字 {value}' },
  'diag.the-number': { en: 'the number {value}', 'zh-CN': '数字 {value}' },
  'diag.text': { en: 'text', 'zh-CN': '文字' },
  'diag.number': { en: 'a number', 'zh-CN': '数字' },
  'diag.whole-number': { en: 'a whole number', 'zh-CN': '整数' },
  'diag.boolean': { en: 'true or false', 'zh-CN': 'true 或者 false' },
  'diag.quote-number-as': {
    en: 'quote it ({quoted}) so that YAML keeps it as text; unquoted, YAML reads it as the number {n}',
    'zh-CN': '加上引号（{quoted}），YAML 才会把它当作文字；不加引号时，YAML 将其读作数字 {n}',
  },
  'diag.quote-number': { en: 'quote it ({quoted}) so that YAML keeps it as text', 'zh-CN': '加上引号（{quoted}），YAML 才会把它当作文字' },
  'diag.write-true': {
    en: 'write true, unquoted (YAML reads yes, on and "true" as text)',
    'zh-CN': '写作 true，不加引号（YAML 将 yes、on 和 "true" 读作文字）',
  },
  'diag.write-false': {
    en: 'write false, unquoted (YAML reads no, off and "false" as text)',
    'zh-CN': '写作 false，不加引号（YAML 将 no、off 和 "false" 读作文字）',
  },
  'diag.quote-boolean': { en: 'quote it ({quoted}); YAML reads true/false as a truth value', 'zh-CN': '加上引号（{quoted}）；YAML 将 true/false 读作真假值' },
  'diag.plain-number-n': {
    en: 'write {n}: a plain number, without quotes, units or thousands separators',
    'zh-CN': '写作 {n}：纯数字，不加引号、单位或者千位分隔符',
  },
  'diag.plain-number': {
    en: 'write the number without quotes, units or thousands separators, e.g. 12000.50',
    'zh-CN': '直接写数字，不加引号、单位或者千位分隔符，例如 12000.50',
  },
  'diag.not-items': { en: 'write `key: value` lines here, not "- " items', 'zh-CN': '此处应写 `key: value` 行，而不是 "- " 列表项' },
  'diag.items': { en: 'write each entry on a line starting with "- "', 'zh-CN': '每一项写在以 "- " 开头的一行' },
  'diag.amount-plain': {
    en: 'write {n}: the amount in yuan as a plain number, without thousands separators, 万 or 元',
    'zh-CN': '写作 {n}：以元为单位的纯数字，不加千位分隔符、“万”或者“元”',
  },
  'diag.items-at-least': { en: 'at least {n} item', 'zh-CN': '至少 {n} 项' },
  'diag.items-at-least-many': { en: 'at least {n} items', 'zh-CN': '至少 {n} 项' },
  'diag.items-at-most': { en: 'at most {n} item', 'zh-CN': '最多 {n} 项' },
  'diag.items-at-most-many': { en: 'at most {n} items', 'zh-CN': '最多 {n} 项' },
  'diag.items-count': { en: '{n} items', 'zh-CN': '{n} 项' },
  'diag.chars-at-most': { en: 'at most {n} characters', 'zh-CN': '不超过 {n} 个字符' },
  'diag.one-of-colon': { en: 'one of: {list}', 'zh-CN': '以下之一：{list}' },
  'diag.one-of': { en: 'one of {list}', 'zh-CN': '以下之一：{list}' },
  'diag.did-you-mean-term': {
    en: 'did you mean `{key}`? ({term} is its Chinese term; keys are written in English)',
    'zh-CN': '是否应为 `{key}`？（{term} 是它的中文名称；字段名用英文书写）',
  },
  'diag.did-you-mean-types': {
    en: 'did you mean `{key}`? one of: {list}; `svc-contract types` lists them',
    'zh-CN': '是否应为 `{key}`？以下之一：{list}；`svc-contract types` 会列出全部类型',
  },
  'diag.did-you-mean-word-then': { en: 'did you mean `{word}` ({value})? {rest}', 'zh-CN': '是否应为 `{word}`（{value}）？{rest}' },
  'diag.did-you-mean-then': { en: 'did you mean `{key}`? {rest}', 'zh-CN': '是否应为 `{key}`？{rest}' },
  'diag.did-you-mean': { en: 'did you mean `{key}`?', 'zh-CN': '是否应为 `{key}`？' },
  'diag.block-with': { en: 'a `{name}:` block with {fields}', 'zh-CN': '含 {fields} 的 `{name}:` 块' },
  'diag.where-between': { en: 'between `{prev}:` and `{next}:`', 'zh-CN': '在 `{prev}:` 与 `{next}:` 之间' },
  'diag.where-before': { en: 'before `{next}:`', 'zh-CN': '在 `{next}:` 之前' },
  'diag.where-after': { en: 'after `{prev}:`', 'zh-CN': '在 `{prev}:` 之后' },
  'diag.where-under': { en: 'under `{path}:`', 'zh-CN': '在 `{path}:` 之下' },
  'diag.type-line': { en: 'a `type:` line naming the agreement type', 'zh-CN': '写明协议类型的 `type:` 行' },
  'diag.date-format': { en: 'a date written YYYY-MM-DD, e.g. {example}', 'zh-CN': '按 YYYY-MM-DD 书写的日期，例如 {example}' },
  'diag.two-digits': { en: 'write {date}: months and days take two digits', 'zh-CN': '写作 {date}：月和日均为两位数' },
  'diag.date-exists': { en: 'a date that exists on the calendar', 'zh-CN': '日历上存在的日期' },
  'diag.credit-code-check': {
    en: 'a credit code whose last character checks (a character is mistyped)',
    'zh-CN': '校验位正确的统一社会信用代码（有字符输错）',
  },
  'diag.duration-positive': { en: 'a duration longer than zero', 'zh-CN': '大于零的时长' },
  'diag.duration': {
    en: 'a number and a unit (minutes, hours), e.g. "15 minutes" or "24 hours"',
    'zh-CN': '数字加单位（minutes 分钟、hours 小时），例如 "15 minutes" 或者 "24 hours"',
  },
  'diag.duration-units': { en: 'a number and a unit ({units}), e.g. {a} or {b}', 'zh-CN': '数字加单位（{units}），例如 {a} 或者 {b}' },
  'diag.duration-unit': { en: 'a number and a unit ({units}), e.g. {a}', 'zh-CN': '数字加单位（{units}），例如 {a}' },
  'diag.add-unit': { en: 'add the unit, e.g. {example}', 'zh-CN': '加上单位，例如 {example}' },
  'diag.fen': { en: 'an amount with at most two decimals (fen)', 'zh-CN': '最多两位小数（到分）的金额' },
  'diag.invisible': {
    en: 'text without control characters or invisible marks (zero-width spaces, soft hyphens, direction overrides, lone surrogates)',
    'zh-CN': '不含控制字符或者不可见字符（零宽空格、软连字符、方向控制符、孤立代理项）的文字',
  },
  // ── rules beyond the schema ─────────────────────────────────────────────────────────────
  'diag.capitals-of': { en: 'the capitals of {figure} as the rules write them: {capitals}', 'zh-CN': '{figure} 按规范书写的大写金额：{capitals}' },
  'diag.capitals-form': { en: 'capitals as the rules write them: {capitals}', 'zh-CN': '按规范书写的大写金额：{capitals}' },
  'diag.capitals-zheng': {
    en: '《支付结算办法》附一 第二条: 整 (or 正) after 元 when no 角 or 分 follows',
    'zh-CN': '《支付结算办法》附一 第二条：大写金额到“元”为止的，在“元”之后应写“整”（或者“正”）字',
  },
  'diag.capitals-in-path': { en: 'capitals in {currency} ({path})', 'zh-CN': '以{currency}（{path}）书写的大写金额' },
  'diag.capitals-in': { en: 'capitals in {currency}: {capitals}', 'zh-CN': '以{currency}书写的大写金额：{capitals}' },
  'diag.capitals-say': { en: 'capitals that say the figure before them: {capitals}', 'zh-CN': '与前面数字一致的大写金额：{capitals}' },
  'diag.capitals-say-figure': {
    en: 'these capitals say {said}, the figure {figure}: correct the capitals or the figure',
    'zh-CN': '大写金额为 {said}，数字为 {figure}：请更正大写金额或者数字',
  },
  'diag.capitals-say-amount': {
    en: 'these capitals say {said}, the figure {figure}: correct the capitals or the amount',
    'zh-CN': '大写金额为 {said}，数字为 {figure}：请更正大写金额或者金额',
  },
  'diag.capitals-of-short': { en: 'the capitals of {figure}: {capitals}', 'zh-CN': '{figure} 的大写金额：{capitals}' },
  'diag.clause-not-omitted': { en: 'a clause that is not omitted', 'zh-CN': '未被删除（omit）的条款' },
  'diag.clause-id-of': { en: 'a clause id of {type}', 'zh-CN': '{type} 的条款 id' },
  'diag.clause-ids': { en: 'clause ids: {list}', 'zh-CN': '条款 id：{list}' },
  'diag.clause-not-given': { en: 'a clause whose content the spec does not give', 'zh-CN': '规格文件未提供其内容的条款' },
  'diag.clause-filled': { en: '`{clause}`, while {field} fills it', 'zh-CN': '`{clause}`，但 {field} 填写了它的内容' },
  'diag.remove-or-keep': { en: 'remove {field}, or keep the clause', 'zh-CN': '删除 {field}，或者保留该条款' },
  'diag.optional-clause': { en: 'an optional clause', 'zh-CN': '可选条款' },
  'diag.clause-needed': { en: '`{clause}` ({name}), which the contract cannot do without', 'zh-CN': '`{clause}`（{name}），合同不可缺少该条款' },
  'diag.optional-here': { en: 'optional here: {list}; replace its text instead', 'zh-CN': '此处可选的条款：{list}；如需改动，请替换其文本' },
  'diag.time-after': { en: 'a time after the start ({time})', 'zh-CN': '晚于开始时间（{time}）的时间' },
  'diag.agent-id': {
    en: "the agent's ID number (`authorisedAgentIdNumber`, 授权代表身份证件号码) for the 授权委托书 of a final build",
    'zh-CN': '定稿中授权委托书所载授权代表的身份证件号码（`authorisedAgentIdNumber`）',
  },
  'diag.contact-id': {
    en: "the contact's ID number (`contactIdNumber`, 对接人身份证件号码) for the 授权委托书 of a final build",
    'zh-CN': '定稿中授权委托书所载对接人的身份证件号码（`contactIdNumber`）',
  },
  'diag.date-after': { en: 'a date after the start ({date})', 'zh-CN': '晚于开始日期（{date}）的日期' },
  'diag.notice-shorter': { en: 'a notice period shorter than the term', 'zh-CN': '短于合同期限的通知期' },
  'diag.term-whole-months': {
    en: 'a whole number of months (or years that make whole months) when the term has a start: the contract prints its last day',
    'zh-CN': '整月数（或者折合整月的年数）的期限长度：服务期限有起始日的，合同载明其最后一日',
  },
  'diag.term-whole-months-hint': {
    en: 'write the length in whole months, or give the last day as `end`',
    'zh-CN': '以整月数写期限长度，或者以 `end` 写明最后一日',
  },
  'diag.term-ends-by': { en: 'a term that ends by 2200-12-31', 'zh-CN': '于2200-12-31前届满的期限' },
  'diag.no-less-than': { en: 'no less than {term} ({value}, at {path})', 'zh-CN': '不少于{term}（{value}，见 {path}）' },
  'diag.higher-level': { en: 'a higher level may take longer, never less', 'zh-CN': '级别越高，时限可以越长，不得更短' },
  'diag.excess-row': {
    en: 'a usage row of fees.items for the excess volume (e.g. name: 超量服务费, kind: usage, amount: {price}, unit: 件)',
    'zh-CN': 'fees.items 中超量部分的计量收费行（例如 name: 超量服务费, kind: usage, amount: {price}, unit: 件）',
  },
  'diag.excess-row-got': {
    en: 'a price of {price} per item beyond the agreed volume that the fee table does not list',
    'zh-CN': '超出约定服务量每件 {price} 的价格，收费表中没有列出',
  },
  'diag.fee-table-every': {
    en: 'the fee table gives every amount the contract charges with its VAT rate',
    'zh-CN': '合同收取的每一笔费用都应当列入收费表，并注明增值税税率',
  },
  'diag.oncall-row': {
    en: 'a fixed row of fees.items for the on-call fee (e.g. name: 值守费, kind: fixed, amount: {fee}, unit: 月)',
    'zh-CN': 'fees.items 中值守费的固定收费行（例如 name: 值守费, kind: fixed, amount: {fee}, unit: 月）',
  },
  'diag.oncall-row-got': { en: 'an on-call fee of {fee} a month that the fee table does not list', 'zh-CN': '每月 {fee} 的值守费，收费表中没有列出' },
  'diag.oncall-row-hint': {
    en: 'the fee table gives every amount the contract charges with its VAT rate; add the row and count it in fees.monthly',
    'zh-CN': '合同收取的每一笔费用都应当列入收费表并注明增值税税率；请添加该行，并计入 fees.monthly',
  },
  'diag.monthly-sum': {
    en: 'the sum of the fixed rows of fees.items, the on-call fee included: {fixed}',
    'zh-CN': 'fees.items 中各固定收费行之和（含值守费）：{fixed}',
  },
  'diag.monthly-sum-hint': {
    en: 'the monthly fee the contract calls fixed, and the cap basis built on it, must include the on-call fee',
    'zh-CN': '合同所称固定的每月服务费用，以及以其为基数的赔偿限额，都应当包括值守费',
  },
  'diag.adverse-purpose': {
    en: 'a purpose that includes helping the client meet its adverse-event duties (协助甲方履行医疗器械不良事件监测和报告义务)',
    'zh-CN': '包括协助甲方履行医疗器械不良事件监测和报告义务的处理目的',
  },
  'diag.adverse-purpose-hint': {
    en: 'the medicalDevices clause has the provider pass on complaints with health data; an entrusted purpose must cover it (个人信息保护法 第六条, 第二十一条)',
    'zh-CN': '医疗器械条款要求乙方转交含健康信息的投诉，委托处理的目的应当涵盖这一处理活动（个人信息保护法 第六条、第二十一条）',
  },
  'diag.refund-arrears': {
    en: 'nonconforming (the default), all-paid or since-breach when fees are paid in arrears',
    'zh-CN': '费用后付时，应为 nonconforming（默认）、all-paid 或者 since-breach',
  },
  'diag.refund-arrears-hint': {
    en: 'fees paid after the month they pay for are never paid for service not yet given: the refund can never arise',
    'zh-CN': '费用在服务月份之后支付，不会出现为尚未提供的服务预付费用的情形：该退款永远不会发生',
  },
  'diag.volume-band': {
    en: 'an upper bound above the lower bound ({n})',
    'zh-CN': '大于下限（{n}）的上限',
  },
  'diag.volume-band-hint': {
    en: 'the fixed fee covers the items a month between lower and upper: give a band, e.g. lower 8000, upper 12000',
    'zh-CN': '固定服务费用涵盖每月服务量在下限与上限之间的部分：请给出一个区间，例如下限 8000、上限 12000',
  },
  'diag.effect-no-date': {
    en: 'no date: the term starts on the effective date (startsOnEffect)',
    'zh-CN': '不填日期：服务期限自生效之日起算（startsOnEffect）',
  },
  'diag.effect-no-date-hint': {
    en: 'keep startsOnEffect and give a `length`, or drop it and give the dates',
    'zh-CN': '保留 startsOnEffect 并填写 `length`，或者删除它并填写起止日期',
  },
  'diag.effect-length': {
    en: 'a `length` (e.g. 1 year): the term runs for it from the effective date',
    'zh-CN': '一个 `length`（例如 1 year）：服务期限自生效之日起按此计算',
  },
  'diag.no-length': { en: 'no length', 'zh-CN': '没有期限长度' },
  'diag.add-length': { en: 'add term.length', 'zh-CN': '请添加 term.length' },
  // ── schema texts a zod check carries as its message (a string): matched ──
  'diag.phone': {
    en: 'a phone number such as 021-6888 0000 or +86 138 0013 8000',
    'zh-CN': '电话号码，例如 021-6888 0000 或者 +86 138 0013 8000',
  },
  'diag.capitals-lower': {
    en: '《支付结算办法》附一 第一条: capitals are written 壹贰叁肆伍陆柒捌玖拾佰仟, never {char} (nor 一二三…十, 两, 念, 毛, 另 or digits)',
    'zh-CN':
      '《支付结算办法》附一 第一条：中文大写金额数字应当用壹、贰、叁、肆、伍、陆、柒、捌、玖、拾、佰、仟等字样书写，不得写作 {char}（也不得用一二三……十、两、念、毛、另或者阿拉伯数字）',
  },
  'diag.capitals-stray': {
    en: '"{char}" is not one of the capitals 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整',
    'zh-CN': '"{char}" 不是大写金额用字（壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整）',
  },
  'diag.capitals-stray-currency': {
    en: '"{char}" is not one of the capitals 壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整 (a currency named before them: 人民币, 美元, 港元)',
    'zh-CN': '"{char}" 不是大写金额用字（壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分零整；币种名称写在前面：人民币、美元、港元）',
  },
  'diag.capitals-none': { en: 'no capitals after the currency', 'zh-CN': '币种名称之后没有大写金额' },
} as const satisfies Record<string, Message>;

export type MatchedId = keyof typeof MATCHED;

interface Compiled {
  id: MatchedId;
  re: RegExp;
  names: string[];
}
let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  return (Object.entries(MATCHED) as [MatchedId, Message][]).map(([id, m]) => {
    const names: string[] = [];
    const source = m.en.split(/(\{\w+\})/).map((part) => {
      const p = /^\{(\w+)\}$/.exec(part);
      if (!p) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(p[1]!);
      return '([\\s\\S]+?)';
    });
    return { id, re: new RegExp(`^${source.join('')}$`), names };
  });
}

/**
 * An English text of a stage, said in `lang`: the first catalogue entry it matches, its
 * parameters said in `lang` too where they are texts of the catalogue; unchanged when none
 * matches (or when the entry has no text in that language).
 */
export function say(text: string, lang: Lang, depth = 0): string {
  if (lang === 'en' || text === '' || depth > 3) return text;
  compiled ??= compile();
  for (const c of compiled) {
    const m = c.re.exec(text);
    if (!m) continue;
    const target: string | undefined = (MATCHED[c.id] as Message)[lang];
    if (target === undefined) return text;
    const params = Object.fromEntries(c.names.map((n, i) => [n, say(m[i + 1]!, lang, depth + 1)]));
    return target.replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
  }
  return text;
}
