/**
 * Puts an HTTP test file's database back between tests by rewriting only the
 * tables the test changed, instead of Medusa's drop-and-copy.
 *
 * Medusa's runner restores the database before every test by dropping it and
 * creating it again from a template (`CREATE DATABASE … TEMPLATE`). With
 * Medusa's schema of some 900 relations that takes 0.5–1.4 s on this machine.
 * Most tests touch a handful of the 176 tables, so this keeps a copy of every
 * table's rows in a schema of its own when the runner takes its snapshot,
 * and on restore:
 *  - finds the tables that differ from the snapshot: rows written since the
 *    last restore (`xmin` younger than its transaction) or a different count;
 *  - deletes their rows and copies the snapshot's back, with triggers and
 *    foreign keys off (`session_replication_role = replica`), and sets every
 *    sequence back;
 *  - falls back to Medusa's own restore when the schema changed (DDL,
 *    TRUNCATE, REFRESH: anything that gives a relation a new file).
 * It first waits for the other sessions on the database to be idle, and ends
 * any still busy, so nothing left running by the last test can write after it.
 *
 * Snapshots stack: `sharedFixtures` (./shared-fixtures.ts) builds a describe
 * block's fixtures once and pushes a snapshot of them, which the tests of the
 * block then restore to; it pops it after the block.
 *
 * The runner's template is still made (after the first snapshot, so it holds
 * it) and is what the fallback restores from.
 */
import type { Client } from "@medusajs/framework/pg"
import { databaseClient } from "./database-copy"

type PostgresTemplate =
  typeof import("@medusajs/test-utils/dist/medusa-test-runner-utils/postgres-template")

const SNAPSHOT_SCHEMA = "loyalty_test_snapshot"

