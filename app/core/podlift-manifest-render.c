/* podlift-manifest-render.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-render"

#include "config.h"

#include <string.h>

#include "podlift-manifest-generator-private.h"
#include "podlift-manifest-render-private.h"
#include "podlift-yaml.h"

/* The generated resources laid out as plain files or as a Kustomize
 * base with its overlays; the Helm chart is in -helm.c. Every YAML file
 * is written by libyaml from json-glib objects. */

void
podlift_rendered_file_free (PodliftRenderedFile *file)
{
  if (file == NULL)
    return;
  g_free (file->path);
  g_free (file->text);
  g_free (file);
}

void
podlift_render_add (GPtrArray  *files,
                    char       *path,
                    char       *text)
{
  PodliftRenderedFile *file = g_new0 (PodliftRenderedFile, 1);

  file->path = path;
  file->text = text;
  g_ptr_array_add (files, file);
}

void
podlift_render_add_node (GPtrArray  *files,
                         char       *path,
                         JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);

  json_object_unref (object);
  podlift_render_add (files, path, podlift_yaml_emit_node (node));
}

static void
render_plain (GPtrArray *manifests,
              GPtrArray *files)
{
  guint n = 0;

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);

      if (!podlift_manifest_get_enabled (m))
        continue;
      /* Numbered in the order to apply them: `kubectl apply -f` takes
       * files by name. */
      podlift_render_add (files,
                          g_strdup_printf ("manifests/%02u-%s", ++n, podlift_manifest_get_file_name (m)),
                          g_strdup (podlift_manifest_get_text (m)));
    }
}

/* Kustomize */

static JsonObject *
kustomization (void)
{
  JsonObject *k = json_object_new ();

  podlift_gen_string (k, "apiVersion", "kustomize.config.k8s.io/v1beta1");
  podlift_gen_string (k, "kind", "Kustomization");
  return k;
}

/* A strategic-merge patch naming its target by kind and name. */
static JsonObject *
patch_of (PodliftRenderContext *ctx,
          PodliftManifest      *m,
          JsonObject          **spec)
{
  JsonObject *patch = json_object_new ();
  JsonObject *metadata;

  podlift_gen_string (patch, "apiVersion", podlift_manifest_get_api_version (m));
  podlift_gen_string (patch, "kind", podlift_manifest_get_k8s_kind (m));
  metadata = podlift_gen_object (patch, "metadata");
  podlift_gen_string (metadata, "name", podlift_manifest_get_name (m));
  /* The base's namespace: patches apply before the overlay's own. */
  podlift_gen_string (metadata, "namespace", ctx->namespace);
  *spec = podlift_gen_object (patch, "spec");
  return patch;
}

static void
add_patch (GPtrArray  *files,
           JsonArray  *patches,
           const char *overlay,
           const char *name,
           JsonObject *patch)
{
  g_autofree char *file = g_strdup_printf ("%s.yaml", name);

  podlift_gen_string (podlift_gen_array_object (patches), "path", file);
  podlift_render_add_node (files, g_strdup_printf ("overlays/%s/%s", overlay, file), patch);
}

static void
patch_replicas (PodliftRenderContext *ctx,
                GPtrArray            *files,
                JsonArray            *patches,
                const char           *overlay,
                gboolean              production)
{
  PodliftManifest *hpa = podlift_manifests_find (ctx->manifests, "horizontalpodautoscaler");
  PodliftManifest *pdb = podlift_manifests_find (ctx->manifests, "poddisruptionbudget");
  JsonObject *spec;
  JsonObject *patch;

  if (hpa != NULL && podlift_manifest_get_enabled (hpa))
    {
      patch = patch_of (ctx, hpa, &spec);
      podlift_gen_int (spec, "minReplicas", production ? MAX (2, ctx->min_replicas) : 1);
      podlift_gen_int (spec, "maxReplicas", production ? MAX (2, ctx->max_replicas) : 2);
      add_patch (files, patches, overlay, "autoscaler", patch);
    }
  else
    {
      patch = patch_of (ctx, ctx->workload, &spec);
      podlift_gen_int (spec, "replicas", production ? MAX (2, ctx->replicas) : 1);
      add_patch (files, patches, overlay, "replicas", patch);
    }

  /* One pod in pre-production: a budget must still let it move. */
  if (!production && pdb != NULL && podlift_manifest_get_enabled (pdb))
    {
      patch = patch_of (ctx, pdb, &spec);
      json_object_set_null_member (spec, "minAvailable");
      podlift_gen_int (spec, "maxUnavailable", 1);
      add_patch (files, patches, overlay, "disruption-budget", patch);
    }
}

