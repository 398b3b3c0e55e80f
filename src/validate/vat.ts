// VAT rates on the fee items: each is a rate or levy rate the 增值税法 knows, and a special VAT
// invoice (增值税专用发票) can be checked against them line by line: no item at 0 %, which no
// special invoice carries, and no repair or parts item at the 6 % rate of a service.
import type { Diagnostic, DiagnosticInit } from '../errors/diagnostic.js';
import type { PathSegment } from '../load/load.js';
import { VAT_RATES } from '../schema/blocks.js';
import type { Contract } from './contract.js';

type Report = (path: PathSegment[], at: 'value' | 'key', rest: Omit<DiagnosticInit, 'file' | 'pos' | 'path'>) => Diagnostic;

interface FeesView {
  vatRate?: number;
  monthly?: unknown;
  items?: { name?: string | null; vatRate?: number }[] | null;
  unitPrices?: { name?: string | null; vatRate?: number }[] | null;
}

/** Goods sold or repair work: 13 %, not the 6 % of a service. */
const GOODS_OR_REPAIR = /维修|修理|修配|配件|零件|耗材|备件|硬件|设备销售/;

export function checkVat(contract: Contract, report: Report): Diagnostic[] {
  const spec = contract.spec as { fees?: FeesView; invoice?: { kind?: string } };
  const fees = spec.fees;
  if (!fees) return [];
  const special = spec.invoice?.kind === 'vat-special';
  const out: Diagnostic[] = [];
  const rate = (path: PathSegment[], r: number | undefined, name?: string | null) => {
    if (r === undefined) return;
    if (!(VAT_RATES as readonly number[]).includes(r)) {
      out.push(
        report(path, 'value', {
          expected: `a VAT rate or levy rate of the 增值税法: ${VAT_RATES.join(', ')} (percent)`,
          got: String(r),
          hint: '6 for 现代服务, 13 for 修理修配 and 销售货物, 9 for 交通运输, 3 under the simple method',
        }),
      );
    } else if (special && r === 0) {
      out.push(
        report(path, 'value', {
          expected: 'a positive rate: a special VAT invoice (增值税专用发票) is issued for taxable supplies only',
          got: '0',
          hint: 'state the rate the item is taxed at, or invoice it on a 增值税普通发票',
        }),
      );
    } else if (r === 6 && name && GOODS_OR_REPAIR.test(name)) {
      out.push(
        report(path, 'key', {
          severity: 'warning',
          expected: `the rate of goods or repair work (13) for「${name}」`,
          got: '6, the rate of a service',
          hint: 'parts sold (销售货物) and repair (修理修配) are taxed at 13 %; set vatRate: 13, or 6 if the item is a service (consulting, remote support)',
        }),
      );
    }
  };
  if (fees.monthly !== undefined && fees.monthly !== null) rate(['fees', 'vatRate'], fees.vatRate);
  (fees.items ?? []).forEach((it, i) => rate(['fees', 'items', i, 'vatRate'], it.vatRate, it.name));
  (fees.unitPrices ?? []).forEach((it, i) => rate(['fees', 'unitPrices', i, 'vatRate'], it.vatRate));
  return out;
}
