/* test-export.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "podlift-bundle-private.h"
#include "podlift-env-var.h"
#include "podlift-error.h"
#include "podlift-export.h"
#include "podlift-lint-test-util.h"

/* The bundle written into an application's repository: what is written,
 * what is never overwritten without asking, that the repository opens
 * as the same project, that no secret value leaves, and the commit on a
 * new branch when git is installed. */

#define CANARY "canary-3f9d2a71-must-not-leak"

static PodliftProject *
load_example (void)
{
  PodliftProject *project = podlift_test_load_example ();
  GListModel *vars;

  /* A secret with a value, as secrets.env would give. */
  vars = G_LIST_MODEL (podlift_app_profile_get_env_vars (podlift_project_get_profile (project)));
  for (guint i = 0; i < g_list_model_get_n_items (vars); i++)
    {
      g_autoptr(PodliftEnvVar) var = g_list_model_get_item (vars, i);

      if (g_strcmp0 (podlift_env_var_get_name (var), "SECRET_KEY") == 0)
        podlift_env_var_set_value (var, CANARY);
    }
  return project;
}

static void
write_text (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *folder = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

static char *
read_text (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return NULL;
  return text;
}

static void
remove_tree (const char *path)
{
  g_autofree char *quoted = g_shell_quote (path);
  g_autofree char *command = g_strdup_printf ("rm -rf %s", quoted);

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
}

static PodliftExportFile *
find_file (PodliftExport *export,
           const char    *name)
{
  GPtrArray *files = podlift_export_get_files (export);

  for (guint i = 0; i < files->len; i++)
    {
      PodliftExportFile *file = g_ptr_array_index (files, i);

      if (g_str_equal (file->name, name))
        return file;
    }
  return NULL;
}

/* Every file under @dir holds no @needle. */
static void
assert_nowhere (const char *dir,
                const char *needle)
{
  g_autofree char *quoted = g_shell_quote (dir);
  g_autofree char *command = g_strdup_printf ("grep -r -l -F %s %s", needle, quoted);
  g_autofree char *found = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &found, NULL, &status, NULL));
  g_assert_cmpstr (found, ==, "");
}

static void
test_into_empty_folder (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-export-XXXXXX", &error);
  g_autofree char *repo_path = g_build_filename (tmp, "repo", NULL);
  g_autoptr(GFile) repo = g_file_new_for_path (repo_path);
  g_autoptr(PodliftExport) export = podlift_export_new (project, repo);
  g_autoptr(PodliftProject) reopened = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) reopened_json = NULL;
  g_autofree char *gitignore = NULL;
  g_autofree char *example = NULL;
  g_autofree char *secrets = g_build_filename (repo_path, "secrets.env", NULL);

  g_assert_true (podlift_export_scan (export, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (podlift_export_count_conflicts (export), ==, 0);
  g_assert_null (podlift_export_diff (export));
  g_assert_cmpint (find_file (export, "Dockerfile")->state, ==, PODLIFT_EXPORT_FILE_NEW);
  g_assert_nonnull (find_file (export, "deploy/base/deployment.yaml"));
  g_assert_null (find_file (export, "secrets.env"));

  g_assert_true (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_FAIL, NULL, &error));
  g_assert_no_error (error);

  /* secrets.env stays out; its names, and the line that ignores it, go in. */
  g_assert_false (g_file_test (secrets, G_FILE_TEST_EXISTS));
  gitignore = read_text (repo_path, ".gitignore");
  g_assert_cmpstr (gitignore, ==, "secrets.env\n");
  example = read_text (repo_path, "secrets.env.example");
  g_assert_nonnull (strstr (example, "SECRET_KEY=\n"));
  assert_nowhere (repo_path, CANARY);

  /* The repository opens as the bundle: the same project. */
  reopened = podlift_bundle_load (repo, NULL, &error);
  g_assert_no_error (error);
  json = podlift_bundle_write_json (project);
  reopened_json = podlift_bundle_write_json (reopened);
  g_assert_cmpmem (g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                   g_bytes_get_data (reopened_json, NULL), g_bytes_get_size (reopened_json));
  g_assert_cmpstr (podlift_dockerfile_get_text (podlift_project_get_dockerfile (reopened)), ==,
                   podlift_dockerfile_get_text (podlift_project_get_dockerfile (project)));

  /* Exported again: nothing differs, nothing is rewritten. */
  g_clear_object (&export);
  export = podlift_export_new (reopened, repo);
  g_assert_true (podlift_export_scan (export, NULL, &error));
  g_assert_cmpuint (podlift_export_count_conflicts (export), ==, 0);
  g_assert_cmpint (find_file (export, "podlift.json")->state, ==, PODLIFT_EXPORT_FILE_SAME);
  g_assert_cmpint (find_file (export, ".gitignore")->state, ==, PODLIFT_EXPORT_FILE_SAME);

  remove_tree (tmp);
}

