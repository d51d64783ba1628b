/* podlift-cli-verify.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <unistd.h>

#include "podlift-bundle.h"
#include "podlift-checklist.h"
#include "podlift-cli.h"
#include "podlift-cli-private.h"
#include "podlift-live-check.h"

/* `podlift verify BUNDLE [--item ID]… [--base-url URL] [--format
 * tty|json]`: the live checks of the cutover checklist run headless, all
 * at once, and recorded in the bundle's timeline. A passing check ticks
 * its item, unless --base-url sent it to another environment (a
 * rehearsal in pre-production, a port-forward): that proves nothing
 * about production, so it is only recorded. */

typedef struct
{
  GMainLoop *loop;
  GPtrArray *results;
  GError    *error;
} Wait;

static void
run_cb (GObject      *object,
        GAsyncResult *result,
        gpointer      user_data)
{
  Wait *wait = user_data;

  wait->results = podlift_live_checks_run_finish (result, &wait->error);
  g_main_loop_quit (wait->loop);
}

/* The checks of the items asked for, or of every item that has one. */
static GPtrArray *
collect_checks (PodliftProject  *project,
                char           **ids,
                const char      *base_url,
                GError         **error)
{
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  GListModel *items = G_LIST_MODEL (podlift_checklist_get_items (checklist));
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func ((GDestroyNotify)podlift_live_check_free);

  for (guint i = 0; ids != NULL && ids[i]; i++)
    {
      PodliftChecklistItem *item = podlift_checklist_find_item (checklist, ids[i]);
      PodliftLiveCheck *check;

      if (item == NULL)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                       _("verify: the checklist has no item “%s”"), ids[i]);
          return NULL;
        }
      if (!(check = podlift_live_check_new_for_item (project, item, base_url, error)))
        return NULL;
      g_ptr_array_add (checks, check);
    }

  for (guint i = 0; ids == NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);
      g_autoptr(GError) local_error = NULL;
      PodliftLiveCheck *check;

      if (podlift_checklist_item_get_check_kind (item) == PODLIFT_CHECK_KIND_NONE)
        continue;

      /* An item whose check has no target yet is run, and fails. */
      check = podlift_live_check_new_for_item (project, item, base_url, &local_error);
      if (check == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT) &&
          podlift_checklist_item_get_check_target (item) != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));   /* a bad --base-url */
          return NULL;
        }
      if (check == NULL)
        {
          check = podlift_live_check_new (podlift_checklist_item_get_check_kind (item), NULL);
          check->id = g_strdup (podlift_checklist_item_get_id (item));
        }
      g_ptr_array_add (checks, check);
    }

  return g_steal_pointer (&checks);
}

static void
record (PodliftProject *project,
        GPtrArray      *results,
        const char     *base_url)
{
  PodliftChecklist *checklist = podlift_project_get_checklist (project);

  for (guint i = 0; i < results->len; i++)
    {
      PodliftCheckResult *result = g_ptr_array_index (results, i);
      PodliftChecklistItem *item = podlift_checklist_find_item (checklist, result->id);
      gboolean elsewhere = base_url != NULL &&
                           (result->kind == PODLIFT_CHECK_KIND_HTTP || result->kind == PODLIFT_CHECK_KIND_PROBE);
      g_autofree char *detail = NULL;

      if (item == NULL)
        continue;

      /* Translators: a check result and where it ran, "HTTP 200 in 3 ms (against http://localhost:8000)" */
      detail = elsewhere ? g_strdup_printf (_("%s (against %s)"), result->detail, base_url)
                         : g_strdup (result->detail);
      podlift_checklist_record_check (checklist, item, result->passed, detail, result->latency_ms,
                                      !elsewhere);
    }
}

