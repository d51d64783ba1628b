/* test-compose-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <yaml.h>

#include "podlift-bundle.h"
#include "podlift-compose-generator.h"
#include "podlift-env-var.h"
#include "podlift-lint-test-util.h"
#include "podlift-state-path.h"

/* Every drafted compose.yaml goes through the tools users rely on:
 * `docker-compose config` in a folder where podlift_bundle_save wrote
 * configuration.env and secrets.env beside it, and yamllint. What the
 * services hold is read back from docker-compose's own output. */

#define SECRET_VALUE "s3cr3t-value"
#define PLACEHOLDER "change-me"

/* Stricter than yamllint's "relaxed": the default rules, warnings fail
 * (-s); libyaml writes sequences in mappings without indenting them. */
#define YAMLLINT_CONFIG \
  "{extends: default, rules: {indentation: {spaces: 2, indent-sequences: consistent}, " \
  "line-length: {max: 100}}}"

typedef struct
{
  PodliftDatabaseEngine  engine;
  const char            *version;
  const char            *image;
  const char            *health;      /* in the healthcheck's words */
  const char            *data_path;
  gboolean               stateful;
  gboolean               secrets;
  guint                  port;
} ComposeCase;

/* Helpers */

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("podlift-compose-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
remove_tree (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

static char *
read_file (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

static void
add_env (PodliftProject *project,
         const char     *name,
         const char     *value,
         gboolean        secret)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

  podlift_env_var_set_name (var, name);
  podlift_env_var_set_value (var, value);
  podlift_env_var_set_secret (var, secret);
  g_list_store_append (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)), var);
}

static void
add_state_path (PodliftProject *project,
                const char     *path)
{
  g_autoptr(PodliftStatePath) state = podlift_state_path_new ();

  podlift_state_path_set_path (state, path);
  g_list_store_append (podlift_app_profile_get_state_paths (podlift_project_get_profile (project)), state);
}

static PodliftProject *
make_project (const ComposeCase *c)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (project);

  podlift_app_profile_set_name (profile, "Shop");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_port (profile, c->port);
  podlift_app_profile_set_migrate_command (profile, "python manage.py migrate --noinput");
  podlift_app_profile_set_database_moves (profile, c->engine != PODLIFT_DATABASE_ENGINE_NONE);
  podlift_app_profile_set_database_engine (profile, c->engine);
  podlift_app_profile_set_database_version (profile, c->version);
  podlift_dockerfile_set_image (dockerfile, "registry.example/shop/web");
  podlift_dockerfile_set_tag (dockerfile, "1.10");

  if (c->stateful)
    {
      podlift_app_profile_set_stateful (profile, TRUE);
      podlift_app_profile_set_state_handling (profile, PODLIFT_STATE_HANDLING_SHARED_VOLUME);
      add_state_path (project, "/srv/shop/media");
      /* A name YAML 1.1 reads as a boolean, and one already taken. */
      add_state_path (project, "/var/lib/shop/on");
      add_state_path (project, "/data/media");
    }

  add_env (project, "DATABASE_HOST", "db1.internal", FALSE);
  add_env (project, "DATABASE_PORT", "5432", FALSE);
  add_env (project, "DATABASE_NAME", "shop", FALSE);
  add_env (project, "DATABASE_USER", "shop", FALSE);
  add_env (project, "LOG_LEVEL", "info", FALSE);
  if (c->secrets)
    {
      /* Not typed yet: secrets.env holds a placeholder. */
      add_env (project, "DATABASE_PASSWORD", NULL, TRUE);
      add_env (project, "SECRET_KEY", SECRET_VALUE, TRUE);
    }

  return project;
}

static gboolean
run (const char  *dir,
     const char **argv,
     char       **out,
     char       **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (dir, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);

  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
have_tools (void)
{
  g_autofree char *compose = g_find_program_in_path ("docker-compose");
  g_autofree char *yamllint = g_find_program_in_path ("yamllint");

  if (compose == NULL || yamllint == NULL)
    {
      g_test_skip ("docker-compose or yamllint is not installed (make test-deps installs them)");
      return FALSE;
    }

  return TRUE;
}

static GSubprocess *
start_compose_config (const char *dir)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_cwd (launcher, dir);
  process = g_subprocess_launcher_spawn (launcher, &error, "docker-compose", "--ansi", "never", "config", NULL);
  g_assert_no_error (error);

  return process;
}

