/* podlift-cli-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-lint-types.h"

G_BEGIN_DECLS

/* The commands that live in files of their own, called with the
 * command's name as argv[0]. */

int podlift_cli_check (int    argc,
                       char **argv);
int podlift_cli_export (int    argc,
                        char **argv);
int podlift_cli_lint (int    argc,
                      char **argv);
int podlift_cli_render (int    argc,
                        char **argv);
int podlift_cli_review (int    argc,
                        char **argv);
int podlift_cli_scan (int    argc,
                      char **argv);
int podlift_cli_sizing (int    argc,
                        char **argv);
int podlift_cli_verify (int    argc,
                        char **argv);

/* `podlift new --from-source DIR --import FILE… BUNDLE`
 * (podlift-cli-scan.c). */
int podlift_cli_new_scanned (const char         *source_dir,
                             const char * const *imports,
                             const char         *bundle);

/* `podlift lint`'s output formats (podlift-cli-lint-report.c). */
typedef enum
{
  PODLIFT_LINT_FORMAT_TTY,
  PODLIFT_LINT_FORMAT_JSON,
  PODLIFT_LINT_FORMAT_SARIF,
  PODLIFT_LINT_FORMAT_CHECKSTYLE,
} PodliftLintFormat;

/* One linted file: its name as given ("-" for standard input), in
 * UTF-8, and its findings; manifest when it is Kubernetes YAML (its
 * findings then name their object and the other tools' names). */
typedef struct
{
  char       *label;
  GListModel *diagnostics;  /* PodliftDiagnostic */
  gboolean    manifest;
} PodliftLintedFile;

/* Writes the findings of @files (PodliftLintedFile*) to standard output. */
void podlift_cli_lint_report (GPtrArray         *files,
                              PodliftLintFormat  format,
                              gboolean           colour);

/* podlift-cli-util.c */
int      podlift_cli_fail              (const char        *message);
int      podlift_cli_fail_error        (const GError      *error);
void     podlift_linted_file_free      (gpointer           file);
gboolean podlift_cli_parse_lint_format (const char        *text,
                                        PodliftLintFormat *format);
gboolean podlift_cli_parse_threshold   (const char        *text,
                                        PodliftThreshold  *threshold);
gboolean podlift_cli_lint_reaches      (GPtrArray         *files,
                                        PodliftThreshold   threshold);

G_END_DECLS
