/* podlift-bundle-deploy.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-bundle"

#include "config.h"

#include <string.h>

#include "podlift-bundle-private.h"
#include "podlift-manifest-generator.h"
#include "podlift-manifest-render-private.h"
#include "podlift-model-util.h"

/* The bundle's deploy/ folder: the manifests in the chosen layout. A
 * resource file edited by hand in the repository (plain or Kustomize
 * layout) is read back as that resource's customisation, so the edit is
 * kept; files Podlift wrote for a layout or a resource no longer chosen
 * are removed, and no other file. */

#define DEPLOY_DIR "deploy"
#define MAX_DEPLOY_DEPTH 4

/* Every path Podlift writes under deploy/, in any layout. */
#define RESOURCE_ID "(namespace|serviceaccount|configmap|secret|configmap-files|secret-files|" \
                    "pvc-[a-z0-9-]+|deployment|statefulset|service|service-headless|backendconfig|" \
                    "ingress|poddisruptionbudget|horizontalpodautoscaler|migration-job|cronjob-[a-z0-9-]+)"
#define WRITTEN_PATH "^(manifests/[0-9]{2}-" RESOURCE_ID "\\.yaml" \
                     "|base/(kustomization|" RESOURCE_ID ")\\.yaml" \
                     "|overlays/(preprod|production)/(kustomization|autoscaler|replicas|" \
                     "disruption-budget|resources|host)\\.yaml" \
                     "|chart/[a-z0-9-]+/(Chart\\.yaml|values\\.yaml|\\.helmignore|templates/_helpers\\.tpl" \
                     "|templates/NOTES\\.txt|templates/" RESOURCE_ID "\\.yaml))$"

static gboolean
is_podlift_path (const char *path)
{
  static GRegex *re;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new (WRITTEN_PATH, G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (re, path, 0, NULL);
}

static void
list_files (GFile      *root,
            GFile      *dir,
            guint       depth,
            GPtrArray  *paths)
{
  g_autoptr(GFileEnumerator) children = NULL;

  if (depth > MAX_DEPLOY_DEPTH)
    return;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  if (children == NULL)
    return;

  for (;;)
    {
      GFileInfo *info = NULL;
      GFile *child = NULL;

      if (!g_file_enumerator_iterate (children, &info, &child, NULL, NULL) || info == NULL)
        break;
      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        list_files (root, child, depth + 1, paths);
      else if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        g_ptr_array_add (paths, g_file_get_relative_path (root, child));
    }
}

static char *
checksum (const char *text)
{
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  return g_strdup_printf ("sha256:%.16s", sum);
}

/* Records what each resource file will hold, for podlift.json. */
static void
remember_written (PodliftProject *project,
                  GPtrArray      *manifests)
{
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  PodliftOutputFormat format = podlift_manifest_set_get_format (set);
  g_auto(GStrv) old = podlift_manifest_set_dup_written_ids (set);

  for (guint k = 0; old[k]; k++)
    podlift_manifest_set_set_written_checksum (set, old[k], NULL);

  if (format == PODLIFT_OUTPUT_FORMAT_HELM)
    return;

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      g_autofree char *sum = NULL;

      if (!podlift_manifest_get_enabled (m))
        continue;
      sum = checksum (podlift_manifest_get_text (m));
      podlift_manifest_set_set_written_checksum (set, podlift_manifest_get_id (m), sum);
    }
}

/* Adds the deploy/ files of the chosen layout to @files. */
void
podlift_bundle_add_deploy (PodliftProject *project,
                           GPtrArray      *files)
{
  PodliftOutputFormat format = podlift_manifest_set_get_format (podlift_project_get_manifests (project));
  g_autoptr(GPtrArray) manifests = NULL;
  g_autoptr(GPtrArray) rendered = podlift_manifests_render_full (project, format, &manifests);

  remember_written (project, manifests);

  for (guint k = 0; k < rendered->len; k++)
    {
      PodliftRenderedFile *file = g_ptr_array_index (rendered, k);
      g_autofree char *name = g_build_filename (DEPLOY_DIR, file->path, NULL);

      g_ptr_array_add (files, podlift_bundle_file_new (name, g_bytes_new (file->text, strlen (file->text)),
                                                       FALSE));
    }
}

