/** The excerpts of real output in docs/export/icalendar.md are what the code writes today. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeCalendar } from '@ungcu/core/calendar';
import { calendarToIcs } from '../src/index';
import { vn2026 } from './real-packs';

const page = readFileSync(join(import.meta.dirname, '../../../docs/export/icalendar.md'), 'utf8');
// Editors strip trailing spaces, and a fold may leave one at a line's end: compare without them.
const lines = (text: string) => text.split(/\r?\n/u).map((l) => l.trimEnd());

describe('docs/export/icalendar.md', () => {
  const excerpts = [...page.matchAll(/^```text\n([\s\S]*?)^```/gmu)].map((m) => lines((m[1] ?? '').replace(/\n$/u, '')));
  const output = lines(calendarToIcs(computeCalendar(vn2026, '2026-03-15')));

  it('shows two excerpts, the start of the file and a period', () => {
    expect(excerpts.map((e) => e[0])).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VEVENT']);
    expect(excerpts[1]).toContain('UID:campaign.2026-03-15.vn-2026@ungcu');
  });

  it.each([0, 1])('excerpt %i is a run of lines of the real vn-2026 output', (i) => {
    const excerpt = excerpts[i] ?? [];
    const at = output.findIndex((_, k) => excerpt.every((line, j) => output[k + j] === line));
    expect(at, excerpt.join('\n')).toBeGreaterThanOrEqual(0);
    if (i === 0) expect(at).toBe(0);
  });

  it('names every option of IcsOptions', () => {
    for (const option of ['locale', 'calendarName', 'uidDomain', 'productId', 'timestamp', 'sequence']) {
      expect(page).toContain(`\`${option}\``);
    }
  });
});
