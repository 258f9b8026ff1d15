import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../src/server/static-files.js';

describe('resolveStaticPath', () => {
  it('maps / to index.html and plain paths inside the root', () => {
    expect(resolveStaticPath('/srv/viewer', '/')).toBe('/srv/viewer/index.html');
    expect(resolveStaticPath('/srv/viewer', '/assets/a.js')).toBe('/srv/viewer/assets/a.js');
    expect(resolveStaticPath('/srv/viewer', '/a%20b.css')).toBe('/srv/viewer/a b.css');
  });

  it('refuses anything that would leave the root', () => {
    for (const path of [
      '/../x',
      '/..%2fx',
      '/assets/../../x',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/a%00b',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath('/srv/viewer', path), path).toBeNull();
    }
  });
});