/* Adds a removal (a file without contents) to @files for each file under
 * @dir's deploy/ that Podlift writes in some layout but not this time.
 * Runs where the saving runs: it reads the folder. */
void
podlift_bundle_add_stale_deploy (GFile     *dir,
                                 GPtrArray *files)
{
  g_autoptr(GHashTable) written = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) existing = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFile) deploy = g_file_get_child (dir, DEPLOY_DIR);
  guint n = files->len;

  for (guint k = 0; k < n; k++)
    {
      PodliftBundleFile *file = g_ptr_array_index (files, k);

      if (g_str_has_prefix (file->name, DEPLOY_DIR "/"))
        g_hash_table_add (written, file->name + strlen (DEPLOY_DIR "/"));
    }

  list_files (deploy, deploy, 0, existing);
  g_ptr_array_sort (existing, (GCompareFunc) podlift_compare_strings);
  for (guint k = 0; k < existing->len; k++)
    {
      const char *path = g_ptr_array_index (existing, k);
      g_autofree char *name = NULL;

      if (g_hash_table_contains (written, path) || !is_podlift_path (path))
        continue;
      name = g_build_filename (DEPLOY_DIR, path, NULL);
      /* Before podlift.json, which stays last. */
      g_ptr_array_insert (files, files->len - 1, podlift_bundle_file_new (name, NULL, FALSE));
    }
}

/* The file of a resource in the plain or Kustomize layout, if any. */
static GFile *
resource_file (GFile               *deploy,
               PodliftOutputFormat  format,
               guint                number,
               PodliftManifest     *m)
{
  g_autofree char *path = NULL;

  if (format == PODLIFT_OUTPUT_FORMAT_KUSTOMIZE)
    path = g_strdup_printf ("base/%s", podlift_manifest_get_file_name (m));
  else if (format == PODLIFT_OUTPUT_FORMAT_YAML)
    path = g_strdup_printf ("manifests/%02u-%s", number, podlift_manifest_get_file_name (m));
  else
    return NULL;

  return g_file_resolve_relative_path (deploy, path);
}

/**
 * podlift_bundle_load_deploy:
 *
 * Reads back, as customisations, the resource files of deploy/ that were
 * edited since Podlift saved them (their checksum is not the one saved).
 * A file Podlift wrote is never taken for an edit, even when a newer
 * Podlift generates something else. A Helm chart's templates are not
 * read back: they are not the resources' YAML.
 */
gboolean
podlift_bundle_load_deploy (PodliftProject  *project,
                            GFile           *dir,
                            GCancellable    *cancellable,
                            GError         **error)
{
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  PodliftOutputFormat format = podlift_manifest_set_get_format (set);
  g_autoptr(GPtrArray) manifests = podlift_manifests_generate (project);
  g_autoptr(GFile) deploy = g_file_get_child (dir, DEPLOY_DIR);
  guint number = 0;

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      g_autoptr(GFile) file = NULL;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;

      if (!podlift_manifest_get_enabled (m))
        continue;
      file = resource_file (deploy, format, ++number, m);
      if (file == NULL)
        return TRUE;

      name = g_file_get_relative_path (dir, file);
      if (!podlift_bundle_load_text_file (file, name, &text, cancellable, error))
        return FALSE;
      if (text == NULL || g_strcmp0 (text, podlift_manifest_get_text (m)) == 0)
        continue;
      {
        g_autofree char *sum = checksum (text);

        if (g_strcmp0 (sum, podlift_manifest_set_get_written_checksum (set, podlift_manifest_get_id (m))) == 0)
          continue;
      }

      podlift_manifest_set_set_customisation (set, podlift_manifest_get_id (m),
                                              g_strcmp0 (text, podlift_manifest_get_generated_text (m)) == 0
                                                ? NULL : text);
    }

  return TRUE;
}
