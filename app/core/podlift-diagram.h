/* podlift-diagram.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* How the Kubernetes resources of a project connect: Ingress → Service →
 * the pods of the Deployment or StatefulSet → what they read (ConfigMap,
 * Secret, configuration files, volumes, ServiceAccount), the autoscaler
 * and the disruption budget attached to the pods, the migration Job and
 * the CronJobs beneath, all in a frame named after the namespace. Laid
 * out once, deterministically, from the manifests; drawn with cairo and
 * pango, for the Manifests and Review pages and for exports. */

typedef struct _PodliftDiagram PodliftDiagram;

/* Lays out the enabled resources of @manifests (PodliftManifest*). */
PodliftDiagram *podlift_diagram_new      (GPtrArray       *manifests);
void            podlift_diagram_free     (PodliftDiagram  *self);
/* The natural size, in pixels (CSS px), of the whole drawing. */
void            podlift_diagram_get_size (PodliftDiagram  *self,
                                          double          *width,
                                          double          *height);
/* Draws at natural size from (0,0); the caller translates/scales. */
void            podlift_diagram_draw     (PodliftDiagram  *self,
                                          cairo_t         *cr,
                                          gboolean         dark);
/* The id of the resource box at (x, y) in natural coordinates, or NULL. */
const char     *podlift_diagram_hit      (PodliftDiagram  *self,
                                          double           x,
                                          double           y);
/* SVG or PNG by the file name's extension (.svg, .png; anything else is
 * an error G_IO_ERROR_INVALID_ARGUMENT); PNG at 2× for sharpness. Light
 * style. */
gboolean        podlift_diagram_write    (PodliftDiagram  *self,
                                          const char      *path,
                                          GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftDiagram, podlift_diagram_free)

G_END_DECLS
