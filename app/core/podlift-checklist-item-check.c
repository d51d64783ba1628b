/* podlift-checklist-item-check.c
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

/* The live check of a checklist item: its kind and target, how it is
 * run (method, expected status, latency bound, timeout, TLS, redirects,
 * expected DNS answer), whether passing ticks the item, and the last
 * result. podlift-live-check.c runs it. */

#define PROP(name) PODLIFT_CHECKLIST_ITEM_PROP_##name
#define properties podlift_checklist_item_properties
#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

void
podlift_checklist_item_install_check_properties (GObjectClass *klass)
{
  properties [PROP (CHECK_KIND)] =
    g_param_spec_enum ("check-kind", NULL, NULL,
                       PODLIFT_TYPE_CHECK_KIND, PODLIFT_CHECK_KIND_NONE, FLAGS);
  properties [PROP (CHECK_TARGET)] = g_param_spec_string ("check-target", NULL, NULL, NULL, FLAGS);
  properties [PROP (CHECK_METHOD)] = g_param_spec_string ("check-method", NULL, NULL, NULL, FLAGS);
  /* 0: any 2xx status */
  properties [PROP (CHECK_STATUS)] =
    g_param_spec_uint ("check-status", NULL, NULL, 0, 599, 0, FLAGS);
  /* 0: no bound */
  properties [PROP (CHECK_MAX_LATENCY_MS)] =
    g_param_spec_uint ("check-max-latency-ms", NULL, NULL, 0, 600000, 0, FLAGS);
  properties [PROP (CHECK_TIMEOUT_MS)] =
    g_param_spec_uint ("check-timeout-ms", NULL, NULL, 1, 600000,
                       PODLIFT_CHECK_DEFAULT_TIMEOUT_MS, FLAGS);
  properties [PROP (CHECK_VERIFY_TLS)] =
    g_param_spec_boolean ("check-verify-tls", NULL, NULL, TRUE, FLAGS);
  properties [PROP (CHECK_FOLLOW_REDIRECTS)] =
    g_param_spec_boolean ("check-follow-redirects", NULL, NULL, TRUE, FLAGS);
  properties [PROP (CHECK_EXPECT)] = g_param_spec_string ("check-expect", NULL, NULL, NULL, FLAGS);
  properties [PROP (CHECK_TICKS)] = g_param_spec_boolean ("check-ticks", NULL, NULL, TRUE, FLAGS);
  properties [PROP (CHECKED_AT)] =
    g_param_spec_int64 ("checked-at", NULL, NULL, 0, G_MAXINT64, 0, FLAGS);
  properties [PROP (CHECK_PASSED)] = g_param_spec_boolean ("check-passed", NULL, NULL, FALSE, FLAGS);
  properties [PROP (CHECK_RESULT)] = g_param_spec_string ("check-result", NULL, NULL, NULL, FLAGS);
  properties [PROP (CHECK_LATENCY_MS)] =
    g_param_spec_uint ("check-latency-ms", NULL, NULL, 0, G_MAXUINT, 0, FLAGS);
}

void
podlift_checklist_item_init_check (PodliftChecklistItem *self)
{
  self->check_kind = PODLIFT_CHECK_KIND_NONE;
  self->check_timeout_ms = PODLIFT_CHECK_DEFAULT_TIMEOUT_MS;
  self->check_verify_tls = TRUE;
  self->check_follow_redirects = TRUE;
  self->check_ticks = TRUE;
}

void
podlift_checklist_item_finalize_check (PodliftChecklistItem *self)
{
  g_clear_pointer (&self->check_target, g_free);
  g_clear_pointer (&self->check_method, g_free);
  g_clear_pointer (&self->check_expect, g_free);
  g_clear_pointer (&self->check_result, g_free);
}

