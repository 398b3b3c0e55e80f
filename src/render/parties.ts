// The parties block at the head and the signature block at the foot, built from the validated
// contract by the render stage and handed to the tree as plain data: which party is 甲方, what
// each is called in this type, and their particulars.
import type * as z from 'zod';
import { schemaAt, shapeOf, unwrap } from '../schema/walk.js';
import {
  type BlankSize,
  blankText,
  type DocumentMeta,
  type Inline,
  type PartiesBlock,
  type PartyInfo,
  type PartyLine,
  type Signatory,
  type SignatureBlock,
} from '../tree/types.js';
import type { Contract } from '../validate/validate.js';
import { blankSizeOf } from './blank-size.js';
import { chineseDate } from './format.js';
import { FURNITURE_WORDS } from './furniture.js';
import { personWithTitle } from './values.js';

type Role = 'provider' | 'client';
/** a party as validated (the fields every type's parties share) */
type Party = Contract['spec']['parties']['provider'];

/** Particulars shown under each party's name, in this order, with their Chinese labels. */
const LINES: [key: string, label: string][] = [
  ['creditCode', '统一社会信用代码'],
  ['idNumber', '身份证号码'],
  ['legalRepresentative', '法定代表人'],
  ['authorisedAgent', '授权代表'],
  ['registeredAddress', '住所'],
  ['mailingAddress', '通讯地址'],
  ['contactPerson', '联系人'],
  ['phone', '联系电话'],
  ['email', '电子邮箱'],
];

/** Lines a draft shows even when the spec leaves them out. */
const DRAFT_LINES = new Set(['creditCode', 'idNumber', 'legalRepresentative', 'registeredAddress', 'contactPerson', 'phone', 'email']);

/** a particular as printed: its value, or a blank as long as such a value (a name, a code, an address) */
const value = (v: unknown, size: BlankSize = 'short'): Inline[] =>
  v === undefined || v === null || v === '' ? [{ type: 'blank', size }] : [{ type: 'value', value: String(v) }];

export function partyOrder(contract: Contract): { a: Role; b: Role } {
  const a = contract.spec.parties.partyA ?? contract.type.partyA;
  return { a, b: a === 'provider' ? 'client' : 'provider' };
}

/** `qualification`: show a party's qualifications among its particulars (for types whose templates do not print them). */
/** `prose`: the conversion of a prose value (a Traditional build, T-M1); identity values print as typed. */
export function partiesBlock(
  contract: Contract,
  convert: (s: string) => string = (s) => s,
  options: { qualification?: boolean; prose?: (s: string) => string } = {},
): PartiesBlock {
  const { a, b } = partyOrder(contract);
  return { type: 'parties', parties: [partyInfo(contract, a, '甲方', convert, options), partyInfo(contract, b, '乙方', convert, options)] };
}

function partyInfo(
  contract: Contract,
  role: Role,
  label: string,
  convert: (s: string) => string,
  options: { qualification?: boolean; prose?: (s: string) => string },
): PartyInfo {
  const p = party(contract, role);
  const shape = shapeOf(schemaAt(contract.type.schema, ['parties', role], contract.spec) as z.ZodType)!;
  const lines: PartyLine[] = [];
  // a value the schema does not mark as an identity value (contactAuthority, qualification) is prose
  // and so is the job title after a person's name (王蕾（用户服务部经理）), the name kept (issue 17)
  const prose = (v: unknown, key: string) => {
    if (typeof v !== 'string' || !options.prose || !shape[key]) return v;
    if (!unwrap(shape[key]).isIdentity) return options.prose(v);
    const person = personWithTitle(v);
    return person ? `${person.name}（${options.prose(person.title)}）` : v;
  };
  for (const [key, text] of LINES) {
    const v = prose(field(p, key), key);
    const isBlankField = shape[key] ? unwrap(shape[key]).isBlank : false;
    // a company with no signatory named shows the legal representative line, to be filled in
    const individual = p.kind === 'individual';
    // a draft shows every line a party usually fills in, so the blanks are there to fill
    const usual = contract.draft && DRAFT_LINES.has(key) && !(individual ? ['creditCode', 'legalRepresentative'] : ['idNumber']).includes(key);
    const wanted = v !== undefined && v !== null ? true : isBlankField || usual || (key === 'legalRepresentative' && !individual && !p.authorisedAgent);
    if (key === 'idNumber' && !individual && (v === undefined || v === null)) continue;
    if (key === 'legalRepresentative' && individual && (v === undefined || v === null)) continue;
    if (wanted) lines.push({ label: convert(text), value: value(v, blankSizeOf(shape[key])) });
  }
  const qualification = field(p, 'qualification');
  if (options.qualification && typeof qualification === 'string' && qualification)
    lines.push({ label: convert('主体资格'), value: value(prose(qualification, 'qualification')) });
  return { label: convert(label), role: convert(contract.type.roleNames[role]), name: value(p.name, blankSizeOf(shape.name)), lines };
}

