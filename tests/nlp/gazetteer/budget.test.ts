import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gazetteerDir } from '../../../src/nlp/gazetteer/resources.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('gazetteer budget', () => {
  it('keeps the committed resources under 5 MB', () => {
    const dir = gazetteerDir();
    const total = readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
    expect(total).toBeGreaterThan(1_000_000); // the city list is really there
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it(
    'loads every resource in a fresh process in under 1 s (best of 3 fresh processes; the design target is 300 ms, see docs/benchmarks.md)',
    { timeout: 60_000 },
    () => {
      const script = `
      const t0 = performance.now();
      const g = await import(${JSON.stringify(join(root, 'src/nlp/gazetteer/index.ts'))});
      const t1 = performance.now();
      g.allCountries(); g.lookupDemonym('rusa'); g.allCities(); g.allRegions(); g.lookupRole('presidente'); g.placeCue('ciudad');
      const ok = g.lookupPlace('Moscú')[0].name === 'Moscú';
      console.log(JSON.stringify({ load: performance.now() - t1, ok }));`;
      // Best of three fresh processes: the machine is shared, one slow run is noise, three are a regression.
      const loads: number[] = [];
      for (let run = 0; run < 3; run++) {
        const out = execFileSync(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script],
          { cwd: root, encoding: 'utf8' },
        );
        const { load, ok } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
          load: number;
          ok: boolean;
        };
        expect(ok).toBe(true);
        loads.push(load);
        if (load < 1000) break;
      }
      expect(Math.min(...loads)).toBeLessThan(1000);
    },
  );
});
