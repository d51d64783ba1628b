/* podlift-manifest-validate.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-generator"

#include "config.h"

#include "podlift-app-profile.h"
#include "podlift-manifest-checks.h"
#include "podlift-manifest-generator.h"

/* The schema and the checks over a project's resources, as the
 * Manifests page and `podlift check` show them. */

/* The paths the answers say the application serves, or NULL. */
static GPtrArray *
served_paths (PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  const char *paths[] = {
    podlift_app_profile_get_liveness_path (profile),
    podlift_app_profile_get_readiness_path (profile),
    podlift_app_profile_get_startup_path (profile),
  };
  GPtrArray *served = g_ptr_array_new_null_terminated (3, NULL, TRUE);

  for (guint k = 0; k < G_N_ELEMENTS (paths); k++)
    if (paths[k] != NULL && paths[k][0] == '/')
      g_ptr_array_add (served, (gpointer) paths[k]);

  if (served->len == 0)
    g_clear_pointer (&served, g_ptr_array_unref);
  return served;
}

/**
 * podlift_manifests_validate:
 *
 * Returns: (transfer full) (element-type GListModel): a list of findings
 *   per manifest
 */
GPtrArray *
podlift_manifests_validate (PodliftProject *project,
                            GPtrArray      *manifests)
{
  g_autoptr(GArray) sources = g_array_new (FALSE, TRUE, sizeof (PodliftManifestSource));
  g_autoptr(GPtrArray) served = NULL;
  g_autoptr(GPtrArray) results = NULL;
  PodliftManifestCheckContext context = { 0 };
  GPtrArray *lists;
  guint next = 0;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);
  g_return_val_if_fail (manifests != NULL, NULL);

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      PodliftManifestSource source = {
        .text = podlift_manifest_get_text (m),
        .length = -1,
        .file = podlift_manifest_get_file_name (m),
      };

      if (podlift_manifest_get_enabled (m))
        g_array_append_val (sources, source);
    }

  served = served_paths (project);
  context.served_paths = served ? (const char * const *) served->pdata : NULL;
  results = podlift_manifest_lint_sources ((PodliftManifestSource *) (gpointer) sources->data,
                                           sources->len, NULL, &context);

  lists = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);

      if (podlift_manifest_get_enabled (m))
        g_ptr_array_add (lists, g_object_ref (g_ptr_array_index (results, next++)));
      else
        g_ptr_array_add (lists, g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC));
    }

  return lists;
}
