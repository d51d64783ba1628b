/* test-bundle.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "podlift-bundle.h"
#include "podlift-checklist-item.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-error.h"
#include "podlift-state-path.h"
#include "podlift-timeline-entry.h"

/* Gives every writable property of @object a value that is not its
 * default, different for each property, so a field the bundle forgets
 * shows up as a difference after a round trip. */
static void
fill_object (GObject *object,
             guint    seed)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);

  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = pspecs[i];
      GType type = G_TYPE_FUNDAMENTAL (pspec->value_type);
      g_auto(GValue) value = G_VALUE_INIT;

      if (!(pspec->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&value, pspec->value_type);

      switch (type)
        {
        case G_TYPE_STRING:
          g_value_take_string (&value, g_strdup_printf ("%s \"%u\" ünïcode", pspec->name, seed + i));
          break;

        case G_TYPE_BOOLEAN:
          g_value_set_boolean (&value, !G_PARAM_SPEC_BOOLEAN (pspec)->default_value);
          break;

        case G_TYPE_UINT:
          g_value_set_uint (&value, MIN (G_PARAM_SPEC_UINT (pspec)->maximum, 3 + seed + i));
          break;

        case G_TYPE_DOUBLE:
          g_value_set_double (&value, MIN (G_PARAM_SPEC_DOUBLE (pspec)->maximum, 1.25 + seed + i));
          break;

        case G_TYPE_INT64:
          g_value_set_int64 (&value, 1764000000 + seed + i);
          break;

        case G_TYPE_ENUM:
          {
            GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

            g_value_set_enum (&value, klass->values[klass->n_values - 1].value);
            break;
          }

        case G_TYPE_BOXED:
          if (pspec->value_type == G_TYPE_STRV)
            {
              g_autofree char *a = g_strdup_printf ("%s-%u/a", pspec->name, seed + i);
              const char *strv[] = { a, "static/", "ünïcode file", NULL };

              g_value_set_boxed (&value, strv);
              break;
            }
          continue;

        case G_TYPE_OBJECT:
          continue;

        default:
          g_assert_not_reached ();
        }

      g_object_set_property (object, pspec->name, &value);
    }
}

static void
assert_same_object (GObject *a,
                    GObject *b)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      g_autofree char *sa = NULL;
      g_autofree char *sb = NULL;

      if (G_TYPE_FUNDAMENTAL (pspecs[i]->value_type) == G_TYPE_OBJECT ||
          !(pspecs[i]->flags & G_PARAM_WRITABLE))
        continue;

      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);
      if (pspecs[i]->value_type == G_TYPE_STRV)
        {
          sa = g_strjoinv ("|", g_value_get_boxed (&va));
          sb = g_strjoinv ("|", g_value_get_boxed (&vb));
        }
      else
        {
          sa = g_strdup_value_contents (&va);
          sb = g_strdup_value_contents (&vb);
        }

      if (g_strcmp0 (sa, sb) != 0)
        g_error ("%s:%s differs after reopening: %s != %s",
                 G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
    }
}

static void
assert_same_store (GListStore *a,
                   GListStore *b)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (b)));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (G_LIST_MODEL (a), i);
      g_autoptr(GObject) ib = g_list_model_get_item (G_LIST_MODEL (b), i);

      assert_same_object (ia, ib);
    }
}

static void
fill_store (GListStore *store,
            guint       count,
            guint       seed)
{
  for (guint i = 0; i < count; i++)
    {
      g_autoptr(GObject) item = g_object_new (g_list_model_get_item_type (G_LIST_MODEL (store)), NULL);

      fill_object (item, seed + 100 * i);
      g_list_store_append (store, item);
    }
}

