// The document tree as plain text, for `svc-contract textconv` (git's diff driver): one paragraph
// a line, each clause heading with its number, a blank line between blocks, no styling, nothing
// that changes when the wording does not (no dates of building, no file names, no hashes), so
// that `git diff` shows the sentences a spec edit changed and only those.
import { numbered } from './number.js';
import { type Block, type Inline, type LaidOutDocument, labelled, partyHead, plain, unreachable } from './types.js';

/** A line per paragraph: a break inside a paragraph stays a line of its own. */
const text = (xs: readonly Inline[]) => plain(xs).replace(/\n+/g, '\n');

function blockText(b: Block): string[] {
  switch (b.type) {
    case 'clause':
      return [`${numbered(b.number)}${text(b.title)}`, ...b.children.flatMap(blockText)];
    case 'appendix':
      return [text(b.title), ...b.children.flatMap(blockText)];
    case 'paragraph':
      return [`${b.number ? numbered(b.number) : ''}${text(b.children)}`];
    case 'list':
      return [b.items.map((i) => `${numbered(i.number)}${text(i.children)}`).join('\n')];
    case 'table':
      return [b.children.map((r) => r.children.map((c) => text(c.children).replace(/\n/g, ' ')).join(' | ')).join('\n')];
    case 'parties':
      return b.parties.map((p) => [`${partyHead(p)}${text(p.name)}`, ...p.lines.map((l) => `${labelled(l.label)}${text(l.value)}`)].join('\n'));
    case 'signature':
      return [
        ...(b.note !== undefined ? [b.note] : []),
        ...b.parties.map((p) => [`${labelled(p.label)}${text(p.name)}`, ...p.lines.map((l) => `${labelled(l.label)}${text(l.value)}`)].join('\n')),
      ];
    default:
      return unreachable(b);
  }
}

export function documentAsText(doc: LaidOutDocument): string {
  const f = doc.meta.furniture;
  const head = [
    // a draft says so; the version label and date the documents print beside it change with every edit
    ...(f.draftMark ? [f.draftMark.parts[0]!] : []),
    doc.meta.title,
    // the number's line where the spec gives the number
    ...f.head.filter((l, i) => i > 0 || !l.open).map((l) => l.text),
  ].join('\n');
  return `${[head, ...doc.children.flatMap(blockText)].filter((s) => s !== '').join('\n\n')}\n`;
}
