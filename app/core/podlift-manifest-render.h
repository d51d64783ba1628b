/* podlift-manifest-render.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-project.h"
#include "podlift-types.h"

G_BEGIN_DECLS

/* The files of the chosen output: plain YAML (manifests/, one file per
 * resource), Kustomize (base/ and overlays/{preprod,production}/) or a
 * Helm chart (chart/NAME/). Paths are relative to the bundle's deploy/
 * folder. Only enabled resources are written. */

typedef struct
{
  char *path;
  char *text;
} PodliftRenderedFile;

void        podlift_rendered_file_free (PodliftRenderedFile *file);

/* Returns: (transfer full) (element-type PodliftRenderedFile): the files, in order */
GPtrArray  *podlift_manifests_render   (PodliftProject      *project,
                                        PodliftOutputFormat  format);
/* Writes the files under @dir, creating folders. */
gboolean    podlift_manifests_write    (GPtrArray           *files,
                                        GFile               *dir,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftRenderedFile, podlift_rendered_file_free)

G_END_DECLS