static PodliftProject *
make_full_project (void)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  g_autoptr(PodliftEnvVar) plain = podlift_env_var_new ();
  g_autoptr(PodliftEnvVar) secret = podlift_env_var_new ();

  fill_object (G_OBJECT (profile), 1);
  fill_object (G_OBJECT (podlift_project_get_dockerfile (project)), 2);
  fill_object (G_OBJECT (podlift_project_get_manifests (project)), 3);
  fill_object (G_OBJECT (podlift_project_get_strategy (project)), 4);

  fill_store (podlift_app_profile_get_state_paths (profile), 2, 10);
  fill_store (podlift_app_profile_get_dependencies (profile), 3, 20);
  fill_store (podlift_app_profile_get_config_files (profile), 1, 30);
  fill_store (podlift_app_profile_get_cron_jobs (profile), 2, 40);
  fill_store (podlift_app_profile_get_stateful_services (profile), 2, 70);
  fill_store (podlift_checklist_get_items (checklist), 3, 50);
  fill_store (podlift_checklist_get_timeline (checklist), 2, 60);

  podlift_env_var_set_name (plain, "DATABASE_HOST");
  podlift_env_var_set_value (plain, "db1.internal");
  podlift_env_var_set_source (plain, "settings.py:14");
  g_list_store_append (podlift_app_profile_get_env_vars (profile), plain);

  podlift_env_var_set_name (secret, "DATABASE_PASSWORD");
  podlift_env_var_set_value (secret, "s3cr3t-\"quoted\" # and more");
  podlift_env_var_set_secret (secret, TRUE);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), secret);

  podlift_app_profile_set_source (profile, "port", "gunicorn.conf.py:3");
  podlift_app_profile_set_source (profile, "launch-command", "shop.service:9");

  return project;
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("podlift-test-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
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
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", path);

  g_assert_cmpint (system (command), ==, 0);
}

static void
test_round_trip (void)
{
  g_autoptr(PodliftProject) project = make_full_project ();
  g_autoptr(PodliftProject) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  PodliftAppProfile *a, *b;

  g_assert_true (podlift_project_get_dirty (project));
  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (podlift_project_get_dirty (project));
  g_assert_true (g_file_equal (podlift_project_get_file (project), dir));

  reopened = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (podlift_project_get_dirty (reopened));

  a = podlift_project_get_profile (project);
  b = podlift_project_get_profile (reopened);
  assert_same_object (G_OBJECT (a), G_OBJECT (b));
  assert_same_object (G_OBJECT (podlift_project_get_dockerfile (project)),
                      G_OBJECT (podlift_project_get_dockerfile (reopened)));
  assert_same_object (G_OBJECT (podlift_project_get_manifests (project)),
                      G_OBJECT (podlift_project_get_manifests (reopened)));
  assert_same_object (G_OBJECT (podlift_project_get_strategy (project)),
                      G_OBJECT (podlift_project_get_strategy (reopened)));
  assert_same_store (podlift_app_profile_get_state_paths (a), podlift_app_profile_get_state_paths (b));
  assert_same_store (podlift_app_profile_get_dependencies (a), podlift_app_profile_get_dependencies (b));
  assert_same_store (podlift_app_profile_get_env_vars (a), podlift_app_profile_get_env_vars (b));
  assert_same_store (podlift_app_profile_get_config_files (a), podlift_app_profile_get_config_files (b));
  assert_same_store (podlift_app_profile_get_cron_jobs (a), podlift_app_profile_get_cron_jobs (b));
  assert_same_store (podlift_app_profile_get_stateful_services (a),
                     podlift_app_profile_get_stateful_services (b));
  assert_same_store (podlift_checklist_get_items (podlift_project_get_checklist (project)),
                     podlift_checklist_get_items (podlift_project_get_checklist (reopened)));
  assert_same_store (podlift_checklist_get_timeline (podlift_project_get_checklist (project)),
                     podlift_checklist_get_timeline (podlift_project_get_checklist (reopened)));
  g_assert_cmpstr (podlift_app_profile_get_source (b, "port"), ==, "gunicorn.conf.py:3");
  g_assert_cmpstr (podlift_app_profile_get_source (b, "launch-command"), ==, "shop.service:9");

  /* The Dockerfile is a file of its own, as the user wrote it. */
  {
    g_autofree char *text = read_file (tmp, "Dockerfile");

    g_assert_cmpstr (text, ==, podlift_dockerfile_get_text (podlift_project_get_dockerfile (project)));
  }

  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&reopened));
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_secrets_only_in_secrets_env (void)
{
  g_autoptr(PodliftProject) project = make_full_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autofree char *json = NULL;
  g_autofree char *config = NULL;
  g_autofree char *secrets = NULL;
  g_autofree char *example = NULL;
  g_autofree char *gitignore = NULL;
  g_autofree char *secrets_path = g_build_filename (tmp, "secrets.env", NULL);
  struct stat st;

  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);

  json = read_file (tmp, "podlift.json");
  config = read_file (tmp, "configuration.env");
  secrets = read_file (tmp, "secrets.env");
  example = read_file (tmp, "secrets.env.example");
  gitignore = read_file (tmp, ".gitignore");

  g_assert_null (strstr (json, "s3cr3t"));
  g_assert_null (strstr (config, "s3cr3t"));
  g_assert_null (strstr (example, "s3cr3t"));
  g_assert_nonnull (strstr (secrets, "DATABASE_PASSWORD=\"s3cr3t-\\\"quoted\\\" # and more\"\n"));
  g_assert_null (strstr (secrets, "DATABASE_HOST"));
  g_assert_nonnull (strstr (config, "DATABASE_HOST=db1.internal\n"));
  g_assert_nonnull (strstr (example, "DATABASE_PASSWORD=\n"));
  g_assert_nonnull (strstr (gitignore, "secrets.env\n"));

  g_assert_cmpint (g_stat (secrets_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Saving again keeps it private and does not grow .gitignore. */
  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (secrets_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_free (gitignore);
  gitignore = read_file (tmp, ".gitignore");
  g_assert_cmpstr (gitignore, ==, "secrets.env\n");

  remove_tree (tmp);
}

static void
test_unknown_keys_kept (void)
{
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  write_file (tmp, "podlift.json",
              "{\n"
              "  \"format\": 1,\n"
              "  \"review\": { \"approved-by\": \"Ada\" },\n"
              "  \"knowledge\": { \"name\": \"Shop\", \"team\": \"payments\", \"port\": 8000 },\n"
              "  \"strategy\": { \"kind\": \"app-only\", \"waves\": [1, 2] }\n"
              "}\n");

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (podlift_app_profile_get_name (podlift_project_get_profile (project)), ==, "Shop");

  podlift_app_profile_set_name (podlift_project_get_profile (project), "Shopfront");
  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);

  json = read_file (tmp, "podlift.json");
  g_assert_nonnull (strstr (json, "\"approved-by\" : \"Ada\""));
  g_assert_nonnull (strstr (json, "\"team\" : \"payments\""));
  g_assert_nonnull (strstr (json, "\"waves\""));
  g_assert_nonnull (strstr (json, "\"name\" : \"Shopfront\""));
  g_assert_null (strstr (json, "\"Shop\""));

  remove_tree (tmp);
}

static void
assert_load_fails (const char *json,
                   int         code,
                   const char *expected)
{
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  if (json != NULL)
    write_file (tmp, "podlift.json", json);

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, PODLIFT_ERROR, code);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);

  /* Nothing on disk was touched. */
  if (json != NULL)
    {
      after = read_file (tmp, "podlift.json");
      g_assert_cmpstr (after, ==, json);
    }

  remove_tree (tmp);
}

