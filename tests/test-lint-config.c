/* test-lint-config.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "podlift-enum-types.h"
#include "podlift-lint-config.h"

static char *tmp_dir;

static GFile *
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (dir, 0700);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static PodliftLintConfig *
load (const char  *contents,
      GError     **error)
{
  g_autoptr(GFile) file = write_file ("config.yaml", contents);
  PodliftLintConfig *config = podlift_lint_config_new ();

  if (!podlift_lint_config_load_file (config, file, error))
    g_assert_true (error == NULL || *error != NULL);

  return config;
}

/* Asserts that @contents fails with a message that names the file and
 * @line. */
static void
assert_load_fails (const char *contents,
                   guint       line)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftLintConfig) config = load (contents, &error);
  g_autofree char *where = g_strdup_printf ("config.yaml:%u: ", line);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  if (strstr (error->message, where) == NULL)
    g_error ("expected “%s” in “%s”", where, error->message);
}

static void
test_defaults (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  PodliftSeverity severity = PODLIFT_SEVERITY_STYLE;
  const char * const *trusted = podlift_lint_config_get_trusted_registries (config);

  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==, PODLIFT_THRESHOLD_INFO);
  g_assert_false (podlift_lint_config_get_no_fail (config));
  g_assert_false (podlift_lint_config_get_strict_labels (config));
  g_assert_false (podlift_lint_config_get_disable_ignore_pragma (config));
  g_assert_nonnull (trusted);
  g_assert_null (trusted[0]);
  g_assert_cmpuint (g_hash_table_size (podlift_lint_config_get_label_schema (config)), ==, 0);
  g_assert_false (podlift_lint_config_is_ignored (config, "DL3008"));
  g_assert_false (podlift_lint_config_get_override (config, "DL3008", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_STYLE);

  g_assert_finalize_object (g_steal_pointer (&config));
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
test_setters (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  PodliftSeverity severity;
  PodliftThreshold threshold;
  gboolean no_fail;
  guint notified = 0;

  g_signal_connect (config, "notify", G_CALLBACK (count_notify), &notified);

  podlift_lint_config_set_failure_threshold (config, PODLIFT_THRESHOLD_ERROR);
  podlift_lint_config_set_failure_threshold (config, PODLIFT_THRESHOLD_ERROR);
  podlift_lint_config_set_no_fail (config, TRUE);
  podlift_lint_config_set_no_fail (config, 2);
  podlift_lint_config_set_strict_labels (config, TRUE);
  podlift_lint_config_set_disable_ignore_pragma (config, TRUE);
  podlift_lint_config_set_disable_ignore_pragma (config, TRUE);
  g_assert_cmpuint (notified, ==, 4);

  g_object_set (config, "failure-threshold", PODLIFT_THRESHOLD_NONE, NULL);
  g_object_get (config, "failure-threshold", &threshold, "no-fail", &no_fail, NULL);
  g_assert_cmpint (threshold, ==, PODLIFT_THRESHOLD_NONE);
  g_assert_true (no_fail);
  g_assert_cmpuint (notified, ==, 5);

  podlift_lint_config_ignore (config, "DL3008");
  podlift_lint_config_ignore (config, "DL3008");
  g_assert_true (podlift_lint_config_is_ignored (config, "DL3008"));
  g_assert_false (podlift_lint_config_is_ignored (config, "DL3009"));
  podlift_lint_config_clear_ignored (config);
  g_assert_false (podlift_lint_config_is_ignored (config, "DL3008"));

  podlift_lint_config_override (config, "DL3015", PODLIFT_SEVERITY_ERROR);
  podlift_lint_config_override (config, "DL3015", PODLIFT_SEVERITY_IGNORE);
  g_assert_true (podlift_lint_config_get_override (config, "DL3015", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_IGNORE);
  g_assert_true (podlift_lint_config_get_override (config, "DL3015", NULL));

  podlift_lint_config_add_trusted_registry (config, "docker.io");
  podlift_lint_config_add_trusted_registry (config, "docker.io");
  podlift_lint_config_add_trusted_registry (config, "*.gcr.io");
  g_assert_cmpstrv (podlift_lint_config_get_trusted_registries (config),
                    ((const char * const[]) { "docker.io", "*.gcr.io", NULL }));

  g_assert_finalize_object (g_steal_pointer (&config));
}

static void
test_every_key (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftLintConfig) config =
    load ("# a comment\n"
          "ignored:\n"
          "  - DL3008\n"
          "  - SC2086\n"
          "trustedRegistries: [docker.io, \"my-company.com:5000\", '*.gcr.io']\n"
          "override:\n"
          "  error: [DL3001]\n"
          "  warning:\n"
          "    - DL3042\n"
          "  info: [DL3032]\n"
          "  style:\n"
          "    - DL3015\n"
          "failure-threshold: warning\n"
          "no-fail: true\n"
          "strict-labels: yes\n"
          "disable-ignore-pragma: True\n"
          "no-color: true\n"
          "format: json\n"
          "verbose: false\n"
          "label-schema:\n"
          "  author: text\n"
          "  version: semver\n"
          "  org.opencontainers.image.created: rfc3339\n"
          "future-key:\n"
          "  nested: [a, {b: c}]\n",
          &error);
  GHashTable *schema = podlift_lint_config_get_label_schema (config);
  PodliftSeverity severity;

  g_assert_no_error (error);
  g_assert_true (podlift_lint_config_is_ignored (config, "DL3008"));
  g_assert_true (podlift_lint_config_is_ignored (config, "SC2086"));
  g_assert_false (podlift_lint_config_is_ignored (config, "DL3001"));
  g_assert_cmpstrv (podlift_lint_config_get_trusted_registries (config),
                    ((const char * const[]) { "docker.io", "my-company.com:5000", "*.gcr.io",
                                              NULL }));

  g_assert_true (podlift_lint_config_get_override (config, "DL3001", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_ERROR);
  g_assert_true (podlift_lint_config_get_override (config, "DL3042", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_WARNING);
  g_assert_true (podlift_lint_config_get_override (config, "DL3032", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_INFO);
  g_assert_true (podlift_lint_config_get_override (config, "DL3015", &severity));
  g_assert_cmpint (severity, ==, PODLIFT_SEVERITY_STYLE);
  g_assert_false (podlift_lint_config_get_override (config, "DL3008", &severity));

  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==,
                   PODLIFT_THRESHOLD_WARNING);
  g_assert_true (podlift_lint_config_get_no_fail (config));
  g_assert_true (podlift_lint_config_get_strict_labels (config));
  g_assert_true (podlift_lint_config_get_disable_ignore_pragma (config));

  g_assert_cmpuint (g_hash_table_size (schema), ==, 3);
  g_assert_cmpstr (g_hash_table_lookup (schema, "author"), ==, "text");
  g_assert_cmpstr (g_hash_table_lookup (schema, "version"), ==, "semver");
  g_assert_cmpstr (g_hash_table_lookup (schema, "org.opencontainers.image.created"), ==, "rfc3339");

  g_assert_finalize_object (g_steal_pointer (&config));
}

static void
test_variants (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftLintConfig) config = NULL;

  /* trustedRegistries may be one string. */
  config = load ("trustedRegistries: docker.io\n", &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (podlift_lint_config_get_trusted_registries (config),
                    ((const char * const[]) { "docker.io", NULL }));
  g_clear_object (&config);

  /* "ignore" fails on anything shown; levels may be empty; unknown
   * override levels are skipped as hadolint does. */
  config = load ("failure-threshold: ignore\n"
                 "ignored:\n"
                 "override:\n"
                 "  info:\n"
                 "  fatal: [DL3000]\n"
                 "  error: [DL3002]\n"
                 "label-schema: ~\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==, PODLIFT_THRESHOLD_STYLE);
  g_assert_false (podlift_lint_config_get_override (config, "DL3000", NULL));
  g_assert_true (podlift_lint_config_get_override (config, "DL3002", NULL));
  g_clear_object (&config);

  config = load ("failure-threshold: none\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==, PODLIFT_THRESHOLD_NONE);
  g_clear_object (&config);

  config = load ("failure-threshold: Error\n", &error);
  g_assert_no_error (error);
  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==, PODLIFT_THRESHOLD_ERROR);
  g_clear_object (&config);

  /* Empty files, comments only, an empty document. */
  for (guint i = 0; i < 3; i++)
    {
      const char *empty[] = { "", "# nothing\n", "---\n" };

      config = load (empty[i], &error);
      g_assert_no_error (error);
      g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==,
                       PODLIFT_THRESHOLD_INFO);
      g_clear_object (&config);
    }
}

static void
test_merge (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GFile) file = write_file ("merge.yaml", "ignored: [DL3009]\nno-fail: true\n");
  g_autoptr(GError) error = NULL;

  podlift_lint_config_ignore (config, "DL3008");
  podlift_lint_config_set_failure_threshold (config, PODLIFT_THRESHOLD_ERROR);

  g_assert_true (podlift_lint_config_load_file (config, file, &error));
  g_assert_no_error (error);
  g_assert_true (podlift_lint_config_is_ignored (config, "DL3008"));
  g_assert_true (podlift_lint_config_is_ignored (config, "DL3009"));
  g_assert_true (podlift_lint_config_get_no_fail (config));
  /* Keys the file does not name keep their value. */
  g_assert_cmpint (podlift_lint_config_get_failure_threshold (config), ==, PODLIFT_THRESHOLD_ERROR);
}

static void
test_errors (void)
{
  assert_load_fails ("ignored: DL3008\n", 1);
  assert_load_fails ("# header\n\nignored:\n  - DL3008\n  - [DL3009]\n", 5);
  assert_load_fails ("ignored: {a: b}\n", 1);
  assert_load_fails ("override: [DL3008]\n", 1);
  assert_load_fails ("override:\n  error: DL3008\n", 2);
  assert_load_fails ("failure-threshold: loud\n", 1);
  assert_load_fails ("ignored: []\nno-fail: maybe\n", 2);
  assert_load_fails ("strict-labels: [true]\n", 1);
  assert_load_fails ("label-schema:\n  author: text\n  version: number\n", 3);
  assert_load_fails ("label-schema: [author]\n", 1);
  assert_load_fails ("- ignored\n", 1);
  assert_load_fails ("just a string\n", 1);
  /* Malformed YAML. */
  assert_load_fails ("ignored: [DL3008\n", 2);
  assert_load_fails ("ignored:\n  - a\n bad: indent\n", 3);
  assert_load_fails ("a: 'unterminated\n", 2);
  assert_load_fails ("\tignored: []\n", 1);
}

static void
test_error_changes_nothing (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autoptr(GFile) file = write_file ("half.yaml",
                                      "ignored: [DL3008]\nno-fail: true\nstrict-labels: 3\n");
  g_autoptr(GError) error = NULL;

  g_assert_false (podlift_lint_config_load_file (config, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_false (podlift_lint_config_is_ignored (config, "DL3008"));
  g_assert_false (podlift_lint_config_get_no_fail (config));
}

static void
test_missing_file (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autofree char *path = g_build_filename (tmp_dir, "no-such.yaml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) directory = g_file_new_for_path (tmp_dir);
  g_autoptr(GError) error = NULL;

  g_assert_false (podlift_lint_config_load_file (config, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (podlift_lint_config_load_file (config, directory, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
}

static void
assert_found (GFile      *directory,
              const char *expected)
{
  g_autoptr(GFile) found = podlift_lint_config_find (directory);
  g_autofree char *path = found != NULL ? g_file_get_path (found) : NULL;
  g_autofree char *want = expected != NULL ? g_build_filename (tmp_dir, expected, NULL) : NULL;

  g_assert_cmpstr (path, ==, want);
}

/* hadolint's order: the project, then XDG_CONFIG_HOME (or ~/.config),
 * ~/.hadolint/, ~/; .yaml before .yml. */
static void
test_find_order (void)
{
  const char *order[] = {
    "project/.hadolint.yaml",
    "project/.hadolint.yml",
    "xdg/hadolint.yaml",
    "xdg/hadolint.yml",
    "home/.config/hadolint.yaml",
    "home/.config/hadolint.yml",
    "home/.hadolint/hadolint.yaml",
    "home/.hadolint/hadolint.yml",
    "home/.hadolint/config.yaml",
    "home/.hadolint/config.yml",
    "home/.hadolint.yaml",
    "home/.hadolint.yml",
  };
  g_autofree char *home = g_build_filename (tmp_dir, "home", NULL);
  g_autofree char *xdg = g_build_filename (tmp_dir, "xdg", NULL);
  g_autofree char *project_path = g_build_filename (tmp_dir, "project", NULL);
  g_autoptr(GFile) project = g_file_new_for_path (project_path);
  g_autofree char *cwd = g_get_current_dir ();

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", xdg, TRUE);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_object_unref (write_file (order[i], "ignored: []\n"));
  /* Not places hadolint looks at. */
  g_object_unref (write_file ("project/hadolint.yaml", ""));
  g_object_unref (write_file ("home/hadolint.yaml", ""));
  g_object_unref (write_file ("home/hadolint/config.yaml", ""));

  /* NULL: the current directory. */
  g_assert_no_errno (g_chdir (project_path));
  assert_found (NULL, order[0]);
  g_assert_no_errno (g_chdir (cwd));

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *path = g_build_filename (tmp_dir, order[i], NULL);

      assert_found (project, order[i]);
      g_assert_no_errno (g_remove (path));
    }

  assert_found (project, NULL);
}

/* Without XDG_CONFIG_HOME (or with a relative one), ~/.config. */
static void
test_find_without_xdg (void)
{
  g_autofree char *home = g_build_filename (tmp_dir, "home2", NULL);
  g_autofree char *project_path = g_build_filename (tmp_dir, "project2", NULL);
  g_autoptr(GFile) project = g_file_new_for_path (project_path);
  g_autofree char *cwd = g_get_current_dir ();

  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", "relative/xdg", TRUE);
  g_mkdir_with_parents (project_path, 0700);
  g_object_unref (write_file ("home2/.config/hadolint.yml", ""));
  g_object_unref (write_file ("relative/xdg/hadolint.yaml", ""));

  /* Were the relative path read, it would be found from here. */
  g_assert_no_errno (g_chdir (tmp_dir));
  assert_found (project, "home2/.config/hadolint.yml");
  g_assert_no_errno (g_chdir (cwd));

  g_unsetenv ("XDG_CONFIG_HOME");
  assert_found (project, "home2/.config/hadolint.yml");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_remove (child);
    }

  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("podlift-lint-config-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/podlift/lint-config/defaults", test_defaults);
  g_test_add_func ("/podlift/lint-config/setters", test_setters);
  g_test_add_func ("/podlift/lint-config/every-key", test_every_key);
  g_test_add_func ("/podlift/lint-config/variants", test_variants);
  g_test_add_func ("/podlift/lint-config/merge", test_merge);
  g_test_add_func ("/podlift/lint-config/errors", test_errors);
  g_test_add_func ("/podlift/lint-config/error-changes-nothing", test_error_changes_nothing);
  g_test_add_func ("/podlift/lint-config/missing-file", test_missing_file);
  g_test_add_func ("/podlift/lint-config/find-order", test_find_order);
  g_test_add_func ("/podlift/lint-config/find-without-xdg", test_find_without_xdg);

  ret = g_test_run ();

  remove_tree (tmp_dir);
  g_free (tmp_dir);

  return ret;
}