/* `docker-compose config` must accept the file and say nothing on
 * stderr (it warns there of an unescaped "$"). Gives its output, parsed. */
static void
finish_compose_config (GSubprocess     *process,
                       const char      *dir,
                       yaml_document_t *document)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  yaml_parser_t parser;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (process) || err[0] != '\0')
    g_error ("docker-compose config failed in %s:\n%s", dir, err);

  g_assert_true (yaml_parser_initialize (&parser));
  yaml_parser_set_input_string (&parser, (const unsigned char *)out, strlen (out));
  g_assert_true (yaml_parser_load (&parser, document));
  yaml_parser_delete (&parser);
}

static void
compose_config (const char      *dir,
                yaml_document_t *document)
{
  g_autoptr(GSubprocess) process = start_compose_config (dir);

  finish_compose_config (process, dir, document);
}

static void
assert_yamllint (const char *dir,
                 const char *config)
{
  const char *argv[] = { "yamllint", "-s", "-f", "parsable", "-d", config, "compose.yaml", NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (!run (dir, argv, &out, &err))
    g_error ("yamllint failed on %s/compose.yaml:\n%s%s", dir, out, err);
}

/* A node by path, "services/app/ports/0/published": mapping keys and
 * sequence indexes. */
static yaml_node_t *
node_at (yaml_document_t *document,
         const char      *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  yaml_node_t *node = yaml_document_get_root_node (document);

  for (guint i = 0; parts[i] && node; i++)
    {
      yaml_node_t *next = NULL;

      if (node->type == YAML_SEQUENCE_NODE)
        {
          guint64 index = g_ascii_strtoull (parts[i], NULL, 10);
          yaml_node_item_t *items = node->data.sequence.items.start;

          if (index < (guint64)(node->data.sequence.items.top - items))
            next = yaml_document_get_node (document, items[index]);
        }
      else if (node->type == YAML_MAPPING_NODE)
        {
          for (yaml_node_pair_t *pair = node->data.mapping.pairs.start;
               pair < node->data.mapping.pairs.top; pair++)
            {
              yaml_node_t *key = yaml_document_get_node (document, pair->key);

              if (g_str_equal ((const char *)key->data.scalar.value, parts[i]))
                next = yaml_document_get_node (document, pair->value);
            }
        }
      node = next;
    }

  return node;
}

static const char *
scalar_at (yaml_document_t *document,
           const char      *path)
{
  yaml_node_t *node = node_at (document, path);

  if (node == NULL || node->type != YAML_SCALAR_NODE)
    return NULL;

  return (const char *)node->data.scalar.value;
}

/* The keys of a mapping, or the items of a sequence of scalars, joined
 * by spaces, in order. */
static char *
list_at (yaml_document_t *document,
         const char      *path)
{
  yaml_node_t *node = node_at (document, path);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();

  if (node == NULL)
    return g_strdup ("");

  if (node->type == YAML_MAPPING_NODE)
    for (yaml_node_pair_t *pair = node->data.mapping.pairs.start; pair < node->data.mapping.pairs.top; pair++)
      g_ptr_array_add (words, yaml_document_get_node (document, pair->key)->data.scalar.value);
  else if (node->type == YAML_SEQUENCE_NODE)
    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top; item++)
      g_ptr_array_add (words, yaml_document_get_node (document, *item)->data.scalar.value);

  g_ptr_array_add (words, NULL);

  return g_strjoinv (" ", (char **)words->pdata);
}

/* The keys of an env file, in order, joined by spaces. */
static char *
env_file_keys (const char *dir,
               const char *name)
{
  g_autofree char *text = read_file (dir, name);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i]; i++)
    {
      char *eq = strchr (lines[i], '=');

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_assert_nonnull (eq);
      g_ptr_array_add (keys, g_strndup (lines[i], eq - lines[i]));
    }
  g_ptr_array_add (keys, NULL);

  return g_strjoinv (" ", (char **)keys->pdata);
}