const SNAPSHOT_FUNCTIONS = `
CREATE SCHEMA ${SNAPSHOT_SCHEMA};

-- Anything that gives a relation of the public schema a new file, column,
-- constraint or trigger changes this.
CREATE FUNCTION ${SNAPSHOT_SCHEMA}.schema_fingerprint() RETURNS text LANGUAGE sql AS $$
  SELECT md5(concat_ws('|',
    (SELECT string_agg(concat_ws(':', oid, relfilenode, relnatts), ',' ORDER BY oid)
       FROM pg_class WHERE relnamespace = 'public'::regnamespace),
    (SELECT string_agg(oid::text, ',' ORDER BY oid)
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
    (SELECT string_agg(t.oid::text, ',' ORDER BY t.oid)
       FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace)))
$$;

CREATE TABLE ${SNAPSHOT_SCHEMA}.level (
  level int PRIMARY KEY,
  -- The transaction that took it: a row whose xmin is younger was written since.
  taken_by xid NOT NULL
);
CREATE TABLE ${SNAPSHOT_SCHEMA}.saved_table (
  level int NOT NULL,
  name text NOT NULL,
  copy_name text,
  row_count bigint NOT NULL,
  columns text NOT NULL,
  PRIMARY KEY (level, name)
);
CREATE TABLE ${SNAPSHOT_SCHEMA}.saved_sequence (
  level int NOT NULL,
  name text NOT NULL,
  last_value bigint NOT NULL,
  is_called boolean NOT NULL,
  PRIMARY KEY (level, name)
);
CREATE TABLE ${SNAPSHOT_SCHEMA}.state (
  schema_fingerprint text NOT NULL,
  -- The transaction of the last snapshot or restore: rows written by a
  -- younger one differ from the snapshot.
  restored_by xid NOT NULL
);

-- Snapshots the public schema's rows and sequences as a new level; returns
-- the transaction that took it.
CREATE FUNCTION ${SNAPSHOT_SCHEMA}.push() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  new_level int := (SELECT coalesce(max(level) + 1, 0) FROM ${SNAPSHOT_SCHEMA}.level);
  t record;
  s record;
  n bigint;
  cols text;
  copy text;
BEGIN
  FOR t IN SELECT c.oid, c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' LOOP
    EXECUTE format('SELECT count(*) FROM public.%I', t.relname) INTO n;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute
     WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
    copy := NULL;
    IF n > 0 THEN
      copy := format('rows_%s_%s', new_level, t.oid);
      EXECUTE format('CREATE TABLE ${SNAPSHOT_SCHEMA}.%I AS SELECT %s FROM public.%I',
                     copy, cols, t.relname);
    END IF;
    INSERT INTO ${SNAPSHOT_SCHEMA}.saved_table VALUES (new_level, t.relname, copy, n, cols);
  END LOOP;
  FOR s IN SELECT relname FROM pg_class
            WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' LOOP
    EXECUTE format('INSERT INTO ${SNAPSHOT_SCHEMA}.saved_sequence
                    SELECT %s, %L, last_value, is_called FROM public.%I',
                   new_level, s.relname, s.relname);
  END LOOP;
  INSERT INTO ${SNAPSHOT_SCHEMA}.level VALUES (new_level, xid(pg_current_xact_id()));
  DELETE FROM ${SNAPSHOT_SCHEMA}.state;
  INSERT INTO ${SNAPSHOT_SCHEMA}.state
  VALUES (${SNAPSHOT_SCHEMA}.schema_fingerprint(), xid(pg_current_xact_id()));
  RETURN xid(pg_current_xact_id())::text;
END
$$;

-- Puts the rows and sequences of the top level back. False, changing
-- nothing, when the schema is no longer the snapshot's.
CREATE FUNCTION ${SNAPSHOT_SCHEMA}.restore() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  top int := (SELECT max(level) FROM ${SNAPSHOT_SCHEMA}.level);
  since xid := (SELECT restored_by FROM ${SNAPSHOT_SCHEMA}.state);
  t record;
  s record;
  changed boolean;
BEGIN
  IF (SELECT schema_fingerprint FROM ${SNAPSHOT_SCHEMA}.state)
     IS DISTINCT FROM ${SNAPSHOT_SCHEMA}.schema_fingerprint() THEN
    RETURN false;
  END IF;
  SET LOCAL session_replication_role = replica;
  FOR t IN SELECT * FROM ${SNAPSHOT_SCHEMA}.saved_table WHERE level = top LOOP
    EXECUTE format(
      'SELECT count(*) <> $1 OR EXISTS (SELECT FROM public.%I WHERE age(xmin) < age($2))
         FROM public.%I', t.name, t.name)
      INTO changed USING t.row_count, since;
    IF changed THEN
      EXECUTE format('DELETE FROM public.%I', t.name);
      IF t.copy_name IS NOT NULL THEN
        EXECUTE format('INSERT INTO public.%I (%s) SELECT %s FROM ${SNAPSHOT_SCHEMA}.%I',
                       t.name, t.columns, t.columns, t.copy_name);
      END IF;
    END IF;
  END LOOP;
  FOR s IN SELECT * FROM ${SNAPSHOT_SCHEMA}.saved_sequence WHERE level = top LOOP
    PERFORM setval(format('public.%I', s.name), s.last_value, s.is_called);
  END LOOP;
  UPDATE ${SNAPSHOT_SCHEMA}.state SET restored_by = xid(pg_current_xact_id());
  RETURN true;
END
$$;

-- Drops the top level and puts the one below back: every row written since
-- that one was taken counts as changed.
CREATE FUNCTION ${SNAPSHOT_SCHEMA}.pop() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  top int := (SELECT max(level) FROM ${SNAPSHOT_SCHEMA}.level);
  t record;
BEGIN
  FOR t IN SELECT copy_name FROM ${SNAPSHOT_SCHEMA}.saved_table
            WHERE level = top AND copy_name IS NOT NULL LOOP
    EXECUTE format('DROP TABLE ${SNAPSHOT_SCHEMA}.%I', t.copy_name);
  END LOOP;
  DELETE FROM ${SNAPSHOT_SCHEMA}.saved_table WHERE level = top;
  DELETE FROM ${SNAPSHOT_SCHEMA}.saved_sequence WHERE level = top;
  DELETE FROM ${SNAPSHOT_SCHEMA}.level WHERE level = top;
  UPDATE ${SNAPSHOT_SCHEMA}.state
     SET restored_by = (SELECT taken_by FROM ${SNAPSHOT_SCHEMA}.level
                         WHERE level = (SELECT max(level) FROM ${SNAPSHOT_SCHEMA}.level));
  RETURN ${SNAPSHOT_SCHEMA}.restore();
END
$$;
`

/** Clients kept open per test database: a restore runs before every test. */
const clients = new Map<string, Promise<Client>>()

/** The client kept open on `database`. */
function clientOf(database: string) {
  let client = clients.get(database)
  if (!client) {
    client = (async () => {
      const created = databaseClient(database)
      created.on("error", () => clients.delete(database))
      await created.connect()
      return created
    })()
    clients.set(database, client)
  }
  return client
}

/**
 * The client on `database`, once the other sessions on it are idle: any
 * still busy after the wait is ended, so that nothing left running by the
 * last test writes during what follows. Idle sessions stay: they hold no
 * transaction or lock, and ending them would only make Medusa's pool open
 * new ones, each of which pays some 40 ms of PostgreSQL CPU loading the
 * catalog of the tables it touches again.
 */
async function quietClient(database: string) {
  const client = await clientOf(database)
  await untilQuiet(client)
  await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()
        AND backend_type = 'client backend' AND state IS DISTINCT FROM 'idle'`
  )
  return client
}

/**
 * Waits (up to 3 s) until no other session on the database has been running
 * a query or holding a transaction open for three looks 25 ms apart. The
 * runner waits for the last test's workflows, not for an event's subscriber
 * that starts just after; let it write now, so that the restore undoes it,
 * rather than after the restore, into the next test. (Medusa's own restore
 * has the database dropped for most of a second, where such a write fails.)
 */
async function untilQuiet(client: Client) {
  const deadline = Date.now() + 3000
  for (let quietLooks = 0; quietLooks < 3 && Date.now() < deadline;) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS busy FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()
          AND backend_type = 'client backend' AND state IS DISTINCT FROM 'idle'`
    )
    quietLooks = rows[0].busy === 0 ? quietLooks + 1 : 0
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function forget(database: string) {
  const client = clients.get(database)
  clients.delete(database)
  await (await client?.catch(() => null))?.end().catch(() => undefined)
}

