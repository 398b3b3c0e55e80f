// Two versions of a contract → the redline document and the list of changed clauses. The redline
// is a tree (redline.ts) with a first page listing the changes and a mark on every page naming
// the two specs; the library's redline() (src/redline.ts) returns it and write() writes it with
// the ordinary writers, so a redline is set exactly as the contract is. Pure.
import { FURNITURE_WORDS } from '../render/furniture.js';
import { converterFor, type Locale } from '../text/locale.js';
import { decideFurniture } from '../tree/furniture.js';
import { type Block, type Inline, type LaidOutDocument, type LaidOutMeta, tableRow } from '../tree/types.js';
import { hasChanges, redlineBlocks } from './redline.js';
import { type ClauseChange, clauseName, clauseNumber, type FurnitureChanges, phraseChanges, summarize } from './summary.js';

export interface Version {
  /** the spec's name as the reader knows it: deal.yaml, deal.yaml@HEAD~1 */
  name: string;
  specHash: string;
}

export interface DocumentDiff {
  /** no word, number or clause differs */
  same: boolean;
  changes: ClauseChange[];
  /** the new version with the old one's deleted words kept, every change marked */
  redline: LaidOutDocument;
}

const KIND_LABEL = { added: '新增', deleted: '删除', changed: '修改', renumbered: '编号变更' } as const;

export async function diffDocuments(before: LaidOutDocument, after: LaidOutDocument, versions: { before: Version; after: Version }): Promise<DocumentDiff> {
  const children = redlineBlocks(before.children, after.children);
  const convert = (await converterFor(after.meta.locale as Locale)) ?? ((s: string) => s);
  const furniture = furnitureChanges(before, after);
  const changes = summarize(children, furniture, convert);
  // a contract number or a title differs though every clause is the same: the documents differ
  const same = !hasChanges(children) && !furniture.head?.length && !furniture.signatureNote?.length;
  // the version as the reader knows it; the spec's hash stays in the metadata and the JSON report
  const short = (v: Version) => v.name;
  const t = (s: string): Inline[] => [{ type: 'text', value: convert(s) }];
  const v = (s: string): Inline[] => [{ type: 'value', value: s }];
  const detail = (c: ClauseChange): Inline[] => {
    if (c.kind === 'renumbered') return c.numberWas ? [...t('原'), ...v(clauseNumber(c.numberWas)), ...t('，文字未改')] : t('所引条款的编号随之更新');
    if (c.kind !== 'changed') return t(c.kind === 'added' ? '整条新增' : '整条删除');
    // as text, not as tracked changes: accepting or rejecting the redline's changes leaves this list as it is
    return c.changes.flatMap((x, i) => [...(i ? t('；') : []), ...v(`${x.context}${x.before || convert('（无）')} → ${x.after || convert('（无）')}`)]);
  };
  const listed = changes.filter((c) => c.kind !== 'renumbered');
  const renumbered = changes.filter((c) => c.kind === 'renumbered');
  const preface: Block[] = [
    { type: 'paragraph', align: 'center', children: [{ type: 'strong', children: t('修订对照表') }] },
    {
      type: 'paragraph',
      children: [
        ...t('本对照稿比较《'),
        ...v(after.meta.title),
        ...t('》的两个版本：原版本 '),
        ...v(short(versions.before)),
        ...t('，新版本 '),
        ...v(short(versions.after)),
        ...t('。删除的文字加删除线，新增的文字加下划线，页边竖线标出有修改的行。本对照稿仅供审阅，不作为签署文本。'),
      ],
    },
    same
      ? { type: 'paragraph', children: t('两个版本的文字相同。') }
      : {
          type: 'table',
          align: [null, 'center', null],
          children: [
            [t('条款'), t('修改'), t('内容')],
            ...listed.map((c): Inline[][] => [v(clauseName(c)), t(KIND_LABEL[c.kind]), detail(c)]),
            ...(renumbered.some((c) => c.numberWas)
              ? [
                  [
                    t('其余条款'),
                    t(KIND_LABEL.renumbered),
                    v(
                      renumbered
                        .filter((c) => c.numberWas)
                        .map((c) => `${clauseNumber(c.numberWas!)}→${clauseNumber(c.number, c.reference)}`)
                        .join('；'),
                    ),
                  ],
                ]
              : []),
          ].map((cells) => tableRow(cells)),
          widths: [0.3, 0.12, 0.58],
        },
  ];
  const marked = {
    ...after.meta,
    draftMark: [convert(FURNITURE_WORDS.redlineMark), `${versions.before.name} → ${versions.after.name}`],
    preface,
  };
  // the furniture composed again for the redline's mark
  const meta = { ...marked, furniture: decideFurniture(marked) };
  return { same, changes, redline: { ...after, meta, children } };
}

/**
 * What the page furniture says differently, which no block of the redline holds: a draft's mark,
 * the title and the lines over it (合同编号：…, 签订地点：…; the running header repeats the title
 * and the number), and the signature page's note, which names both.
 */
function furnitureChanges(before: LaidOutDocument, after: LaidOutDocument): FurnitureChanges {
  // a mark's parts (征求意见稿…, the version label, its date) each a line of its own
  const head = (m: LaidOutMeta) => [...(m.furniture.draftMark?.parts ?? []), m.title, ...m.furniture.head.map((l) => l.text)].join('\n');
  const note = (d: LaidOutDocument) => d.children.find((b) => b.type === 'signature')?.note ?? '';
  return { head: phraseChanges(head(before.meta), head(after.meta)), signatureNote: phraseChanges(note(before), note(after)) };
}