static char *
join_keys (GPtrArray *keys)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < keys->len; i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", (char *)g_ptr_array_index (keys, i));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Saves @project with its compose text into a new folder. */
static char *
save_project (PodliftProject *project)
{
  char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(GError) error = NULL;

  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);

  return tmp;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char **)a, *(char **)b);
}

/* The same words, in any order: docker-compose sorts some mappings. */
static void
assert_same_words (const char *actual,
                   const char *expected)
{
  g_auto(GStrv) a = g_strsplit (actual, " ", -1);
  g_auto(GStrv) b = g_strsplit (expected, " ", -1);
  g_autofree char *sorted_a = NULL;
  g_autofree char *sorted_b = NULL;

  qsort (a, g_strv_length (a), sizeof (char *), compare_strings);
  qsort (b, g_strv_length (b), sizeof (char *), compare_strings);
  sorted_a = g_strjoinv (" ", a);
  sorted_b = g_strjoinv (" ", b);
  g_assert_cmpstr (sorted_a, ==, sorted_b);
}

/* The application reads both env files: its environment holds exactly
 * the configuration keys, with the values of the files. */
static void
assert_app_environment (yaml_document_t   *document,
                        const ComposeCase *c,
                        PodliftProject    *project)
{
  g_autoptr(GPtrArray) keys = podlift_project_list_config_keys (project, FALSE);
  g_autoptr(GPtrArray) secrets = podlift_project_list_config_keys (project, TRUE);
  g_autofree char *actual = list_at (document, "services/app/environment");
  g_autofree char *expected = NULL;

  g_ptr_array_extend_and_steal (keys, g_steal_pointer (&secrets));
  expected = join_keys (keys);
  assert_same_words (actual, expected);

  g_assert_cmpstr (scalar_at (document, "services/app/environment/LOG_LEVEL"), ==, "info");
  if (c->secrets)
    {
      g_assert_cmpstr (scalar_at (document, "services/app/environment/DATABASE_PASSWORD"), ==, PLACEHOLDER);
      g_assert_cmpstr (scalar_at (document, "services/app/environment/SECRET_KEY"), ==, SECRET_VALUE);
    }

  if (c->engine != PODLIFT_DATABASE_ENGINE_NONE)
    g_assert_cmpstr (scalar_at (document, "services/app/environment/DATABASE_HOST"), ==, "db");
  else
    g_assert_cmpstr (scalar_at (document, "services/app/environment/DATABASE_HOST"), ==, "db1.internal");
}

static void
assert_app (yaml_document_t   *document,
            const ComposeCase *c,
            PodliftProject    *project)
{
  g_autofree char *port = g_strdup_printf ("%u", c->port);
  g_autofree char *volumes = list_at (document, "services/app/volumes");

  g_assert_nonnull (scalar_at (document, "services/app/build/context"));
  g_assert_cmpstr (scalar_at (document, "services/app/image"), ==, "registry.example/shop/web:1.10");
  g_assert_cmpstr (scalar_at (document, "services/app/ports/0/published"), ==, port);
  g_assert_cmpstr (scalar_at (document, "services/app/ports/0/target"), ==, port);
  g_assert_cmpstr (scalar_at (document, "services/app/restart"), ==, "unless-stopped");
  assert_app_environment (document, c, project);

  if (c->engine != PODLIFT_DATABASE_ENGINE_NONE)
    g_assert_cmpstr (scalar_at (document, "services/app/depends_on/db/condition"), ==, "service_healthy");
  else
    g_assert_null (node_at (document, "services/app/depends_on"));

  if (c->stateful)
    g_assert_cmpstr (volumes, ==, "media:/srv/shop/media:rw on:/var/lib/shop/on:rw media-2:/data/media:rw");
  else
    g_assert_cmpstr (volumes, ==, "");
}

