/* podlift-dockerfile-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-checks"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-diagnostic-private.h"
#include "podlift-dockerfile-checks-private.h"
#include "podlift-dockerfile-linter.h"
#include "podlift-dockerfile-linter-private.h"

/* The driver of the answer checks (PL101 …), and what the Container step
 * shows: the linter's findings and these, merged and cached on the
 * PodliftDockerfile, so that the sidebar, the page and the review asking
 * several times a keystroke cost one lint. Messages are English like the
 * linter's; explanations are translated. */

#define FILENAME "Dockerfile"

/* How many (text, answers, config) results a Dockerfile keeps: the
 * sidebar lints with the defaults, a page may bring a config of its own. */
#define MAX_CACHED 4

typedef struct
{
  const char *code;
  const char *explanation;
} AnswerRule;

static const AnswerRule answer_rules[] = {
  {
    "PL101",
    /* Translators: explanation of a Dockerfile finding */
    N_("The Knowledge step says the application listens on another port than the one "
       "this Dockerfile exposes. EXPOSE documents the port for docker run -P, compose and "
       "the people reading the image; the Service and the probes in the manifests use "
       "the port from Knowledge, so the two must agree."),
  },
  {
    "PL102",
    /* Translators: explanation of a Dockerfile finding */
    N_("The command this image starts (its CMD, after any ENTRYPOINT) is not the launch "
       "command given in the Knowledge step. Either the Dockerfile or the answer is out "
       "of date: the container must start the application the same way the VM does, "
       "written in exec form so that it receives the stop signal."),
  },
  {
    "PL103",
    /* Translators: explanation of a Dockerfile finding */
    N_("The Knowledge step lists this file or folder among those the application needs "
       "at run time, but no COPY or ADD puts it into the final stage. The image would "
       "build, then fail when the application looks for it. Copy it into the final "
       "stage, or from the build stage that has it."),
  },
};

static const char *
explanation_of (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (answer_rules); i++)
    if (strcmp (answer_rules[i].code, code) == 0)
      return g_dgettext (GETTEXT_PACKAGE, answer_rules[i].explanation);

  return NULL;
}

void
podlift_answer_check_report (PodliftAnswerCheck       *check,
                             const char               *code,
                             const PodliftInstruction *instruction,
                             const char               *message,
                             const PodliftRange       *range,
                             const PodliftRange       *fix_range,
                             const char               *fix_text,
                             const char               *fix_title)
{
  PodliftDiagnostic *diagnostic;

  g_assert (check != NULL);
  g_assert (instruction != NULL);

  diagnostic = podlift_diagnostic_new_full (code, PODLIFT_SEVERITY_WARNING, message,
                                            instruction->range.start.line, 1,
                                            range != NULL ? range : &instruction->range,
                                            FILENAME, explanation_of (code));
  if (fix_range != NULL)
    podlift_diagnostic_set_fix (diagnostic, fix_range, fix_text, fix_title);

  g_ptr_array_add (check->findings, diagnostic);
}

const PodliftStage *
podlift_answer_check_parent_stage (const PodliftDockerfileAst *ast,
                                   const PodliftStage         *stage)
{
  const char *image = PODLIFT_AST_INSTRUCTION (ast, stage->from)->image;

  if (image == NULL)
    return NULL;

  for (guint i = 0; i < stage->index && i < ast->stages->len; i++)
    {
      const PodliftStage *earlier = PODLIFT_AST_STAGE (ast, i);

      if (earlier->name != NULL && g_ascii_strcasecmp (earlier->name, image) == 0)
        return earlier;
    }

  return NULL;
}

/* Drops what @config or the pragmas silence and applies the overrides. */
static void
filter_findings (GPtrArray                  *findings,
                 const PodliftDockerfileAst *ast,
                 PodliftLintConfig          *config)
{
  gboolean use_pragmas = config == NULL || !podlift_lint_config_get_disable_ignore_pragma (config);
  PodliftPragmas pragmas = { 0 };

  if (findings->len == 0)
    return;

  if (use_pragmas)
    podlift_pragmas_collect (&pragmas, ast);

  for (guint i = findings->len; i > 0; i--)
    {
      PodliftDiagnostic *d = g_ptr_array_index (findings, i - 1);
      const char *code = podlift_diagnostic_get_code (d);
      PodliftSeverity severity = podlift_diagnostic_get_severity (d);

      if (config != NULL && podlift_lint_config_get_override (config, code, &severity))
        podlift_diagnostic_set_severity (d, severity);

      if (severity == PODLIFT_SEVERITY_IGNORE ||
          (config != NULL && podlift_lint_config_is_ignored (config, code)) ||
          (use_pragmas && podlift_pragmas_ignore (&pragmas, code, podlift_diagnostic_get_line (d))))
        g_ptr_array_remove_index (findings, i - 1);
    }

  podlift_pragmas_clear (&pragmas);
}

