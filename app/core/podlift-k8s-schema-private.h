/* podlift-k8s-schema-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The value syntaxes of the Kubernetes OpenAPI definitions that JSON
 * types alone do not say (podlift-k8s-schema-formats.c). */

/* A resource.Quantity written as a string: "500m", "1.5Gi", "2e3". */
gboolean podlift_k8s_schema_is_quantity  (const char *text);
/* format "date-time": an RFC 3339 time with its offset. */
gboolean podlift_k8s_schema_is_date_time (const char *text);
/* format "byte": standard base64 with padding; line breaks are skipped,
 * as Go's decoder does. */
gboolean podlift_k8s_schema_is_base64    (const char *text);

G_END_DECLS
