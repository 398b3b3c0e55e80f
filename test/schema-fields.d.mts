// Types of test/schema-fields.mjs for the TypeScript tests that import it.
export type FieldKind = 'money' | 'amount' | 'duration' | 'enumList';
export declare function fieldKinds(schema: unknown): Map<string, FieldKind>;
export declare const pathKey: (path: readonly (string | number)[]) => string;
export declare function requiredBlock(schema: unknown, block: string): boolean;
export declare function omittableClauses(type: { schema: unknown; clauses: readonly unknown[] }): [string, string | undefined][];