static void
test_bad_bundles (void)
{
  assert_load_fails (NULL, PODLIFT_ERROR_NOT_A_BUNDLE, "podlift.json is missing");
  assert_load_fails ("", PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:1:");
  /* Truncated half way through the knowledge section. */
  assert_load_fails ("{\n  \"format\": 1,\n  \"knowledge\": {\n    \"name\": \"Sh",
                     PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:4:");
  assert_load_fails ("[1, 2]\n", PODLIFT_ERROR_INVALID_BUNDLE, "must hold a JSON object");
  assert_load_fails ("{\n  \"knowledge\": {}\n}\n", PODLIFT_ERROR_INVALID_BUNDLE, "“format”");
  assert_load_fails ("{\n  \"format\": 7\n}\n", PODLIFT_ERROR_UNSUPPORTED_FORMAT, "podlift.json:2: bundle format 7");
  assert_load_fails ("{\n  \"format\": 1,\n  \"knowledge\": {\n    \"port\": \"eighty\"\n  }\n}\n",
                     PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:4: “knowledge.port” must be a whole number");
  assert_load_fails ("{\n  \"format\": 1,\n  \"knowledge\": {\n\n    \"port\": 70000\n  }\n}\n",
                     PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:5: “knowledge.port” must be between 0 and 65535");
  assert_load_fails ("{\n  \"format\": 1,\n  \"strategy\": {\n    \"kind\": \"big-bang\"\n  }\n}\n",
                     PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:4: “strategy.kind” has an unknown value");
  assert_load_fails ("{\n  \"format\": 1,\n  \"cutover\": {\n    \"items\": {}\n  }\n}\n",
                     PODLIFT_ERROR_INVALID_BUNDLE, "podlift.json:4: “items” must be a list");
  assert_load_fails ("{ \"format\": 1, \"x\": \"\xff\xfe\" }", PODLIFT_ERROR_INVALID_BUNDLE, "not text");
}

static void
test_binary_artifact (void)
{
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autofree char *path = g_build_filename (tmp, "Dockerfile", NULL);

  write_file (tmp, "podlift.json", "{ \"format\": 1 }\n");
  g_file_set_contents (path, "FROM alpine:3.20\nRUN true\n\x00\x01\x02", 28, &error);
  g_assert_no_error (error);

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_INVALID_BUNDLE);
  g_assert_nonnull (strstr (error->message, "Dockerfile:3: the file is not text"));

  remove_tree (tmp);
}

static void
test_failed_save_keeps_bundle (void)
{
  g_autoptr(PodliftProject) project = make_full_project ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *config_before = NULL;
  g_autofree char *config_after = NULL;
  g_autofree char *blocker = g_build_filename (tmp, "secrets.env.example", NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;

  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);
  before = read_file (tmp, "podlift.json");
  config_before = read_file (tmp, "configuration.env");

  /* Edit, then make a file late in the save impossible to replace: the
   * earlier files are written by then and must not land either. */
  podlift_app_profile_set_name (podlift_project_get_profile (project), "Renamed");
  podlift_dockerfile_set_text (podlift_project_get_dockerfile (project), "FROM scratch\n");
  {
    g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

    podlift_env_var_set_name (var, "NEW_KEY");
    podlift_env_var_set_value (var, "1");
    g_list_store_append (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)), var);
  }
  g_assert_cmpint (g_unlink (blocker), ==, 0);
  g_assert_cmpint (g_mkdir (blocker, 0755), ==, 0);

  g_assert_false (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "secrets.env.example"));
  g_assert_true (podlift_project_get_dirty (project));

  after = read_file (tmp, "podlift.json");
  config_after = read_file (tmp, "configuration.env");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (config_after, ==, config_before);
  {
    g_autofree char *dockerfile = read_file (tmp, "Dockerfile");

    g_assert_cmpstr (dockerfile, !=, "FROM scratch\n");
  }

  /* No half-written files are left behind. */
  listing = g_dir_open (tmp, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    g_assert_false (g_str_has_suffix (name, ".podlift-save"));

  remove_tree (tmp);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (podlift_bundle_save_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  PodliftProject **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = podlift_bundle_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(PodliftProject) project = make_full_project ();
  g_autoptr(PodliftProject) reopened = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  gboolean done = FALSE;

  podlift_bundle_save_async (project, dir, NULL, save_cb, &done);
  /* An edit made while the save runs is not part of it. */
  podlift_strategy_set_notes (podlift_project_get_strategy (project), "edited during the save");
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (podlift_project_get_dirty (project));

  podlift_bundle_load_async (dir, NULL, load_cb, &reopened);
  while (reopened == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (podlift_app_profile_get_name (podlift_project_get_profile (reopened)), ==,
                   podlift_app_profile_get_name (podlift_project_get_profile (project)));
  g_assert_cmpstr (podlift_strategy_get_notes (podlift_project_get_strategy (reopened)), !=,
                   "edited during the save");

  remove_tree (tmp);
}

static void
test_create (void)
{
  g_autofree char *tmp = make_temp_dir ();
  g_autofree char *path = g_build_filename (tmp, "new", "bundle", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftProject) project = NULL;

  g_assert_true (podlift_bundle_create (dir, NULL, &error));
  g_assert_no_error (error);

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (podlift_project_get_title (project), ==, "Untitled Project");

  g_assert_false (podlift_bundle_create (dir, NULL, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS);

  remove_tree (tmp);
}

static void
test_example_opens (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftProject) project = NULL;

  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (podlift_project_get_title (project), ==, "Shopfront");
  for (guint step = PODLIFT_STEP_KNOWLEDGE; step <= PODLIFT_STEP_STRATEGY; step++)
    g_assert_cmpint (podlift_project_get_step_state (project, step, NULL), ==, PODLIFT_STEP_STATE_COMPLETE);
  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_CUTOVER, NULL), ==, PODLIFT_STEP_STATE_PROBLEMS);
}

static PodliftEnvVar *
find_env_var (PodliftProject *project,
              const char     *name)
{
  GListModel *vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));

  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), name) == 0)
        return var;
    }

  g_error ("no variable %s", name);
}