static void
print_json (GPtrArray *results)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < results->len; i++)
    {
      PodliftCheckResult *result = g_ptr_array_index (results, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, result->id);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, podlift_check_kind_to_string (result->kind));
      json_builder_set_member_name (builder, "target");
      if (result->target != NULL)
        json_builder_add_string_value (builder, result->target);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "ok");
      json_builder_add_boolean_value (builder, result->passed);
      json_builder_set_member_name (builder, "detail");
      json_builder_add_string_value (builder, result->detail);
      json_builder_set_member_name (builder, "latency_ms");
      json_builder_add_int_value (builder, result->latency_ms);
      if (result->digest != NULL)
        {
          json_builder_set_member_name (builder, "digest");
          json_builder_add_string_value (builder, result->digest);
          json_builder_set_member_name (builder, "size");
          json_builder_add_int_value (builder, result->size);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

static void
print_tty (GPtrArray *results,
           gboolean   colour)
{
  guint passed = 0;

  for (guint i = 0; i < results->len; i++)
    {
      PodliftCheckResult *result = g_ptr_array_index (results, i);
      const char *mark = result->passed ? (colour ? "\033[32mok\033[0m  " : "ok  ")
                                        : (colour ? "\033[1;31mFAIL\033[0m" : "FAIL");

      passed += result->passed;
      g_print ("%s %-20s %-5s %s\n     %s (%u ms)\n", mark, result->id ? result->id : "",
               podlift_check_kind_to_string (result->kind), result->target ? result->target : "",
               result->detail, result->latency_ms);
    }

  /* Translators: the last line of `podlift verify` */
  g_print (g_dngettext (GETTEXT_PACKAGE, "%u of %u check passed\n", "%u of %u checks passed\n",
                        results->len),
           passed, results->len);
}

static int
run_and_record (PodliftProject *project,
                GFile          *bundle,
                GPtrArray      *checks,
                const char     *base_url,
                gboolean        json)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  Wait wait = { loop, NULL, NULL };
  gboolean all = TRUE;

  podlift_live_checks_run_async (checks, NULL, run_cb, &wait);
  g_main_loop_run (loop);
  if (wait.results == NULL)
    {
      int status = podlift_cli_fail (wait.error->message);

      g_clear_error (&wait.error);
      return status;
    }

  record (project, wait.results, base_url);
  if (json)
    print_json (wait.results);
  else
    print_tty (wait.results, g_getenv ("NO_COLOR") == NULL && isatty (STDOUT_FILENO));

  for (guint i = 0; i < wait.results->len; i++)
    all &= ((PodliftCheckResult *)g_ptr_array_index (wait.results, i))->passed;
  g_ptr_array_unref (wait.results);

  if (checks->len > 0 && !podlift_bundle_save (project, bundle, NULL, &error))
    return podlift_cli_fail_error (error);

  return all ? PODLIFT_EXIT_OK : PODLIFT_EXIT_FINDINGS;
}

int
podlift_cli_verify (int    argc,
                    char **argv)
{
  g_auto(GStrv) ids = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "item", 'i', 0, G_OPTION_ARG_STRING_ARRAY, &ids,
      N_("Run the check of the item ID only; may be given more than once"), N_("ID") },
    { "base-url", 0, 0, G_OPTION_ARG_STRING, &base_url,
      N_("Send the HTTP and probe checks to URL instead, such as a rehearsal or a port-forward"),
      N_("URL") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: tty (default) or json"),
      N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) bundle = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  context = g_option_context_new (_("BUNDLE — run the live checks of the cutover checklist"));
  g_option_context_set_summary (context,
                                _("Runs the checklist's live checks (HTTP, probe paths, DNS, TCP, image\n"
                                  "in its registry) from this machine, all at once, and records each\n"
                                  "result in the bundle's timeline; a passing check ticks its item,\n"
                                  "except with --base-url, which only records.\n"
                                  "Exit status: 0 when every check passed, 1 when one failed, 2 on bad\n"
                                  "usage or an unreadable bundle."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return podlift_cli_fail_error (error);
  if (argc != 2)
    return podlift_cli_fail (_("verify: give one BUNDLE (see “podlift verify --help”)"));
  if (format != NULL && !g_str_equal (format, "tty") && !g_str_equal (format, "json"))
    return podlift_cli_fail (_("verify: --format must be tty or json"));

  bundle = g_file_new_for_commandline_arg (argv[1]);
  if (!(project = podlift_bundle_load (bundle, NULL, &error)))
    return podlift_cli_fail_error (error);

  if (!(checks = collect_checks (project, ids, base_url, &error)))
    return podlift_cli_fail_error (error);

  if (checks->len == 0 && (format == NULL || g_str_equal (format, "tty")))
    {
      g_print (_("The checklist has no live checks.\n"));
      return PODLIFT_EXIT_OK;
    }

  return run_and_record (project, bundle, checks, base_url, g_strcmp0 (format, "json") == 0);
}