static int
compare_findings (gconstpointer a,
                  gconstpointer b)
{
  PodliftDiagnostic *da = *(PodliftDiagnostic * const *)a;
  PodliftDiagnostic *db = *(PodliftDiagnostic * const *)b;
  guint la = podlift_diagnostic_get_line (da);
  guint lb = podlift_diagnostic_get_line (db);

  if (la != lb)
    return la < lb ? -1 : 1;

  return strcmp (podlift_diagnostic_get_code (da), podlift_diagnostic_get_code (db));
}

static GListModel *
store_of (GPtrArray *findings)
{
  GListStore *store = g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC);

  g_ptr_array_sort (findings, compare_findings);
  g_list_store_splice (store, 0, 0, findings->pdata, findings->len);

  return G_LIST_MODEL (store);
}

GListModel *
podlift_dockerfile_check_answers_full (const char        *text,
                                       PodliftAppProfile *profile,
                                       PodliftLintConfig *config)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PodliftDockerfileAst) ast = NULL;
  PodliftAnswerCheck check;
  const char *launch;
  const char * const *files;

  if (text == NULL || text[0] == '\0' || profile == NULL)
    return store_of (findings);

  ast = podlift_dockerfile_parse (text, -1);
  if (ast->stages->len == 0)
    return store_of (findings);

  check.ast = ast;
  check.findings = findings;

  if (podlift_app_profile_get_port (profile) != 0)
    podlift_answer_check_port (&check, podlift_app_profile_get_port (profile));

  launch = podlift_app_profile_get_launch_command (profile);
  if (launch != NULL && launch[strspn (launch, " \t\r\n")] != '\0')
    podlift_answer_check_command (&check, launch);

  files = podlift_app_profile_get_image_files (profile);
  if (files != NULL && files[0] != NULL)
    podlift_answer_check_files (&check, files);

  filter_findings (findings, ast, config);

  return store_of (findings);
}

/**
 * podlift_dockerfile_check_answers:
 * @text: (nullable): a Dockerfile
 *
 * Returns: (transfer full): the PL101, PL102 and PL103 findings, sorted
 *   by line; a check whose answer is missing is skipped
 */
GListModel *
podlift_dockerfile_check_answers (const char        *text,
                                  PodliftAppProfile *profile)
{
  g_return_val_if_fail (profile == NULL || PODLIFT_IS_APP_PROFILE (profile), NULL);

  return podlift_dockerfile_check_answers_full (text, profile, NULL);
}

/* The cache {{{ */

typedef struct
{
  char        *text;
  guint        port;
  char        *launch_command;
  char       **image_files;
  gboolean     has_config;
  GWeakRef     config;
  GListModel  *findings;
} CacheEntry;

static void
cache_entry_free (gpointer data)
{
  CacheEntry *entry = data;

  g_free (entry->text);
  g_free (entry->launch_command);
  g_strfreev (entry->image_files);
  g_weak_ref_clear (&entry->config);
  g_clear_object (&entry->findings);
  g_free (entry);
}

static GQuark
cache_quark (void)
{
  return g_quark_from_static_string ("podlift-dockerfile-findings");
}