static void
add_secret (PodliftProject *project,
            const char     *name,
            const char     *value)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

  podlift_env_var_set_name (var, name);
  podlift_env_var_set_value (var, value);
  podlift_env_var_set_secret (var, TRUE);
  g_list_store_append (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)), var);
}

/* A secret not typed yet is a placeholder in secrets.env, so that the
 * file works as it is, and it is still not given after reopening. */
static void
test_secret_placeholder (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autoptr(PodliftProject) reopened = NULL;
  g_autoptr(PodliftProject) typed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autofree char *secrets = NULL;
  g_autofree char *example = NULL;

  add_secret (project, "API_TOKEN", NULL);
  add_secret (project, "EMPTY", "");
  add_secret (project, "TYPED", "typed-value");
  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);

  secrets = read_file (tmp, "secrets.env");
  example = read_file (tmp, "secrets.env.example");
  g_assert_nonnull (strstr (secrets, "\nAPI_TOKEN=change-me\nEMPTY=change-me\nTYPED=typed-value\n"));
  g_assert_nonnull (strstr (example, "\nAPI_TOKEN=\nEMPTY=\nTYPED=\n"));

  reopened = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (podlift_env_var_get_value (find_env_var (reopened, "API_TOKEN")));
  g_assert_null (podlift_env_var_get_value (find_env_var (reopened, "EMPTY")));
  g_assert_true (podlift_env_var_get_secret (find_env_var (reopened, "EMPTY")));
  g_assert_cmpstr (podlift_env_var_get_value (find_env_var (reopened, "TYPED")), ==, "typed-value");

  /* The user types a real value into secrets.env. */
  write_file (tmp, "secrets.env", "API_TOKEN=real-token\nEMPTY=change-me\nTYPED=typed-value\n");
  typed = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (podlift_env_var_get_value (find_env_var (typed, "API_TOKEN")), ==, "real-token");
  g_assert_null (podlift_env_var_get_value (find_env_var (typed, "EMPTY")));

  remove_tree (tmp);
  g_assert_finalize_object (g_steal_pointer (&typed));
  g_assert_finalize_object (g_steal_pointer (&reopened));
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* A cancelled save (the window closing while it runs) leaves the
 * bundle as it was, with no half-written files. */