export function signatureBlock(contract: Contract, convert: (s: string) => string = (s) => s, prose: (s: string) => string = (s) => s): SignatureBlock {
  const { a, b } = partyOrder(contract);
  const words = (xs: Inline[]): Inline[] => xs.map((x) => (x.type === 'text' ? { ...x, value: convert(x.value) } : x));
  // the signer's job title is prose, the name kept (黄振宇（运营副总裁）, issue 17)
  const person = (v: string) => {
    const p = personWithTitle(v);
    return p ? `${p.name}（${prose(p.title)}）` : v;
  };
  const signer = (l: { label: string; value: Inline[] }) =>
    l.label === '签字人' ? l.value.map((y) => (y.type === 'value' && typeof y.value === 'string' ? { ...y, value: person(y.value) } : y)) : l.value;
  const s = [signatory(contract, a, '甲方'), signatory(contract, b, '乙方')].map((x) => ({
    ...x,
    label: convert(x.label),
    lines: x.lines.map((l) => ({ ...l, label: convert(l.label), value: words(signer(l)) })),
  }));
  return { type: 'signature', parties: s as [Signatory, Signatory], note: signatureNote(contract, convert, prose) };
}

/**
 * （本页无正文，为《客服工作合同》（合同编号：HK-KF-2026-042）之签署页）: the words heading the
 * signature page in every format and locale (legal review TW-S3), so that a detached page names
 * its contract. The title and number are the spec's, as written; a draft leaves the number to fill in.
 */
export function signatureNote(contract: Contract, convert: (s: string) => string = (s) => s, prose: (s: string) => string = (s) => s): string {
  const c = contract.spec.contract;
  // the title the document prints: the spec's, else the type's default (service-standards: 客户服务合同)
  const title = c.title ? prose(c.title.replace(/^《(.*)》$/, '$1')) : convert(contract.type.title ?? contract.type.names[0]);
  const number = c.number ?? (contract.draft ? blankText('code') : undefined);
  return `${convert(FURNITURE_WORDS.signatureNoteBefore)}《${title}》${number ? `（${convert(FURNITURE_WORDS.contractNumber)}：${number}）` : ''}${convert(FURNITURE_WORDS.signatureNoteAfter)}`;
}

function signatory(contract: Contract, role: Role, label: string): Signatory {
  const p = party(contract, role);
  // a contract sent out for signature has its dates written by hand: a printed date becomes false
  // the day either side signs on another (legal review X4); only a record of a contract already
  // signed (contract.signed) prints them
  const signingDate = contract.spec.contract.signed === true ? (p.signingDate ?? contract.spec.contract.signingDate) : undefined;
  const individual = p.kind === 'individual';
  // who signs for a company, printed under the line to sign on where the spec names them (X6):
  // the authorised agent (授权代表, whose 授权委托书 is annexed) or else the legal representative
  const agent = field(p, 'authorisedAgent');
  const representative = field(p, 'legalRepresentative');
  const signer =
    !individual && typeof agent === 'string' && agent
      ? { name: agent, capacity: '授权代表' }
      : !individual && typeof representative === 'string' && representative
        ? { name: representative, capacity: '法定代表人' }
        : undefined;
  return {
    label: `${label}（${individual ? '签字' : '盖章'}）`,
    name: value(p.name, 'name'),
    lines: [
      ...(individual ? [] : [{ label: '法定代表人或者授权代表（签字）', value: [{ type: 'signline' } as Inline] }]),
      ...(signer
        ? [
            { label: '签字人', value: value(signer.name) },
            { label: '签字身份', value: [{ type: 'text', value: signer.capacity } as Inline] },
          ]
        : []),
      // a draft names no signer yet: the same two lines, to fill in by hand (legal review DSA-S1)
      ...(!signer && !individual && contract.draft
        ? [
            { label: '签字人', value: value(undefined, 'amount') },
            { label: '签字身份', value: [{ type: 'text', value: '□法定代表人 □授权代表' } as Inline] },
          ]
        : []),
      // an open date is a form to fill in by hand, not a missing value
      { label: '日期', value: signingDate ? [{ type: 'value', value: chineseDate(signingDate) }] : [{ type: 'text', value: blankText('date') }] },
    ],
  };
}

function party(contract: Contract, role: Role): Party {
  return contract.spec.parties[role];
}

/** a party's particular by key, for the table of lines shown under its name */
const field = (p: Party, key: string): unknown => (p as Record<string, unknown>)[key];

/** The document's metadata from the contract: title, number, dates, the writers' own words. */
export function documentMeta(contract: Contract, locale: string, convert: (s: string) => string = (s) => s): DocumentMeta {
  const c = contract.spec.contract;
  return {
    title: convert(contract.type.title ?? contract.type.names[0]),
    ...(c.number ? { contractNumber: c.number } : {}),
    ...(c.signingDate ? { signingDate: c.signingDate } : {}),
    ...(c.signingPlace ? { signingPlace: convert(c.signingPlace) } : {}),
    type: contract.type.id,
    typeName: convert(contract.type.names[0]),
    locale,
    draft: contract.draft,
    labels: { contractNumber: convert(FURNITURE_WORDS.contractNumber), footer: convert(FURNITURE_WORDS.footer) },
  };
}
