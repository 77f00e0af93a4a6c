/**
 * The schema, as numbered forward-only migrations. A released migration is never edited: a change is a new
 * entry. Each runs once, in its own transaction, and is recorded in `schema_migrations`.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'entities-and-audit-log',
    // One table per collection: the entity as a JSON document plus its indexed fields as columns (see
    // INDEXED_FIELDS in @ungcu/core/storage), with indexes for the common queries (by election, body,
    // constituency, stage). STRICT makes SQLite refuse a value of the wrong type.
    sql: `
CREATE TABLE elections (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  election_day TEXT,
  rule_pack TEXT
) STRICT;
CREATE TABLE bodies (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  election_id TEXT,
  kind TEXT,
  term TEXT,
  unit_id TEXT
) STRICT;
CREATE INDEX bodies_election_id_idx ON bodies (election_id);
CREATE INDEX bodies_unit_id_idx ON bodies (unit_id);
CREATE TABLE administrative_units (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  code TEXT,
  level TEXT,
  parent_id TEXT
) STRICT;
CREATE INDEX administrative_units_parent_id_idx ON administrative_units (parent_id);
CREATE INDEX administrative_units_code_idx ON administrative_units (code);
CREATE INDEX administrative_units_level_idx ON administrative_units (level);
CREATE TABLE constituencies (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  body_id TEXT,
  unit_id TEXT,
  number INTEGER
) STRICT;
CREATE INDEX constituencies_body_id_number_idx ON constituencies (body_id, number);
CREATE INDEX constituencies_unit_id_idx ON constituencies (unit_id);
CREATE TABLE nominating_organizations (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  level TEXT,
  kind TEXT,
  unit_id TEXT,
  parent_id TEXT
) STRICT;
CREATE INDEX nominating_organizations_unit_id_idx ON nominating_organizations (unit_id);
CREATE TABLE nominees (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  body_id TEXT,
  constituency_id TEXT,
  organization_id TEXT,
  stage TEXT,
  status TEXT,
  origin TEXT,
  list_number INTEGER,
  person_id TEXT,
  full_name TEXT,
  gender TEXT,
  date_of_birth TEXT
) STRICT;
CREATE INDEX nominees_body_id_stage_idx ON nominees (body_id, stage);
CREATE INDEX nominees_constituency_id_list_number_idx ON nominees (constituency_id, list_number);
CREATE INDEX nominees_organization_id_idx ON nominees (organization_id);
CREATE INDEX nominees_person_id_idx ON nominees (person_id);
CREATE INDEX nominees_stage_idx ON nominees (stage);
CREATE TABLE structure_plans (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  body_id TEXT
) STRICT;
CREATE INDEX structure_plans_body_id_idx ON structure_plans (body_id);
CREATE TABLE consultation_rounds (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  body_id TEXT,
  round INTEGER,
  unit_id TEXT
) STRICT;
CREATE INDEX consultation_rounds_body_id_round_idx ON consultation_rounds (body_id, round);
CREATE TABLE vetting_cases (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  status TEXT,
  purpose TEXT,
  person_id TEXT,
  nominee_id TEXT,
  opened_on TEXT,
  due_date TEXT
) STRICT;
CREATE INDEX vetting_cases_nominee_id_idx ON vetting_cases (nominee_id);
CREATE INDEX vetting_cases_person_id_idx ON vetting_cases (person_id);
CREATE INDEX vetting_cases_status_idx ON vetting_cases (status);
CREATE TABLE work_programmes (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  kind TEXT,
  term TEXT,
  year INTEGER
) STRICT;
CREATE TABLE proposals (
  id TEXT PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  document TEXT NOT NULL,
  status TEXT,
  submitted_to TEXT,
  work_programme_id TEXT,
  planned_quarter TEXT
) STRICT;
CREATE INDEX proposals_work_programme_id_idx ON proposals (work_programme_id);
CREATE INDEX proposals_status_idx ON proposals (status);
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  collection TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'remove')),
  version INTEGER NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
CREATE INDEX audit_log_entity_idx ON audit_log (collection, entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
`,
  },
  {
    version: 2,
    name: 'indexes-for-the-queries-run',
    // Every index costs each of the 500,000 inserts of a national save a B-tree insert, in random order.
    // nominees.stage has four values: an index on it finds a quarter of the table, slower than a scan, and
    // a stage within a body is what (body_id, stage) serves. No query reads nominees by organization: a
    // filter on it still works, as a scan. The audit log is read by entity (audit.list({ entityId })), which
    // an index led by collection cannot serve; by entity id it serves that query with or without collection.
    sql: `
DROP INDEX nominees_stage_idx;
DROP INDEX nominees_organization_id_idx;
DROP INDEX audit_log_entity_idx;
CREATE INDEX audit_log_entity_id_idx ON audit_log (entity_id);
`,
  },
  {
    version: 3,
    name: 'audit-log-records-reads',
    // The log records reads too (audit.recordRead, for vetting cases). SQLite cannot alter a CHECK
    // constraint, so the table is rebuilt: the same columns and STRICT, 'read' allowed, every row copied with
    // its seq, and the indexes of migration 2 made again. The AUTOINCREMENT counter moves with the table
    // (its sqlite_sequence row is handed to the new table before the old one is dropped), so a seq once
    // given is never given again. Runs inside the migration's BEGIN IMMEDIATE: all of it, or none.
    sql: `
CREATE TABLE audit_log_next (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  collection TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  operation TEXT NOT NULL CHECK (operation IN ('create', 'update', 'remove', 'read')),
  version INTEGER NOT NULL,
  before TEXT,
  after TEXT
) STRICT;
INSERT INTO audit_log_next (seq, at, actor, collection, entity_id, operation, version, before, after)
  SELECT seq, at, actor, collection, entity_id, operation, version, before, after FROM audit_log ORDER BY seq;
DELETE FROM sqlite_sequence WHERE name = 'audit_log_next';
UPDATE sqlite_sequence SET name = 'audit_log_next' WHERE name = 'audit_log';
DROP TABLE audit_log;
ALTER TABLE audit_log_next RENAME TO audit_log;
CREATE INDEX audit_log_entity_id_idx ON audit_log (entity_id);
CREATE INDEX audit_log_at_idx ON audit_log (at);
`,
  },
  {
    version: 4,
    name: 'nominees-by-body-in-id-order',
    // iterate({ where: { bodyId } }) reads a body's nominees in id order, 1,000 at a time after the last id
    // seen. On (body_id, stage) each page read every row of the body and sorted them, so a body of n
    // nominees cost n²/1,000 row reads; on (body_id, id) a page is one range of the index, in order. No
    // query filters nominees by stage (a stage within a body is now a filter over the body's range), and
    // a save still maintains one index here, not two.
    sql: `
DROP INDEX nominees_body_id_stage_idx;
CREATE INDEX nominees_body_id_id_idx ON nominees (body_id, id);
`,
  },
];