async function snapshotExists(client: Client) {
  const { rows } = await client.query("SELECT to_regnamespace($1) IS NOT NULL AS found", [
    SNAPSHOT_SCHEMA,
  ])
  return rows[0].found as boolean
}

/** The snapshots pushed per database (their transactions), to check a fallback restore against. */
const pushed = new Map<string, string[]>()

/** Snapshots `database` as a new level, which restores then go back to. */
export async function pushSnapshot(database: string) {
  const client = await quietClient(database)
  if (!(await snapshotExists(client))) {
    await client.query(SNAPSHOT_FUNCTIONS)
  }
  const { rows } = await client.query(`SELECT ${SNAPSHOT_SCHEMA}.push() AS taken_by`)
  pushed.set(database, [...(pushed.get(database) ?? []), rows[0].taken_by])
}

/** Drops the top snapshot of `database` and puts the one below back. */
export async function popSnapshot(database: string) {
  const client = await quietClient(database)
  const { rows } = await client.query(`SELECT ${SNAPSHOT_SCHEMA}.pop() AS restored`)
  if (!rows[0].restored) {
    throw new Error("The schema changed under shared fixtures; their snapshot cannot be put back")
  }
  pushed.set(database, (pushed.get(database) ?? []).slice(0, -1))
}

/** Puts `database` back to its top snapshot; false if the schema changed since. */
async function restoreSnapshot(database: string) {
  const client = await quietClient(database)
  const { rows } = await client.query(`SELECT ${SNAPSHOT_SCHEMA}.restore() AS restored`)
  return rows[0].restored as boolean
}

/** Per database, the runner's template and its restore: the fallback. */
const templates = new Map<string, () => Promise<void>>()

/**
 * Puts `database` back to its top snapshot, or, when a test changed the
 * schema, copies it back from the runner's template and drops the snapshots
 * that were pushed after the template was made and popped since.
 */
async function restore(database: string) {
  if (await restoreSnapshot(database)) {
    return
  }
  const restoreFromTemplate = templates.get(database)
  if (!restoreFromTemplate) {
    throw new Error(`The schema of ${database} changed, and the runner made no template of it`)
  }
  await forget(database)
  await restoreFromTemplate()
  const client = await clientOf(database)
  const { rows } = await client.query(
    `SELECT taken_by::text FROM ${SNAPSHOT_SCHEMA}.level ORDER BY level`
  )
  const inTemplate = rows.map((row) => row.taken_by as string)
  const expected = pushed.get(database) ?? []
  if (expected.some((takenBy, level) => inTemplate[level] !== takenBy)) {
    throw new Error(
      "A test changed the schema under shared fixtures built after the first test: " +
        "the runner's template does not hold them"
    )
  }
  for (let level = inTemplate.length; level > expected.length; level--) {
    await client.query(`SELECT ${SNAPSHOT_SCHEMA}.pop()`)
  }
}

/**
 * Puts `database` back to its top snapshot or, before the runner's first
 * test, takes the first one: the runner would take it of the same state.
 */
export async function restoreOrTakeSnapshot(database: string) {
  if (await snapshotExists(await clientOf(database))) {
    await restore(database)
  } else {
    await pushSnapshot(database)
  }
}

/**
 * Makes Medusa's runner (in this test file's module registry) snapshot and
 * restore in place. `postgresTemplate` is the runner's own module, whose
 * functions it looks up at each call.
 */
export function restoreInPlace(postgresTemplate: PostgresTemplate) {
  const createTemplate = postgresTemplate.createPostgresDatabaseTemplate
  const restoreFromTemplate = postgresTemplate.restorePostgresDatabaseFromTemplate
  const dropTemplate = postgresTemplate.dropPostgresDatabaseTemplate
  if ([createTemplate, restoreFromTemplate, dropTemplate].some((f) => typeof f !== "function")) {
    throw new Error("@medusajs/test-utils no longer has the template functions this replaces")
  }

  postgresTemplate.createPostgresDatabaseTemplate = async (names) => {
    // Shared fixtures built before the first test took the first snapshot.
    const client = await clientOf(names.databaseName)
    if (!(await snapshotExists(client))) {
      await pushSnapshot(names.databaseName)
    }
    // The runner's template ends this client's session with the others.
    await forget(names.databaseName)
    await createTemplate(names)
    templates.set(names.databaseName, () => restoreFromTemplate(names))
  }

  postgresTemplate.restorePostgresDatabaseFromTemplate = (names) => restore(names.databaseName)

  postgresTemplate.dropPostgresDatabaseTemplate = async (templateName) => {
    await Promise.all([...clients.keys()].map(forget))
    await dropTemplate(templateName)
  }
}
