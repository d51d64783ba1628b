/* podlift-k8s-schema.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-k8s-schema"

#include "config.h"

#include "podlift-k8s-schema.h"

/* A first stub: the definitions are not shipped yet. */

const char *
podlift_k8s_schema_get_kubernetes_version (void)
{
  return "1.32";
}

gboolean
podlift_k8s_schema_knows_kind (const char *api_version,
                               const char *kind)
{
  g_return_val_if_fail (api_version != NULL, FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);

  return FALSE;
}

void
podlift_k8s_schema_validate (PodliftYamlDocument *document,
                             GPtrArray           *diagnostics)
{
  g_return_if_fail (document != NULL);
  g_return_if_fail (diagnostics != NULL);
}