static gboolean
strv_same (const char * const *a,
           const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

static gboolean
cache_entry_matches (CacheEntry        *entry,
                     const char        *text,
                     PodliftAppProfile *profile,
                     PodliftLintConfig *config)
{
  g_autoptr(GObject) cached_config = NULL;

  if (strcmp (entry->text, text) != 0 || entry->has_config != (config != NULL))
    return FALSE;

  if (config != NULL && (cached_config = g_weak_ref_get (&entry->config)) != (GObject *)config)
    return FALSE;

  if (profile == NULL)
    return entry->port == 0 && entry->launch_command == NULL && entry->image_files == NULL;

  return entry->port == podlift_app_profile_get_port (profile) &&
         g_strcmp0 (entry->launch_command, podlift_app_profile_get_launch_command (profile)) == 0 &&
         strv_same ((const char * const *)entry->image_files,
                    podlift_app_profile_get_image_files (profile));
}

static CacheEntry *
cache_entry_new (const char        *text,
                 PodliftAppProfile *profile,
                 PodliftLintConfig *config)
{
  CacheEntry *entry = g_new0 (CacheEntry, 1);

  entry->text = g_strdup (text);
  if (profile != NULL)
    {
      entry->port = podlift_app_profile_get_port (profile);
      entry->launch_command = g_strdup (podlift_app_profile_get_launch_command (profile));
      entry->image_files = g_strdupv ((char **)podlift_app_profile_get_image_files (profile));
    }
  entry->has_config = config != NULL;
  g_weak_ref_init (&entry->config, config);

  return entry;
}

/* Both lists are sorted by line: one merge keeps them so. */
static GListModel *
merge_findings (GListModel *lint,
                GListModel *answers)
{
  guint n_lint = g_list_model_get_n_items (lint);
  guint n_answers = g_list_model_get_n_items (answers);
  g_autoptr(GPtrArray) all = g_ptr_array_new_full (n_lint + n_answers, g_object_unref);

  for (guint i = 0; i < n_lint; i++)
    g_ptr_array_add (all, g_list_model_get_item (lint, i));
  for (guint i = 0; i < n_answers; i++)
    g_ptr_array_add (all, g_list_model_get_item (answers, i));

  return store_of (all);
}

/* }}} */

/**
 * podlift_dockerfile_get_findings:
 * @profile: (nullable): the answers to compare with
 * @config: (nullable): the lint config, NULL for the defaults
 *
 * The result is shared by every caller until the text, the answers it
 * depends on (port, launch command, image files) or the config object
 * change: do not modify it. A config is taken as it is the first time;
 * pass a new object after changing one.
 *
 * Returns: (transfer full): the linter's findings and the answer checks,
 *   sorted by line
 */
GListModel *
podlift_dockerfile_get_findings (PodliftDockerfile *container,
                                 PodliftAppProfile *profile,
                                 PodliftLintConfig *config)
{
  g_autoptr(GListModel) lint = NULL;
  g_autoptr(GListModel) answers = NULL;
  const char *text;
  GPtrArray *cache;
  CacheEntry *entry;

  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (container), NULL);
  g_return_val_if_fail (profile == NULL || PODLIFT_IS_APP_PROFILE (profile), NULL);
  g_return_val_if_fail (config == NULL || PODLIFT_IS_LINT_CONFIG (config), NULL);

  text = podlift_dockerfile_get_text (container);
  if (text == NULL || text[0] == '\0')
    return G_LIST_MODEL (g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC));

  cache = g_object_get_qdata (G_OBJECT (container), cache_quark ());
  if (cache == NULL)
    {
      cache = g_ptr_array_new_with_free_func (cache_entry_free);
      g_object_set_qdata_full (G_OBJECT (container), cache_quark (), cache,
                               (GDestroyNotify)g_ptr_array_unref);
    }

  for (guint i = 0; i < cache->len; i++)
    {
      entry = g_ptr_array_index (cache, i);
      if (cache_entry_matches (entry, text, profile, config))
        return g_object_ref (entry->findings);
    }

  lint = podlift_dockerfile_lint (text, -1, FILENAME, config);
  answers = podlift_dockerfile_check_answers_full (text, profile, config);

  if (profile != NULL)
    {
      g_autoptr(PodliftDockerfileAst) ast = podlift_dockerfile_parse (text, -1);

      podlift_dockerfile_pin_latest (ast, lint, text, profile);
    }

  entry = cache_entry_new (text, profile, config);
  entry->findings = merge_findings (lint, answers);

  /* Results for an older text are of no more use. */
  for (guint i = cache->len; i > 0; i--)
    if (strcmp (((CacheEntry *)g_ptr_array_index (cache, i - 1))->text, text) != 0)
      g_ptr_array_remove_index (cache, i - 1);
  if (cache->len >= MAX_CACHED)
    g_ptr_array_remove_index (cache, 0);
  g_ptr_array_add (cache, entry);

  return g_object_ref (entry->findings);
}
