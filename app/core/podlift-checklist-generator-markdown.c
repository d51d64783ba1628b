/* podlift-checklist-generator-markdown.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-checklist-generator"

#include "config.h"

#include <string.h>

#include "podlift-app-profile.h"
#include "podlift-bundle-private.h"
#include "podlift-checklist.h"
#include "podlift-checklist-generator.h"
#include "podlift-live-check.h"
#include "podlift-strategy.h"
#include "podlift-timeline-entry.h"

/* migration/CHECKLIST.md: the checklist as a reviewer reads it in a
 * pull request, with its progress and its timeline. Written from
 * podlift.json on every save; times in UTC, so that the file is the
 * same wherever it is saved. */

#define CHECKLIST_FILE "migration/CHECKLIST.md"

static const char * const phase_titles[] = {
  "Before the switch", "The switch", "After the switch",
};
static const char * const phase_names[] = {
  "before the switch", "the switch", "after the switch",
};

/* Markdown's special characters, escaped; a newline continues the
 * list item it is in. */
static void
append_text (GString    *out,
             const char *text,
             const char *indent)
{
  for (const char *c = text; c && *c; c++)
    {
      if (*c == '\n')
        {
          g_string_append_c (out, '\n');
          g_string_append (out, indent);
          continue;
        }
      /* An underscore inside a word (pg_dump) is no emphasis. */
      if (*c == '_' && c > text && g_ascii_isalnum (c[-1]) && g_ascii_isalnum (c[1]))
        ;
      else if (strchr ("\\`*_[]<>|", *c) != NULL)
        g_string_append_c (out, '\\');
      g_string_append_c (out, *c);
    }
}

static void
append_time (GString *out,
             gint64   unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (unix_time);
  g_autofree char *text = dt ? g_date_time_format (dt, "%Y-%m-%d %H:%M UTC") : NULL;

  g_string_append (out, text ? text : "?");
}

static void
append_check (GString              *out,
              PodliftChecklistItem *item)
{
  PodliftCheckKind kind = podlift_checklist_item_get_check_kind (item);
  const char *target = podlift_checklist_item_get_check_target (item);

  g_string_append_printf (out, "  - Check (%s): ", podlift_check_kind_to_string (kind));
  append_text (out, target ? target : "no target yet", "    ");
  if (podlift_checklist_item_get_check_status (item) != 0)
    g_string_append_printf (out, ", status %u", podlift_checklist_item_get_check_status (item));
  if (podlift_checklist_item_get_check_max_latency_ms (item) != 0)
    g_string_append_printf (out, ", within %u ms", podlift_checklist_item_get_check_max_latency_ms (item));
  if (podlift_checklist_item_get_checked_at (item) != 0)
    {
      g_string_append (out, podlift_checklist_item_get_check_passed (item) ? ". Passed " : ". Failed ");
      append_time (out, podlift_checklist_item_get_checked_at (item));
      g_string_append (out, ": ");
      append_text (out, podlift_checklist_item_get_check_result (item), "    ");
    }
  g_string_append_c (out, '\n');
}

static void
append_item (GString              *out,
             PodliftChecklistItem *item)
{
  PodliftItemState state = podlift_checklist_item_get_state (item);
  const char *title = podlift_checklist_item_get_title (item);

  g_string_append (out, podlift_checklist_item_get_closed (item) ? "- [x] " : "- [ ] ");
  g_string_append (out, state == PODLIFT_ITEM_STATE_SKIPPED ? "~~" : "**");
  append_text (out, title ? title : "Untitled item", "  ");
  g_string_append (out, state == PODLIFT_ITEM_STATE_SKIPPED ? "~~ (skipped" : "** (");
  if (state == PODLIFT_ITEM_STATE_DONE)
    {
      g_string_append (out, "done ");
      append_time (out, podlift_checklist_item_get_done_at (item));
    }
  else if (state == PODLIFT_ITEM_STATE_FAILED)
    {
      g_string_append (out, "**failed** ");
      append_time (out, podlift_checklist_item_get_changed_at (item));
    }
  else if (state == PODLIFT_ITEM_STATE_TODO)
    g_string_append (out, "to do");
  g_string_append (out, ")\n");

  if (podlift_checklist_item_get_owner (item) != NULL)
    {
      g_string_append (out, "  - Owner: ");
      append_text (out, podlift_checklist_item_get_owner (item), "    ");
      g_string_append_c (out, '\n');
    }
  if (podlift_checklist_item_get_why (item) != NULL)
    {
      g_string_append (out, "  - Why: ");
      append_text (out, podlift_checklist_item_get_why (item), "    ");
      g_string_append_c (out, '\n');
    }
  if (podlift_checklist_item_get_note (item) != NULL)
    {
      g_string_append (out, "  - Note: ");
      append_text (out, podlift_checklist_item_get_note (item), "    ");
      g_string_append_c (out, '\n');
    }
  if (podlift_checklist_item_get_check_kind (item) != PODLIFT_CHECK_KIND_NONE)
    append_check (out, item);
}

