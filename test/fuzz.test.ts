// `npm run fuzz`: the properties of test/properties.test.ts with random seeds, for a while.
//
//   npm run fuzz -- --minutes 10       run for 10 minutes (default 1); or FUZZ_MINUTES=10 npm run fuzz
//   npm run fuzz -- --seed 123         start from a given seed (each round after it uses seed + round)
//
// test/fuzz.mjs turns the options into FUZZ_MINUTES / FUZZ_SEED and runs this file with vitest;
// without FUZZ_MINUTES (as in `npm test`) the test is skipped. Rounds of each property run until
// the time is up; each failure is printed with its seed, fast-check's path, the shrunk
// counterexample (as the spec's YAML) and the error with its stack, and the run then fails. A
// failure is replayed with fc.assert(property, { seed, path }) or by putting its YAML in a file
// and running `svc-contract build` on it.
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { mutatedProperty, showCase, validProperty } from './helpers/properties.js';

const minutes = Number(process.env.FUZZ_MINUTES ?? 0);
const firstSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : (Date.now() ^ (Math.random() * 2 ** 31)) >>> 0;

it.skipIf(!(minutes > 0))(
  `fuzz for ${minutes} minutes`,
  async () => {
    const deadline = Date.now() + minutes * 60_000;
    const properties = [
      { name: 'valid specs, md+docx+pdf', make: () => validProperty({ formats: ['md', 'docx', 'pdf'] }), runs: 5 },
      { name: 'mutated specs, md', make: () => mutatedProperty({ formats: ['md'] }), runs: 100 },
      { name: 'mutated specs, md+docx+pdf', make: () => mutatedProperty({ formats: ['md', 'docx', 'pdf'] }), runs: 5 },
    ];
    const failures: string[] = [];
    const seen = new Set<string>();
    const counts = properties.map(() => 0);
    console.log(`fuzz: first seed ${firstSeed}, ${minutes} minutes`);
    for (let round = 0; Date.now() < deadline; round++) {
      for (const [i, p] of properties.entries()) {
        const seed = (firstSeed + round * properties.length + i) >>> 0;
        const left = deadline - Date.now();
        if (left <= 0) break;
        const out = await fc.check(p.make() as fc.IAsyncProperty<[unknown]>, {
          seed,
          numRuns: p.runs,
          interruptAfterTimeLimit: left,
          markInterruptAsFailure: false,
        });
        counts[i]! += out.numRuns;
        if (!out.failed || !out.counterexample) continue;
        const err = out.errorInstance as Error | undefined;
        const key = `${p.name}: ${String(err?.message ?? err)
          .split('\n')[0]!
          .replace(/"[^"]*"/g, '"…"')
          .slice(0, 120)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const report = [
          `FAILURE ${failures.length + 1} in ${p.name}: seed ${seed}, path "${out.counterexamplePath}", after ${out.numRuns} runs and ${out.numShrinks} shrinks`,
          `--- shrunk counterexample (spec YAML):`,
          showCase(out.counterexample[0] as never),
          `--- case: ${fc.stringify(out.counterexample[0]).slice(0, 3000)}`,
          `--- error:`,
          String(err?.stack ?? err).slice(0, 4000),
        ].join('\n');
        failures.push(report);
        console.log(report);
      }
    }
    console.log(`fuzz: ${properties.map((p, i) => `${p.name} ${counts[i]} runs`).join('; ')}; ${failures.length} distinct failure(s); first seed ${firstSeed}`);
    expect(failures, failures.join('\n\n')).toEqual([]);
  },
  minutes * 60_000 + 300_000,
);
