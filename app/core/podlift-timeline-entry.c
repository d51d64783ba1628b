/* podlift-timeline-entry.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-timeline-entry"

#include "config.h"

#include "podlift-enum-types.h"
#include "podlift-model-util.h"
#include "podlift-timeline-entry.h"

/* One event of the cutover, with its time: a change of an item's state,
 * a check result (passed or not, and how long it took), a note, or the
 * start of the cutover. */
struct _PodliftTimelineEntry
{
  GObject parent_instance;

  gint64 time;
  char *item_id;
  char *text;
  PodliftTimelineKind kind;
  gboolean passed;
  guint latency_ms;
};

G_DEFINE_FINAL_TYPE (PodliftTimelineEntry, podlift_timeline_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TIME,
  PROP_ITEM_ID,
  PROP_TEXT,
  PROP_KIND,
  PROP_PASSED,
  PROP_LATENCY_MS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_timeline_entry_finalize (GObject *object)
{
  PodliftTimelineEntry *self = (PodliftTimelineEntry *)object;

  g_clear_pointer (&self->item_id, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (podlift_timeline_entry_parent_class)->finalize (object);
}

static void
podlift_timeline_entry_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PodliftTimelineEntry *self = PODLIFT_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TIME:
      g_value_set_int64 (value, self->time);
      break;

    case PROP_ITEM_ID:
      g_value_set_string (value, self->item_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_PASSED:
      g_value_set_boolean (value, self->passed);
      break;

    case PROP_LATENCY_MS:
      g_value_set_uint (value, self->latency_ms);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_timeline_entry_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PodliftTimelineEntry *self = PODLIFT_TIMELINE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_TIME:
      podlift_timeline_entry_set_time (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      podlift_timeline_entry_set_item_id (self, g_value_get_string (value));
      break;

    case PROP_TEXT:
      podlift_timeline_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      podlift_timeline_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_PASSED:
      podlift_timeline_entry_set_passed (self, g_value_get_boolean (value));
      break;

    case PROP_LATENCY_MS:
      podlift_timeline_entry_set_latency_ms (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_timeline_entry_class_init (PodliftTimelineEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = podlift_timeline_entry_finalize;
  object_class->get_property = podlift_timeline_entry_get_property;
  object_class->set_property = podlift_timeline_entry_set_property;

  properties [PROP_TIME] =
    g_param_spec_int64 ("time", NULL, NULL,
                            0, G_MAXINT64, 0,
                            (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_ITEM_ID] =
    g_param_spec_string ("item-id", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                             NULL,
                             (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PODLIFT_TYPE_TIMELINE_KIND,
                       PODLIFT_TIMELINE_KIND_STATE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PASSED] =
    g_param_spec_boolean ("passed", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_LATENCY_MS] =
    g_param_spec_uint ("latency-ms", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_timeline_entry_init (PodliftTimelineEntry *self)
{
}

PodliftTimelineEntry *
podlift_timeline_entry_new (void)
{
  return g_object_new (PODLIFT_TYPE_TIMELINE_ENTRY, NULL);
}

gint64
podlift_timeline_entry_get_time (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), 0);

  return self->time;
}

void
podlift_timeline_entry_set_time (PodliftTimelineEntry *self,
                                 gint64                time)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  if (self->time == time)
    return;

  self->time = time;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TIME]);
}

const char *
podlift_timeline_entry_get_item_id (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), NULL);

  return self->item_id;
}

void
podlift_timeline_entry_set_item_id (PodliftTimelineEntry *self,
                                    const char           *item_id)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  if (podlift_set_string (&self->item_id, item_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ITEM_ID]);
}

const char *
podlift_timeline_entry_get_text (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), NULL);

  return self->text;
}

void
podlift_timeline_entry_set_text (PodliftTimelineEntry *self,
                                 const char           *text)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  if (podlift_set_string (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}

/**
 * podlift_timeline_entry_get_kind:
 *
 * Returns: what happened: a state change (the default), a check result,
 *   a note or the start of the cutover
 */
PodliftTimelineKind
podlift_timeline_entry_get_kind (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), 0);

  return self->kind;
}

void
podlift_timeline_entry_set_kind (PodliftTimelineEntry *self,
                                 PodliftTimelineKind   kind)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

/**
 * podlift_timeline_entry_get_passed:
 *
 * Returns: for a check result, whether the check passed
 */
gboolean
podlift_timeline_entry_get_passed (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), FALSE);

  return self->passed;
}

void
podlift_timeline_entry_set_passed (PodliftTimelineEntry *self,
                                   gboolean              passed)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  passed = !!passed;
  if (self->passed == passed)
    return;

  self->passed = passed;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PASSED]);
}

/**
 * podlift_timeline_entry_get_latency_ms:
 *
 * Returns: for a check result, how long the check took
 */
guint
podlift_timeline_entry_get_latency_ms (PodliftTimelineEntry *self)
{
  g_return_val_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self), 0);

  return self->latency_ms;
}

void
podlift_timeline_entry_set_latency_ms (PodliftTimelineEntry *self,
                                       guint                 latency_ms)
{
  g_return_if_fail (PODLIFT_IS_TIMELINE_ENTRY (self));

  if (self->latency_ms == latency_ms)
    return;

  self->latency_ms = latency_ms;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LATENCY_MS]);
}
