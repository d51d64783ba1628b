/* podlift-manifest-checks.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-diagnostic.h"
#include "podlift-lint-config.h"
#include "podlift-yaml.h"

G_BEGIN_DECLS

/* Checks of Kubernetes manifests, named after kube-score's checks where
 * kube-score has one (container-resources, pod-probes, …) and
 * "podlift-…" otherwise, with kube-score's grades (CRITICAL is an error,
 * WARNING a warning) and its cross-object model: the objects of a whole
 * bundle are checked together, so that a Service is matched against the
 * Deployments of the other files, probes are required only of pods that
 * a Service targets, and so on. Two objects are in the same namespace
 * when their metadata.namespace are equal or either has none (it is the
 * namespace they are applied to).
 *
 * Every finding names its object ("Deployment/shopfront") and the same
 * check's names in kube-linter and Polaris ("kube-linter:latest-tag",
 * "polaris:tagNotSpecified"), and is dropped when the object opts out
 * under any of these names, as each tool reads its annotation:
 *   kube-score/ignore: "code,code" (or "*"), kube-score/skip: "true"
 *     (on the object or on its pod template);
 *   ignore-check.kube-linter.io/<check>, kube-linter.io/ignore-all;
 *   polaris.fairwinds.com/exempt: "true",
 *   polaris.fairwinds.com/<check>-exempt: "true".
 * The line of a finding is that of the offending key, or of the key
 * under which the missing one belongs. */

typedef struct
{
  /* HTTP paths the application serves, per the answers ("/healthz";
   * one ending in "*" is a prefix), or NULL when they are not known:
   * then probe paths are not checked. NULL-terminated. */
  const char * const *served_paths;
} PodliftManifestCheckContext;

/* Runs every check over all @documents (PodliftYamlDocument) of one file
 * or bundle, and appends a PodliftDiagnostic per finding to @diagnostics,
 * in document order, with @file set on each (NULL: none). */
void        podlift_manifest_checks_run        (GPtrArray                         *documents,
                                                const char                        *file,
                                                const PodliftManifestCheckContext *context,
                                                GPtrArray                         *diagnostics);
/* The same when the documents come from several files: @files holds the
 * file of each document (files[i] for documents[i], NULL for none), so
 * each finding gets the file of its object while the cross-object checks
 * see every document. */
void        podlift_manifest_checks_run_files  (GPtrArray                         *documents,
                                                const char * const                *files,
                                                const PodliftManifestCheckContext *context,
                                                GPtrArray                         *diagnostics);

/* The other tools' names of the check @code, or NULL (unknown code, or a
 * check no other tool has). NULL-terminated. */
const char * const *podlift_manifest_check_get_refs (const char *code);

/* One YAML text to lint. */
typedef struct
{
  const char *text;
  gssize      length;   /* -1: NUL-terminated */
  const char *file;     /* the name findings carry */
} PodliftManifestSource;

/* `podlift lint` on Kubernetes YAML: reads each source, validates each
 * document against the schema (code "schema"), runs the checks over all
 * the sources together, then applies @config as for Dockerfiles (ignored
 * codes dropped, level overrides). A source that is not YAML (or not
 * text) gives a single "podlift-yaml-syntax" error at the line of the
 * problem, and no other finding.
 *
 * Returns: (transfer full) (element-type GListModel): one list of
 * PodliftDiagnostic per source, in order, each sorted by line */
GPtrArray  *podlift_manifest_lint_sources      (const PodliftManifestSource       *sources,
                                                guint                              n_sources,
                                                PodliftLintConfig                 *config,
                                                const PodliftManifestCheckContext *context);
/* The same for one text. @config may be NULL (the defaults). */
GListModel *podlift_manifest_lint              (const char                        *text,
                                                gssize                             length,
                                                const char                        *file,
                                                PodliftLintConfig                 *config,
                                                const PodliftManifestCheckContext *context);

G_END_DECLS
