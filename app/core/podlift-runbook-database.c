/* podlift-runbook-database.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include "podlift-runbook-private.h"

/* The database's steps: dump, copy of the dump (when made on a host),
 * restore, and the row counts that verify it. PostgreSQL: pg_dump's
 * custom format, restored by pg_restore with parallel jobs; MySQL and
 * MariaDB: mysqldump (mariadb-dump) in one transaction, replayed by the
 * client; MongoDB: an archive of mongodump, read by mongorestore. The
 * restore always runs from the helper pod, beside the new database; the
 * dump runs there too, or on a host beside the database. Passwords are
 * typed at the tools' prompts, never written in a command. */

const char *
podlift_runbook_engine_name (PodliftDatabaseEngine engine)
{
  switch (engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL: return "PostgreSQL";
    case PODLIFT_DATABASE_ENGINE_MYSQL:      return "MySQL";
    case PODLIFT_DATABASE_ENGINE_MARIADB:    return "MariaDB";
    case PODLIFT_DATABASE_ENGINE_MONGODB:    return "MongoDB";
    case PODLIFT_DATABASE_ENGINE_REDIS:      return "Redis";
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:                                 return "database";
    }
}

guint
podlift_runbook_default_port (PodliftDatabaseEngine engine)
{
  switch (engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL: return 5432;
    case PODLIFT_DATABASE_ENGINE_MYSQL:
    case PODLIFT_DATABASE_ENGINE_MARIADB:    return 3306;
    case PODLIFT_DATABASE_ENGINE_MONGODB:    return 27017;
    case PODLIFT_DATABASE_ENGINE_REDIS:      return 6379;
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:                                 return 0;
    }
}

/* The engine's official image, of the version the database runs, for its
 * client tools. */
char *
podlift_runbook_client_image (PodliftRunbook *rb)
{
  const char *version = podlift_app_profile_get_database_version (rb->profile);
  const char *repository = "postgres";
  const char *fallback = "16";

  switch (rb->engine)
    {
    case PODLIFT_DATABASE_ENGINE_MYSQL:   repository = "mysql"; fallback = "8.0"; break;
    case PODLIFT_DATABASE_ENGINE_MARIADB: repository = "mariadb"; fallback = "11.4"; break;
    case PODLIFT_DATABASE_ENGINE_MONGODB: repository = "mongo"; fallback = "7.0"; break;
    case PODLIFT_DATABASE_ENGINE_REDIS:   repository = "redis"; fallback = "7.2"; break;
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL:
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:
      break;
    }

  return g_strdup_printf ("%s:%s", repository, version && *version ? version : fallback);
}

static gboolean
from_pod (PodliftRunbook *rb)
{
  return podlift_strategy_get_run_from (rb->strategy) == PODLIFT_RUN_FROM_POD;
}

/* "kubectl -n NS exec -it HELPER -c database -- " in the pod, "" on a host */
static char *
exec_prefix (PodliftRunbook *rb,
             gboolean        in_pod)
{
  if (!in_pod)
    return g_strdup ("");

  return g_strdup_printf ("kubectl -n %s exec -it %s -c database -- ", rb->namespace, rb->helper);
}

/* The dump file: in the helper's scratch volume, or beside the host's
 * shell. */
static char *
dump_file (PodliftRunbook *rb,
           gboolean        in_pod)
{
  const char *extension = rb->engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL ? "dump" :
                          rb->engine == PODLIFT_DATABASE_ENGINE_MONGODB ? "archive" : "sql";

  return g_strdup_printf ("%s%s.%s", in_pod ? "/scratch/" : "", rb->db_name, extension);
}

static const char *
new_host (PodliftRunbook *rb)
{
  return podlift_runbook_variable (rb, "NEW_DB_HOST", "the database's new address, as the pods will use it");
}

