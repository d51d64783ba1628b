/* podlift-scan-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-scanner.h"

G_BEGIN_DECLS

/* How a stack detector is written. The scanner walks the folder once and
 * hands every detector the same context: the list of files (relative
 * paths, '/'-separated, generated folders already skipped) and a cached
 * reader. A detector adds what it finds to the report, with file:line. */

typedef struct _PodliftScanContext PodliftScanContext;

PodliftScanReport *podlift_scan_context_get_report   (PodliftScanContext  *ctx);

/* Every file, relative to the scanned folder, sorted, shallowest first. */
GPtrArray         *podlift_scan_context_get_files    (PodliftScanContext  *ctx);

/* The shallowest file with this exact base name ("package.json"), or
 * NULL. In a monorepo the one nearest the root is the application's. */
const char        *podlift_scan_context_find         (PodliftScanContext  *ctx,
                                                      const char          *basename);

/* The contents of a file (relative path), read once and cached; NULL
 * when it cannot be read, is not text, or is larger than 2 MiB. */
const char        *podlift_scan_context_read         (PodliftScanContext  *ctx,
                                                      const char          *path);

gboolean           podlift_scan_context_is_cancelled (PodliftScanContext  *ctx);

/* Finds the line (1-based) of the first occurrence of @needle in @text,
 * 0 when absent. */
guint              podlift_scan_line_of              (const char          *text,
                                                      const char          *needle);

/* The detectors, strongest evidence first. Each returns TRUE when it
 * recognised its stack (then the stack key is set). */
gboolean podlift_scan_detect_node    (PodliftScanContext *ctx);
gboolean podlift_scan_detect_python  (PodliftScanContext *ctx);
gboolean podlift_scan_detect_go      (PodliftScanContext *ctx);
gboolean podlift_scan_detect_java    (PodliftScanContext *ctx);
gboolean podlift_scan_detect_php     (PodliftScanContext *ctx);
gboolean podlift_scan_detect_ruby    (PodliftScanContext *ctx);
gboolean podlift_scan_detect_dotnet  (PodliftScanContext *ctx);
gboolean podlift_scan_detect_rust    (PodliftScanContext *ctx);
gboolean podlift_scan_detect_static  (PodliftScanContext *ctx);

/* Whatever the stack: env vars read by the code, ports, health paths,
 * session middleware, writes to local folders, existing Dockerfile,
 * compose files and Kubernetes manifests. Runs after the detectors. */
void     podlift_scan_detect_common  (PodliftScanContext *ctx);

/* The importers: each returns FALSE with "FILE:LINE: message" on a
 * malformed file, keeping what it read before the error. @name is the
 * file's name for sources and messages. */
gboolean podlift_import_systemd      (PodliftScanReport  *report,
                                      const char         *name,
                                      const char         *text,
                                      GError            **error);
gboolean podlift_import_crontab      (PodliftScanReport  *report,
                                      const char         *name,
                                      const char         *text,
                                      GError            **error);
gboolean podlift_import_nginx        (PodliftScanReport  *report,
                                      const char         *name,
                                      const char         *text,
                                      GError            **error);
gboolean podlift_import_apache       (PodliftScanReport  *report,
                                      const char         *name,
                                      const char         *text,
                                      GError            **error);
gboolean podlift_import_compose      (PodliftScanReport  *report,
                                      const char         *name,
                                      const char         *text,
                                      GError            **error);

G_END_DECLS