static void
test_cancelled_save_keeps_bundle (void)
{
  g_autoptr(PodliftProject) project = make_full_project ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = make_temp_dir ();
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;

  podlift_bundle_save (project, dir, NULL, &error);
  g_assert_no_error (error);
  before = read_file (tmp, "podlift.json");

  podlift_app_profile_set_name (podlift_project_get_profile (project), "Cancelled");
  g_cancellable_cancel (cancellable);
  g_assert_false (podlift_bundle_save (project, dir, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  after = read_file (tmp, "podlift.json");
  g_assert_cmpstr (after, ==, before);
  listing = g_dir_open (tmp, 0, NULL);
  while ((name = g_dir_read_name (listing)))
    g_assert_false (g_str_has_suffix (name, ".podlift-save"));

  remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/bundle/round-trip", test_round_trip);
  g_test_add_func ("/podlift/bundle/secrets-only-in-secrets-env", test_secrets_only_in_secrets_env);
  g_test_add_func ("/podlift/bundle/unknown-keys-kept", test_unknown_keys_kept);
  g_test_add_func ("/podlift/bundle/bad-bundles", test_bad_bundles);
  g_test_add_func ("/podlift/bundle/binary-artifact", test_binary_artifact);
  g_test_add_func ("/podlift/bundle/failed-save-keeps-bundle", test_failed_save_keeps_bundle);
  g_test_add_func ("/podlift/bundle/async", test_async);
  g_test_add_func ("/podlift/bundle/cancelled-save-keeps-bundle", test_cancelled_save_keeps_bundle);
  g_test_add_func ("/podlift/bundle/create", test_create);
  g_test_add_func ("/podlift/bundle/example-opens", test_example_opens);
  g_test_add_func ("/podlift/bundle/secret-placeholder", test_secret_placeholder);

  return g_test_run ();
}
