/* podlift-checklist-item.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-checklist-item"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-checklist-item-private.h"

/* One step of the cutover checklist: what to do, why, who does it, its
 * state (to do, done, skipped, failed) and when that last changed. The
 * live check an item may carry is in podlift-checklist-item-check.c. */

G_DEFINE_FINAL_TYPE (PodliftChecklistItem, podlift_checklist_item, G_TYPE_OBJECT)

#define PROP(name) PODLIFT_CHECKLIST_ITEM_PROP_##name
#define properties podlift_checklist_item_properties

GParamSpec *podlift_checklist_item_properties [PODLIFT_CHECKLIST_ITEM_N_PROPS];

static void
podlift_checklist_item_finalize (GObject *object)
{
  PodliftChecklistItem *self = (PodliftChecklistItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->why, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->note, g_free);
  podlift_checklist_item_finalize_check (self);

  G_OBJECT_CLASS (podlift_checklist_item_parent_class)->finalize (object);
}

static void
podlift_checklist_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PodliftChecklistItem *self = PODLIFT_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP (ID):
      g_value_set_string (value, self->id);
      break;

    case PROP (TITLE):
      g_value_set_string (value, self->title);
      break;

    case PROP (WHY):
      g_value_set_string (value, self->why);
      break;

    case PROP (PHASE):
      g_value_set_enum (value, self->phase);
      break;

    case PROP (STATE):
      g_value_set_enum (value, self->state);
      break;

    case PROP (DONE):
      g_value_set_boolean (value, self->state == PODLIFT_ITEM_STATE_DONE);
      break;

    case PROP (DONE_AT):
      g_value_set_int64 (value, self->done_at);
      break;

    case PROP (CHANGED_AT):
      g_value_set_int64 (value, self->changed_at);
      break;

    case PROP (OWNER):
      g_value_set_string (value, self->owner);
      break;

    case PROP (NOTE):
      g_value_set_string (value, self->note);
      break;

    case PROP (CUSTOM):
      g_value_set_boolean (value, self->custom);
      break;

    default:
      if (!podlift_checklist_item_get_check_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_checklist_item_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PodliftChecklistItem *self = PODLIFT_CHECKLIST_ITEM (object);

  switch (prop_id)
    {
    case PROP (ID):
      podlift_checklist_item_set_id (self, g_value_get_string (value));
      break;

    case PROP (TITLE):
      podlift_checklist_item_set_title (self, g_value_get_string (value));
      break;

    case PROP (WHY):
      podlift_checklist_item_set_why (self, g_value_get_string (value));
      break;

    case PROP (PHASE):
      podlift_checklist_item_set_phase (self, g_value_get_enum (value));
      break;

    case PROP (STATE):
      podlift_checklist_item_set_state (self, g_value_get_enum (value));
      break;

    case PROP (DONE):
      podlift_checklist_item_set_done (self, g_value_get_boolean (value));
      break;

    case PROP (DONE_AT):
      podlift_checklist_item_set_done_at (self, g_value_get_int64 (value));
      break;

    case PROP (CHANGED_AT):
      podlift_checklist_item_set_changed_at (self, g_value_get_int64 (value));
      break;

    case PROP (OWNER):
      podlift_checklist_item_set_owner (self, g_value_get_string (value));
      break;

    case PROP (NOTE):
      podlift_checklist_item_set_note (self, g_value_get_string (value));
      break;

    case PROP (CUSTOM):
      podlift_checklist_item_set_custom (self, g_value_get_boolean (value));
      break;

    default:
      if (!podlift_checklist_item_set_check_property (self, prop_id, value))
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
podlift_checklist_item_class_init (PodliftChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_checklist_item_finalize;
  object_class->get_property = podlift_checklist_item_get_property;
  object_class->set_property = podlift_checklist_item_set_property;

  properties [PROP (ID)] = g_param_spec_string ("id", NULL, NULL, NULL, FLAGS);
  properties [PROP (TITLE)] = g_param_spec_string ("title", NULL, NULL, NULL, FLAGS);
  properties [PROP (WHY)] = g_param_spec_string ("why", NULL, NULL, NULL, FLAGS);
  properties [PROP (PHASE)] =
    g_param_spec_enum ("phase", NULL, NULL,
                       PODLIFT_TYPE_CHECKLIST_PHASE, PODLIFT_CHECKLIST_PHASE_PREPARE, FLAGS);
  properties [PROP (STATE)] =
    g_param_spec_enum ("state", NULL, NULL,
                       PODLIFT_TYPE_ITEM_STATE, PODLIFT_ITEM_STATE_TODO, FLAGS);
  properties [PROP (DONE)] = g_param_spec_boolean ("done", NULL, NULL, FALSE, FLAGS);
  properties [PROP (DONE_AT)] = g_param_spec_int64 ("done-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties [PROP (CHANGED_AT)] =
    g_param_spec_int64 ("changed-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties [PROP (OWNER)] = g_param_spec_string ("owner", NULL, NULL, NULL, FLAGS);
  properties [PROP (NOTE)] = g_param_spec_string ("note", NULL, NULL, NULL, FLAGS);
  properties [PROP (CUSTOM)] = g_param_spec_boolean ("custom", NULL, NULL, FALSE, FLAGS);

  podlift_checklist_item_install_check_properties (object_class);

  g_object_class_install_properties (object_class, PODLIFT_CHECKLIST_ITEM_N_PROPS, properties);
}

static void
podlift_checklist_item_init (PodliftChecklistItem *self)
{
  self->phase = PODLIFT_CHECKLIST_PHASE_PREPARE;
  self->state = PODLIFT_ITEM_STATE_TODO;
  podlift_checklist_item_init_check (self);
}

PodliftChecklistItem *
podlift_checklist_item_new (void)
{
  return g_object_new (PODLIFT_TYPE_CHECKLIST_ITEM, NULL);
}

const char *
podlift_checklist_item_get_id (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->id;
}

void
podlift_checklist_item_set_id (PodliftChecklistItem *self,
                               const char           *id)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (ID)]);
}

const char *
podlift_checklist_item_get_title (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->title;
}

void
podlift_checklist_item_set_title (PodliftChecklistItem *self,
                                  const char           *title)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (TITLE)]);
}

