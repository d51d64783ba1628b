/* podlift-yaml.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* YAML read with libyaml into json-glib nodes, keeping the line of every
 * node and of every mapping key, and json-glib nodes written back as
 * YAML with libyaml. Plain scalars are typed as Kubernetes' decoder types
 * them, by YAML 1.1 (null; true/false and yes/no/on/off; integers, 0644
 * being octal; floats); quoted scalars are strings. */

#define PODLIFT_TYPE_YAML_DOCUMENT (podlift_yaml_document_get_type ())

typedef struct _PodliftYamlDocument PodliftYamlDocument;

GType                podlift_yaml_document_get_type      (void) G_GNUC_CONST;
PodliftYamlDocument *podlift_yaml_document_ref           (PodliftYamlDocument *self);
void                 podlift_yaml_document_unref         (PodliftYamlDocument *self);
/* The root node; NULL for an empty document ("---" alone). */
JsonNode            *podlift_yaml_document_get_root      (PodliftYamlDocument *self);
/* 1-based line of the document's first node (or of its "---"). */
guint                podlift_yaml_document_get_line      (PodliftYamlDocument *self);
/* 1-based line where @node starts, 0 when it is not of this document. */
guint                podlift_yaml_document_get_node_line (PodliftYamlDocument *self,
                                                          JsonNode            *node);
/* 1-based line of the key @member of @object, 0 when unknown. */
guint                podlift_yaml_document_get_key_line  (PodliftYamlDocument *self,
                                                          JsonObject          *object,
                                                          const char          *member);

/* Every document of a YAML stream. @name prefixes errors ("NAME:LINE:
 * problem"); a malformed stream is an error (PODLIFT_ERROR_PARSE), with
 * no documents. Aliases are resolved; duplicate keys are an error, as
 * in Kubernetes' strict decoding.
 *
 * Returns: (transfer full) (element-type PodliftYamlDocument): the documents */
GPtrArray           *podlift_yaml_parse                  (const char          *text,
                                                          gssize               length,
                                                          const char          *name,
                                                          GError             **error);

/* @nodes (JsonNode*) as a YAML stream, one document each, separated by
 * "---" lines. Strings that would read back as another type are quoted,
 * strings of several lines are literal blocks, object members keep
 * their order. */
char                *podlift_yaml_emit                   (GPtrArray           *nodes);
/* One node as one YAML document. */
char                *podlift_yaml_emit_node              (JsonNode            *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftYamlDocument, podlift_yaml_document_unref)

G_END_DECLS
