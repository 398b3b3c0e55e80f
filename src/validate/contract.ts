// The validated contract: a discriminated union over the agreement types, so that
// `contract.type.id === 'work-contract'` narrows `contract.spec` to that type's data.
import type * as z from 'zod';
import type { AgreementType } from '../schema/common.js';
import type { TYPES, TypeId } from '../schema/types/index.js';

type SpecOf<T> = T extends AgreementType<infer S> ? z.output<S> : never;

/** A contract that passed validation: its type and its data, defaults applied. */
export type Contract = {
  [K in TypeId]: { type: Extract<(typeof TYPES)[number], { id: K }>; spec: SpecOf<Extract<(typeof TYPES)[number], { id: K }>>; draft: boolean };
}[TypeId];