/* Where each property lives in the struct, for the generic accessors. */
static gpointer
field_of (PodliftChecklistItem *self,
          guint                 prop_id)
{
  switch (prop_id)
    {
    case PROP (CHECK_KIND): return &self->check_kind;
    case PROP (CHECK_TARGET): return &self->check_target;
    case PROP (CHECK_METHOD): return &self->check_method;
    case PROP (CHECK_STATUS): return &self->check_status;
    case PROP (CHECK_MAX_LATENCY_MS): return &self->check_max_latency_ms;
    case PROP (CHECK_TIMEOUT_MS): return &self->check_timeout_ms;
    case PROP (CHECK_VERIFY_TLS): return &self->check_verify_tls;
    case PROP (CHECK_FOLLOW_REDIRECTS): return &self->check_follow_redirects;
    case PROP (CHECK_EXPECT): return &self->check_expect;
    case PROP (CHECK_TICKS): return &self->check_ticks;
    case PROP (CHECKED_AT): return &self->checked_at;
    case PROP (CHECK_PASSED): return &self->check_passed;
    case PROP (CHECK_RESULT): return &self->check_result;
    case PROP (CHECK_LATENCY_MS): return &self->check_latency_ms;
    default: return NULL;
    }
}

gboolean
podlift_checklist_item_get_check_property (PodliftChecklistItem *self,
                                           guint                 prop_id,
                                           GValue               *value)
{
  gpointer field = field_of (self, prop_id);

  if (field == NULL)
    return FALSE;

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_ENUM: g_value_set_enum (value, *(int *)field); break;
    case G_TYPE_STRING: g_value_set_string (value, *(char **)field); break;
    case G_TYPE_UINT: g_value_set_uint (value, *(guint *)field); break;
    case G_TYPE_BOOLEAN: g_value_set_boolean (value, *(gboolean *)field); break;
    case G_TYPE_INT64: g_value_set_int64 (value, *(gint64 *)field); break;
    default: g_assert_not_reached ();
    }

  return TRUE;
}

/* Sets a field from @value; notifies only when it changed. */
gboolean
podlift_checklist_item_set_check_property (PodliftChecklistItem *self,
                                           guint                 prop_id,
                                           const GValue         *value)
{
  gpointer field = field_of (self, prop_id);
  gboolean changed = FALSE;

  if (field == NULL)
    return FALSE;

#define ASSIGN(type, v) G_STMT_START { type nv = (v); \
    changed = *(type *)field != nv; *(type *)field = nv; } G_STMT_END

  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_ENUM: ASSIGN (int, g_value_get_enum (value)); break;
    case G_TYPE_STRING: changed = podlift_set_string (field, g_value_get_string (value)); break;
    case G_TYPE_UINT: ASSIGN (guint, g_value_get_uint (value)); break;
    case G_TYPE_BOOLEAN: ASSIGN (gboolean, !!g_value_get_boolean (value)); break;
    case G_TYPE_INT64: ASSIGN (gint64, g_value_get_int64 (value)); break;
    default: g_assert_not_reached ();
    }

#undef ASSIGN

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);

  return TRUE;
}

static void
set_uint (PodliftChecklistItem *self,
          guint                 prop_id,
          guint                 v)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_UINT);
  g_value_set_uint (&value, v);
  podlift_checklist_item_set_check_property (self, prop_id, &value);
}

static void
set_boolean (PodliftChecklistItem *self,
             guint                 prop_id,
             gboolean              v)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, v);
  podlift_checklist_item_set_check_property (self, prop_id, &value);
}

static void
set_string (PodliftChecklistItem *self,
            guint                 prop_id,
            const char           *v)
{
  if (podlift_set_string (field_of (self, prop_id), v))
    g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP (CHECK_KIND)]);
}

/**
 * podlift_checklist_item_get_check_target:
 *
 * Returns: what the check checks: a URL (http), a base URL (probe), a
 *   host name (dns), HOST:PORT (tcp) or an image reference (image)
 */
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

  set_string (self, PROP (CHECK_TARGET), check_target);
}

/**
 * podlift_checklist_item_get_check_method:
 *
 * Returns: the HTTP method, or %NULL for GET
 */
const char *
podlift_checklist_item_get_check_method (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->check_method;
}

void
podlift_checklist_item_set_check_method (PodliftChecklistItem *self,
                                         const char           *check_method)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_string (self, PROP (CHECK_METHOD), check_method);
}

/**
 * podlift_checklist_item_get_check_status:
 *
 * Returns: the HTTP status expected, or 0 for any 2xx status
 */
