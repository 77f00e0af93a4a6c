/** Reads an iCalendar file back with ical.js (Mozilla's parser, independent of the writer under test). */
import ICAL from 'ical.js';

// ical.js knows neither NAME (RFC 7986) nor the X-WR-CALNAME that Google and Apple read; both are TEXT values,
// so its own TEXT decoder is put on them instead of returning the escaped text.
ICAL.design.icalendar.property.name = { defaultType: 'text' };
ICAL.design.icalendar.property['x-wr-calname'] = { defaultType: 'text' };

export interface ParsedEvent {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly startIsDate: boolean;
  readonly endIsDate: boolean;
  readonly days: number;
  readonly summary: string;
  readonly description: string;
  readonly categories: readonly string[];
  readonly dtstamp: string;
  readonly sequence: number;
}

export interface ParsedCalendar {
  readonly name: string;
  readonly wrName: string;
  readonly productId: string;
  readonly events: readonly ParsedEvent[];
}

export function readIcs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      startIsDate: event.startDate.isDate,
      endIsDate: event.endDate.isDate,
      days: event.duration.toSeconds() / 86_400,
      summary: event.summary,
      description: event.description,
      categories: (component.getFirstProperty('categories')?.getValues() ?? []).map(String),
      dtstamp: String(component.getFirstPropertyValue('dtstamp')),
      sequence: event.sequence,
    };
  });
  return {
    name: String(calendar.getFirstPropertyValue('name')),
    wrName: String(calendar.getFirstPropertyValue('x-wr-calname')),
    productId: String(calendar.getFirstPropertyValue('prodid')),
    events,
  };
}

/** The physical lines of the bytes, split on CRLF, each decoded strictly: a UTF-8 sequence cut in two throws. */
export function physicalLines(bytes: Uint8Array): { readonly octets: number; readonly text: string }[] {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: { octets: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      lines.push({ octets: line.length, text: decoder.decode(line) });
      start = i + 2;
      i++;
    }
  }
  if (start !== bytes.length) throw new Error(`the file does not end with CRLF (${bytes.length - start} octets after the last one)`);
  return lines;
}
