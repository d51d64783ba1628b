/* podlift-manifest.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest"

#include "config.h"

#include "podlift-manifest-generator-private.h"

/* One generated Kubernetes resource. */

G_DEFINE_BOXED_TYPE (PodliftManifest, podlift_manifest, podlift_manifest_ref, podlift_manifest_unref)

PodliftManifest *
podlift_manifest_new (void)
{
  PodliftManifest *self = g_new0 (PodliftManifest, 1);

  g_ref_count_init (&self->ref_count);
  self->links = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  self->notes = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->enabled = TRUE;
  return self;
}

PodliftManifest *
podlift_manifest_ref (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

void
podlift_manifest_unref (PodliftManifest *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_free (self->id);
  g_free (self->api_version);
  g_free (self->k8s_kind);
  g_free (self->name);
  g_free (self->file_name);
  g_clear_pointer (&self->document, json_node_unref);
  g_free (self->generated_text);
  g_free (self->custom_text);
  g_ptr_array_unref (self->links);
  g_ptr_array_unref (self->notes);
  g_free (self);
}

PodliftResourceKind
podlift_manifest_get_kind (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->kind;
}

const char *
podlift_manifest_get_id (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->id;
}

const char *
podlift_manifest_get_api_version (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->api_version;
}

const char *
podlift_manifest_get_k8s_kind (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->k8s_kind;
}

const char *
podlift_manifest_get_name (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->name;
}

char *
podlift_manifest_dup_object_ref (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf ("%s/%s", self->k8s_kind, self->name);
}

const char *
podlift_manifest_get_file_name (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->file_name;
}

gboolean
podlift_manifest_get_optional (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->optional;
}

gboolean
podlift_manifest_get_enabled (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->enabled;
}

JsonNode *
podlift_manifest_get_document (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->document;
}

const char *
podlift_manifest_get_text (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->custom_text ? self->custom_text : self->generated_text;
}

const char *
podlift_manifest_get_generated_text (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->generated_text;
}

gboolean
podlift_manifest_get_customised (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->custom_text != NULL;
}

const char * const *
podlift_manifest_get_links (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->links->pdata;
}

const char * const *
podlift_manifest_get_notes (PodliftManifest *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const char * const *) self->notes->pdata;
}

PodliftManifest *
podlift_manifests_find (GPtrArray  *manifests,
                        const char *id)
{
  g_return_val_if_fail (manifests != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);

      if (g_str_equal (m->id, id))
        return m;
    }

  return NULL;
}