guint
podlift_checklist_item_get_check_status (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->check_status;
}

void
podlift_checklist_item_set_check_status (PodliftChecklistItem *self,
                                         guint                 check_status)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));
  g_return_if_fail (check_status <= 599);

  set_uint (self, PROP (CHECK_STATUS), check_status);
}

/**
 * podlift_checklist_item_get_check_max_latency_ms:
 *
 * Returns: the longest an HTTP answer may take to pass, or 0 for no bound
 */
guint
podlift_checklist_item_get_check_max_latency_ms (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->check_max_latency_ms;
}

void
podlift_checklist_item_set_check_max_latency_ms (PodliftChecklistItem *self,
                                                 guint                 ms)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_uint (self, PROP (CHECK_MAX_LATENCY_MS), MIN (ms, 600000));
}

guint
podlift_checklist_item_get_check_timeout_ms (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->check_timeout_ms;
}

void
podlift_checklist_item_set_check_timeout_ms (PodliftChecklistItem *self,
                                             guint                 ms)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_uint (self, PROP (CHECK_TIMEOUT_MS), CLAMP (ms, 1, 600000));
}

gboolean
podlift_checklist_item_get_check_verify_tls (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), TRUE);

  return self->check_verify_tls;
}

void
podlift_checklist_item_set_check_verify_tls (PodliftChecklistItem *self,
                                             gboolean              verify)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_boolean (self, PROP (CHECK_VERIFY_TLS), verify);
}

gboolean
podlift_checklist_item_get_check_follow_redirects (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), TRUE);

  return self->check_follow_redirects;
}

void
podlift_checklist_item_set_check_follow_redirects (PodliftChecklistItem *self,
                                                   gboolean              follow)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_boolean (self, PROP (CHECK_FOLLOW_REDIRECTS), follow);
}

/**
 * podlift_checklist_item_get_check_expect:
 *
 * Returns: for a DNS check, the address or the name the host must
 *   resolve to (a name: to the same addresses), or %NULL for any
 */
const char *
podlift_checklist_item_get_check_expect (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->check_expect;
}

void
podlift_checklist_item_set_check_expect (PodliftChecklistItem *self,
                                         const char           *check_expect)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_string (self, PROP (CHECK_EXPECT), check_expect);
}

/**
 * podlift_checklist_item_get_check_ticks:
 *
 * Returns: whether a passing check ticks the item
 */
gboolean
podlift_checklist_item_get_check_ticks (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), TRUE);

  return self->check_ticks;
}

void
podlift_checklist_item_set_check_ticks (PodliftChecklistItem *self,
                                        gboolean              ticks)
{
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  set_boolean (self, PROP (CHECK_TICKS), ticks);
}

/**
 * podlift_checklist_item_get_checked_at:
 *
 * Returns: when the check last ran (Unix time), or 0 if never
 */
gint64
podlift_checklist_item_get_checked_at (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->checked_at;
}

gboolean
podlift_checklist_item_get_check_passed (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), FALSE);

  return self->check_passed;
}

/**
 * podlift_checklist_item_get_check_result:
 *
 * Returns: what the last run found, in one line, or %NULL
 */
const char *
podlift_checklist_item_get_check_result (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), NULL);

  return self->check_result;
}

guint
podlift_checklist_item_get_check_latency_ms (PodliftChecklistItem *self)
{
  g_return_val_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self), 0);

  return self->check_latency_ms;
}

/* The four together: a view that listens to "checked-at" sees the
 * whole result when it is told. */
void
podlift_checklist_item_set_check_outcome (PodliftChecklistItem *self,
                                          gint64                checked_at,
                                          gboolean              passed,
                                          const char           *result,
                                          guint                 latency_ms)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_boolean (self, PROP (CHECK_PASSED), passed);
  set_string (self, PROP (CHECK_RESULT), result);
  set_uint (self, PROP (CHECK_LATENCY_MS), latency_ms);
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, checked_at);
  podlift_checklist_item_set_check_property (self, PROP (CHECKED_AT), &value);
  g_object_thaw_notify (G_OBJECT (self));
}
