// Types of test/fee-rows.mjs for the TypeScript tests that import it.
type Money = number | { amount: number; inWords?: string; [k: string]: unknown };
export declare const figure: (m: unknown) => number | undefined;
export declare function inFormOf(m: unknown, n: number, capitals: (n: number) => string): Money;
export declare function coupleFeeRows<T>(spec: T, options: { type?: string; capitals: (n: number) => string; addRows?: boolean }): T;