static void
assert_database (yaml_document_t   *document,
                 const ComposeCase *c,
                 const char        *password_export,
                 const char        *no_password)
{
  g_autofree char *test = list_at (document, "services/db/healthcheck/test");
  g_autofree char *mount = g_strdup_printf ("db-data:%s:rw", c->data_path);
  const char *entrypoint = scalar_at (document, "services/db/entrypoint/2");

  g_assert_cmpstr (scalar_at (document, "services/db/image"), ==, c->image);
  g_assert_nonnull (strstr (test, c->health));
  g_assert_true (g_str_has_prefix (test, "CMD"));
  g_assert_cmpstr (scalar_at (document, "services/db/healthcheck/interval"), ==, "5s");
  g_assert_cmpstr (scalar_at (document, "services/db/healthcheck/timeout"), ==, "5s");
  g_assert_cmpstr (scalar_at (document, "services/db/healthcheck/retries"), ==, "10");
  g_assert_cmpstr (scalar_at (document, "services/db/volumes/0"), ==, mount);

  if (c->secrets)
    {
      /* The password reaches the database from secrets.env only. */
      g_assert_nonnull (entrypoint);
      g_assert_nonnull (strstr (entrypoint, password_export));
      g_assert_cmpstr (scalar_at (document, "services/db/environment/DATABASE_PASSWORD"), ==, PLACEHOLDER);
    }
  else if (no_password != NULL)
    {
      g_auto(GStrv) pair = g_strsplit (no_password, "=", 2);
      g_autofree char *path = g_strconcat ("services/db/environment/", pair[0], NULL);

      g_assert_cmpstr (scalar_at (document, path), ==, pair[1]);
    }
}

typedef struct
{
  const char  *name;
  ComposeCase  compose;
  const char  *password_export;
  const char  *no_password;
} EngineCase;

static const EngineCase engine_cases[] = {
  { "no-database", { PODLIFT_DATABASE_ENGINE_NONE, NULL, NULL, NULL, NULL, FALSE, FALSE, 22 }, NULL, NULL },
  { "postgresql", { PODLIFT_DATABASE_ENGINE_POSTGRESQL, "15", "postgres:15-alpine",
      "CMD-SHELL pg_isready -U \"$$DATABASE_USER\"", "/var/lib/postgresql/data", FALSE, FALSE, 22 },
    "export POSTGRES_PASSWORD=\"$$DATABASE_PASSWORD\"", "POSTGRES_HOST_AUTH_METHOD=trust" },
  { "mysql", { PODLIFT_DATABASE_ENGINE_MYSQL, NULL, "mysql:8.4",
      "CMD mysqladmin ping -h 127.0.0.1", "/var/lib/mysql", FALSE, FALSE, 8000 },
    "export MYSQL_PASSWORD=\"$$DATABASE_PASSWORD\"", "MYSQL_ALLOW_EMPTY_PASSWORD=yes" },
  { "mariadb", { PODLIFT_DATABASE_ENGINE_MARIADB, "10.11", "mariadb:10.11",
      "CMD mariadb-admin ping -h 127.0.0.1", "/var/lib/mysql", FALSE, FALSE, 8000 },
    "export MARIADB_PASSWORD=\"$$DATABASE_PASSWORD\"", "MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=yes" },
  { "mongodb", { PODLIFT_DATABASE_ENGINE_MONGODB, "MongoDB 6.0.5", "mongo:6.0.5",
      "CMD mongosh --quiet --eval", "/data/db", FALSE, FALSE, 8000 },
    "export MONGO_INITDB_ROOT_PASSWORD=\"$$DATABASE_PASSWORD\"", NULL },
  { "redis", { PODLIFT_DATABASE_ENGINE_REDIS, NULL, "redis:7.2-alpine",
      "redis-cli ping", "/data", FALSE, FALSE, 59 },
    "redis-server --requirepass \"$$DATABASE_PASSWORD\"", NULL },
};

static void
assert_volumes (yaml_document_t   *document,
                const ComposeCase *c)
{
  g_autofree char *volumes = list_at (document, "volumes");
  g_autoptr(GString) expected = g_string_new (NULL);

  if (c->engine != PODLIFT_DATABASE_ENGINE_NONE)
    g_string_append (expected, "db-data ");
  if (c->stateful)
    g_string_append (expected, "media on media-2");

  assert_same_words (volumes, g_strchomp (expected->str));
}

