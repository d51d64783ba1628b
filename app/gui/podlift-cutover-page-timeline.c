/* podlift-cutover-page-timeline.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-checklist.h"
#include "podlift-cutover-page-private.h"
#include "podlift-timeline-entry.h"

/* The timeline beside the checklist, newest first: every change of an
 * item's state, every check result with its latency, the notes and the
 * start, each with its time. The core records them; this shows them,
 * and adds the notes typed here. */

static const char *
entry_icon (PodliftTimelineEntry *entry)
{
  switch (podlift_timeline_entry_get_kind (entry))
    {
    case PODLIFT_TIMELINE_KIND_CHECK:
      return podlift_timeline_entry_get_passed (entry) ? "emblem-ok-symbolic" : "dialog-warning-symbolic";

    case PODLIFT_TIMELINE_KIND_NOTE:
      return "document-edit-symbolic";

    case PODLIFT_TIMELINE_KIND_START:
      return "media-playback-start-symbolic";

    case PODLIFT_TIMELINE_KIND_STATE:
    default:
      return "object-select-symbolic";
    }
}

static GtkWidget *
create_timeline_row (PodliftTimelineEntry *entry)
{
  g_autofree char *when = NULL;
  const char *text;
  GtkWidget *row;
  GtkWidget *icon;

  g_assert (PODLIFT_IS_TIMELINE_ENTRY (entry));

  when = podlift_cutover_format_time (podlift_timeline_entry_get_time (entry));
  if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_CHECK)
    {
      g_autofree char *with_latency = NULL;

      /* Translators: a check result's time and how long it took, "Nov 26, 14:32 · 143 ms" */
      with_latency = g_strdup_printf (_("%s · %u ms"), when, podlift_timeline_entry_get_latency_ms (entry));
      g_free (when);
      when = g_steal_pointer (&with_latency);
    }
  text = podlift_timeline_entry_get_text (entry);

  row = adw_action_row_new ();
  gtk_widget_set_name (row, "timeline-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text ? text : "");
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), when);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  icon = gtk_image_new_from_icon_name (entry_icon (entry));
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 3);
  if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_CHECK)
    gtk_widget_add_css_class (icon, podlift_timeline_entry_get_passed (entry) ? "success" : "error");
  else if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_START)
    gtk_widget_add_css_class (icon, "accent");
  else
    gtk_widget_add_css_class (icon, "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

typedef struct
{
  PodliftTimelineEntry *entry;
  guint                 position;
} TimelineSlot;

/* Newest first; of two entries of the same second, the one recorded
 * later (further down the store) first. */
static int
timeline_slot_compare (gconstpointer a,
                       gconstpointer b)
{
  const TimelineSlot *slot_a = a;
  const TimelineSlot *slot_b = b;
  gint64 time_a = podlift_timeline_entry_get_time (slot_a->entry);
  gint64 time_b = podlift_timeline_entry_get_time (slot_b->entry);

  if (time_a != time_b)
    return time_a > time_b ? -1 : 1;

  if (slot_a->position != slot_b->position)
    return slot_a->position > slot_b->position ? -1 : 1;

  return 0;
}

static void
update_summary (PodliftCutoverPage *self,
                guint               n)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  gint64 started = project ? podlift_checklist_get_started_at (podlift_project_get_checklist (project)) : 0;
  g_autofree char *text = NULL;

  if (started != 0)
    {
      g_autofree char *when = podlift_cutover_format_time (started);

      /* Translators: under "Timeline": when the cutover started */
      text = g_strdup_printf (_("Cutover started %s. Newest first, saved with the bundle."), when);
    }
  else
    text = g_strdup (n > 0 ? _("Newest first, saved with the bundle. The cutover has not started.")
                           : _("Every tick, note and check result, saved with the bundle."));
  gtk_label_set_label (self->timeline_summary, text);

  gtk_widget_set_visible (GTK_WIDGET (self->start_button), started == 0);
  if (started != 0)
    {
      g_autofree char *when = podlift_cutover_format_time (started);
      g_autofree char *subtitle = g_strdup_printf (_("Started %s"), when);

      gtk_label_set_label (self->overall_subtitle, subtitle);
    }
  else
    gtk_label_set_label (self->overall_subtitle, _("Not started: Start Cutover records the start in the timeline"));
}

/* The timeline is short and grows one event at a time: show it again in
 * full on any change. */
static void
timeline_changed_cb (PodliftCutoverPage *self,
                     guint               position,
                     guint               removed,
                     guint               added,
                     GListModel         *model)
{
  g_autoptr(GArray) slots = NULL;
  GtkListBoxRow *row;
  guint n;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));
  g_assert (G_IS_LIST_MODEL (model));

  while ((row = gtk_list_box_get_row_at_index (self->timeline_list, 0)))
    gtk_list_box_remove (self->timeline_list, GTK_WIDGET (row));

  n = g_list_model_get_n_items (model);
  slots = g_array_sized_new (FALSE, FALSE, sizeof (TimelineSlot), n);
  for (guint i = 0; i < n; i++)
    {
      TimelineSlot slot = { g_list_model_get_item (model, i), i };

      g_array_append_val (slots, slot);
    }
  g_array_sort (slots, timeline_slot_compare);

  for (guint i = 0; i < n; i++)
    {
      /* takes the reference the first loop got */
      g_autoptr(PodliftTimelineEntry) entry = g_array_index (slots, TimelineSlot, i).entry;

      gtk_list_box_append (self->timeline_list, create_timeline_row (entry));
    }

  update_summary (self, n);
}

void
podlift_cutover_page_watch_timeline (PodliftCutoverPage *self,
                                     GListStore         *timeline)
{
  GtkListBoxRow *row;

  g_assert (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->timeline != NULL)
    g_signal_handlers_disconnect_by_func (self->timeline, timeline_changed_cb, self);

  while ((row = gtk_list_box_get_row_at_index (self->timeline_list, 0)))
    gtk_list_box_remove (self->timeline_list, GTK_WIDGET (row));

  g_set_object (&self->timeline, timeline);

  if (timeline != NULL)
    {
      g_signal_connect_object (timeline, "items-changed", G_CALLBACK (timeline_changed_cb),
                               self, G_CONNECT_SWAPPED);
      timeline_changed_cb (self, 0, 0, g_list_model_get_n_items (G_LIST_MODEL (timeline)),
                           G_LIST_MODEL (timeline));
    }
  else
    update_summary (self, 0);
}

void
podlift_cutover_page_add_note (PodliftCutoverPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry))));

  g_return_if_fail (PODLIFT_IS_CUTOVER_PAGE (self));

  if (project == NULL || text[0] == '\0')
    return;

  podlift_checklist_add_note (podlift_project_get_checklist (project), NULL, text);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), "");
}
