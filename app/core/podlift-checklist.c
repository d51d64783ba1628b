/* podlift-checklist.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-checklist"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-checklist.h"
#include "podlift-checklist-item.h"
#include "podlift-timeline-entry.h"

/* The cutover checklist and its timeline: the Cutover step. */
struct _PodliftChecklist
{
  GObject parent_instance;

  GListStore *items;
  GListStore *timeline;
};

G_DEFINE_FINAL_TYPE (PodliftChecklist, podlift_checklist, G_TYPE_OBJECT)

static void
item_done_cb (PodliftChecklist     *self,
              GParamSpec           *pspec,
              PodliftChecklistItem *item)
{
  g_autoptr(PodliftTimelineEntry) entry = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *text = NULL;
  gboolean done;

  g_assert (PODLIFT_IS_CHECKLIST (self));
  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));

  now = g_date_time_new_now_utc ();
  done = podlift_checklist_item_get_done (item);
  podlift_checklist_item_set_done_at (item, done ? g_date_time_to_unix (now) : 0);

  /* The timeline keeps the bundle's history of the cutover: ticks are
   * recorded in the order they happened and never rewritten. */
  text = g_strdup_printf (done ? "Done: %s" : "Reopened: %s",
                          podlift_checklist_item_get_title (item));
  entry = podlift_timeline_entry_new ();
  podlift_timeline_entry_set_time (entry, g_date_time_to_unix (now));
  podlift_timeline_entry_set_item_id (entry, podlift_checklist_item_get_id (item));
  podlift_timeline_entry_set_text (entry, text);
  g_list_store_append (self->timeline, entry);
}

static void
items_changed_cb (PodliftChecklist *self,
                  guint             position,
                  guint             removed,
                  guint             added,
                  GListModel       *model)
{
  g_assert (PODLIFT_IS_CHECKLIST (self));

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (model, i);

      g_signal_connect_object (item,
                               "notify::done",
                               G_CALLBACK (item_done_cb),
                               self,
                               G_CONNECT_SWAPPED);
    }
}

static void
podlift_checklist_finalize (GObject *object)
{
  PodliftChecklist *self = (PodliftChecklist *)object;

  g_clear_object (&self->items);
  g_clear_object (&self->timeline);

  G_OBJECT_CLASS (podlift_checklist_parent_class)->finalize (object);
}

static void
podlift_checklist_class_init (PodliftChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_checklist_finalize;

}

static void
podlift_checklist_init (PodliftChecklist *self)
{
  self->items = g_list_store_new (PODLIFT_TYPE_CHECKLIST_ITEM);
  self->timeline = g_list_store_new (PODLIFT_TYPE_TIMELINE_ENTRY);

  g_signal_connect_object (self->items,
                           "items-changed",
                           G_CALLBACK (items_changed_cb),
                           self,
                           G_CONNECT_SWAPPED);
}

PodliftChecklist *
podlift_checklist_new (void)
{
  return g_object_new (PODLIFT_TYPE_CHECKLIST, NULL);
}

GListStore *
podlift_checklist_get_items (PodliftChecklist *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST (self), NULL);

  return self->items;
}

GListStore *
podlift_checklist_get_timeline (PodliftChecklist *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST (self), NULL);

  return self->timeline;
}
