/** Minimal reader of GNU gettext `.mo` catalogues (msgid -> msgstr), enough for the iso-codes translations. */
import { readFileSync } from 'node:fs';

export function readMoCatalog(path: string): Map<string, string> {
  const buf = readFileSync(path);
  const magic = buf.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buf.readUInt32BE(0) !== 0x950412de)
    throw new Error(`readMoCatalog: ${path} is not a .mo file`);
  const u32 = (off: number): number => (le ? buf.readUInt32LE(off) : buf.readUInt32BE(off));
  const count = u32(8);
  const origTable = u32(12);
  const transTable = u32(16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const ol = u32(origTable + i * 8);
    const oo = u32(origTable + i * 8 + 4);
    const tl = u32(transTable + i * 8);
    const to = u32(transTable + i * 8 + 4);
    const id = buf.toString('utf8', oo, oo + ol);
    const str = buf.toString('utf8', to, to + tl);
    if (id !== '' && str !== '') out.set(id, str);
  }
  return out;
}