static void
patch_resources (PodliftRenderContext *ctx,
                 GPtrArray            *files,
                 JsonArray            *patches,
                 const char           *overlay,
                 gboolean              production)
{
  JsonObject *spec, *container, *resources, *requests, *limits;
  JsonObject *patch = patch_of (ctx, ctx->workload, &spec);
  guint divisor = production ? 1 : 2;
  g_autofree char *cpu = g_strdup_printf ("%um", MAX (50, ctx->gen_cpu_request / divisor));
  g_autofree char *memory = g_strdup_printf ("%uMi", MAX (64, ctx->gen_memory_request / divisor));
  g_autofree char *memory_limit = g_strdup_printf ("%uMi", ctx->gen_memory_limit);

  container = podlift_gen_array_object (
    podlift_gen_array (podlift_gen_object (podlift_gen_object (spec, "template"), "spec"), "containers"));
  podlift_gen_string (container, "name", ctx->app);
  resources = podlift_gen_object (container, "resources");
  requests = podlift_gen_object (resources, "requests");
  podlift_gen_string (requests, "cpu", cpu);
  podlift_gen_string (requests, "memory", memory);
  limits = podlift_gen_object (resources, "limits");
  podlift_gen_string (limits, "memory", memory_limit);
  add_patch (files, patches, overlay, "resources", patch);
}

static void
patch_host (PodliftRenderContext *ctx,
            GPtrArray            *files,
            JsonArray            *patches,
            const char           *overlay,
            const char           *host)
{
  PodliftManifest *ingress = podlift_manifests_find (ctx->manifests, "ingress");
  JsonObject *op;
  JsonObject *target;
  g_autoptr(GPtrArray) ops = NULL;
  g_autofree char *text = NULL;
  JsonArray *list;
  JsonNode *node;

  if (ingress == NULL || !podlift_manifest_get_enabled (ingress) || podlift_manifest_get_customised (ingress))
    return;

  /* JSON 6902 replaces exactly the two host fields. */
  list = json_array_new ();
  op = podlift_gen_array_object (list);
  podlift_gen_string (op, "op", "replace");
  podlift_gen_string (op, "path", "/spec/rules/0/host");
  podlift_gen_string (op, "value", host);
  op = podlift_gen_array_object (list);
  podlift_gen_string (op, "op", "replace");
  podlift_gen_string (op, "path", "/spec/tls/0/hosts/0");
  podlift_gen_string (op, "value", host);
  node = json_node_init_array (json_node_alloc (), list);
  json_array_unref (list);
  podlift_render_add (files, g_strdup_printf ("overlays/%s/host.yaml", overlay), podlift_yaml_emit_node (node));
  json_node_unref (node);

  target = podlift_gen_array_object (patches);
  podlift_gen_string (target, "path", "host.yaml");
  target = podlift_gen_object (target, "target");
  podlift_gen_string (target, "kind", "Ingress");
  podlift_gen_string (target, "name", podlift_manifest_get_name (ingress));
}

static void
render_overlay (PodliftRenderContext *ctx,
                GPtrArray            *files,
                const char           *overlay,
                gboolean              production)
{
  JsonObject *k = kustomization ();
  JsonObject *image;
  JsonArray *patches;
  g_autofree char *namespace = production ? g_strdup (ctx->namespace)
                                          : g_strdup_printf ("%s-preprod", ctx->namespace);
  g_autofree char *host = production ? g_strdup (ctx->host) : g_strdup_printf ("preprod.%s", ctx->host);
  guint first = files->len;

  podlift_gen_string (k, "namespace", namespace);
  json_array_add_string_element (podlift_gen_array (k, "resources"), "../../base");
  image = podlift_gen_array_object (podlift_gen_array (k, "images"));
  podlift_gen_string (image, "name", ctx->image);
  podlift_gen_string (image, "newTag", ctx->tag);
  patches = podlift_gen_array (k, "patches");

  if (!podlift_manifest_get_customised (ctx->workload))
    {
      patch_replicas (ctx, files, patches, overlay, production);
      patch_resources (ctx, files, patches, overlay, production);
    }
  patch_host (ctx, files, patches, overlay, host);

  if (json_array_get_length (patches) == 0)
    json_object_remove_member (k, "patches");

  /* kustomization.yaml first in its folder */
  podlift_render_add_node (files, g_strdup_printf ("overlays/%s/kustomization.yaml", overlay), k);
  g_ptr_array_insert (files, first, g_ptr_array_steal_index (files, files->len - 1));
}

