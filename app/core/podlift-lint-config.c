/* podlift-lint-config.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-lint-config"

#include "config.h"

#include <string.h>

#include "podlift-enum-types.h"
#include "podlift-lint-config.h"
#include "podlift-lint-config-private.h"

struct _PodliftLintConfig
{
  GObject parent_instance;

  GHashTable *ignored;            /* code → code */
  GHashTable *overrides;          /* code → GINT_TO_POINTER (severity + 1) */
  GPtrArray *trusted_registries;  /* char*, NULL-terminated */
  GHashTable *label_schema;       /* label → type */
  PodliftThreshold failure_threshold;
  gboolean no_fail;
  gboolean strict_labels;
  gboolean disable_ignore_pragma;
};

G_DEFINE_FINAL_TYPE (PodliftLintConfig, podlift_lint_config, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FAILURE_THRESHOLD,
  PROP_NO_FAIL,
  PROP_STRICT_LABELS,
  PROP_DISABLE_IGNORE_PRAGMA,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
podlift_lint_config_finalize (GObject *object)
{
  PodliftLintConfig *self = (PodliftLintConfig *)object;

  g_clear_pointer (&self->ignored, g_hash_table_unref);
  g_clear_pointer (&self->overrides, g_hash_table_unref);
  g_clear_pointer (&self->trusted_registries, g_ptr_array_unref);
  g_clear_pointer (&self->label_schema, g_hash_table_unref);

  G_OBJECT_CLASS (podlift_lint_config_parent_class)->finalize (object);
}

static void
podlift_lint_config_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PodliftLintConfig *self = PODLIFT_LINT_CONFIG (object);

  switch (prop_id)
    {
    case PROP_FAILURE_THRESHOLD:
      g_value_set_enum (value, self->failure_threshold);
      break;

    case PROP_NO_FAIL:
      g_value_set_boolean (value, self->no_fail);
      break;

    case PROP_STRICT_LABELS:
      g_value_set_boolean (value, self->strict_labels);
      break;

    case PROP_DISABLE_IGNORE_PRAGMA:
      g_value_set_boolean (value, self->disable_ignore_pragma);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_lint_config_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PodliftLintConfig *self = PODLIFT_LINT_CONFIG (object);

  switch (prop_id)
    {
    case PROP_FAILURE_THRESHOLD:
      podlift_lint_config_set_failure_threshold (self, g_value_get_enum (value));
      break;

    case PROP_NO_FAIL:
      podlift_lint_config_set_no_fail (self, g_value_get_boolean (value));
      break;

    case PROP_STRICT_LABELS:
      podlift_lint_config_set_strict_labels (self, g_value_get_boolean (value));
      break;

    case PROP_DISABLE_IGNORE_PRAGMA:
      podlift_lint_config_set_disable_ignore_pragma (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
podlift_lint_config_class_init (PodliftLintConfigClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = podlift_lint_config_finalize;
  object_class->get_property = podlift_lint_config_get_property;
  object_class->set_property = podlift_lint_config_set_property;

  properties [PROP_FAILURE_THRESHOLD] =
    g_param_spec_enum ("failure-threshold", NULL, NULL,
                       PODLIFT_TYPE_THRESHOLD,
                       PODLIFT_THRESHOLD_INFO,
                       flags);

  properties [PROP_NO_FAIL] =
    g_param_spec_boolean ("no-fail", NULL, NULL, FALSE, flags);

  properties [PROP_STRICT_LABELS] =
    g_param_spec_boolean ("strict-labels", NULL, NULL, FALSE, flags);

  properties [PROP_DISABLE_IGNORE_PRAGMA] =
    g_param_spec_boolean ("disable-ignore-pragma", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
podlift_lint_config_init (PodliftLintConfig *self)
{
  self->ignored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->overrides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->trusted_registries = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->label_schema = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->failure_threshold = PODLIFT_THRESHOLD_INFO;
}

PodliftLintConfig *
podlift_lint_config_new (void)
{
  return g_object_new (PODLIFT_TYPE_LINT_CONFIG, NULL);
}

void
podlift_lint_config_ignore (PodliftLintConfig *self,
                            const char        *code)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));
  g_return_if_fail (code != NULL);

  g_hash_table_add (self->ignored, g_strdup (code));
}

gboolean
podlift_lint_config_is_ignored (PodliftLintConfig *self,
                                const char        *code)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  return g_hash_table_size (self->ignored) > 0 && g_hash_table_contains (self->ignored, code);
}

void
podlift_lint_config_clear_ignored (PodliftLintConfig *self)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));

  g_hash_table_remove_all (self->ignored);
}

