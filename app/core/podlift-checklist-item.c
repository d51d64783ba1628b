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
#include "podlift-checklist-item.h"

/* One step of the cutover checklist. */
struct _PodliftChecklistItem
{
  GObject parent_instance;

  char *id;
  char *title;
  PodliftChecklistPhase phase;
  gboolean done;
  gint64 done_at;
  char *owner;
  char *note;
  PodliftCheckKind check_kind;
  char *check_target;
};

G_DEFINE_FINAL_TYPE (PodliftChecklistItem, podlift_checklist_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_PHASE,
  PROP_DONE,
  PROP_DONE_AT,
  PROP_OWNER,
  PROP_NOTE,
  PROP_CHECK_KIND,
  PROP_CHECK_TARGET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_checklist_item_finalize (GObject *object)
{
  PodliftChecklistItem *self = (PodliftChecklistItem *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->check_target, g_free);

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
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_DONE:
      g_value_set_boolean (value, self->done);
      break;

    case PROP_DONE_AT:
      g_value_set_int64 (value, self->done_at);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_CHECK_KIND:
      g_value_set_enum (value, self->check_kind);
      break;

    case PROP_CHECK_TARGET:
      g_value_set_string (value, self->check_target);
      break;

    default:
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
    case PROP_ID:
      podlift_checklist_item_set_id (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      podlift_checklist_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_PHASE:
      podlift_checklist_item_set_phase (self, g_value_get_enum (value));
      break;

    case PROP_DONE:
      podlift_checklist_item_set_done (self, g_value_get_boolean (value));
      break;

    case PROP_DONE_AT:
      podlift_checklist_item_set_done_at (self, g_value_get_int64 (value));
      break;

    case PROP_OWNER:
      podlift_checklist_item_set_owner (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      podlift_checklist_item_set_note (self, g_value_get_string (value));
      break;

    case PROP_CHECK_KIND:
      podlift_checklist_item_set_check_kind (self, g_value_get_enum (value));
      break;

    case PROP_CHECK_TARGET:
      podlift_checklist_item_set_check_target (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_checklist_item_class_init (PodliftChecklistItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_checklist_item_finalize;
  object_class->get_property = podlift_checklist_item_get_property;
  object_class->set_property = podlift_checklist_item_set_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                           PODLIFT_TYPE_CHECKLIST_PHASE,
                           PODLIFT_CHECKLIST_PHASE_PREPARE,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DONE] =
    g_param_spec_boolean ("done", NULL, NULL,
                              FALSE,
                              (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DONE_AT] =
    g_param_spec_int64 ("done-at", NULL, NULL,
                            0, G_MAXINT64, 0,
                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHECK_KIND] =
    g_param_spec_enum ("check-kind", NULL, NULL,
                           PODLIFT_TYPE_CHECK_KIND,
                           PODLIFT_CHECK_KIND_NONE,
                           (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CHECK_TARGET] =
    g_param_spec_string ("check-target", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_checklist_item_init (PodliftChecklistItem *self)
{
  self->phase = PODLIFT_CHECKLIST_PHASE_PREPARE;
  self->check_kind = PODLIFT_CHECK_KIND_NONE;
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
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ID]);
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
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TITLE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PHASE]);
}

gboolean
podlift_checklist_item_get_done (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), FALSE);

  return self->done;
}

void
podlift_checklist_item_set_done (PodliftChecklistItem *self,
                                 gboolean              done)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  done = !!done;

  if (self->done == done)
    return;

  self->done = done;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DONE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DONE_AT]);
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
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_OWNER]);
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
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE]);
}

PodliftCheckKind
podlift_checklist_item_get_check_kind (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->check_kind;
}

void
podlift_checklist_item_set_check_kind (PodliftChecklistItem *self,
                                       PodliftCheckKind      check_kind)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (self->check_kind == check_kind)
    return;

  self->check_kind = check_kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHECK_KIND]);
}

const char *
podlift_checklist_item_get_check_target (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->check_target;
}

void
podlift_checklist_item_set_check_target (PodliftChecklistItem *self,
                                         const char           *check_target)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  if (podlift_set_string (&self->check_target, check_target))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHECK_TARGET]);
}
