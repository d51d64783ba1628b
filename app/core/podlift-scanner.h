/* podlift-scanner.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-project.h"
#include "podlift-scan-report.h"

G_BEGIN_DECLS

/* Called from the scanning thread now and then with the number of files
 * looked at so far; the GUI forwards it to the main thread. */
typedef void (*PodliftScanProgress) (guint    files_seen,
                                     gpointer user_data);

/* Scans a source folder: skips .git, node_modules, vendor, build output
 * and other generated folders; cancellable. */
PodliftScanReport *podlift_scan_directory        (GFile                *directory,
                                                  GCancellable         *cancellable,
                                                  PodliftScanProgress   progress,
                                                  gpointer              progress_data,
                                                  GError              **error);
void               podlift_scan_directory_async  (GFile                *directory,
                                                  GCancellable         *cancellable,
                                                  PodliftScanProgress   progress,
                                                  gpointer              progress_data,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
PodliftScanReport *podlift_scan_directory_finish (GAsyncResult         *result,
                                                  GError              **error);

/* Imports one file a VM runs (a systemd unit, a crontab or /etc/cron.d
 * file, an nginx site, an Apache virtual host, a docker-compose file;
 * the kind is told from the content, then the name) into @report. On a
 * malformed file: FALSE and an error "FILE:LINE: message", and what was
 * read before the error stays in @report. */
gboolean           podlift_scan_import_file      (PodliftScanReport    *report,
                                                  GFile                *file,
                                                  GError              **error);

/* Fills the project's answers from @report, each with its source. An
 * answer the user typed (set, without a source) is never overwritten;
 * one that came from an earlier scan is replaced. Env vars, state paths,
 * dependencies and cron jobs are merged by name/path/host. Returns the
 * number of answers filled. */
guint              podlift_scan_report_apply     (PodliftScanReport    *report,
                                                  PodliftProject       *project);

G_END_DECLS