/* Generates compose.yaml, saves the bundle and lints it with yamllint.
 * Returns the folder, or NULL when the tools are missing and the test
 * is skipped. */
static char *
generate_and_save (PodliftProject  *project,
                   char           **text)
{
  char *tmp;

  *text = podlift_compose_generate (project);
  g_assert_nonnull (*text);
  /* Secret values, typed or placeholders, are never inline. */
  g_assert_null (strstr (*text, SECRET_VALUE));
  g_assert_null (strstr (*text, PLACEHOLDER));

  if (!have_tools ())
    return NULL;

  podlift_dockerfile_set_compose (podlift_project_get_dockerfile (project), *text);
  tmp = save_project (project);
  assert_yamllint (tmp, YAMLLINT_CONFIG);

  return tmp;
}

/* The same, then docker-compose config. */
static char *
generate_and_check (PodliftProject  *project,
                    yaml_document_t *document,
                    char           **text)
{
  char *tmp = generate_and_save (project, text);

  if (tmp != NULL)
    compose_config (tmp, document);

  return tmp;
}

typedef struct
{
  ComposeCase     compose;
  PodliftProject *project;
  char           *text;
  char           *tmp;
  GSubprocess    *process;
} Variant;

/* One engine, stateless and stateful, with and without secrets: the
 * four docker-compose runs at once, as each takes a while to start. */
static void
test_config (gconstpointer data)
{
  const EngineCase *e = data;
  Variant variants[4] = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      Variant *v = &variants[i];

      v->compose = e->compose;
      v->compose.stateful = i & 1;
      v->compose.secrets = i & 2;
      v->project = make_project (&v->compose);
      if ((v->tmp = generate_and_save (v->project, &v->text)) == NULL)
        {
          g_clear_pointer (&v->text, g_free);
          g_assert_finalize_object (g_steal_pointer (&v->project));
          return;
        }
      v->process = start_compose_config (v->tmp);
    }

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      Variant *v = &variants[i];
      g_autofree char *services = NULL;
      yaml_document_t document;

      g_test_message ("%s, %s", v->compose.stateful ? "stateful" : "stateless",
                      v->compose.secrets ? "secrets" : "no secrets");
      finish_compose_config (v->process, v->tmp, &document);
      services = list_at (&document, "services");
      assert_same_words (services, v->compose.engine ? "app db" : "app");
      assert_app (&document, &v->compose, v->project);
      if (v->compose.engine != PODLIFT_DATABASE_ENGINE_NONE)
        assert_database (&document, &v->compose, e->password_export, e->no_password);
      assert_volumes (&document, &v->compose);

      yaml_document_delete (&document);
      remove_tree (v->tmp);
      g_clear_pointer (&v->tmp, g_free);
      g_clear_pointer (&v->text, g_free);
      g_clear_object (&v->process);
      g_assert_finalize_object (g_steal_pointer (&v->project));
    }
}

static void
assert_env_files_carry_keys (PodliftProject *project,
                             const char     *tmp)
{
  g_autoptr(GPtrArray) plain = podlift_project_list_config_keys (project, FALSE);
  g_autoptr(GPtrArray) secret = podlift_project_list_config_keys (project, TRUE);
  g_autofree char *plain_keys = join_keys (plain);
  g_autofree char *secret_keys = join_keys (secret);
  g_autofree char *configuration = env_file_keys (tmp, "configuration.env");
  g_autofree char *secrets = env_file_keys (tmp, "secrets.env");
  g_autofree char *example = env_file_keys (tmp, "secrets.env.example");

  g_assert_cmpstr (configuration, ==, plain_keys);
  g_assert_cmpstr (secrets, ==, secret_keys);
  g_assert_cmpstr (example, ==, secret_keys);
}

/* One list of keys: the env files carry exactly it, each key once,
 * under the first use of its name, and only names a ConfigMap takes. */
