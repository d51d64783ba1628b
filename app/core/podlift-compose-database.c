/* podlift-compose-database.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-compose-generator"

#include "config.h"

#include <string.h>

#include "podlift-compose-generator.h"
#include "podlift-compose-generator-private.h"

/* The database service of compose.yaml, and how the application's keys
 * meet the engine's.
 *
 * The application reads its own names (DATABASE_PASSWORD, DB_USER,
 * PGDATABASE…), the engine's image its own (POSTGRES_PASSWORD…). Both
 * services read configuration.env and secrets.env, and the database's
 * entrypoint is a shell wrapper that exports the engine's names from the
 * application's before it runs the image's own entrypoint, so a password
 * is written in secrets.env only and never inline. The application's host
 * and port keys are pointed at the db service in its environment. */

typedef enum
{
  ROLE_HOST,
  ROLE_PORT,
  ROLE_USER,
  ROLE_PASSWORD,
  ROLE_DATABASE,
  ROLE_URL,
  N_ROLES
} KeyRole;

/* The last word of a key for each role, after a hint word such as DB. */
static const char * const role_words[N_ROLES][4] = {
  [ROLE_HOST]     = { "HOST", "HOSTNAME", "SERVER", NULL },
  [ROLE_PORT]     = { "PORT", NULL },
  [ROLE_USER]     = { "USER", "USERNAME", NULL },
  [ROLE_PASSWORD] = { "PASSWORD", "PASS", "PWD", NULL },
  [ROLE_DATABASE] = { "NAME", "DATABASE", "DB", NULL },
  [ROLE_URL]      = { "URL", "URI", NULL },
};

static const char * const generic_hints[] = { "DATABASE", "DB", NULL };

#define TAG_CHARACTERS "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.-"

typedef struct
{
  PodliftDatabaseEngine  engine;
  const char            *image;
  const char            *tag_suffix;
  const char            *default_version;
  const char            *data_path;
  const char            *command;
  guint                  port;
  /* The image's variables: the user, password and database it creates,
   * the root password for the MySQL family (which refuses a user named
   * root), and what to set inline when the application has no password. */
  const char            *user_variable;
  const char            *password_variable;
  const char            *database_variable;
  const char            *root_password_variable;
  const char            *random_root_variable;
  const char            *no_password_variable;
  const char            *no_password_value;
  const char            *hints[3];
} EngineInfo;

static const EngineInfo engines[] = {
  { PODLIFT_DATABASE_ENGINE_POSTGRESQL, "postgres", "-alpine", "16", "/var/lib/postgresql/data",
    "postgres", 5432, "POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", NULL, NULL,
    "POSTGRES_HOST_AUTH_METHOD", "trust", { "POSTGRES", "POSTGRESQL", "PG" } },
  { PODLIFT_DATABASE_ENGINE_MYSQL, "mysql", "", "8.4", "/var/lib/mysql",
    "mysqld", 3306, "MYSQL_USER", "MYSQL_PASSWORD", "MYSQL_DATABASE", "MYSQL_ROOT_PASSWORD",
    "MYSQL_RANDOM_ROOT_PASSWORD", "MYSQL_ALLOW_EMPTY_PASSWORD", "yes", { "MYSQL", NULL } },
  { PODLIFT_DATABASE_ENGINE_MARIADB, "mariadb", "", "11.4", "/var/lib/mysql",
    "mariadbd", 3306, "MARIADB_USER", "MARIADB_PASSWORD", "MARIADB_DATABASE",
    "MARIADB_ROOT_PASSWORD", "MARIADB_RANDOM_ROOT_PASSWORD", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD",
    "yes", { "MARIADB", "MYSQL", NULL } },
  { PODLIFT_DATABASE_ENGINE_MONGODB, "mongo", "", "7.0", "/data/db",
    "mongod", 27017, "MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD",
    "MONGO_INITDB_DATABASE", NULL, NULL, NULL, NULL, { "MONGO", "MONGODB", NULL } },
  { PODLIFT_DATABASE_ENGINE_REDIS, "redis", "-alpine", "7.2", "/data",
    "redis-server", 6379, NULL, NULL, NULL, NULL, NULL, NULL, NULL, { "REDIS", NULL } },
};

struct _PodliftComposeDatabase
{
  const EngineInfo *info;
  char             *image;
  guint             major;
  guint             minor;
  char             *keys[N_ROLES];
  gboolean          user_is_root;
};

void
podlift_compose_database_free (PodliftComposeDatabase *database)
{
  g_free (database->image);
  for (guint i = 0; i < N_ROLES; i++)
    g_free (database->keys[i]);
  g_free (database);
}

