import { buildFixture } from '/work/wt-openapi/tests/support/run-astro.ts';
const t = Date.now();
const r = await buildFixture(process.argv[2]!);
console.log('CODE', r.code, (Date.now() - t) / 1000, 's', r.outDir);
console.log(r.output.slice(0, 6000));
