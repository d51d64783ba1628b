/* podlift-checklist-generator-merge.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-checklist-generator"

#include "config.h"

#include "podlift-checklist.h"
#include "podlift-checklist-generator.h"

/* Generating again after the plan changed. An item still in the plan
 * keeps what the team gave it (state and times, owner, note, the check's
 * target and settings and last result) and takes the plan's title,
 * reason, phase and kind of check (and the plan's target when it had
 * none, or its check changed kind). An item the team
 * added stays, after the item it followed. An item gone from the plan
 * goes, unless it is closed or failed: that is history, and it stays as
 * the team's own. The store is edited in place, so that the items that
 * stay are the same objects. */

static GPtrArray *
copy_items (GListModel *model)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return items;
}

static PodliftChecklistItem *
find (GPtrArray  *items,
      const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (podlift_checklist_item_get_id (g_ptr_array_index (items, i)), id) == 0)
      return g_ptr_array_index (items, i);

  return NULL;
}

static gboolean
has_target (PodliftChecklistItem *item)
{
  const char *target = podlift_checklist_item_get_check_target (item);

  return target != NULL && target[0] != '\0';
}

/* A check's target is the team's once it has one (a port-forward, a
 * path of their own); the plan only fills an empty one. */
static gboolean
same_plan (PodliftChecklistItem *item,
           PodliftChecklistItem *planned)
{
  return g_strcmp0 (podlift_checklist_item_get_title (item), podlift_checklist_item_get_title (planned)) == 0 &&
         g_strcmp0 (podlift_checklist_item_get_why (item), podlift_checklist_item_get_why (planned)) == 0 &&
         podlift_checklist_item_get_phase (item) == podlift_checklist_item_get_phase (planned) &&
         podlift_checklist_item_get_check_kind (item) == podlift_checklist_item_get_check_kind (planned) &&
         (has_target (item) || !has_target (planned));
}

static void
take_plan (PodliftChecklistItem *item,
           PodliftChecklistItem *planned)
{
  podlift_checklist_item_set_title (item, podlift_checklist_item_get_title (planned));
  podlift_checklist_item_set_why (item, podlift_checklist_item_get_why (planned));
  podlift_checklist_item_set_phase (item, podlift_checklist_item_get_phase (planned));
  if (podlift_checklist_item_get_check_kind (item) != podlift_checklist_item_get_check_kind (planned) ||
      !has_target (item))
    podlift_checklist_item_set_check_target (item, podlift_checklist_item_get_check_target (planned));
  podlift_checklist_item_set_check_kind (item, podlift_checklist_item_get_check_kind (planned));
}

static gboolean
keeps_history (PodliftChecklistItem *item)
{
  return podlift_checklist_item_get_state (item) != PODLIFT_ITEM_STATE_TODO;
}

/* The team's item goes after the one it followed, else last of its phase. */
static void
place_own (GPtrArray            *final,
           GPtrArray            *old,
           PodliftChecklistItem *own)
{
  guint at = final->len;
  guint index;

  g_ptr_array_find (old, own, &index);
  for (guint i = index; i > 0; i--)
    {
      guint found;

      if (g_ptr_array_find (final, g_ptr_array_index (old, i - 1), &found))
        {
          at = found + 1;
          break;
        }
    }

  if (at == final->len)
    for (guint i = 0; i < final->len; i++)
      if (podlift_checklist_item_get_phase (g_ptr_array_index (final, i)) <= podlift_checklist_item_get_phase (own))
        at = i + 1;

  g_ptr_array_insert (final, at, g_object_ref (own));
}

/* The checklist as it should be: planned items (old objects where they
 * exist), then the team's own items placed among them. */
