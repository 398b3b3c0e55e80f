// The message catalogue: every text svc-contract says to a person, by id, in English and in
// Chinese (zh-CN), with {named} parameters. Two kinds of entry:
// - `report.*`, `cli.*`: said by the CLI edge itself, looked up by id with t();
// - `diag.*`, `usage.*`, `help.*`: texts the stages and commander write in English (a
//   diagnostic's expected/got/hint, a usage error, a --help line); the edge matches the English
//   text against `en` (its {params} standing for any text) and says it in the chosen language.
// An id without Chinese text falls back to English (test/i18n.test.ts fails on one).
import type { Lang } from './lang.js';

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
  'report.bug': { en: 'This is a bug in svc-contract, not in your spec; please report it with the spec and command that caused it.', 'zh-CN': '这是 svc-contract 的缺陷，不是规格文件的问题；请连同引发它的规格文件和命令一并报告。' },
  'report.skipped': { en: 'note: {file}: skipped, not a spec (no top-level `type:`)', 'zh-CN': '注意：{file}：已跳过，不是规格文件（顶层没有 `type:`）' },
  // ── a diagnostic as the human reporter prints it ────────────────────────────────────────
  'diagnostic.expected': { en: 'expected {expected}', 'zh-CN': '应为{expected}' },
  'diagnostic.got': { en: ', got {got}', 'zh-CN': '，实际为{got}' },
  'diagnostic.colon': { en: ': ', 'zh-CN': '：' },
  'severity.error': { en: 'error', 'zh-CN': '错误' },
  'severity.warning': { en: 'warning', 'zh-CN': '警告' },
  'severity.info': { en: 'info', 'zh-CN': '信息' },
  'diagnostic.hint': { en: 'hint', 'zh-CN': '提示' },
  // ── the CLI edge ────────────────────────────────────────────────────────────────────────
  'cli.internal': { en: 'internal error: {message}', 'zh-CN': '内部错误：{message}' },
  'cli.bad-lang': { en: '--lang {given}: unknown language; one of en, zh-CN', 'zh-CN': '--lang {given}：未知语言；可选 en、zh-CN' },
} as const satisfies Record<string, Message>;

export type MessageId = keyof typeof MESSAGES;

/** The text of a message in a language (English when it has none), its {params} filled in. */
export function t(lang: Lang, id: MessageId, params: Record<string, string | number> = {}): string {
  const m: Message = MESSAGES[id];
  const text = m[lang] ?? m.en;
  return text.replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}

/**
 * Texts written in English by the stages (a diagnostic's expected, got and hint; a usage error)
 * and by commander, matched whole: the first entry whose `en` matches gives the Chinese. Specific
 * entries stand before general ones.
 */
