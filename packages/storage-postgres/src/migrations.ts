/**
 * The schema, as numbered forward-only migrations. A released migration is never edited: a change is a new
 * entry. Each runs once, under an advisory lock, in its own transaction, and is recorded in
 * `schema_migrations`. `{schema}` stands for the store's quoted schema name.
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
    // One table per collection: the entity as jsonb plus its indexed fields as columns (see INDEXED_FIELDS
    // in @ungcu/core/storage). Text columns use the "C" collation so sorting is by code point, the same as
    // SQLite and the memory store, whatever the database's default collation.
    sql: `
CREATE TABLE {schema}.elections (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  election_day text COLLATE "C",
  rule_pack text COLLATE "C"
);
CREATE TABLE {schema}.bodies (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  election_id text COLLATE "C",
  kind text COLLATE "C",
  term text COLLATE "C",
  unit_id text COLLATE "C"
);
CREATE INDEX bodies_election_id_idx ON {schema}.bodies (election_id);
CREATE INDEX bodies_unit_id_idx ON {schema}.bodies (unit_id);
CREATE TABLE {schema}.administrative_units (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  code text COLLATE "C",
  level text COLLATE "C",
  parent_id text COLLATE "C"
);
CREATE INDEX administrative_units_parent_id_idx ON {schema}.administrative_units (parent_id);
CREATE INDEX administrative_units_code_idx ON {schema}.administrative_units (code);
CREATE INDEX administrative_units_level_idx ON {schema}.administrative_units (level);
CREATE TABLE {schema}.constituencies (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  body_id text COLLATE "C",
  unit_id text COLLATE "C",
  number integer
);
CREATE INDEX constituencies_body_id_number_idx ON {schema}.constituencies (body_id, number);
CREATE INDEX constituencies_unit_id_idx ON {schema}.constituencies (unit_id);
CREATE TABLE {schema}.nominating_organizations (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  level text COLLATE "C",
  kind text COLLATE "C",
  unit_id text COLLATE "C",
  parent_id text COLLATE "C"
);
CREATE INDEX nominating_organizations_unit_id_idx ON {schema}.nominating_organizations (unit_id);
CREATE TABLE {schema}.nominees (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  body_id text COLLATE "C",
  constituency_id text COLLATE "C",
  organization_id text COLLATE "C",
  stage text COLLATE "C",
  status text COLLATE "C",
  origin text COLLATE "C",
  list_number integer,
  person_id text COLLATE "C",
  full_name text COLLATE "C",
  gender text COLLATE "C",
  date_of_birth text COLLATE "C"
);
CREATE INDEX nominees_body_id_stage_idx ON {schema}.nominees (body_id, stage);
CREATE INDEX nominees_constituency_id_list_number_idx ON {schema}.nominees (constituency_id, list_number);
CREATE INDEX nominees_organization_id_idx ON {schema}.nominees (organization_id);
CREATE INDEX nominees_person_id_idx ON {schema}.nominees (person_id);
CREATE INDEX nominees_stage_idx ON {schema}.nominees (stage);
CREATE TABLE {schema}.structure_plans (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  body_id text COLLATE "C"
);
CREATE INDEX structure_plans_body_id_idx ON {schema}.structure_plans (body_id);
CREATE TABLE {schema}.consultation_rounds (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  body_id text COLLATE "C",
  round integer,
  unit_id text COLLATE "C"
);
CREATE INDEX consultation_rounds_body_id_round_idx ON {schema}.consultation_rounds (body_id, round);
CREATE TABLE {schema}.vetting_cases (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  status text COLLATE "C",
  purpose text COLLATE "C",
  person_id text COLLATE "C",
  nominee_id text COLLATE "C",
  opened_on text COLLATE "C",
  due_date text COLLATE "C"
);
CREATE INDEX vetting_cases_nominee_id_idx ON {schema}.vetting_cases (nominee_id);
CREATE INDEX vetting_cases_person_id_idx ON {schema}.vetting_cases (person_id);
CREATE INDEX vetting_cases_status_idx ON {schema}.vetting_cases (status);
CREATE TABLE {schema}.work_programmes (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  kind text COLLATE "C",
  term text COLLATE "C",
  year integer
);
CREATE TABLE {schema}.proposals (
  id text COLLATE "C" PRIMARY KEY,
  version integer NOT NULL,
  document jsonb NOT NULL,
  status text COLLATE "C",
  submitted_to text COLLATE "C",
  work_programme_id text COLLATE "C",
  planned_quarter text COLLATE "C"
);
CREATE INDEX proposals_work_programme_id_idx ON {schema}.proposals (work_programme_id);
CREATE INDEX proposals_status_idx ON {schema}.proposals (status);
CREATE TABLE {schema}.audit_log (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  collection text COLLATE "C" NOT NULL,
  entity_id text COLLATE "C" NOT NULL,
  operation text NOT NULL CHECK (operation IN ('create', 'update', 'remove')),
  version integer NOT NULL,
  before jsonb,
  after jsonb
);
CREATE INDEX audit_log_entity_idx ON {schema}.audit_log (collection, entity_id);
CREATE INDEX audit_log_at_idx ON {schema}.audit_log (at);
`,
  },
  {
    version: 2,
    name: 'audit-log-records-reads',
    // The log records reads too (audit.recordRead, for vetting cases). Migration 1's unnamed CHECK got
    // PostgreSQL's name audit_log_operation_check; it is replaced under the same name, in the migration's
    // transaction, so no moment exists without it. The old rows all pass the wider check.
    sql: `
ALTER TABLE {schema}.audit_log
  DROP CONSTRAINT audit_log_operation_check,
  ADD CONSTRAINT audit_log_operation_check CHECK (operation IN ('create', 'update', 'remove', 'read'));
`,
  },
  {
    version: 3,
    name: 'nominees-by-body-in-id-order',
    // iterate({ where: { bodyId } }) reads a body's nominees in id order, a page at a time after the last
    // id seen: on (body_id, id) each page is one range of the index, where (body_id, stage) made every page
    // fetch and sort the whole body. No query filters nominees by stage; a save keeps one index here.
    sql: `
DROP INDEX {schema}.nominees_body_id_stage_idx;
CREATE INDEX nominees_body_id_id_idx ON {schema}.nominees (body_id, id);
`,
  },
];