static GPtrArray *
merge (GPtrArray *old,
       GPtrArray *planned)
{
  GPtrArray *final = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < planned->len; i++)
    {
      PodliftChecklistItem *p = g_ptr_array_index (planned, i);
      PodliftChecklistItem *o = find (old, podlift_checklist_item_get_id (p));

      g_ptr_array_add (final, g_object_ref (o && !podlift_checklist_item_get_custom (o) ? o : p));
    }

  for (guint i = 0; i < old->len; i++)
    {
      PodliftChecklistItem *o = g_ptr_array_index (old, i);

      if (g_ptr_array_find (final, o, NULL))
        continue;
      if (podlift_checklist_item_get_custom (o) || keeps_history (o))
        place_own (final, old, o);
    }

  return final;
}

/* Makes @store hold @final, touching only what differs. */
static void
apply (GListStore *store,
       GPtrArray  *final,
       guint      *removed)
{
  GListModel *model = G_LIST_MODEL (store);

  for (guint i = g_list_model_get_n_items (model); i > 0; i--)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (model, i - 1);

      if (!g_ptr_array_find (final, item, NULL))
        {
          g_list_store_remove (store, i - 1);
          (*removed)++;
        }
    }

  for (guint i = 0; i < final->len; i++)
    {
      gpointer want = g_ptr_array_index (final, i);
      g_autoptr(GObject) current = i < g_list_model_get_n_items (model) ? g_list_model_get_item (model, i) : NULL;
      guint at;

      if (current == want)
        continue;
      if (g_list_store_find (store, want, &at))
        g_list_store_remove (store, at);   /* moved: the plan changed its order */
      g_list_store_insert (store, i, want);
    }
}

/**
 * podlift_checklist_regenerate:
 * @added: (out) (optional): how many planned items are new
 * @removed: (out) (optional): how many items left the checklist
 *
 * Generates the checklist again and brings the project's up to date.
 *
 * Returns: whether anything changed
 */
gboolean
podlift_checklist_regenerate (PodliftProject *project,
                              guint          *added,
                              guint          *removed)
{
  GListStore *store;
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) planned = NULL;
  g_autoptr(GPtrArray) final = NULL;
  guint n_added = 0, n_removed = 0;
  gboolean current;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), FALSE);

  current = podlift_checklist_is_current (project);
  store = podlift_checklist_get_items (podlift_project_get_checklist (project));
  old = copy_items (G_LIST_MODEL (store));
  planned = podlift_checklist_generate (project);

  for (guint i = 0; i < planned->len; i++)
    {
      PodliftChecklistItem *p = g_ptr_array_index (planned, i);
      PodliftChecklistItem *o = find (old, podlift_checklist_item_get_id (p));

      if (o != NULL && !podlift_checklist_item_get_custom (o))
        take_plan (o, p);
      else
        n_added++;
    }

  final = merge (old, planned);
  apply (store, final, &n_removed);

  if (added != NULL)
    *added = n_added;
  if (removed != NULL)
    *removed = n_removed;

  return !current;
}

/**
 * podlift_checklist_is_current:
 *
 * Returns: whether the checklist has every item of the plan, as the plan
 *   says it, and no item the plan dropped
 */
gboolean
podlift_checklist_is_current (PodliftProject *project)
{
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) planned = NULL;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), FALSE);

  old = copy_items (G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project))));
  planned = podlift_checklist_generate (project);

  for (guint i = 0; i < planned->len; i++)
    {
      PodliftChecklistItem *p = g_ptr_array_index (planned, i);
      PodliftChecklistItem *o = find (old, podlift_checklist_item_get_id (p));

      if (o == NULL || podlift_checklist_item_get_custom (o) || !same_plan (o, p))
        return FALSE;
    }

  for (guint i = 0; i < old->len; i++)
    {
      PodliftChecklistItem *o = g_ptr_array_index (old, i);

      if (!podlift_checklist_item_get_custom (o) && !keeps_history (o) &&
          find (planned, podlift_checklist_item_get_id (o)) == NULL)
        return FALSE;
    }

  return TRUE;
}
