import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyV8Flags, V8_FLAGS } from '../src/v8-flags.js';

describe('V8 flags', () => {
  it('sets every flag of V8_FLAGS, in order', () => {
    const set: string[] = [];
    applyV8Flags((flag) => set.push(flag));
    expect(set).toEqual([...V8_FLAGS]);
    expect(set).toContain('--no-turbo-inline-array-builtins');
  });

  it('are applied by the CLI launcher before the CLI is loaded', () => {
    const launcher = readFileSync(new URL('../bin/trama.js', import.meta.url), 'utf8');
    const applied = launcher.indexOf('applyV8Flags()');
    expect(applied).toBeGreaterThan(0);
    expect(applied).toBeLessThan(launcher.indexOf('await import(entry.href)'));
  });
});