static void
test_conflicts (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-export-XXXXXX", &error);
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autoptr(PodliftExport) export = NULL;
  g_autofree char *diff = NULL;
  g_autofree char *dockerfile = NULL;
  g_autofree char *gitignore = NULL;
  g_autofree char *json = NULL;
  g_autofree char *compose = NULL;

  write_text (tmp, "Dockerfile", "FROM python:3.11\nCMD [\"python\", \"app.py\"]\n");
  write_text (tmp, "deploy/base/service.yaml", "kind: Service\n");
  write_text (tmp, ".gitignore", "__pycache__/\n*.pyc");
  write_text (tmp, "README.md", "# Shopfront\n");

  export = podlift_export_new (project, repo);
  g_assert_true (podlift_export_scan (export, NULL, &error));
  g_assert_cmpuint (podlift_export_count_conflicts (export), ==, 2);
  g_assert_cmpint (find_file (export, "Dockerfile")->state, ==, PODLIFT_EXPORT_FILE_DIFFERS);
  g_assert_cmpstr (find_file (export, "Dockerfile")->existing, ==, "FROM python:3.11\nCMD [\"python\", \"app.py\"]\n");
  /* .gitignore gains a line: a change, not a conflict. */
  g_assert_cmpint (find_file (export, ".gitignore")->state, ==, PODLIFT_EXPORT_FILE_GITIGNORE);

  diff = podlift_export_diff (export);
  g_assert_nonnull (strstr (diff, "Dockerfile"));
  g_assert_nonnull (strstr (diff, "-FROM python:3.11\n"));
  g_assert_nonnull (strstr (diff, "deploy/base/service.yaml"));
  g_assert_nonnull (strstr (diff, "+secrets.env\n"));

  /* Not told what to do: nothing is written, the error lists them. */
  g_assert_false (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_FAIL, NULL, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS);
  g_assert_nonnull (strstr (error->message, "\n  Dockerfile"));
  g_assert_nonnull (strstr (error->message, "\n  deploy/base/service.yaml"));
  g_clear_error (&error);
  json = read_text (tmp, "podlift.json");
  g_assert_null (json);
  gitignore = read_text (tmp, ".gitignore");
  g_assert_cmpstr (gitignore, ==, "__pycache__/\n*.pyc");
  g_clear_pointer (&gitignore, g_free);

  /* Keep theirs: the others are written. */
  g_assert_true (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_KEEP, NULL, &error));
  g_assert_no_error (error);
  dockerfile = read_text (tmp, "Dockerfile");
  g_assert_cmpstr (dockerfile, ==, "FROM python:3.11\nCMD [\"python\", \"app.py\"]\n");
  compose = read_text (tmp, "compose.yaml");
  g_assert_nonnull (compose);
  gitignore = read_text (tmp, ".gitignore");
  g_assert_cmpstr (gitignore, ==, "__pycache__/\n*.pyc\nsecrets.env\n");
  g_clear_pointer (&dockerfile, g_free);

  /* Replace: the bundle's. */
  g_assert_true (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_REPLACE, NULL, &error));
  dockerfile = read_text (tmp, "Dockerfile");
  g_assert_cmpstr (dockerfile, ==, podlift_dockerfile_get_text (podlift_project_get_dockerfile (project)));
  g_clear_pointer (&json, g_free);
  json = read_text (tmp, "README.md");
  g_assert_cmpstr (json, ==, "# Shopfront\n");
  assert_nowhere (tmp, CANARY);

  remove_tree (tmp);
}

static void
test_in_the_way (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-export-XXXXXX", &error);
  g_autofree char *folder = g_build_filename (tmp, "compose.yaml", NULL);
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autoptr(PodliftExport) export = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  write_text (tmp, "Dockerfile", "\xff\xfe binary");

  export = podlift_export_new (project, repo);
  g_assert_false (podlift_export_scan (export, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "Dockerfile"));
  g_clear_error (&error);

  write_text (tmp, "Dockerfile", "FROM scratch\n");
  g_assert_false (podlift_export_scan (export, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, "compose.yaml is in the way"));

  remove_tree (tmp);
}

