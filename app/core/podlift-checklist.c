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

/* The cutover checklist and its timeline: the Cutover step. The
 * timeline keeps the bundle's history of the cutover: every change of
 * an item's state, every check result, the notes and the start, in the
 * order they happened, never rewritten. Its texts are data saved in the
 * bundle, in English like the rest of podlift.json. */
struct _PodliftChecklist
{
  GObject parent_instance;

  GListStore *items;
  GListStore *timeline;
};

G_DEFINE_FINAL_TYPE (PodliftChecklist, podlift_checklist, G_TYPE_OBJECT)

static gint64
now_unix (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_to_unix (now);
}

static PodliftTimelineEntry *
new_entry (PodliftTimelineKind  kind,
           gint64               time,
           const char          *item_id,
           const char          *text)
{
  PodliftTimelineEntry *entry = podlift_timeline_entry_new ();

  podlift_timeline_entry_set_kind (entry, kind);
  podlift_timeline_entry_set_time (entry, time);
  podlift_timeline_entry_set_item_id (entry, item_id);
  podlift_timeline_entry_set_text (entry, text);

  return entry;
}

/* Entries are complete before the store, and its views, see them. */
static void
append_entry (PodliftChecklist    *self,
              PodliftTimelineKind  kind,
              gint64               time,
              const char          *item_id,
              const char          *text)
{
  g_autoptr(PodliftTimelineEntry) entry = new_entry (kind, time, item_id, text);

  g_list_store_append (self->timeline, entry);
}

static const char *
state_verb (PodliftItemState state)
{
  switch (state)
    {
    case PODLIFT_ITEM_STATE_DONE: return "Done";
    case PODLIFT_ITEM_STATE_SKIPPED: return "Skipped";
    case PODLIFT_ITEM_STATE_FAILED: return "Failed";
    case PODLIFT_ITEM_STATE_TODO:
    default: return "Reopened";
    }
}

static void
item_state_cb (PodliftChecklist     *self,
               GParamSpec           *pspec,
               PodliftChecklistItem *item)
{
  g_autofree char *text = NULL;
  PodliftItemState state;
  gint64 now;

  g_assert (PODLIFT_IS_CHECKLIST (self));
  g_assert (PODLIFT_IS_CHECKLIST_ITEM (item));

  now = now_unix ();
  state = podlift_checklist_item_get_state (item);
  podlift_checklist_item_set_changed_at (item, now);
  podlift_checklist_item_set_done_at (item, state == PODLIFT_ITEM_STATE_DONE ? now : 0);

  text = g_strdup_printf ("%s: %s", state_verb (state), podlift_checklist_item_get_title (item));
  append_entry (self, PODLIFT_TIMELINE_KIND_STATE, now, podlift_checklist_item_get_id (item), text);
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

      /* Once, even for an item moved within the list. */
      g_signal_handlers_disconnect_by_func (item, item_state_cb, self);
      g_signal_connect_object (item,
                               "notify::state",
                               G_CALLBACK (item_state_cb),
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

/**
 * podlift_checklist_find_item:
 *
 * Returns: (transfer none) (nullable): the item with @id
 */
PodliftChecklistItem *
podlift_checklist_find_item (PodliftChecklist *self,
                             const char       *id)
{
  GListModel *model;

  g_return_val_if_fail (PODLIFT_IS_CHECKLIST (self), NULL);

  model = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (podlift_checklist_item_get_id (item), id) == 0)
        return item;  /* the store keeps its reference */
    }

  return NULL;
}

/**
 * podlift_checklist_count:
 * @phase: a #PodliftChecklistPhase, or -1 for all
 *
 * Counts the items of @phase, and those closed (done or skipped).
 */
void
podlift_checklist_count (PodliftChecklist *self,
                         int               phase,
                         guint            *closed,
                         guint            *total)
{
  GListModel *model;

  g_return_if_fail (PODLIFT_IS_CHECKLIST (self));
  g_return_if_fail (closed != NULL && total != NULL);

  *closed = *total = 0;
  model = G_LIST_MODEL (self->items);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (model, i);

      if (phase >= 0 && (int)podlift_checklist_item_get_phase (item) != phase)
        continue;
      (*total)++;
      if (podlift_checklist_item_get_closed (item))
        (*closed)++;
    }
}

/**
 * podlift_checklist_start:
 *
 * Records the start of the cutover in the timeline, once.
 *
 * Returns: %TRUE if it was not started before
 */
gboolean
podlift_checklist_start (PodliftChecklist *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST (self), FALSE);

  if (podlift_checklist_get_started_at (self) != 0)
    return FALSE;

  append_entry (self, PODLIFT_TIMELINE_KIND_START, now_unix (), NULL, "Cutover started");

  return TRUE;
}

/**
 * podlift_checklist_get_started_at:
 *
 * Returns: when the cutover started (Unix time), or 0
 */
gint64
podlift_checklist_get_started_at (PodliftChecklist *self)
{
  GListModel *model;

  g_return_val_if_fail (PODLIFT_IS_CHECKLIST (self), 0);

  model = G_LIST_MODEL (self->timeline);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PodliftTimelineEntry) entry = g_list_model_get_item (model, i);

      if (podlift_timeline_entry_get_kind (entry) == PODLIFT_TIMELINE_KIND_START)
        return podlift_timeline_entry_get_time (entry);
    }

  return 0;
}

/**
 * podlift_checklist_add_note:
 * @item_id: (nullable): the item the note is about
 *
 * Adds a note to the timeline, such as "DNS answers from the cluster in
 * Frankfurt, not yet in Sydney".
 */
void
podlift_checklist_add_note (PodliftChecklist *self,
                            const char       *item_id,
                            const char       *text)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST (self));
  g_return_if_fail (text != NULL);

  append_entry (self, PODLIFT_TIMELINE_KIND_NOTE, now_unix (), item_id, text);
}

/**
 * podlift_checklist_record_check:
 * @detail: what the check found, in one line
 * @may_tick: whether a pass may tick the item (its own "check-ticks"
 *   setting must allow it too)
 *
 * Records a check result: in the timeline, as the item's last result,
 * and, when it passed, as a tick of the item.
 */
void
podlift_checklist_record_check (PodliftChecklist     *self,
                                PodliftChecklistItem *item,
                                gboolean              passed,
                                const char           *detail,
                                guint                 latency_ms,
                                gboolean              may_tick)
{
  g_autoptr(PodliftTimelineEntry) entry = NULL;
  g_autofree char *text = NULL;
  PodliftItemState state;
  gint64 now;

  g_return_if_fail (PODLIFT_IS_CHECKLIST (self));
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (item));

  now = now_unix ();
  text = g_strdup_printf ("%s: %s — %s", passed ? "Check passed" : "Check failed",
                          podlift_checklist_item_get_title (item), detail ? detail : "");
  entry = new_entry (PODLIFT_TIMELINE_KIND_CHECK, now, podlift_checklist_item_get_id (item), text);
  podlift_timeline_entry_set_passed (entry, passed);
  podlift_timeline_entry_set_latency_ms (entry, latency_ms);
  g_list_store_append (self->timeline, entry);

  podlift_checklist_item_set_check_outcome (item, now, passed, detail, latency_ms);

  /* A skipped item stays skipped; a failed one passes now. */
  state = podlift_checklist_item_get_state (item);
  if (passed && may_tick && podlift_checklist_item_get_check_ticks (item) &&
      (state == PODLIFT_ITEM_STATE_TODO || state == PODLIFT_ITEM_STATE_FAILED))
    podlift_checklist_item_set_state (item, PODLIFT_ITEM_STATE_DONE);
}
