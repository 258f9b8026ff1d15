/**
 * Progress of the Maven download that assembles Neo4j on first use: Maven's "Downloaded from" lines
 * become "N files, X MB" reports, at most one every `everyMs`, so a cold cache (minutes) never looks
 * stuck. Pure: lines and clock in, report lines out.
 */
const DOWNLOADED = /^\[INFO\] Downloaded from [^:]+: \S+ \(([\d.,]+) (B|kB|KB|MB|GB)/;
const UNIT_BYTES: Record<string, number> = { B: 1, kB: 1e3, KB: 1024, MB: 1e6, GB: 1e9 };

export interface MavenProgress {
  /** Feed one output line; returns a report line when it is time for one. */
  line(text: string, now: number): string | undefined;
  /** Called on a timer: a "still working" line when nothing was reported for a while. */
  tick(now: number): string | undefined;
}

export function createMavenProgress(startedAt: number, everyMs = 2000): MavenProgress {
  let files = 0;
  let bytes = 0;
  let lastReport = startedAt;
  const report = (now: number): string => {
    lastReport = now;
    const secs = Math.round((now - startedAt) / 1000);
    return files
      ? `  ... ${files} files, ${(bytes / 1e6).toFixed(1)} MB downloaded (${secs} s; about 120 MB in all)`
      : `  ... resolving dependencies (${secs} s)`;
  };
  return {
    line(text, now) {
      const m = DOWNLOADED.exec(text);
      if (!m) return undefined;
      files++;
      bytes += Number(m[1]!.replace(/,/g, '')) * (UNIT_BYTES[m[2]!] ?? 1);
      return now - lastReport >= everyMs ? report(now) : undefined;
    },
    tick(now) {
      return now - lastReport >= everyMs * 2.5 ? report(now) : undefined;
    },
  };
}
