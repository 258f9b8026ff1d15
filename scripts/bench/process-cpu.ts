/**
 * CPU time of a process (Linux /proc), to report work per relation next to wall-clock rates: on a
 * shared machine the wall-clock rate moves with the load, the CPU spent per relation much less.
 */
import { readFileSync } from 'node:fs';

/** User + system CPU seconds from a /proc `stat` file, or null where it cannot be read. */
function statCpuSeconds(file: string): number | null {
  try {
    // Fields after the command name (which may contain spaces, hence the split on ') ').
    const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** User + system CPU seconds of process `pid`, or null where /proc is not available. */
export const processCpuSeconds = (pid: number): number | null =>
  statCpuSeconds(`/proc/${pid}/stat`);

/** CPU seconds of this process's main thread alone (its other threads excluded), or null off Linux. */
export const mainThreadCpuSeconds = (): number | null =>
  statCpuSeconds(`/proc/self/task/${process.pid}/stat`);

/** CPU seconds spent by this process and the server `pid` (null when unknown) while `work` runs. */
export async function measureCpu<T>(
  serverPid: number | null,
  work: () => Promise<T>,
): Promise<{ result: T; client: number; server: number | null }> {
  const server0 = serverPid === null ? null : processCpuSeconds(serverPid);
  const client0 = process.cpuUsage();
  const result = await work();
  const client = process.cpuUsage(client0);
  const server1 = serverPid === null ? null : processCpuSeconds(serverPid);
  return {
    result,
    client: (client.user + client.system) / 1e6,
    server: server0 === null || server1 === null ? null : server1 - server0,
  };
}
