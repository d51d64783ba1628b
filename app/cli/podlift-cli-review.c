/* podlift-cli-review.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "podlift-bundle.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-dependency.h"
#include "podlift-review.h"

/* `podlift review BUNDLE --format md|html|pdf --out FILE
 * [--check-dependencies]`: the Review step, headless. Markdown and HTML
 * go to standard output without --out. */

/* Long enough for a TLS handshake across the world; the checks run side
 * by side, so the whole wait is about this. */
#define CHECK_TIMEOUT_MS 3000

typedef struct
{
  GPtrArray *results;
  guint      pending;
} Checks;

typedef struct
{
  Checks *checks;
  guint   index;
} Check;

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Check *check = user_data;
  g_autoptr(GError) error = NULL;
  PodliftReachability *reachability = podlift_reachability_check_finish (result, &error);

  if (reachability == NULL)
    {
      reachability = g_new0 (PodliftReachability, 1);
      reachability->summary = g_strdup (error->message);
    }
  g_ptr_array_index (check->checks->results, check->index) = reachability;
  check->checks->pending--;
  g_free (check);
}

/* Every dependency checked at once, in the order of the profile. */
static GPtrArray *
check_dependencies (PodliftProject *project)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)));
  guint n = g_list_model_get_n_items (deps);
  Checks checks = { NULL, n };

  checks.results = g_ptr_array_new_full (n, (GDestroyNotify) podlift_reachability_free);
  g_ptr_array_set_size (checks.results, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      Check *check = g_new0 (Check, 1);

      check->checks = &checks;
      check->index = i;
      podlift_reachability_check_async (dep, CHECK_TIMEOUT_MS, NULL, check_cb, check);
    }

  while (checks.pending > 0)
    g_main_context_iteration (NULL, TRUE);

  return checks.results;
}

static gboolean
format_from_path (const char          *path,
                  PodliftReviewFormat *format)
{
  const char *dot = path ? strrchr (path, '.') : NULL;

  return dot != NULL && podlift_review_format_from_name (dot + 1, format);
}

static int
write_review (PodliftReview       *review,
              PodliftReviewFormat  format,
              const char          *out)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (out != NULL && !g_str_equal (out, "-"))
    {
      if (!podlift_review_write (review, format, out, &error))
        return podlift_cli_fail_error (error);
      return PODLIFT_EXIT_OK;
    }

  if (format == PODLIFT_REVIEW_FORMAT_PDF)
    return podlift_cli_fail (_("review: a PDF needs --out FILE"));

  text = format == PODLIFT_REVIEW_FORMAT_HTML ? podlift_review_to_html (review)
                                             : podlift_review_to_markdown (review);
  g_print ("%s", text);

  return PODLIFT_EXIT_OK;
}

int
podlift_cli_review (int    argc,
                    char **argv)
{
  g_autofree char *format_name = NULL;
  g_autofree char *out = NULL;
  gboolean check = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("md, html or pdf (default: from the --out file's extension, else md)"), N_("FORMAT") },
    { "out", 'o', 0, G_OPTION_ARG_FILENAME, &out,
      N_("Write to FILE (default: standard output, for md and html)"), N_("FILE") },
    { "check-dependencies", 0, 0, G_OPTION_ARG_NONE, &check,
      N_("Check that every dependency answers from this machine; an unreachable one is a risk"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GPtrArray) reachability = NULL;
  g_autoptr(PodliftReview) review = NULL;
  PodliftReviewFormat format = PODLIFT_REVIEW_FORMAT_MARKDOWN;

  context = g_option_context_new (_("BUNDLE — the plan on one page: Markdown, HTML or PDF"));
  g_option_context_set_summary (context,
                                _("Writes the Review step of the bundle: the application in brief, the\n"
                                  "risks still open, the strategy and its downtime, the resources and\n"
                                  "their diagram, the lint and validation counts, the checklist progress.\n"
                                  "No secret value is ever part of it."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2)
    return podlift_cli_fail (_("review: give one BUNDLE (see “podlift review --help”)"));

  if (format_name != NULL)
    {
      if (!podlift_review_format_from_name (format_name, &format))
        return podlift_cli_fail (_("review: --format must be md, html or pdf"));
    }
  else if (out != NULL && !format_from_path (out, &format))
    format = PODLIFT_REVIEW_FORMAT_MARKDOWN;

  bundle = g_file_new_for_commandline_arg (argv[1]);
  project = podlift_bundle_load (bundle, NULL, &error);
  if (project == NULL)
    return podlift_cli_fail_error (error);

  if (check)
    reachability = check_dependencies (project);

  review = podlift_review_new (project, reachability);

  return write_review (review, format, out);
}