/* A later override of the same code replaces the earlier one. */
void
podlift_lint_config_override (PodliftLintConfig *self,
                              const char        *code,
                              PodliftSeverity    severity)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));
  g_return_if_fail (code != NULL);
  g_return_if_fail (severity <= PODLIFT_SEVERITY_IGNORE);

  g_hash_table_replace (self->overrides, g_strdup (code), GINT_TO_POINTER (severity + 1));
}

gboolean
podlift_lint_config_get_override (PodliftLintConfig *self,
                                  const char        *code,
                                  PodliftSeverity   *severity)
{
  gpointer value;

  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (g_hash_table_size (self->overrides) == 0)
    return FALSE;

  value = g_hash_table_lookup (self->overrides, code);
  if (value == NULL)
    return FALSE;

  if (severity != NULL)
    *severity = GPOINTER_TO_INT (value) - 1;

  return TRUE;
}

void
podlift_lint_config_add_trusted_registry (PodliftLintConfig *self,
                                          const char        *registry)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));
  g_return_if_fail (registry != NULL);

  for (guint i = 0; i < self->trusted_registries->len; i++)
    if (strcmp (g_ptr_array_index (self->trusted_registries, i), registry) == 0)
      return;

  g_ptr_array_add (self->trusted_registries, g_strdup (registry));
}

/**
 * podlift_lint_config_get_trusted_registries:
 *
 * Returns: (transfer none): a NULL-terminated array, empty (never NULL)
 * when DL3026 is off
 */
const char * const *
podlift_lint_config_get_trusted_registries (PodliftLintConfig *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), NULL);

  /* An empty array may have no storage yet. */
  if (self->trusted_registries->pdata == NULL)
    return none;

  return (const char * const *)self->trusted_registries->pdata;
}

PodliftThreshold
podlift_lint_config_get_failure_threshold (PodliftLintConfig *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), PODLIFT_THRESHOLD_INFO);

  return self->failure_threshold;
}

void
podlift_lint_config_set_failure_threshold (PodliftLintConfig *self,
                                           PodliftThreshold   threshold)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));
  g_return_if_fail (threshold <= PODLIFT_THRESHOLD_NONE);

  if (self->failure_threshold == threshold)
    return;

  self->failure_threshold = threshold;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FAILURE_THRESHOLD]);
}

gboolean
podlift_lint_config_get_no_fail (PodliftLintConfig *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);

  return self->no_fail;
}

void
podlift_lint_config_set_no_fail (PodliftLintConfig *self,
                                 gboolean           no_fail)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));

  no_fail = !!no_fail;
  if (self->no_fail == no_fail)
    return;

  self->no_fail = no_fail;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NO_FAIL]);
}

gboolean
podlift_lint_config_get_strict_labels (PodliftLintConfig *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);

  return self->strict_labels;
}

void
podlift_lint_config_set_strict_labels (PodliftLintConfig *self,
                                       gboolean           strict_labels)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));

  strict_labels = !!strict_labels;
  if (self->strict_labels == strict_labels)
    return;

  self->strict_labels = strict_labels;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STRICT_LABELS]);
}

gboolean
podlift_lint_config_get_disable_ignore_pragma (PodliftLintConfig *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), FALSE);

  return self->disable_ignore_pragma;
}

void
podlift_lint_config_set_disable_ignore_pragma (PodliftLintConfig *self,
                                               gboolean           disable)
{
  g_return_if_fail (PODLIFT_IS_LINT_CONFIG (self));

  disable = !!disable;
  if (self->disable_ignore_pragma == disable)
    return;

  self->disable_ignore_pragma = disable;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISABLE_IGNORE_PRAGMA]);
}

/* Adds @other's ignores, overrides, trusted registries and label schema
 * to @self's: what a configuration file holds besides its scalars. */
void
podlift_lint_config_merge_lists (PodliftLintConfig *self,
                                 PodliftLintConfig *other)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, other->ignored);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    podlift_lint_config_ignore (self, key);

  g_hash_table_iter_init (&iter, other->overrides);
  while (g_hash_table_iter_next (&iter, &key, &value))
    podlift_lint_config_override (self, key, GPOINTER_TO_INT (value) - 1);

  for (guint i = 0; i < other->trusted_registries->len; i++)
    podlift_lint_config_add_trusted_registry (self,
                                              g_ptr_array_index (other->trusted_registries, i));

  g_hash_table_iter_init (&iter, other->label_schema);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (self->label_schema, g_strdup (key), g_strdup (value));
}

/**
 * podlift_lint_config_get_label_schema:
 *
 * Returns: (transfer none): label → type, owned by @self (keys and
 * values are g_free()d: callers may insert g_strdup()ed pairs)
 */
GHashTable *
podlift_lint_config_get_label_schema (PodliftLintConfig *self)
{
  g_return_val_if_fail (PODLIFT_IS_LINT_CONFIG (self), NULL);

  return self->label_schema;
}
