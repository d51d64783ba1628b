/* podlift-manifest-set-custom.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-set"

#include "config.h"

#include <stdlib.h>

#include "podlift-manifest-set-private.h"
#include "podlift-model-util.h"

/* Which optional resources are switched off, and the resources whose
 * YAML was written by hand. */

#define properties podlift_manifest_set_properties

const char * const *
podlift_manifest_set_get_disabled_resources (PodliftManifestSet *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return self->disabled_resources ? (const char * const *) self->disabled_resources : none;
}

/* Sorted and without duplicates, so that the bundle is stable. */
void
podlift_manifest_set_set_disabled_resources (PodliftManifestSet *self,
                                             const char * const *ids)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_auto(GStrv) old = NULL;

  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));

  for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
    if (ids[k][0] != '\0' && !g_ptr_array_find_with_equal_func (sorted, ids[k], g_str_equal, NULL))
      g_ptr_array_add (sorted, (gpointer) ids[k]);
  g_ptr_array_sort (sorted, (GCompareFunc) podlift_compare_strings);
  g_ptr_array_add (sorted, NULL);

  if (self->disabled_resources == NULL
        ? sorted->len == 1
        : g_strv_equal ((const char * const *) self->disabled_resources,
                        (const char * const *) sorted->pdata))
    return;

  old = g_steal_pointer (&self->disabled_resources);
  self->disabled_resources = sorted->len > 1 ? g_strdupv ((char **) sorted->pdata) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DISABLED_RESOURCES]);
}

gboolean
podlift_manifest_set_get_resource_enabled (PodliftManifestSet *self,
                                           const char         *id)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (g_str_equal (id, "ingress"))
    return self->ingress_enabled;
  if (g_str_equal (id, "horizontalpodautoscaler"))
    return self->hpa_enabled;
  if (g_str_equal (id, "poddisruptionbudget"))
    return self->pdb_enabled;

  return self->disabled_resources == NULL ||
         !g_strv_contains ((const char * const *) self->disabled_resources, id);
}

void
podlift_manifest_set_set_resource_enabled (PodliftManifestSet *self,
                                           const char         *id,
                                           gboolean            enabled)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) ids = NULL;

  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));
  g_return_if_fail (id != NULL);

  if (g_str_equal (id, "ingress"))
    return podlift_manifest_set_set_ingress_enabled (self, enabled);
  if (g_str_equal (id, "horizontalpodautoscaler"))
    return podlift_manifest_set_set_hpa_enabled (self, enabled);
  if (g_str_equal (id, "poddisruptionbudget"))
    return podlift_manifest_set_set_pdb_enabled (self, enabled);

  builder = g_strv_builder_new ();
  for (guint k = 0; self->disabled_resources && self->disabled_resources[k]; k++)
    if (!g_str_equal (self->disabled_resources[k], id))
      g_strv_builder_add (builder, self->disabled_resources[k]);
  if (!enabled)
    g_strv_builder_add (builder, id);
  ids = g_strv_builder_end (builder);

  podlift_manifest_set_set_disabled_resources (self, (const char * const *) ids);
}

const char *
podlift_manifest_set_get_customisation (PodliftManifestSet *self,
                                        const char         *id)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->customisations, id);
}

void
podlift_manifest_set_set_customisation (PodliftManifestSet *self,
                                        const char         *id,
                                        const char         *text)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));
  g_return_if_fail (id != NULL);

  if (g_strcmp0 (g_hash_table_lookup (self->customisations, id), text) == 0)
    return;

  if (text == NULL)
    g_hash_table_remove (self->customisations, id);
  else
    g_hash_table_insert (self->customisations, g_strdup (id), g_strdup (text));

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CUSTOMISED_IDS]);
}

static char **
dup_sorted_keys (GHashTable *table)
{
  g_autofree const char **keys = NULL;
  guint n = 0;
  char **ids;

  keys = (const char **) g_hash_table_get_keys_as_array (table, &n);
  qsort (keys, n, sizeof (char *), (GCompareFunc) podlift_compare_strings);
  ids = g_new0 (char *, n + 1);
  for (guint k = 0; k < n; k++)
    ids[k] = g_strdup (keys[k]);
  return ids;
}

char **
podlift_manifest_set_dup_customised_ids (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return dup_sorted_keys (self->customisations);
}

const char *
podlift_manifest_set_get_written_checksum (PodliftManifestSet *self,
                                           const char         *id)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->written, id);
}

void
podlift_manifest_set_set_written_checksum (PodliftManifestSet *self,
                                           const char         *id,
                                           const char         *checksum)
{
  g_return_if_fail (PODLIFT_IS_MANIFEST_SET (self));
  g_return_if_fail (id != NULL);

  if (checksum == NULL)
    g_hash_table_remove (self->written, id);
  else
    g_hash_table_insert (self->written, g_strdup (id), g_strdup (checksum));
}

char **
podlift_manifest_set_dup_written_ids (PodliftManifestSet *self)
{
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (self), NULL);

  return dup_sorted_keys (self->written);
}