/* A key the shell wrapper can name as $KEY. */
static gboolean
is_shell_name (const char *name)
{
  if (!g_ascii_isalpha (name[0]) && name[0] != '_')
    return FALSE;

  for (const char *c = name; *c; c++)
    if (!g_ascii_isalnum (*c) && *c != '_')
      return FALSE;

  return TRUE;
}

/* HINT_WORD, or …_HINT_WORD, or PGWORD as libpq reads them. */
static gboolean
name_has_role (const char *upper,
               const char *hint,
               KeyRole     role)
{
  for (guint i = 0; role_words[role][i]; i++)
    {
      g_autofree char *key = g_strdup_printf ("%s_%s", hint, role_words[role][i]);
      g_autofree char *suffix = g_strconcat ("_", key, NULL);
      g_autofree char *pg = g_strconcat ("PG", role_words[role][i], NULL);

      if (g_str_equal (upper, key) || g_str_has_suffix (upper, suffix) ||
          (g_str_equal (hint, "PG") && g_str_equal (upper, pg)))
        return TRUE;
    }

  return FALSE;
}

static gboolean
key_has_role (const EngineInfo *info,
              const char       *key,
              KeyRole           role)
{
  g_autofree char *upper = g_ascii_strup (key, -1);

  for (guint i = 0; i < G_N_ELEMENTS (info->hints) && info->hints[i]; i++)
    if (name_has_role (upper, info->hints[i], role))
      return TRUE;

  for (guint i = 0; generic_hints[i]; i++)
    if (name_has_role (upper, generic_hints[i], role))
      return TRUE;

  return FALSE;
}

/* The first key of the model for each role, secret or not. */
static void
find_keys (PodliftComposeDatabase *database,
           PodliftProject         *project)
{
  g_autoptr(GPtrArray) keys = podlift_project_list_config_keys (project, FALSE);
  g_autoptr(GPtrArray) secrets = podlift_project_list_config_keys (project, TRUE);
  PodliftEnvVar *user = NULL;

  g_ptr_array_extend_and_steal (keys, g_steal_pointer (&secrets));

  for (guint role = 0; role < N_ROLES; role++)
    for (guint i = 0; i < keys->len && database->keys[role] == NULL; i++)
      {
        const char *key = g_ptr_array_index (keys, i);

        if (is_shell_name (key) && key_has_role (database->info, key, role))
          database->keys[role] = g_strdup (key);
      }

  /* Only a value that is not secret is known here. */
  if (database->keys[ROLE_USER] != NULL)
    user = podlift_compose_find_env_var (project, database->keys[ROLE_USER]);
  database->user_is_root = user != NULL && !podlift_env_var_get_secret (user) &&
                           g_strcmp0 (podlift_env_var_get_value (user), "root") == 0;
}

/* A tag from the captured version: as typed when it is a tag that
 * starts with a digit, else its first run of digits and dots
 * ("PostgreSQL 15.4" gives 15.4), else the engine's default. */
static char *
version_tag (const EngineInfo *info,
             const char       *version)
{
  const char *start = version;
  gsize len = 0;

  while (start != NULL && *start && !g_ascii_isdigit (*start))
    start++;
  if (start == NULL || *start == '\0')
    return g_strdup (info->default_version);

  if (start == version && strlen (version) <= 100 &&
      strspn (version, TAG_CHARACTERS) == strlen (version))
    return g_strdup (version);

  len = strspn (start, "0123456789.");
  while (len > 0 && start[len - 1] == '.')
    len--;

  return g_strndup (start, len);
}

static void
parse_version (PodliftComposeDatabase *database,
               const char             *tag)
{
  char *end = NULL;

  database->major = MIN (g_ascii_strtoull (tag, &end, 10), G_MAXUINT);
  if (end != NULL && *end == '.')
    database->minor = MIN (g_ascii_strtoull (end + 1, NULL, 10), G_MAXUINT);
}

PodliftComposeDatabase *
podlift_compose_database_new (PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftDatabaseEngine engine = podlift_app_profile_get_database_engine (profile);
  const EngineInfo *info = NULL;
  PodliftComposeDatabase *database;
  g_autofree char *tag = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (engines) && info == NULL; i++)
    if (engines[i].engine == engine)
      info = &engines[i];

  if (!podlift_app_profile_get_database_moves (profile) || info == NULL)
    return NULL;

  database = g_new0 (PodliftComposeDatabase, 1);
  database->info = info;
  tag = version_tag (info, podlift_app_profile_get_database_version (profile));
  parse_version (database, tag);
  /* The variant suffix, unless the tag names a variant already. */
  database->image = g_strdup_printf ("%s:%s%s", info->image, tag,
                                     tag[strspn (tag, "0123456789.")] == '\0' ? info->tag_suffix : "");
  find_keys (database, project);

  return database;
}

/* The application's environment: its host and port keys name the db
 * service, and a URL that is not secret has its host and port replaced. */

