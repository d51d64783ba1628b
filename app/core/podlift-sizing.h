/* podlift-sizing.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-manifest-set.h"
#include "podlift-project.h"

G_BEGIN_DECLS

/* One number the sizing used or worked out, to show beside the result:
 * "Captured peak" = "220 req/s". */
typedef struct
{
  char *label;
  char *value;
} PodliftSizingFigure;

/* How many pods, and how big: from the VMs' figures or from a load
 * test. Requests and limits always come from the VMs' figures (a load
 * test measures requests per second, not CPU); the replica count and
 * the autoscaler's bounds from the load test when one was read. */
typedef struct
{
  PodliftSizingSource source;         /* the one used */
  guint               replicas;
  guint               hpa_min;
  guint               hpa_max;
  guint               cpu_request;    /* millicores */
  guint               cpu_limit;      /* millicores; 0: none */
  guint               memory_request; /* MiB */
  guint               memory_limit;   /* MiB */
  double              pod_capacity;   /* req/s of one pod at the objective; 0 */
  GPtrArray          *figures;        /* PodliftSizingFigure* */
} PodliftSizing;

/* What k6 measured, read from its --summary-export JSON or from the JSON
 * lines of --out json: the highest request rate at which p95 latency and
 * the error rate stayed within the objectives. */
typedef struct
{
  gboolean json_lines;    /* read from --out json */
  guint    parts;         /* steps or time windows judged; 0: the whole run */
  double   rate;          /* req/s */
  double   p95_ms;        /* at that rate */
  double   error_percent; /* at that rate */
} PodliftK6Result;

PodliftSizing *podlift_sizing_compute      (PodliftProject        *project,
                                            guint                  replicas);
void           podlift_sizing_free         (PodliftSizing         *sizing);
gboolean       podlift_sizing_is_applied   (const PodliftSizing   *sizing,
                                            PodliftManifestSet    *set);
gboolean       podlift_sizing_apply        (const PodliftSizing   *sizing,
                                            PodliftManifestSet    *set);

gboolean       podlift_k6_result_parse     (const char            *data,
                                            gsize                  length,
                                            const char            *name,
                                            guint                  latency_ms,
                                            double                 error_percent,
                                            PodliftK6Result       *result,
                                            GError               **error);
void           podlift_sizing_set_k6_result (PodliftStrategy       *strategy,
                                             const PodliftK6Result *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftSizing, podlift_sizing_free)

G_END_DECLS