export const MATCHED = {
  // ── usage errors (exit 2): the CLI's and commander's ────────────────────────────────────
  'usage.unknown-option': { en: "error: unknown option '{option}'", 'zh-CN': "错误：未知选项 '{option}'" },
  'usage.unknown-command': { en: "error: unknown command '{command}'", 'zh-CN': "错误：未知命令 '{command}'" },
  'usage.missing-argument': { en: "error: missing required argument '{argument}'", 'zh-CN': "错误：缺少必需的参数 '{argument}'" },
  'usage.missing-option': { en: "error: required option '{option}' not specified", 'zh-CN': "错误：未指定必需的选项 '{option}'" },
  'usage.option-argument': { en: "error: option '{option}' argument missing", 'zh-CN': "错误：选项 '{option}' 缺少取值" },
  'usage.too-many': { en: "error: too many arguments for '{command}'. Expected {n} arguments but got {got}.", 'zh-CN': "错误：'{command}' 的参数过多。应为 {n} 个，实际为 {got} 个。" },
  'usage.too-many-plain': { en: 'error: too many arguments. Expected {n} arguments but got {got}.', 'zh-CN': '错误：参数过多。应为 {n} 个，实际为 {got} 个。' },
  'usage.did-you-mean': { en: '(Did you mean {word}?)', 'zh-CN': '（是否应为 {word}？）' },
  'usage.no-such-file': { en: '{file}: no such file', 'zh-CN': '{file}：没有这个文件' },
  'usage.cannot-read': { en: '{file}: cannot be read ({why})', 'zh-CN': '{file}：无法读取（{why}）' },
  'usage.stdin': { en: '-: standard input cannot be read ({why})', 'zh-CN': '-：无法读取标准输入（{why}）' },
  'usage.exists': { en: '{file}: already exists; not overwriting it (choose another name or remove it first)', 'zh-CN': '{file}：已存在；不会覆盖（请换一个文件名，或者先删除它）' },
  'usage.empty-folder': { en: '{folder}: a folder with no spec in it (no .yaml or .yml file with a top-level `type:` beneath it, node_modules and dot folders left out)', 'zh-CN': '{folder}：文件夹中没有规格文件（其下没有顶层含 `type:` 的 .yaml 或者 .yml 文件；不含 node_modules 和以点开头的文件夹）' },
  'usage.glob-none-one': { en: '{glob}: matched 1 YAML file, none a spec (no top-level `type:`)', 'zh-CN': '{glob}：匹配到 1 个 YAML 文件，但不是规格文件（顶层没有 `type:`）' },
  'usage.glob-none': { en: '{glob}: matched {n} YAML files, none a spec (no top-level `type:`)', 'zh-CN': '{glob}：匹配到 {n} 个 YAML 文件，均不是规格文件（顶层没有 `type:`）' },
  'usage.shard': { en: '--shard {given}: expected i/n with 1 ≤ i ≤ n, e.g. --shard 1/4 for the first of four CI jobs', 'zh-CN': '--shard {given}：应为 i/n，且 1 ≤ i ≤ n，例如 --shard 1/4 表示四个 CI 任务中的第一个' },
  'usage.reporter': { en: '--reporter {given}: unknown reporter; one of {list}', 'zh-CN': '--reporter {given}：未知的报告格式；可选 {list}' },
  'usage.report-file': { en: '--report-file needs a machine reporter: --reporter json, junit or github', 'zh-CN': '--report-file 需要机器可读的报告格式：--reporter json、junit 或者 github' },
  'usage.lint-nothing': { en: 'lint: name the specs to lint (files, folders or quoted globs; - for standard input), or --rules to list the rules', 'zh-CN': 'lint：请指明要检查的规格文件（文件、文件夹或者加引号的通配符；- 表示标准输入），或者用 --rules 列出规则' },
  'usage.unknown-type': { en: 'unknown type "{given}"; one of: {list}', 'zh-CN': '未知的协议类型 "{given}"；可选：{list}' },
  'usage.unknown-locale': { en: 'unknown locale "{given}"; one of: {list}', 'zh-CN': '未知的 locale "{given}"；可选：{list}' },
  'usage.unknown-format': { en: 'unknown format "{given}"; formats: {list}', 'zh-CN': '未知的格式 "{given}"；可选格式：{list}' },
  'usage.format-empty': { en: '--format needs at least one of: {list}', 'zh-CN': '--format 至少需要以下之一：{list}' },
  'usage.jobs': { en: '--jobs {given}: expected a whole number from 1 to 256, or auto (one per core)', 'zh-CN': '--jobs {given}：应为 1 到 256 的整数，或者 auto（每个核心一个）' },
  'usage.templates': { en: '--templates {dir}: no such folder', 'zh-CN': '--templates {dir}：没有这个文件夹' },
  'usage.out-file': { en: '--out {dir}: is a file, not a folder; choose a folder for the outputs', 'zh-CN': '--out {dir}：是文件而不是文件夹；请为输出选择一个文件夹' },
  'usage.config-missing': { en: '--config {file}: no such file', 'zh-CN': '--config {file}：没有这个文件' },
  'usage.schema-where': { en: 'say where: --out <dir> writes every type, --type <type> prints one', 'zh-CN': '请指明输出位置：--out <dir> 写出全部类型，--type <type> 打印其中一种' },
  'usage.diff-two': { en: 'diff compares two specs: svc-contract diff <old> <new>, or svc-contract diff <spec> --base <git revision> (got {got})', 'zh-CN': 'diff 比较两份规格文件：svc-contract diff <旧> <新>，或者 svc-contract diff <规格文件> --base <git 版本>（实际给出 {got}）' },
  'usage.specs-one': { en: '1 spec', 'zh-CN': '1 份' },
  'usage.specs-many': { en: '{n} specs', 'zh-CN': '{n} 份' },
  'usage.port': { en: '--port {given}: expected a port number from 0 to 65535 (0: any free port)', 'zh-CN': '--port {given}：应为 0 到 65535 的端口号（0：任一空闲端口）' },
  'usage.too-large': { en: '{file}: {n} KiB is too large for a spec', 'zh-CN': '{file}：{n} KiB，作为规格文件过大' },
  // ── load: YAML and the file as a whole ──────────────────────────────────────────────────
  'diag.utf8': { en: 'UTF-8 text', 'zh-CN': 'UTF-8 编码的文字' },
  'diag.utf16': { en: 'UTF-16 text', 'zh-CN': 'UTF-16 编码的文字' },
  'diag.save-utf8-gbk': { en: 'save the file as UTF-8 (a GBK/GB2312 file from an older editor must be converted, e.g. iconv -f GBK -t UTF-8)', 'zh-CN': '请将文件另存为 UTF-8 编码（旧编辑器保存的 GBK/GB2312 文件须先转换，例如 iconv -f GBK -t UTF-8）' },
  'diag.save-utf8': { en: 'save the file as UTF-8', 'zh-CN': '请将文件另存为 UTF-8 编码' },
  'diag.byte-not-utf8': { en: 'the byte {byte}, which is not UTF-8', 'zh-CN': '字节 {byte}，不是 UTF-8' },
  'diag.spec-map': { en: 'a contract spec (a map starting with `type:`)', 'zh-CN': '合同规格文件（以 `type:` 开头的映射）' },
  'diag.empty-file': { en: 'an empty file', 'zh-CN': '空文件' },
  'diag.run-init': { en: 'run `svc-contract init --type <type> deal.yaml` for a starter spec', 'zh-CN': '运行 `svc-contract init --type <type> deal.yaml` 生成一份初始规格文件' },
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
  'diag.unresolved-alias': { en: 'Unresolved alias (the anchor must be set before the alias): {name}', 'zh-CN': '无法解析的别名（锚点必须在别名之前设置）：{name}' },
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
  'diag.tab-plain': { en: 'a tab', 'zh-CN': '制表符' },
  'diag.nbsp': { en: 'a no-break space (U+00A0)', 'zh-CN': '不换行空格（U+00A0）' },
  'diag.ideographic-space': { en: 'a full-width space (U+3000, typed by a Chinese input method in full-width mode)', 'zh-CN': '全角空格（U+3000，中文输入法全角状态下输入）' },
  'diag.replace-indent': { en: 'replace it with spaces (two per level); text pasted from Word often carries these', 'zh-CN': '请换成空格（每级两个）；从 Word 粘贴的文字常带有这类字符' },
  'diag.no-tabs': { en: 'YAML does not allow tabs for indentation; replace them with spaces', 'zh-CN': 'YAML 不允许用制表符缩进；请换成空格' },
  'diag.valid-yaml': { en: 'valid YAML', 'zh-CN': '有效的 YAML' },
  'diag.bracket-open': { en: 'a bracket is opened but not closed', 'zh-CN': '括号已打开但未闭合' },
  'diag.consistent-indent': { en: 'consistent indentation', 'zh-CN': '一致的缩进' },
  'diag.same-column': { en: 'items of one map must start in the same column', 'zh-CN': '同一映射的各项必须从同一列开始' },
  'diag.nesting': { en: 'a spec nested at most a few levels deep', 'zh-CN': '嵌套不超过几层的规格文件' },
  'diag.nesting-deep': { en: 'nesting too deep to read', 'zh-CN': '嵌套过深，无法读取' },
  'diag.nesting-hint': { en: 'a spec is a few levels of fields; is this the right file?', 'zh-CN': '规格文件只有几层字段；文件是否选对了？' },
  // ── the schema: types, required fields, formats ─────────────────────────────────────────
  'diag.value-for': { en: 'a value for `{field}`', 'zh-CN': '`{field}` 的值' },
  'diag.fill-or-draft': { en: 'fill it in, or mark the spec `draft: true` (or pass --draft) to leave it as a blank ______', 'zh-CN': '请填写；或者将规格文件标为 `draft: true`（或者使用 --draft），使其留作空白 ______' },
  'diag.nothing': { en: 'nothing', 'zh-CN': '无（未填写）' },
  'diag.none': { en: 'none', 'zh-CN': '无' },
  'diag.a-list': { en: 'a list', 'zh-CN': '列表' },
  'diag.a-map': { en: 'a map', 'zh-CN': '映射' },
  'diag.the-text': { en: 'the text {value}', 'zh-CN': '文字 {value}' },
  'diag.the-number': { en: 'the number {value}', 'zh-CN': '数字 {value}' },
  'diag.nan': { en: 'not a number (.nan)', 'zh-CN': '非数字（.nan）' },
  'diag.too-large': { en: 'a number too large to use', 'zh-CN': '过大而无法使用的数字' },
  'diag.text': { en: 'text', 'zh-CN': '文字' },
  'diag.number': { en: 'a number', 'zh-CN': '数字' },
  'diag.whole-number': { en: 'a whole number', 'zh-CN': '整数' },
  'diag.boolean': { en: 'true or false', 'zh-CN': 'true 或者 false' },
  'diag.map-of-fields': { en: 'a map of fields (key: value lines)', 'zh-CN': '字段映射（key: value 形式的行）' },
  'diag.list-of': { en: 'a list (lines starting with "- ")', 'zh-CN': '列表（以 "- " 开头的行）' },
  'diag.quote-number-as': { en: 'quote it ({quoted}) so that YAML keeps it as text; unquoted, YAML reads it as the number {n}', 'zh-CN': '加上引号（{quoted}），YAML 才会把它当作文字；不加引号时，YAML 将其读作数字 {n}' },
  'diag.quote-number': { en: 'quote it ({quoted}) so that YAML keeps it as text', 'zh-CN': '加上引号（{quoted}），YAML 才会把它当作文字' },
  'diag.write-true': { en: 'write true, unquoted (YAML reads yes, on and "true" as text)', 'zh-CN': '写作 true，不加引号（YAML 将 yes、on 和 "true" 读作文字）' },
  'diag.write-false': { en: 'write false, unquoted (YAML reads no, off and "false" as text)', 'zh-CN': '写作 false，不加引号（YAML 将 no、off 和 "false" 读作文字）' },
  'diag.quote-boolean': { en: 'quote it ({quoted}); YAML reads true/false as a truth value', 'zh-CN': '加上引号（{quoted}）；YAML 将 true/false 读作真假值' },
  'diag.plain-number-n': { en: 'write {n}: a plain number, without quotes, units or thousands separators', 'zh-CN': '写作 {n}：纯数字，不加引号、单位或者千位分隔符' },
  'diag.plain-number': { en: 'write the number without quotes, units or thousands separators, e.g. 12000.50', 'zh-CN': '直接写数字，不加引号、单位或者千位分隔符，例如 12000.50' },
  'diag.not-items': { en: 'write `key: value` lines here, not "- " items', 'zh-CN': '此处应写 `key: value` 行，而不是 "- " 列表项' },
  'diag.items': { en: 'write each entry on a line starting with "- "', 'zh-CN': '每一项写在以 "- " 开头的一行' },
  'diag.amount': { en: 'an amount such as 12000 or 12000.50, or a map with `amount:` and `inWords:`', 'zh-CN': '金额，例如 12000 或者 12000.50；或者含 `amount:` 与 `inWords:` 的映射' },
  'diag.amount-plain': { en: 'write {n}: the amount in yuan as a plain number, without thousands separators, 万 or 元', 'zh-CN': '写作 {n}：以元为单位的纯数字，不加千位分隔符、“万”或者“元”' },
  'diag.items-at-least': { en: 'at least {n} item', 'zh-CN': '至少 {n} 项' },
  'diag.items-at-least-many': { en: 'at least {n} items', 'zh-CN': '至少 {n} 项' },
  'diag.items-at-most': { en: 'at most {n} item', 'zh-CN': '最多 {n} 项' },
  'diag.items-at-most-many': { en: 'at most {n} items', 'zh-CN': '最多 {n} 项' },
  'diag.items-count': { en: '{n} items', 'zh-CN': '{n} 项' },
  'diag.not-empty': { en: 'a text that is not empty', 'zh-CN': '非空的文字' },
  'diag.chars-at-most': { en: 'at most {n} characters', 'zh-CN': '不超过 {n} 个字符' },
  'diag.number-at-least': { en: 'a number at least {n}', 'zh-CN': '不小于 {n} 的数字' },
  'diag.number-at-most': { en: 'a number at most {n}', 'zh-CN': '不大于 {n} 的数字' },
  'diag.valid-value': { en: 'a valid value', 'zh-CN': '有效的值' },
  'diag.one-of-colon': { en: 'one of: {list}', 'zh-CN': '以下之一：{list}' },
  'diag.one-of': { en: 'one of {list}', 'zh-CN': '以下之一：{list}' },
  'diag.field-of-spec': { en: 'a field of the spec', 'zh-CN': '规格文件的字段' },
  'diag.field-of': { en: 'a field of `{path}`', 'zh-CN': '`{path}` 的字段' },
  'diag.unknown-field': { en: 'unknown field `{key}`', 'zh-CN': '未知字段 `{key}`' },
  'diag.did-you-mean-term': { en: 'did you mean `{key}`? ({term} is its Chinese term; keys are written in English)', 'zh-CN': '是否应为 `{key}`？（{term} 是它的中文名称；字段名用英文书写）' },
  'diag.did-you-mean-types': { en: 'did you mean `{key}`? one of: {list}; `svc-contract types` lists them', 'zh-CN': '是否应为 `{key}`？以下之一：{list}；`svc-contract types` 会列出全部类型' },
  'diag.did-you-mean-then': { en: 'did you mean `{key}`? {rest}', 'zh-CN': '是否应为 `{key}`？{rest}' },
  'diag.did-you-mean': { en: 'did you mean `{key}`?', 'zh-CN': '是否应为 `{key}`？' },
  'diag.type-line': { en: 'a `type:` line naming the agreement type', 'zh-CN': '写明协议类型的 `type:` 行' },
  'diag.agreement-type': { en: 'an agreement type', 'zh-CN': '协议类型' },
  'diag.date-format': { en: 'a date written YYYY-MM-DD, e.g. {example}', 'zh-CN': '按 YYYY-MM-DD 书写的日期，例如 {example}' },
  'diag.two-digits': { en: 'write {date}: months and days take two digits', 'zh-CN': '写作 {date}：月和日均为两位数' },
  'diag.date-exists': { en: 'a date that exists on the calendar', 'zh-CN': '日历上存在的日期' },
  'diag.credit-code-check': { en: 'a credit code whose last character checks (a character is mistyped)', 'zh-CN': '校验位正确的统一社会信用代码（有字符输错）' },
  'diag.duration-positive': { en: 'a duration longer than zero', 'zh-CN': '大于零的时长' },
  'diag.duration': { en: 'a number and a unit (minutes, hours), e.g. "15 minutes" or "24 hours"', 'zh-CN': '数字加单位（minutes 分钟、hours 小时），例如 "15 minutes" 或者 "24 hours"' },
  'diag.add-unit': { en: 'add the unit, e.g. {example}', 'zh-CN': '加上单位，例如 {example}' },
  'diag.fen': { en: 'an amount with at most two decimals (fen)', 'zh-CN': '最多两位小数（到分）的金额' },
  'diag.invisible': { en: 'text without control characters or invisible marks (zero-width spaces, soft hyphens, direction overrides, lone surrogates)', 'zh-CN': '不含控制字符或者不可见字符（零宽空格、软连字符、方向控制符、孤立代理项）的文字' },
  // ── rules beyond the schema ─────────────────────────────────────────────────────────────
  'diag.capitals-of': { en: 'the capitals of {figure} as the rules write them: {capitals}', 'zh-CN': '{figure} 按规范书写的大写金额：{capitals}' },
  'diag.capitals-form': { en: 'capitals as the rules write them: {capitals}', 'zh-CN': '按规范书写的大写金额：{capitals}' },
  'diag.capitals-zheng': { en: '《支付结算办法》附一 第二条: 整 (or 正) after 元 when no 角 or 分 follows', 'zh-CN': '《支付结算办法》附一 第二条：大写金额到“元”为止的，在“元”之后应写“整”（或者“正”）字' },
  'diag.capitals-in-path': { en: 'capitals in {currency} ({path})', 'zh-CN': '以{currency}（{path}）书写的大写金额' },
  'diag.capitals-in': { en: 'capitals in {currency}: {capitals}', 'zh-CN': '以{currency}书写的大写金额：{capitals}' },
  'diag.capitals-say': { en: 'capitals that say the figure before them: {capitals}', 'zh-CN': '与前面数字一致的大写金额：{capitals}' },
  'diag.capitals-say-figure': { en: 'these capitals say {said}, the figure {figure}: correct the capitals or the figure', 'zh-CN': '大写金额为 {said}，数字为 {figure}：请更正大写金额或者数字' },
  'diag.capitals-say-amount': { en: 'these capitals say {said}, the figure {figure}: correct the capitals or the amount', 'zh-CN': '大写金额为 {said}，数字为 {figure}：请更正大写金额或者金额' },
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
  'diag.date-after': { en: 'a date after the start ({date})', 'zh-CN': '晚于开始日期（{date}）的日期' },
  'diag.notice-shorter': { en: 'a notice period shorter than the term', 'zh-CN': '短于合同期限的通知期' },
  'diag.no-less-than': { en: 'no less than {term} ({value}, at {path})', 'zh-CN': '不少于{term}（{value}，见 {path}）' },
  'diag.higher-level': { en: 'a higher level may take longer, never less', 'zh-CN': '级别越高，时限可以越长，不得更短' },
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
