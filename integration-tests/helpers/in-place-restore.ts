/**
 * Puts an HTTP test file's database back between tests by rewriting only the
 * tables the test changed, instead of Medusa's drop-and-copy.
 *
 * Medusa's runner restores the database before every test by dropping it and
 * creating it again from a template (`CREATE DATABASE … TEMPLATE`). With
 * Medusa's schema of some 900 relations that takes 0.5–1.4 s on this machine,
 * about half of what a typical test costs. Most tests touch a handful of the
 * 176 tables, so this keeps a copy of every table's rows in a schema of its
 * own when the runner takes its snapshot, and on restore:
 *  - finds the tables that differ from the snapshot: rows written since the
 *    last restore (`xmin` younger than its transaction) or a different count;
 *  - deletes their rows and copies the snapshot's back, with triggers and
 *    foreign keys off (`session_replication_role = replica`), and sets every
 *    sequence back;
 *  - falls back to Medusa's own restore when the schema changed (DDL,
 *    TRUNCATE, REFRESH: anything that gives a relation a new file).
 * Like Medusa's restore, it first ends every other session on the database,
 * so nothing left running by the last test can write after it.
 *
 * The runner's template is still made (after this snapshot, so it holds it)
 * and is what the fallback restores from.
 */
import { Client } from "@medusajs/framework/pg"

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

CREATE TABLE ${SNAPSHOT_SCHEMA}.saved_table (
  name text PRIMARY KEY,
  copy_name text,
  row_count bigint NOT NULL,
  columns text NOT NULL
);
CREATE TABLE ${SNAPSHOT_SCHEMA}.saved_sequence (
  name text PRIMARY KEY,
  last_value bigint NOT NULL,
  is_called boolean NOT NULL
);
CREATE TABLE ${SNAPSHOT_SCHEMA}.state (
  schema_fingerprint text NOT NULL,
  -- The transaction of the snapshot or of the last restore: a row whose
  -- xmin is younger was written since.
  restored_by xid NOT NULL
);

CREATE FUNCTION ${SNAPSHOT_SCHEMA}.take() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
  s record;
  n bigint;
  cols text;
  copy text;
  i int := 0;
BEGIN
  FOR t IN SELECT c.oid, c.relname FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' LOOP
    EXECUTE format('SELECT count(*) FROM public.%I', t.relname) INTO n;
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
      FROM pg_attribute
     WHERE attrelid = t.oid AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
    copy := NULL;
    IF n > 0 THEN
      i := i + 1;
      copy := 'rows_' || i;
      EXECUTE format('CREATE TABLE ${SNAPSHOT_SCHEMA}.%I AS SELECT %s FROM public.%I',
                     copy, cols, t.relname);
    END IF;
    INSERT INTO ${SNAPSHOT_SCHEMA}.saved_table VALUES (t.relname, copy, n, cols);
  END LOOP;
  FOR s IN SELECT relname FROM pg_class
            WHERE relnamespace = 'public'::regnamespace AND relkind = 'S' LOOP
    EXECUTE format('INSERT INTO ${SNAPSHOT_SCHEMA}.saved_sequence
                    SELECT %L, last_value, is_called FROM public.%I', s.relname, s.relname);
  END LOOP;
  INSERT INTO ${SNAPSHOT_SCHEMA}.state
  VALUES (${SNAPSHOT_SCHEMA}.schema_fingerprint(), xid(pg_current_xact_id()));
END
$$;

-- False, changing nothing, when the schema is no longer the snapshot's.
CREATE FUNCTION ${SNAPSHOT_SCHEMA}.restore() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  since xid;
  t record;
  s record;
  changed boolean;
BEGIN
  IF (SELECT schema_fingerprint FROM ${SNAPSHOT_SCHEMA}.state)
     IS DISTINCT FROM ${SNAPSHOT_SCHEMA}.schema_fingerprint() THEN
    RETURN false;
  END IF;
  SELECT restored_by INTO since FROM ${SNAPSHOT_SCHEMA}.state;
  SET LOCAL session_replication_role = replica;
  FOR t IN SELECT * FROM ${SNAPSHOT_SCHEMA}.saved_table LOOP
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
  FOR s IN SELECT * FROM ${SNAPSHOT_SCHEMA}.saved_sequence LOOP
    PERFORM setval(format('public.%I', s.name), s.last_value, s.is_called);
  END LOOP;
  UPDATE ${SNAPSHOT_SCHEMA}.state SET restored_by = xid(pg_current_xact_id());
  RETURN true;
END
$$;
`

function databaseClient(database: string) {
  return new Client({
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD || undefined,
    database,
  })
}

async function endOtherSessions(client: Client) {
  await client.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`
  )
}

/** Clients kept open per test database: a restore runs before every test. */
const clients = new Map<string, Promise<Client>>()

function clientFor(database: string) {
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

async function forget(database: string) {
  const client = clients.get(database)
  clients.delete(database)
  await (await client?.catch(() => null))?.end().catch(() => undefined)
}

/**
 * Makes Medusa's runner (in this test file's module registry) snapshot and
 * restore in place. `postgresTemplate` is the runner's own module, whose
 * functions it looks up at each call.
 */
export function restoreInPlace(postgresTemplate: PostgresTemplate) {
  const createTemplate = postgresTemplate.createPostgresDatabaseTemplate
  const restoreFromTemplate = postgresTemplate.restorePostgresDatabaseFromTemplate
  if (typeof createTemplate !== "function" || typeof restoreFromTemplate !== "function") {
    throw new Error("@medusajs/test-utils no longer has the template functions this replaces")
  }

  postgresTemplate.createPostgresDatabaseTemplate = async (names) => {
    const client = await clientFor(names.databaseName)
    await endOtherSessions(client)
    await client.query(`DROP SCHEMA IF EXISTS ${SNAPSHOT_SCHEMA} CASCADE`)
    await client.query(SNAPSHOT_FUNCTIONS)
    await client.query(`SELECT ${SNAPSHOT_SCHEMA}.take()`)
    // The runner's template ends this client's session with the others.
    await forget(names.databaseName)
    await createTemplate(names)
  }

  postgresTemplate.restorePostgresDatabaseFromTemplate = async (names) => {
    const client = await clientFor(names.databaseName)
    await endOtherSessions(client)
    const { rows } = await client.query(`SELECT ${SNAPSHOT_SCHEMA}.restore() AS restored`)
    if (!rows[0].restored) {
      await forget(names.databaseName)
      await restoreFromTemplate(names)
    }
  }

  const dropTemplate = postgresTemplate.dropPostgresDatabaseTemplate
  postgresTemplate.dropPostgresDatabaseTemplate = async (templateName) => {
    await Promise.all([...clients.keys()].map(forget))
    await dropTemplate(templateName)
  }
}
