// The acceptance's three edits of the example service agreement, for the redline tests.

/** One amount changed (the per-request penalty), one optional clause omitted (不可抗力), one custom clause added. */
export function editedSpec(original: string): string {
  const edited = original
    .replace('serviceFailurePenalty: 200', 'serviceFailurePenalty: 300')
    .replace(
      'clauses:\n  add:\n',
      'clauses:\n  omit: [force-majeure]\n  add:\n    - id: data-migration\n      title: 数据迁移\n      after: services\n      text: |\n        本协议终止时，甲方应当在乙方书面要求后15日内，以通用格式向乙方交付乙方的门店、工单及结算数据。\n',
    );
  if (edited === original || !edited.includes('serviceFailurePenalty: 300') || !edited.includes('data-migration'))
    throw new Error('the example changed: the edits no longer apply');
  return edited;
}