static void
append_header (GString        *out,
               PodliftProject *project)
{
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  const char *name = podlift_app_profile_get_name (podlift_project_get_profile (project));
  const char *window = podlift_strategy_get_cutover_window (strategy);
  guint closed, total;

  g_string_append (out, "# Cutover checklist");
  if (name != NULL)
    {
      g_string_append (out, ": ");
      append_text (out, name, "");
    }
  g_string_append (out, "\n\n<!-- Written by Podlift from podlift.json on every save. -->\n\n");

  switch (podlift_strategy_get_kind (strategy))
    {
    case PODLIFT_STRATEGY_KIND_APP_ONLY:
      g_string_append (out, "Strategy: the application only, with no downtime.");
      break;
    case PODLIFT_STRATEGY_KIND_APP_AND_DATABASE:
      g_string_append (out, "Strategy: the application and its data, with downtime.");
      break;
    case PODLIFT_STRATEGY_KIND_UNDECIDED:
    default:
      g_string_append (out, "Strategy: not chosen yet.");
      break;
    }
  if (window != NULL)
    {
      g_string_append (out, " Window: ");
      append_text (out, window, "");
      g_string_append_c (out, '.');
    }
  g_string_append (out, "\n\n");

  if (podlift_checklist_get_started_at (checklist) != 0)
    {
      g_string_append (out, "Cutover started ");
      append_time (out, podlift_checklist_get_started_at (checklist));
      g_string_append (out, ". ");
    }
  podlift_checklist_count (checklist, -1, &closed, &total);
  g_string_append_printf (out, "Progress: %u of %u closed", closed, total);
  for (guint phase = 0; phase < G_N_ELEMENTS (phase_titles); phase++)
    {
      podlift_checklist_count (checklist, phase, &closed, &total);
      g_string_append_printf (out, "%s%s %u of %u", phase == 0 ? " (" : ", ",
                              phase_names[phase], closed, total);
    }
  g_string_append (out, ").\n");
}

static void
append_timeline (GString    *out,
                 GListModel *timeline)
{
  guint n = g_list_model_get_n_items (timeline);

  g_string_append (out, "\n## Timeline\n\n");
  if (n == 0)
    {
      g_string_append (out, "Nothing recorded yet.\n");
      return;
    }

  g_string_append (out, "| Time | Event |\n| --- | --- |\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftTimelineEntry) entry = g_list_model_get_item (timeline, i);
      g_autofree char *text = g_strdup (podlift_timeline_entry_get_text (entry));

      g_string_append (out, "| ");
      append_time (out, podlift_timeline_entry_get_time (entry));
      g_string_append (out, " | ");
      append_text (out, text ? g_strdelimit (text, "\n", ' ') : "", "");
      if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_CHECK)
        g_string_append_printf (out, " (%u ms)", podlift_timeline_entry_get_latency_ms (entry));
      g_string_append (out, " |\n");
    }
}

/**
 * podlift_checklist_markdown:
 *
 * Returns: (transfer full): migration/CHECKLIST.md
 */
char *
podlift_checklist_markdown (PodliftProject *project)
{
  PodliftChecklist *checklist;
  GListModel *items;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  checklist = podlift_project_get_checklist (project);
  items = G_LIST_MODEL (podlift_checklist_get_items (checklist));
  append_header (out, project);

  for (guint phase = 0; phase < G_N_ELEMENTS (phase_titles); phase++)
    {
      guint closed, total;

      podlift_checklist_count (checklist, phase, &closed, &total);
      g_string_append_printf (out, "\n## %s (%u of %u)\n\n", phase_titles[phase], closed, total);
      if (total == 0)
        g_string_append (out, "No items.\n");
      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);

          if (podlift_checklist_item_get_phase (item) == phase)
            append_item (out, item);
        }
    }

  append_timeline (out, G_LIST_MODEL (podlift_checklist_get_timeline (checklist)));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * podlift_bundle_add_checklist:
 * @files: (element-type PodliftBundleFile): the bundle's files
 *
 * Adds migration/CHECKLIST.md to @files; with no checklist, its removal.
 */
void
podlift_bundle_add_checklist (PodliftProject *project,
                              GPtrArray      *files)
{
  GListModel *items;
  char *text;

  g_return_if_fail (PODLIFT_IS_PROJECT (project));
  g_return_if_fail (files != NULL);

  items = G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project)));
  if (g_list_model_get_n_items (items) == 0)
    {
      g_ptr_array_add (files, podlift_bundle_file_new (CHECKLIST_FILE, NULL, FALSE));
      return;
    }

  text = podlift_checklist_markdown (project);
  g_ptr_array_add (files, podlift_bundle_file_new (CHECKLIST_FILE,
                                                   g_bytes_new_take (text, strlen (text)),
                                                   FALSE));
}