static char *
dump_command (PodliftRunbook *rb)
{
  g_autofree char *prefix = exec_prefix (rb, from_pod (rb));
  g_autofree char *file = dump_file (rb, from_pod (rb));

  switch (rb->engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL:
      return g_strdup_printf ("%spg_dump -h %s -p %u -U %s -d %s -Fc -Z 6 -f %s",
                              prefix, rb->db_host, rb->db_port, rb->db_user, rb->db_name, file);

    case PODLIFT_DATABASE_ENGINE_MYSQL:
    case PODLIFT_DATABASE_ENGINE_MARIADB:
      return g_strdup_printf ("%s%s -h %s -P %u -u %s -p --single-transaction --quick --routines "
                              "--triggers --events%s --databases %s --result-file=%s",
                              prefix, rb->engine == PODLIFT_DATABASE_ENGINE_MARIADB ? "mariadb-dump" : "mysqldump",
                              rb->db_host, rb->db_port, rb->db_user,
                              rb->engine == PODLIFT_DATABASE_ENGINE_MYSQL ? " --set-gtid-purged=OFF" : "",
                              rb->db_name, file);

    case PODLIFT_DATABASE_ENGINE_MONGODB:
      return g_strdup_printf ("%smongodump --uri=\"mongodb://%s@%s:%u/%s?authSource=admin\" --archive=%s --gzip",
                              prefix, rb->db_user, rb->db_host, rb->db_port, rb->db_name, file);

    case PODLIFT_DATABASE_ENGINE_REDIS:
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:
      return NULL;
    }
}

static char *
restore_command (PodliftRunbook *rb)
{
  g_autofree char *prefix = exec_prefix (rb, TRUE);
  g_autofree char *file = dump_file (rb, TRUE);

  switch (rb->engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL:
      return g_strdup_printf ("%spg_restore -h %s -p %u -U %s -d %s -j 4 --clean --if-exists "
                              "--no-owner --exit-on-error %s",
                              prefix, new_host (rb), rb->db_port, rb->db_user, rb->db_name, file);

    case PODLIFT_DATABASE_ENGINE_MYSQL:
    case PODLIFT_DATABASE_ENGINE_MARIADB:
      return g_strdup_printf ("%ssh -c '%s -h \"$1\" -P %u -u %s -p < %s' sh %s",
                              prefix, rb->engine == PODLIFT_DATABASE_ENGINE_MARIADB ? "mariadb" : "mysql",
                              rb->db_port, rb->db_user, file, new_host (rb));

    case PODLIFT_DATABASE_ENGINE_MONGODB:
      return g_strdup_printf ("%smongorestore --uri=\"mongodb://%s@%s:%u/?authSource=admin\" "
                              "--archive=%s --gzip --drop --nsInclude='%s.*'",
                              prefix, rb->db_user, new_host (rb), rb->db_port, file, rb->db_name);

    case PODLIFT_DATABASE_ENGINE_REDIS:
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:
      return NULL;
    }
}

/* The largest tables (collections) and their rows, on one side. */
static char *
count_command (PodliftRunbook *rb,
               const char     *host,
               gboolean        in_pod)
{
  g_autofree char *prefix = exec_prefix (rb, in_pod);

  switch (rb->engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL:
      return g_strdup_printf ("%spsql -h %s -p %u -U %s -d %s -c 'ANALYZE' -c 'SELECT relname, n_live_tup "
                              "FROM pg_stat_user_tables ORDER BY n_live_tup DESC LIMIT 10'",
                              prefix, host, rb->db_port, rb->db_user, rb->db_name);

    case PODLIFT_DATABASE_ENGINE_MYSQL:
    case PODLIFT_DATABASE_ENGINE_MARIADB:
      return g_strdup_printf ("%s%s -h %s -P %u -u %s -p -e \"SELECT table_name, table_rows FROM "
                              "information_schema.tables WHERE table_schema = '%s' ORDER BY table_rows "
                              "DESC LIMIT 10\"",
                              prefix, rb->engine == PODLIFT_DATABASE_ENGINE_MARIADB ? "mariadb" : "mysql",
                              host, rb->db_port, rb->db_user, rb->db_name);

    case PODLIFT_DATABASE_ENGINE_MONGODB:
      return g_strdup_printf ("%smongosh \"mongodb://%s@%s:%u/%s?authSource=admin\" --quiet --eval "
                              "'db.getCollectionNames().forEach(c => print(c, db[c].countDocuments()))'",
                              prefix, rb->db_user, host, rb->db_port, rb->db_name);

    case PODLIFT_DATABASE_ENGINE_REDIS:
    case PODLIFT_DATABASE_ENGINE_NONE:
    default:
      return NULL;
    }
}

