/* podlift-k8s-schema.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "podlift-yaml.h"

G_BEGIN_DECLS

/* Schema validation of Kubernetes documents against the upstream
 * OpenAPI definitions shipped in the core resources
 * (data/kubernetes/kubernetes-definitions.json, see the README there),
 * as `kubectl apply --validate=strict` does: types, required fields,
 * unknown fields. */

/* The Kubernetes version of the shipped definitions, such as "1.27" */
const char *podlift_k8s_schema_get_kubernetes_version (void);
/* TRUE when the definitions have apiVersion/kind (custom resources such as
 * GKE's BackendConfig are not known and are not validated). */
gboolean    podlift_k8s_schema_knows_kind            (const char          *api_version,
                                                      const char          *kind);
/* Validates one document; appends one PodliftDiagnostic per problem to
 * @diagnostics (element type PodliftDiagnostic): code "schema", severity
 * PODLIFT_SEVERITY_ERROR, the 1-based line of the offending key or value,
 * column 1, a message naming the path ("spec.template.spec.containers[0].ports[0].containerPort:
 * expected an integer, got a string"). A document without apiVersion/kind
 * gives one finding at the document's line. Unknown kinds give nothing. */
void        podlift_k8s_schema_validate              (PodliftYamlDocument *document,
                                                      GPtrArray           *diagnostics);

G_END_DECLS
