/** The real Vietnamese rule packs, whose calendars these tests export (adapter tests may import rule packs). */
export { vn2021, vn2026 } from '@ungcu/rules-vn';