static void
render_kustomize (PodliftRenderContext *ctx,
                  GPtrArray            *files)
{
  JsonObject *k = kustomization ();
  JsonArray *resources;

  podlift_gen_string (k, "namespace", ctx->namespace);
  resources = podlift_gen_array (k, "resources");

  for (guint i = 0; i < ctx->manifests->len; i++)
    {
      PodliftManifest *m = g_ptr_array_index (ctx->manifests, i);

      if (!podlift_manifest_get_enabled (m))
        continue;
      json_array_add_string_element (resources, podlift_manifest_get_file_name (m));
      podlift_render_add (files, g_strdup_printf ("base/%s", podlift_manifest_get_file_name (m)),
                          g_strdup (podlift_manifest_get_text (m)));
    }

  /* kustomization.yaml first in its folder */
  podlift_render_add_node (files, g_strdup ("base/kustomization.yaml"), k);
  g_ptr_array_insert (files, 0, g_ptr_array_steal_index (files, files->len - 1));

  render_overlay (ctx, files, "preprod", FALSE);
  render_overlay (ctx, files, "production", TRUE);
}

static void
context_init (PodliftRenderContext *ctx,
              PodliftProject       *project)
{
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  PodliftManifest *ingress;
  JsonObject *rule;

  ctx->project = project;
  podlift_render_context_generate (ctx);

  ctx->min_replicas = podlift_manifest_set_get_min_replicas (set);
  ctx->max_replicas = podlift_manifest_set_get_max_replicas (set);

  ingress = podlift_manifests_find (ctx->manifests, "ingress");
  rule = json_array_get_object_element (
    json_object_get_array_member (
      json_object_get_object_member (json_node_get_object (podlift_manifest_get_document (ingress)), "spec"),
      "rules"), 0);
  ctx->host = g_strdup (json_object_get_string_member (rule, "host"));
}

static void
context_clear (PodliftRenderContext *ctx)
{
  g_clear_pointer (&ctx->manifests, g_ptr_array_unref);
  g_free (ctx->app);
  g_free (ctx->namespace);
  g_free (ctx->image);
  g_free (ctx->tag);
  g_free (ctx->host);
}

GPtrArray *
podlift_manifests_render_full (PodliftProject       *project,
                               PodliftOutputFormat   format,
                               GPtrArray           **manifests)
{
  PodliftRenderContext ctx = { 0 };
  GPtrArray *files;

  files = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_rendered_file_free);
  context_init (&ctx, project);

  switch (format)
    {
    case PODLIFT_OUTPUT_FORMAT_KUSTOMIZE:
      render_kustomize (&ctx, files);
      break;
    case PODLIFT_OUTPUT_FORMAT_HELM:
      podlift_render_helm (&ctx, files);
      break;
    case PODLIFT_OUTPUT_FORMAT_YAML:
    default:
      render_plain (ctx.manifests, files);
      break;
    }

  if (manifests != NULL)
    *manifests = g_ptr_array_ref (ctx.manifests);
  context_clear (&ctx);
  return files;
}

/**
 * podlift_manifests_render:
 *
 * Returns: (transfer full) (element-type PodliftRenderedFile): the files
 */
GPtrArray *
podlift_manifests_render (PodliftProject      *project,
                          PodliftOutputFormat  format)
{
  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  return podlift_manifests_render_full (project, format, NULL);
}

gboolean
podlift_manifests_write (GPtrArray     *files,
                         GFile         *dir,
                         GCancellable  *cancellable,
                         GError       **error)
{
  g_return_val_if_fail (files != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (dir), FALSE);

  for (guint k = 0; k < files->len; k++)
    {
      PodliftRenderedFile *file = g_ptr_array_index (files, k);
      g_autoptr(GFile) target = g_file_resolve_relative_path (dir, file->path);
      g_autoptr(GFile) parent = g_file_get_parent (target);
      g_autoptr(GError) local_error = NULL;

      if (!g_file_make_directory_with_parents (parent, cancellable, &local_error) &&
          !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (!g_file_replace_contents (target, file->text, strlen (file->text), NULL, FALSE,
                                    G_FILE_CREATE_NONE, NULL, cancellable, error))
        return FALSE;
    }

  return TRUE;
}