static void
test_config_keys (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autoptr(GPtrArray) plain = NULL;
  g_autoptr(GPtrArray) secret = NULL;
  g_autofree char *plain_keys = NULL;
  g_autofree char *secret_keys = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *secrets = NULL;

  add_env (project, "LOG_LEVEL", "info", FALSE);
  add_env (project, "API_TOKEN", NULL, TRUE);
  add_env (project, "", "empty name", FALSE);
  add_env (project, NULL, "no name", TRUE);
  add_env (project, "BAD NAME", "x", FALSE);
  add_env (project, "LOG_LEVEL", "again, as a secret", TRUE);
  add_env (project, "feature.flags-v2", "on", FALSE);
  add_env (project, "SESSION_KEY", "two\nlines", TRUE);

  plain = podlift_project_list_config_keys (project, FALSE);
  secret = podlift_project_list_config_keys (project, TRUE);
  plain_keys = join_keys (plain);
  secret_keys = join_keys (secret);
  g_assert_cmpstr (plain_keys, ==, "LOG_LEVEL feature.flags-v2");
  g_assert_cmpstr (secret_keys, ==, "API_TOKEN SESSION_KEY");

  tmp = save_project (project);
  assert_env_files_carry_keys (project, tmp);
  secrets = read_file (tmp, "secrets.env");
  g_assert_nonnull (strstr (secrets, "\nAPI_TOKEN=" PLACEHOLDER "\n"));
  g_assert_nonnull (strstr (secrets, "\nSESSION_KEY=\"two\\nlines\"\n"));

  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_example_keys (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(GPtrArray) secret = podlift_project_list_config_keys (project, TRUE);
  g_autofree char *secret_keys = join_keys (secret);
  g_autofree char *tmp = save_project (project);

  g_assert_cmpstr (secret_keys, ==, "DATABASE_PASSWORD SECRET_KEY PAYMENT_API_KEY");
  assert_env_files_carry_keys (project, tmp);

  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* The example's own compose.yaml, as shipped, beside the env files a
 * save writes (secrets.env with its placeholders). */
static void
test_example_compose (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autofree char *tmp = NULL;
  g_autofree char *text = NULL;
  g_autofree char *services = NULL;
  yaml_document_t document;

  g_assert_nonnull (podlift_dockerfile_get_compose (podlift_project_get_dockerfile (project)));
  if (!have_tools ())
    return;

  tmp = save_project (project);
  text = read_file (tmp, "compose.yaml");
  g_assert_cmpstr (text, ==, podlift_dockerfile_get_compose (podlift_project_get_dockerfile (project)));
  assert_yamllint (tmp, "relaxed");
  compose_config (tmp, &document);

  services = list_at (&document, "services");
  assert_same_words (services, "app cache db");
  g_assert_cmpstr (scalar_at (&document, "services/app/ports/0/published"), ==, "8000");
  g_assert_cmpstr (scalar_at (&document, "services/app/environment/DATABASE_PASSWORD"), ==, PLACEHOLDER);
  g_assert_cmpstr (scalar_at (&document, "services/db/image"), ==, "postgres:15-alpine");

  yaml_document_delete (&document);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* What the generator drafts for the example's answers. */
static void
test_example_generated (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autofree char *text = NULL;
  g_autofree char *tmp = NULL;
  yaml_document_t document;
  const char *entrypoint;

  if ((tmp = generate_and_check (project, &document, &text)) == NULL)
    return;

  g_assert_cmpstr (scalar_at (&document, "services/app/image"), ==,
                   "registry.shopfront.example/shopfront/web:2026.11.1");
  g_assert_cmpstr (scalar_at (&document, "services/app/volumes/0"), ==, "media:/srv/shopfront/media:rw");
  g_assert_cmpstr (scalar_at (&document, "services/app/environment/DATABASE_HOST"), ==, "db");
  g_assert_cmpstr (scalar_at (&document, "services/db/image"), ==, "postgres:15-alpine");
  entrypoint = scalar_at (&document, "services/db/entrypoint/2");
  g_assert_nonnull (entrypoint);
  g_assert_nonnull (strstr (entrypoint, "export POSTGRES_USER=\"$$DATABASE_USER\"\n"));
  g_assert_nonnull (strstr (entrypoint, "export POSTGRES_PASSWORD=\"$$DATABASE_PASSWORD\"\n"));
  g_assert_nonnull (strstr (entrypoint, "export POSTGRES_DB=\"$$DATABASE_NAME\"\n"));
  g_assert_true (g_str_has_suffix (entrypoint, "exec docker-entrypoint.sh postgres"));
  g_assert_nonnull (strstr (text, "#   docker compose run --rm app python manage.py migrate --noinput\n"));

  yaml_document_delete (&document);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static PodliftProject *
make_database_project (PodliftDatabaseEngine  engine,
                       const char            *version)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);

  podlift_app_profile_set_port (profile, 8080);
  podlift_app_profile_set_database_moves (profile, TRUE);
  podlift_app_profile_set_database_engine (profile, engine);
  podlift_app_profile_set_database_version (profile, version);

  return project;
}

/* MySQL refuses MYSQL_USER=root: the password becomes root's. */
static void
test_mysql_root (void)
{
  g_autoptr(PodliftProject) project = make_database_project (PODLIFT_DATABASE_ENGINE_MYSQL, "8.0");
  g_autofree char *text = NULL;
  g_autofree char *tmp = NULL;
  yaml_document_t document;
  const char *entrypoint;

  add_env (project, "DB_USER", "root", FALSE);
  add_env (project, "DB_PASSWORD", SECRET_VALUE, TRUE);
  if ((tmp = generate_and_check (project, &document, &text)) == NULL)
    return;

  entrypoint = scalar_at (&document, "services/db/entrypoint/2");
  g_assert_cmpstr (entrypoint, ==,
                   "export MYSQL_ROOT_PASSWORD=\"$$DB_PASSWORD\"\nexec docker-entrypoint.sh mysqld");
  g_assert_cmpstr (scalar_at (&document, "services/db/image"), ==, "mysql:8.0");
  g_assert_cmpstr (scalar_at (&document, "services/db/environment/DB_PASSWORD"), ==, SECRET_VALUE);
  g_assert_null (node_at (&document, "services/db/environment/MYSQL_RANDOM_ROOT_PASSWORD"));

  yaml_document_delete (&document);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* No keys at all: the database runs without a password, and reads no
 * env file; PostgreSQL 18 keeps its data one folder up. */
static void
test_postgres_no_keys (void)
{
  g_autoptr(PodliftProject) project = make_database_project (PODLIFT_DATABASE_ENGINE_POSTGRESQL, "18");
  g_autofree char *text = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *environment = NULL;
  g_autofree char *test = NULL;
  yaml_document_t document;

  if ((tmp = generate_and_check (project, &document, &text)) == NULL)
    return;

  environment = list_at (&document, "services/db/environment");
  test = list_at (&document, "services/db/healthcheck/test");
  g_assert_cmpstr (environment, ==, "POSTGRES_HOST_AUTH_METHOD");
  g_assert_cmpstr (scalar_at (&document, "services/db/environment/POSTGRES_HOST_AUTH_METHOD"), ==, "trust");
  g_assert_null (node_at (&document, "services/db/entrypoint"));
  g_assert_cmpstr (scalar_at (&document, "services/db/volumes/0"), ==, "db-data:/var/lib/postgresql:rw");
  g_assert_cmpstr (test, ==, "CMD-SHELL pg_isready -U postgres");
  g_assert_null (strstr (text, "secrets.env"));

  yaml_document_delete (&document);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* libpq's own names, and a URL that is not secret, meet the db service. */
static void
test_postgres_libpq_keys (void)
{
  g_autoptr(PodliftProject) project = make_database_project (PODLIFT_DATABASE_ENGINE_POSTGRESQL,
                                                             "PostgreSQL 14.11 (Debian)");
  g_autofree char *text = NULL;
  g_autofree char *tmp = NULL;
  yaml_document_t document;
  const char *entrypoint;

  add_env (project, "PGHOST", "db1.internal", FALSE);
  add_env (project, "PGPORT", "5433", FALSE);
  add_env (project, "PGUSER", "shop", FALSE);
  add_env (project, "PGDATABASE", "shop", FALSE);
  add_env (project, "PGPASSWORD", NULL, TRUE);
  add_env (project, "ANALYTICS_DATABASE_URL", "postgres://reader@db1.internal:5433/stats?sslmode=require", FALSE);
  if ((tmp = generate_and_check (project, &document, &text)) == NULL)
    return;

  g_assert_cmpstr (scalar_at (&document, "services/db/image"), ==, "postgres:14.11-alpine");
  g_assert_cmpstr (scalar_at (&document, "services/app/environment/PGHOST"), ==, "db");
  g_assert_cmpstr (scalar_at (&document, "services/app/environment/PGPORT"), ==, "5432");
  g_assert_cmpstr (scalar_at (&document, "services/app/environment/ANALYTICS_DATABASE_URL"), ==,
                   "postgres://reader@db:5432/stats?sslmode=require");
  entrypoint = scalar_at (&document, "services/db/entrypoint/2");
  g_assert_cmpstr (entrypoint, ==,
                   "export POSTGRES_USER=\"$$PGUSER\"\n"
                   "export POSTGRES_PASSWORD=\"$$PGPASSWORD\"\n"
                   "export POSTGRES_DB=\"$$PGDATABASE\"\n"
                   "exec docker-entrypoint.sh postgres");

  yaml_document_delete (&document);
  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* Older images: MariaDB before 10.5 has neither mariadbd nor
 * mariadb-admin, MongoDB before 6 has the mongo shell. A version that
 * names its variant keeps it. */
static void
test_older_images (void)
{
  g_autoptr(PodliftProject) mariadb = make_database_project (PODLIFT_DATABASE_ENGINE_MARIADB, "10.4");
  g_autoptr(PodliftProject) mongo = make_database_project (PODLIFT_DATABASE_ENGINE_MONGODB, "5.0");
  g_autoptr(PodliftProject) postgres = make_database_project (PODLIFT_DATABASE_ENGINE_POSTGRESQL,
                                                              "16.2-bookworm");
  g_autofree char *mariadb_text = NULL;
  g_autofree char *mongo_text = NULL;
  g_autofree char *postgres_text = podlift_compose_generate (postgres);

  add_env (mariadb, "MYSQL_USER", "shop", FALSE);
  add_env (mariadb, "MYSQL_PASSWORD", NULL, TRUE);
  mariadb_text = podlift_compose_generate (mariadb);
  mongo_text = podlift_compose_generate (mongo);

  g_assert_nonnull (strstr (mariadb_text, "      export MARIADB_USER=\"$$MYSQL_USER\"\n"
                                          "      export MARIADB_PASSWORD=\"$$MYSQL_PASSWORD\"\n"
                                          "      exec docker-entrypoint.sh mysqld\n"));
  g_assert_nonnull (strstr (mariadb_text, "      - CMD\n      - mysqladmin\n      - ping\n"));
  g_assert_nonnull (strstr (mongo_text, "    image: mongo:5.0\n"));
  g_assert_nonnull (strstr (mongo_text, "      - CMD\n      - mongo\n      - --quiet\n"));

  g_assert_nonnull (strstr (postgres_text, "    image: postgres:16.2-bookworm\n"));
  g_assert_nonnull (strstr (postgres_text, "    - db-data:/var/lib/postgresql/data\n"));

  g_assert_finalize_object (g_steal_pointer (&mariadb));
  g_assert_finalize_object (g_steal_pointer (&mongo));
  g_assert_finalize_object (g_steal_pointer (&postgres));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (engine_cases); i++)
    {
      const EngineCase *e = &engine_cases[i];
      g_autofree char *path = g_strconcat ("/podlift/compose/config/", e->name, NULL);

      g_test_add_data_func (path, e, test_config);
    }

  g_test_add_func ("/podlift/compose/config-keys", test_config_keys);
  g_test_add_func ("/podlift/compose/example-keys", test_example_keys);
  g_test_add_func ("/podlift/compose/example-compose", test_example_compose);
  g_test_add_func ("/podlift/compose/example-generated", test_example_generated);
  g_test_add_func ("/podlift/compose/mysql-root", test_mysql_root);
  g_test_add_func ("/podlift/compose/postgres-no-keys", test_postgres_no_keys);
  g_test_add_func ("/podlift/compose/postgres-libpq-keys", test_postgres_libpq_keys);
  g_test_add_func ("/podlift/compose/older-images", test_older_images);

  return g_test_run ();
}