/* Runs git in @dir; returns its output. */
static char *
git (const char *dir,
     const char *args)
{
  g_autofree char *quoted = g_shell_quote (dir);
  g_autofree char *command = g_strdup_printf ("git -C %s %s", quoted, args);
  g_autoptr(GError) error = NULL;
  char *output = NULL;
  int status;

  g_assert_true (g_spawn_command_line_sync (command, &output, NULL, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", command, output);
  return output;
}

static gboolean
have_git (void)
{
  g_autofree char *path = g_find_program_in_path ("git");

  if (path != NULL)
    return TRUE;
  if (g_getenv ("PODLIFT_REQUIRE_VALIDATORS") != NULL)
    g_error ("git is not installed");
  g_test_skip ("git is not installed");
  return FALSE;
}

static void
test_git_branch (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-export-XXXXXX", &error);
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autoptr(PodliftExport) export = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *files = NULL;
  g_autofree char *ignored = NULL;
  g_autofree char *status = NULL;

  if (!have_git ())
    return;

  g_free (git (tmp, "init -q"));
  g_free (git (tmp, "config user.name 'Podlift Test'"));
  g_free (git (tmp, "config user.email test@example.com"));
  write_text (tmp, "README.md", "# Shopfront\n");
  write_text (tmp, "notes.txt", "staged, not ours\n");
  g_free (git (tmp, "add README.md"));
  g_free (git (tmp, "commit -q -m init"));
  g_free (git (tmp, "add notes.txt"));

  export = podlift_export_new (project, repo);
  g_assert_true (podlift_export_scan (export, NULL, &error));
  g_assert_true (podlift_export_check_git (export, "podlift/plan", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_FAIL, NULL, &error));
  g_assert_true (podlift_export_commit (export, "podlift/plan", NULL, &error));
  g_assert_no_error (error);

  branch = git (tmp, "rev-parse --abbrev-ref HEAD");
  g_assert_cmpstr (branch, ==, "podlift/plan\n");
  files = git (tmp, "show --name-only --format= HEAD");
  g_assert_nonnull (strstr (files, "podlift.json\n"));
  g_assert_nonnull (strstr (files, "deploy/base/deployment.yaml\n"));
  g_assert_nonnull (strstr (files, "secrets.env.example\n"));
  g_assert_nonnull (strstr (files, ".gitignore\n"));
  /* Only the exported files: what else was staged stays staged. */
  g_assert_null (strstr (files, "notes.txt"));
  status = git (tmp, "status --porcelain");
  g_assert_cmpstr (status, ==, "A  notes.txt\n");
  ignored = git (tmp, "check-ignore secrets.env");
  g_assert_cmpstr (ignored, ==, "secrets.env\n");

  /* The branch exists now: asked again, nothing is done. */
  g_assert_false (podlift_export_check_git (export, "podlift/plan", NULL, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_false (podlift_export_check_git (export, "bad..name", NULL, &error));
  g_assert_nonnull (strstr (error->message, "not a valid branch name"));

  remove_tree (tmp);
}

static void
test_git_failures (void)
{
  g_autoptr(PodliftProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("podlift-export-XXXXXX", &error);
  g_autoptr(GFile) repo = g_file_new_for_path (tmp);
  g_autoptr(PodliftExport) export = NULL;
  g_autofree char *hook = g_build_filename (tmp, ".git", "hooks", "pre-commit", NULL);

  if (!have_git ())
    return;

  export = podlift_export_new (project, repo);
  g_assert_true (podlift_export_scan (export, NULL, &error));

  /* Not a repository. */
  g_assert_false (podlift_export_check_git (export, "plan", NULL, &error));
  g_assert_nonnull (strstr (error->message, "is not in a git repository"));
  g_clear_error (&error);

  /* git's own words when it fails: here, a hook that refuses. */
  g_free (git (tmp, "init -q"));
  g_free (git (tmp, "config user.name 'Podlift Test'"));
  g_free (git (tmp, "config user.email test@example.com"));
  write_text (tmp, ".git/hooks/pre-commit", "#!/bin/sh\necho 'refused by the team hook' >&2\nexit 1\n");
  g_assert_cmpint (g_chmod (hook, 0755), ==, 0);
  g_assert_true (podlift_export_check_git (export, "plan", NULL, &error));
  g_assert_true (podlift_export_write (export, PODLIFT_EXPORT_CONFLICTS_FAIL, NULL, &error));
  g_assert_false (podlift_export_commit (export, "plan", NULL, &error));
  g_assert_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "git commit failed"));
  g_assert_nonnull (strstr (error->message, "refused by the team hook"));

  remove_tree (tmp);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/export/into-empty-folder", test_into_empty_folder);
  g_test_add_func ("/podlift/export/conflicts", test_conflicts);
  g_test_add_func ("/podlift/export/in-the-way", test_in_the_way);
  g_test_add_func ("/podlift/export/git-branch", test_git_branch);
  g_test_add_func ("/podlift/export/git-failures", test_git_failures);

  return g_test_run ();
}