static char *
url_for_service (PodliftComposeWriter *w,
                 const char           *key)
{
  PodliftComposeDatabase *database = w->database;
  PodliftEnvVar *var = podlift_compose_find_env_var (w->project, key);
  GUriFlags flags = G_URI_FLAGS_ENCODED | G_URI_FLAGS_HAS_PASSWORD | G_URI_FLAGS_NON_DNS;
  g_autofree char *scheme = NULL, *user = NULL, *password = NULL, *host = NULL;
  g_autofree char *path = NULL, *query = NULL, *fragment = NULL;

  if (var == NULL || podlift_env_var_get_secret (var) || podlift_env_var_get_value (var) == NULL ||
      !g_uri_split_with_user (podlift_env_var_get_value (var), flags, &scheme, &user, &password,
                              NULL, &host, NULL, &path, &query, &fragment, NULL) ||
      scheme == NULL || host == NULL)
    return NULL;

  return g_uri_join_with_user (flags, scheme, user, password, NULL, "db",
                               database->info->port, path, query, fragment);
}

void
podlift_compose_database_app_env (PodliftComposeWriter *w)
{
  PodliftComposeDatabase *database = w->database;
  g_autofree char *port = g_strdup_printf ("%u", database->info->port);
  g_autofree char *url = NULL;

  if (database->keys[ROLE_URL] != NULL)
    url = url_for_service (w, database->keys[ROLE_URL]);

  if (database->keys[ROLE_HOST] == NULL && database->keys[ROLE_PORT] == NULL && url == NULL)
    return;

  podlift_compose_begin_map (w, "environment");
  if (database->keys[ROLE_HOST] != NULL)
    podlift_compose_write_pair (w, database->keys[ROLE_HOST], "db");
  if (database->keys[ROLE_PORT] != NULL)
    podlift_compose_write_pair (w, database->keys[ROLE_PORT], port);
  if (url != NULL)
    podlift_compose_write_pair (w, database->keys[ROLE_URL], url);
  podlift_compose_end_map (w);
}

/* The database's service. */

static void
add_export (GString    *script,
            const char *variable,
            const char *key)
{
  /* The application already uses the engine's name: nothing to map. */
  if (variable == NULL || key == NULL || g_str_equal (variable, key))
    return;

  /* "$$" is compose's escape for the "$" that the shell expands. */
  g_string_append_printf (script, "export %s=\"$$%s\"\n", variable, key);
}

/* The exports of the wrapper, and the variable to set inline (to a
 * value that is not secret) when the engine needs one. */
static void
add_exports (PodliftComposeDatabase  *database,
             GString                 *script,
             const char             **inline_variable,
             const char             **inline_value)
{
  const EngineInfo *info = database->info;
  const char *user = database->keys[ROLE_USER];
  const char *password = database->keys[ROLE_PASSWORD];

  *inline_variable = NULL;
  *inline_value = NULL;

  if (password == NULL)
    {
      *inline_variable = info->no_password_variable;
      *inline_value = info->no_password_value;
      if (info->root_password_variable == NULL && info->engine != PODLIFT_DATABASE_ENGINE_MONGODB)
        add_export (script, info->user_variable, user);
    }
  else if (info->root_password_variable != NULL && (user == NULL || database->user_is_root))
    add_export (script, info->root_password_variable, password);
  else if (user != NULL || info->engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL)
    {
      add_export (script, info->user_variable, user);
      add_export (script, info->password_variable, password);
      if (info->random_root_variable != NULL)
        {
          *inline_variable = info->random_root_variable;
          *inline_value = "yes";
        }
    }

  add_export (script, info->database_variable, database->keys[ROLE_DATABASE]);
}

/* Whether the version is older than major.minor; one that did not parse
 * never is. */
static gboolean
is_older (PodliftComposeDatabase *database,
          guint                   major,
          guint                   minor)
{
  return database->major > 0 &&
         (database->major < major || (database->major == major && database->minor < minor));
}

static const char *
server_command (PodliftComposeDatabase *database)
{
  if (database->info->engine == PODLIFT_DATABASE_ENGINE_MARIADB && is_older (database, 10, 5))
    return "mysqld";

  return database->info->command;
}

/* PostgreSQL 18's image keeps its data in a folder per major version
 * under /var/lib/postgresql, and refuses a volume on the old path. */
static const char *
data_path (PodliftComposeDatabase *database)
{
  if (database->info->engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL && !is_older (database, 18, 0))
    return "/var/lib/postgresql";

  return database->info->data_path;
}

