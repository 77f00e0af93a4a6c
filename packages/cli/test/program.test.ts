import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from '../src/index';
import { capture } from './support';

describe('ungcu', () => {
  it('prints its version from package.json', async () => {
    const io = capture();
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out.trim()).toBe(pkg.version);
  });

  it('prints bilingual help', async () => {
    const io = capture();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: ungcu');
    expect(io.out).toContain('Quốc hội');
    expect(io.out).toContain('National Assembly');
  });

  it('exits 2 on an unknown option', async () => {
    const io = capture();
    expect(await run(['--no-such-option'], io)).toBe(2);
    expect(io.err).toContain("unknown option '--no-such-option'");
  });
});
