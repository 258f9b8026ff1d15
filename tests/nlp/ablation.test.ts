import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

// TRAMA_ABLATE is read once when the module loads, so each case runs in a fresh process (rules only,
// no NER model: the organisation cue alone decides between the party and the city).
const script = `
import { extractArticle } from './src/pipeline/index.ts';
import { finalizeArticle } from './src/ingest/index.ts';
import { loadKnowledge } from './src/nlp/resources.ts';
const article = finalizeArticle({ source: 't', text: 'Titular\\n\\nEl partido Valencia votó ayer.', format: 'txt' });
const x = extractArticle(article, loadKnowledge('es', { ner: false }));
console.log(x.entities.map((e) => e.type + ':' + e.name).join('|'));`;

function extractWith(ablate: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TRAMA_ABLATE: ablate },
  });
}

describe('TRAMA_ABLATE', { timeout: 60_000 }, () => {
  it('switches off a rule it names (a typing rule registered by its registry)', () => {
    const on = extractWith('');
    const off = extractWith('cue');
    expect(on.status).toBe(0);
    expect(on.stdout).toContain('Organization:Valencia');
    expect(off.status).toBe(0);
    expect(off.stdout).toContain('City:Valencia');
  });

  it('refuses a name no rule answers to, naming it', () => {
    const typo = extractWith('cue,nameEvidenceOnc');
    expect(typo.status).not.toBe(0);
    expect(typo.stderr).toContain('TRAMA_ABLATE: no rule named "nameEvidenceOnc"');
  });
});
