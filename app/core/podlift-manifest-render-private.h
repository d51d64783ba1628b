/* podlift-manifest-render-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "podlift-manifest-generator.h"
#include "podlift-manifest-render.h"

G_BEGIN_DECLS

/* What the layouts need besides the resources themselves. */
typedef struct
{
  PodliftProject  *project;
  GPtrArray       *manifests;  /* PodliftManifest* */
  PodliftManifest *workload;   /* the Deployment or StatefulSet */
  char            *app;
  char            *namespace;
  char            *image;
  char            *tag;
  char            *host;
  guint            port;
  guint            replicas;
  guint            min_replicas;
  guint            max_replicas;
  guint            gen_cpu_request;
  guint            gen_cpu_limit;
  guint            gen_memory_request;
  guint            gen_memory_limit;
} PodliftRenderContext;

/* In podlift-manifest-generator.c: the resources and the generator's
 * own figures, in one pass. */
void podlift_render_context_generate (PodliftRenderContext *ctx);

/* podlift_manifests_render(), also giving the resources it rendered. */
GPtrArray *podlift_manifests_render_full (PodliftProject       *project,
                                          PodliftOutputFormat   format,
                                          GPtrArray           **manifests);

void podlift_render_add          (GPtrArray            *files,
                                  char                 *path,
                                  char                 *text);
void podlift_render_add_node     (GPtrArray            *files,
                                  char                 *path,
                                  JsonObject           *object);

/* podlift-manifest-render-helm.c */
void podlift_render_helm         (PodliftRenderContext *ctx,
                                  GPtrArray            *files);

G_END_DECLS
