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
    expect(io.out).toContain('Cách dùng / Usage: ungcu');
    expect(io.out).toContain('Quốc hội');
    expect(io.out).toContain('National Assembly');
    expect(io.out).toContain('\nTùy chọn / Options:\n');
    expect(io.out).toContain('\nLệnh / Commands:\n');
    expect(io.out).toMatch(/help \[command\] +Hướng dẫn về một lệnh \/ show help for a command/u);
    expect(io.out).not.toContain('display help for command');
  });

  it('writes commander’s own words in both languages: defaults, titles, the all-or-nothing import', async () => {
    const io = capture();
    expect(await run(['import', '--help'], io)).toBe(0);
    expect(io.out).toContain('\nTham số / Arguments:\n');
    const text = io.out.replace(/\s+/gu, ' '); // help wraps at 80 columns
    expect(text).toContain('(mặc định / default: "ungcu import")');
    expect(text).toContain('(mặc định / default: "upsert")');
    expect(text).not.toMatch(/\((default|choices): /u);
    expect(text).toContain('nếu có lỗi thì không nhập tệp nào');
    expect(text).not.toContain('tất cả hoặc không gì cả');
  });

  it('exits 2 on an unknown option or command, saying so in Vietnamese and English', async () => {
    let io = capture();
    expect(await run(['--no-such-option'], io)).toBe(2);
    expect(io.err).toContain("lỗi: không có tùy chọn '--no-such-option' / error: unknown option '--no-such-option'\n");
    io = capture();
    expect(await run(['validat'], io)).toBe(2);
    expect(io.err).toContain("lỗi: không có lệnh 'validat' / error: unknown command 'validat'\n(Có phải ý bạn là validate? / Did you mean validate?)\n");
    io = capture();
    expect(await run(['calendar', 'extra'], io)).toBe(2);
    expect(io.err).toContain("lỗi: thừa tham số cho lệnh 'calendar': cần 0, nhận được 1 / error: too many arguments for 'calendar'.");
    io = capture();
    expect(await run(['calendar', '--pack'], io)).toBe(2);
    expect(io.err).toContain("lỗi: tùy chọn '--pack <id|file>' thiếu giá trị / error: option '--pack <id|file>' argument missing");
  });
});
