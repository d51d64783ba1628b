/* podlift-manifest-render-helm.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-render"

#include "config.h"

#include "podlift-manifest-render-private.h"

void
podlift_render_helm (PodliftRenderContext *ctx,
                     GPtrArray            *files)
{
}