static void
write_entrypoint (PodliftComposeWriter *w)
{
  PodliftComposeDatabase *database = w->database;
  g_autoptr(GString) script = g_string_new (NULL);
  const char *inline_variable, *inline_value;

  add_exports (database, script, &inline_variable, &inline_value);

  if (inline_variable != NULL)
    {
      podlift_compose_begin_map (w, "environment");
      podlift_compose_write_pair (w, inline_variable, inline_value);
      podlift_compose_end_map (w);
    }

  if (database->info->engine == PODLIFT_DATABASE_ENGINE_REDIS && database->keys[ROLE_PASSWORD])
    g_string_append_printf (script, "exec docker-entrypoint.sh redis-server --requirepass \"$$%s\"",
                            database->keys[ROLE_PASSWORD]);
  else if (script->len > 0)
    g_string_append_printf (script, "exec docker-entrypoint.sh %s", server_command (database));
  else
    return;

  podlift_compose_begin_seq (w, "entrypoint");
  podlift_compose_write_scalar (w, "sh");
  podlift_compose_write_scalar (w, "-c");
  podlift_compose_write_styled (w, script->str, YAML_LITERAL_SCALAR_STYLE);
  podlift_compose_end_seq (w);
}

static void
add_words (GPtrArray          *test,
           const char * const *words)
{
  for (guint i = 0; words[i]; i++)
    g_ptr_array_add (test, g_strdup (words[i]));
}

/* The test: CMD or CMD-SHELL, then its words. */
static GPtrArray *
healthcheck_test (PodliftComposeDatabase *database)
{
  const char *user = database->keys[ROLE_USER];
  const char *password = database->keys[ROLE_PASSWORD];
  /* mariadb-admin from MariaDB 10.5 on (11 has no mysqladmin any more);
   * the mongo shell became mongosh in MongoDB 6. */
  const char *mariadb_admin = is_older (database, 10, 5) ? "mysqladmin" : "mariadb-admin";
  const char *mongo_shell = is_older (database, 6, 0) ? "mongo" : "mongosh";
  GPtrArray *test = g_ptr_array_new_with_free_func (g_free);

  switch ((int)database->info->engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL:
      g_ptr_array_add (test, g_strdup ("CMD-SHELL"));
      g_ptr_array_add (test, user ? g_strdup_printf ("pg_isready -U \"$$%s\"", user)
                                  : g_strdup ("pg_isready -U postgres"));
      break;

    case PODLIFT_DATABASE_ENGINE_MYSQL:
      add_words (test, (const char * const[]) { "CMD", "mysqladmin", "ping", "-h", "127.0.0.1",
                                                "--silent", NULL });
      break;

    case PODLIFT_DATABASE_ENGINE_MARIADB:
      add_words (test, (const char * const[]) { "CMD", mariadb_admin, "ping", "-h", "127.0.0.1",
                                                "--silent", NULL });
      break;

    case PODLIFT_DATABASE_ENGINE_MONGODB:
      add_words (test, (const char * const[]) { "CMD", mongo_shell, "--quiet", "--eval",
                                                "db.adminCommand('ping')", NULL });
      break;

    default:
      if (password == NULL)
        add_words (test, (const char * const[]) { "CMD", "redis-cli", "ping", NULL });
      else
        {
          g_ptr_array_add (test, g_strdup ("CMD-SHELL"));
          g_ptr_array_add (test, g_strdup_printf ("REDISCLI_AUTH=\"$$%s\" redis-cli ping"
                                                  " | grep -q PONG", password));
        }
      break;
    }

  return test;
}

static void
write_healthcheck (PodliftComposeWriter *w)
{
  g_autoptr(GPtrArray) test = healthcheck_test (w->database);

  podlift_compose_begin_map (w, "healthcheck");
  podlift_compose_begin_seq (w, "test");
  for (guint i = 0; i < test->len; i++)
    podlift_compose_write_scalar (w, g_ptr_array_index (test, i));
  podlift_compose_end_seq (w);
  podlift_compose_write_pair (w, "interval", "5s");
  podlift_compose_write_pair (w, "timeout", "5s");
  podlift_compose_write_number (w, "retries", 10);
  podlift_compose_end_map (w);
}

void
podlift_compose_database_service (PodliftComposeWriter *w,
                                  const char           *volume)
{
  PodliftComposeDatabase *database = w->database;
  g_autofree char *mount = g_strdup_printf ("%s:%s", volume, data_path (database));

  podlift_compose_begin_map (w, "db");
  podlift_compose_write_pair (w, "image", database->image);
  /* The wrapper and the healthcheck read the application's keys. */
  if (database->keys[ROLE_USER] || database->keys[ROLE_PASSWORD] || database->keys[ROLE_DATABASE])
    podlift_compose_write_env_files (w);
  write_entrypoint (w);
  podlift_compose_begin_seq (w, "volumes");
  podlift_compose_write_scalar (w, mount);
  podlift_compose_end_seq (w);
  write_healthcheck (w);
  podlift_compose_write_pair (w, "restart", "unless-stopped");
  podlift_compose_end_map (w);
}
