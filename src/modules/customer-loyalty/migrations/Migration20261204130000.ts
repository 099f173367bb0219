import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger's per-day summary: entries and points per UTC day (of
 * `created_at`), type and status, so the points report's count and totals
 * and the weekly chart read days, not entries.
 *
 * It is kept by statement triggers on `loyalty_entry`, in the transaction
 * of every ledger write, whatever wrote it (the ledger functions, a bulk
 * expiry, an erasure, a rollback, a bulk load). A trigger does not add to
 * `loyalty_entry_day` directly: every ledger write of a day would then
 * queue on the same few rows. It appends the change to
 * `loyalty_entry_day_change` (inserts only, so writers never wait on each
 * other), and `foldEntrySummaryChanges` moves the changes into the days
 * now and then. A reader sums both tables in one statement.
 *
 * These are plain tables, not data models: only SQL reads and writes them.
 * The summary of the ledger as it stands is built here, in the migration's
 * transaction (`loyalty_entry_day_rebuild()`), so no entry is counted twice
 * or missed.
 */
export class Migration20261204130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE TABLE IF NOT EXISTS "loyalty_entry_day" (
        "day" date NOT NULL,
        "type" text NOT NULL,
        "status" text NOT NULL,
        "entries" bigint NOT NULL,
        "points" bigint NOT NULL,
        CONSTRAINT "loyalty_entry_day_pkey" PRIMARY KEY ("day", "type", "status")
      );`)
    this.addSql(`
      CREATE TABLE IF NOT EXISTS "loyalty_entry_day_change" (
        "day" date NOT NULL,
        "type" text NOT NULL,
        "status" text NOT NULL,
        "entries" bigint NOT NULL,
        "points" bigint NOT NULL
      );`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_loyalty_entry_day_change_day" ON "loyalty_entry_day_change" ("day");`
    )

    // One function for the three kinds of write: each statement's rows,
    // grouped by (day, type, status), as signed changes. A deleted entry
    // (deleted_at set) counts as gone. An update counts only when it moves
    // an entry between days, types or statuses or changes its points (most
    // updates only change a lot's `remaining`).
    this.addSql(`
      CREATE OR REPLACE FUNCTION loyalty_entry_day_record_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO loyalty_entry_day_change (day, type, status, entries, points)
          SELECT (created_at AT TIME ZONE 'UTC')::date, type, status, count(*), sum(points)
            FROM new_rows WHERE deleted_at IS NULL
           GROUP BY 1, 2, 3;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO loyalty_entry_day_change (day, type, status, entries, points)
          SELECT (created_at AT TIME ZONE 'UTC')::date, type, status, -count(*), -sum(points)
            FROM old_rows WHERE deleted_at IS NULL
           GROUP BY 1, 2, 3;
        ELSE
          INSERT INTO loyalty_entry_day_change (day, type, status, entries, points)
          SELECT day, type, status, sum(entries), sum(points)
            FROM (
              SELECT (o.created_at AT TIME ZONE 'UTC')::date AS day, o.type, o.status,
                     -1 AS entries, -o.points AS points,
                     o.deleted_at IS NULL AS counted
                FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.created_at, o.type, o.status, o.points, o.deleted_at IS NULL)
                     IS DISTINCT FROM (n.created_at, n.type, n.status, n.points, n.deleted_at IS NULL)
              UNION ALL
              SELECT (n.created_at AT TIME ZONE 'UTC')::date, n.type, n.status,
                     1, n.points,
                     n.deleted_at IS NULL
                FROM old_rows o JOIN new_rows n ON n.id = o.id
               WHERE (o.created_at, o.type, o.status, o.points, o.deleted_at IS NULL)
                     IS DISTINCT FROM (n.created_at, n.type, n.status, n.points, n.deleted_at IS NULL)
            ) moved
           WHERE counted
           GROUP BY 1, 2, 3
          HAVING sum(entries) <> 0 OR sum(points) <> 0;
        END IF;
        RETURN NULL;
      END
      $$;`)
    this.addSql(`
      CREATE OR REPLACE FUNCTION loyalty_entry_day_clear() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM loyalty_entry_day;
        DELETE FROM loyalty_entry_day_change;
        RETURN NULL;
      END
      $$;`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_insert" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_update" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_delete" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_truncate" ON "loyalty_entry";`)
    this.addSql(`
      CREATE TRIGGER "loyalty_entry_day_on_insert" AFTER INSERT ON "loyalty_entry"
      REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION loyalty_entry_day_record_change();`)
    this.addSql(`
      CREATE TRIGGER "loyalty_entry_day_on_update" AFTER UPDATE ON "loyalty_entry"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION loyalty_entry_day_record_change();`)
    this.addSql(`
      CREATE TRIGGER "loyalty_entry_day_on_delete" AFTER DELETE ON "loyalty_entry"
      REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION loyalty_entry_day_record_change();`)
    this.addSql(`
      CREATE TRIGGER "loyalty_entry_day_on_truncate" AFTER TRUNCATE ON "loyalty_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION loyalty_entry_day_clear();`)

    // Builds the summary from the ledger as it stands. The table lock keeps
    // writes out until it commits (here: with the triggers above), so no
    // entry is counted twice or missed. Also run by rebuildEntrySummary and
    // after a bulk load with the triggers disabled.
    this.addSql(`
      CREATE OR REPLACE FUNCTION loyalty_entry_day_rebuild() RETURNS bigint
      LANGUAGE plpgsql AS $$
      DECLARE
        built bigint;
      BEGIN
        LOCK TABLE loyalty_entry IN SHARE MODE;
        DELETE FROM loyalty_entry_day_change;
        DELETE FROM loyalty_entry_day;
        INSERT INTO loyalty_entry_day (day, type, status, entries, points)
        SELECT (created_at AT TIME ZONE 'UTC')::date, type, status, count(*), sum(points)
          FROM loyalty_entry WHERE deleted_at IS NULL
         GROUP BY 1, 2, 3;
        GET DIAGNOSTICS built = ROW_COUNT;
        RETURN built;
      END
      $$;`)
    this.addSql(`SELECT loyalty_entry_day_rebuild();`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_insert" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_update" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_delete" ON "loyalty_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS "loyalty_entry_day_on_truncate" ON "loyalty_entry";`)
    this.addSql(`DROP FUNCTION IF EXISTS loyalty_entry_day_record_change();`)
    this.addSql(`DROP FUNCTION IF EXISTS loyalty_entry_day_clear();`)
    this.addSql(`DROP FUNCTION IF EXISTS loyalty_entry_day_rebuild();`)
    this.addSql(`DROP TABLE IF EXISTS "loyalty_entry_day_change";`)
    this.addSql(`DROP TABLE IF EXISTS "loyalty_entry_day";`)
  }
}
