// The registry of agreement types, looked up by id or by any of their Chinese names.
import type { AgreementType } from '../common.js';
import { maintenanceAgreement } from './maintenance-agreement.js';
import { serviceAgreement } from './service-agreement.js';
import { serviceContract } from './service-contract.js';
import { serviceStandards } from './service-standards.js';
import { workContract } from './work-contract.js';

/** In the order of their reference documents (000 … 004). */
export const TYPES = [serviceAgreement, serviceContract, serviceStandards, maintenanceAgreement, workContract] as const;
export type TypeId = (typeof TYPES)[number]['id'];

export function findType(name: string): AgreementType | undefined {
  const n = name.trim();
  return TYPES.find((t) => t.id === n || t.names.includes(n)) as AgreementType | undefined;
}

export const TYPE_NAMES: string[] = TYPES.flatMap((t) => [t.id, ...t.names]);
