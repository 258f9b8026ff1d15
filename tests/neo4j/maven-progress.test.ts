/** `trama neo4j start` on a cold Maven cache reports progress: files and MB, and a heartbeat when quiet. */
import { describe, expect, it } from 'vitest';
import { createMavenProgress } from '../../src/neo4j/maven-progress.js';

const line = (n: number) =>
  `[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/x/a${n}.jar (1.5 MB at 2.0 MB/s)`;

describe('Maven download progress', () => {
  it('reports files and megabytes at most every 2 s', () => {
    const p = createMavenProgress(0);
    expect(p.line(line(1), 500)).toBeUndefined();
    expect(p.line('[INFO] Downloading from central: https://x/y.jar', 1000)).toBeUndefined();
    expect(p.line(line(2), 2100)).toBe(
      '  ... 2 files, 3.0 MB downloaded (2 s; about 120 MB in all)',
    );
    expect(p.line(line(3), 2500)).toBeUndefined();
  });

  it('says it is still working when Maven prints nothing for a while', () => {
    const p = createMavenProgress(0);
    expect(p.tick(3000)).toBeUndefined();
    expect(p.tick(5000)).toBe('  ... resolving dependencies (5 s)');
    expect(p.tick(6000)).toBeUndefined();
  });
});