/**
 * podlift_checklist_item_get_why:
 *
 * Returns: why the item matters, in a sentence or two, or %NULL
 */
const char *
podlift_checklist_item_get_why (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->why;
}

void
podlift_checklist_item_set_why (PodliftChecklistItem *self,
                                const char           *why)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->why, why))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (WHY)]);
}

PodliftChecklistPhase
podlift_checklist_item_get_phase (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->phase;
}

void
podlift_checklist_item_set_phase (PodliftChecklistItem  *self,
                                  PodliftChecklistPhase  phase)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (PHASE)]);
}

PodliftItemState
podlift_checklist_item_get_state (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->state;
}

/* "done" follows the state: one notify of each that changed. */
void
podlift_checklist_item_set_state (PodliftChecklistItem *self,
                                  PodliftItemState      state)
{
  gboolean was_done;

  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (state <= PODLIFT_ITEM_STATE_FAILED);

  if (self->state == state)
    return;

  was_done = self->state == PODLIFT_ITEM_STATE_DONE;
  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (STATE)]);
  if (was_done != (state == PODLIFT_ITEM_STATE_DONE))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (DONE)]);
}

gboolean
podlift_checklist_item_get_done (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), FALSE);

  return self->state == PODLIFT_ITEM_STATE_DONE;
}

/* Ticking makes an item done; unticking a done item opens it again, and
 * leaves a skipped or failed one as it is. */
void
podlift_checklist_item_set_done (PodliftChecklistItem *self,
                                 gboolean              done)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (done)
    podlift_checklist_item_set_state (self, PODLIFT_ITEM_STATE_DONE);
  else if (self->state == PODLIFT_ITEM_STATE_DONE)
    podlift_checklist_item_set_state (self, PODLIFT_ITEM_STATE_TODO);
}

/**
 * podlift_checklist_item_get_closed:
 *
 * Returns: whether nothing is left to do for the item: done or skipped
 */
gboolean
podlift_checklist_item_get_closed (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), FALSE);

  return self->state == PODLIFT_ITEM_STATE_DONE || self->state == PODLIFT_ITEM_STATE_SKIPPED;
}

gint64
podlift_checklist_item_get_done_at (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->done_at;
}

void
podlift_checklist_item_set_done_at (PodliftChecklistItem *self,
                                    gint64                done_at)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (self->done_at == done_at)
    return;

  self->done_at = done_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (DONE_AT)]);
}

/**
 * podlift_checklist_item_get_changed_at:
 *
 * Returns: when the state last changed (Unix time), or 0
 */
gint64
podlift_checklist_item_get_changed_at (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->changed_at;
}

void
podlift_checklist_item_set_changed_at (PodliftChecklistItem *self,
                                       gint64                changed_at)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (self->changed_at == changed_at)
    return;

  self->changed_at = changed_at;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (CHANGED_AT)]);
}

const char *
podlift_checklist_item_get_owner (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->owner;
}

void
podlift_checklist_item_set_owner (PodliftChecklistItem *self,
                                  const char           *owner)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->owner, owner))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (OWNER)]);
}

const char *
podlift_checklist_item_get_note (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->note;
}

void
podlift_checklist_item_set_note (PodliftChecklistItem *self,
                                 const char           *note)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (NOTE)]);
}

/**
 * podlift_checklist_item_get_custom:
 *
 * Returns: whether a user added the item, rather than the plan: such an
 *   item stays when the checklist is generated again
 */
gboolean
podlift_checklist_item_get_custom (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), FALSE);

  return self->custom;
}

void
podlift_checklist_item_set_custom (PodliftChecklistItem *self,
                                   gboolean              custom)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  custom = !!custom;
  if (self->custom == custom)
    return;

  self->custom = custom;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (CUSTOM)]);
}