/* The row counts on both sides: the old database seen from where the
 * dump ran, the new one from the helper pod. */
char *
podlift_runbook_count_rows (PodliftRunbook *rb)
{
  g_autofree char *before = count_command (rb, rb->db_host, from_pod (rb));
  g_autofree char *after = count_command (rb, new_host (rb), TRUE);

  if (before == NULL)
    return NULL;

  return g_strdup_printf ("# the database on the VMs' side%s\n%s\n# the new database\n%s",
                          from_pod (rb) ? "" : " (on the host of the dump)", before, after);
}

static void
add_copy_dump (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "copy-dump", TRUE, "Copy the dump into the cluster");
  g_autofree char *local = dump_file (rb, FALSE);
  g_autofree char *remote = dump_file (rb, TRUE);

  podlift_runbook_set (&step->what,
                       "Send the dump from the host to the helper pod, beside the new database.");
  podlift_runbook_set (&step->commands,
                       "kubectl -n %s exec -i %s -c database -- sh -c 'cat > %s' < %s",
                       rb->namespace, rb->helper, remote, local);
  podlift_runbook_set (&step->check,
                       "kubectl -n %s exec %s -c database -- ls -l %s shows the size of ls -l %s.",
                       rb->namespace, rb->helper, remote, local);
  podlift_runbook_set (&step->rollback,
                       "Nothing changed on either database: keep the dump, fix the path, copy again.");
}

void
podlift_runbook_add_dump (PodliftRunbook *rb)
{
  const char *engine = podlift_runbook_engine_name (rb->engine);
  PodliftRunbookStep *step = podlift_runbook_add (rb, "dump", TRUE, "Dump the database");
  g_autofree char *command = dump_command (rb);

  if (command == NULL)
    {
      podlift_runbook_set (&step->what,
                           "Copy the %s data with the engine's own tools; Podlift writes commands for "
                           "PostgreSQL, MySQL, MariaDB and MongoDB only.", engine);
      podlift_runbook_set (&step->check, "The copy holds every key or record of the source.");
      podlift_runbook_set (&step->rollback, "The source was only read: nothing to undo.");
      return;
    }

  podlift_runbook_set (&step->what,
                       "Now that nothing writes, dump the %s database %s from %s%s. Type the "
                       "password of %s at the prompt.", engine, rb->db_name, rb->db_host,
                       from_pod (rb) ? ", from the helper pod" : ", on a host beside it (the tools of "
                       "the same version as the server)", rb->db_user);
  podlift_runbook_set (&step->commands, "%s", command);
  podlift_runbook_set (&step->check, "The command ends without an error and the file's size is "
                       "plausible for the data (a compressed dump is smaller than the database).");
  podlift_runbook_set (&step->rollback, "The database was only read: nothing to undo.");

  if (!from_pod (rb))
    add_copy_dump (rb);
}

void
podlift_runbook_add_restore (PodliftRunbook *rb)
{
  PodliftRunbookStep *step;
  g_autofree char *command = restore_command (rb);

  if (command == NULL)
    return;

  step = podlift_runbook_add (rb, "restore", TRUE, "Restore into the new database");
  podlift_runbook_set (&step->what,
                       "Restore the dump into the new %s database at %s, from the helper pod. It "
                       "replaces whatever is there, such as tables an early run of the migrations made.",
                       podlift_runbook_engine_name (rb->engine), new_host (rb));
  podlift_runbook_set (&step->commands, "%s", command);
  podlift_runbook_set (&step->check, "The command ends without an error; the row counts of the "
                       "verification agree with the old database.");
  podlift_runbook_set (&step->rollback,
                       "The old database is untouched: drop the new one's contents and restore "
                       "again, or go back to the VMs as the verification's rollback says.");
}
