/* podlift-scan-report.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PODLIFT_TYPE_SCAN_REPORT (podlift_scan_report_get_type ())

G_DECLARE_FINAL_TYPE (PodliftScanReport, podlift_scan_report, PODLIFT, SCAN_REPORT, GObject)

/* What a scan of a source folder, or an import of VM files, found: each
 * answer with where it came from ("package.json:12"). Its JSON is the
 * one `podlift scan --format json` prints:
 *
 *   scalar answers   "port": { "value": 8000, "source": "gunicorn.conf.py:3" }
 *                    keys: stack, stack_version, package_manager,
 *                    build_command, start_command, port, migration_command,
 *                    session_stickiness (bool), user, working_dir,
 *                    session_cookie, migration_tool
 *   objects          "database": { "engine": "postgresql", "source": "…" }
 *                    "health_paths": { "liveness": {value, source},
 *                                      "readiness": …, "startup": … }
 *                    "ingress": { "hosts": [..], "tls": bool,
 *                                 "max_body_size": "20m", "source": "…" }
 *   lists            "env_vars": [ { "name", "secret", "source" } ]
 *                    "stateful_paths": [ { "path", "source" } ]
 *                    "cron_jobs": [ { "schedule", "command", "source" } ]
 *                    "dependencies": [ { "host", "port", "source" } ]
 *                    "existing_files": [ { "kind": "dockerfile" |
 *                                          "compose" | "manifests", "path" } ]
 *                    "not_carried_over": [ { "what", "why", "source" } ]
 *
 * Every key of the schema is present in the JSON, null (or an empty
 * list) where the files give no evidence. The first evidence for a
 * scalar answer wins; detectors run from the strongest evidence to the
 * weakest. */

typedef enum
{
  PODLIFT_SCAN_FILE_DOCKERFILE,
  PODLIFT_SCAN_FILE_COMPOSE,
  PODLIFT_SCAN_FILE_MANIFESTS,
} PodliftScanFileKind;

PodliftScanReport *podlift_scan_report_new              (void);

/* Scalar answers: string, integer or boolean. Ignored when the key
 * already has an answer. @line 0 means the whole file. */
void               podlift_scan_report_set_string       (PodliftScanReport   *self,
                                                         const char          *key,
                                                         const char          *value,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_set_int          (PodliftScanReport   *self,
                                                         const char          *key,
                                                         gint64               value,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_set_boolean      (PodliftScanReport   *self,
                                                         const char          *key,
                                                         gboolean             value,
                                                         const char          *file,
                                                         guint                line);
gboolean           podlift_scan_report_has              (PodliftScanReport   *self,
                                                         const char          *key);
const char        *podlift_scan_report_get_string       (PodliftScanReport   *self,
                                                         const char          *key);
gint64             podlift_scan_report_get_int          (PodliftScanReport   *self,
                                                         const char          *key);
const char        *podlift_scan_report_get_source       (PodliftScanReport   *self,
                                                         const char          *key);

void               podlift_scan_report_set_database     (PodliftScanReport   *self,
                                                         const char          *engine,
                                                         const char          *file,
                                                         guint                line);
/* @probe: "liveness", "readiness" or "startup". */
void               podlift_scan_report_set_health_path  (PodliftScanReport   *self,
                                                         const char          *probe,
                                                         const char          *path,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_add_ingress_host (PodliftScanReport   *self,
                                                         const char          *host,
                                                         gboolean             tls,
                                                         const char          *max_body_size,
                                                         const char          *file,
                                                         guint                line);

/* Lists. A name or path already listed is not added twice (an env var
 * seen as secret anywhere stays secret). */
void               podlift_scan_report_add_env_var      (PodliftScanReport   *self,
                                                         const char          *name,
                                                         gboolean             secret,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_add_stateful_path (PodliftScanReport  *self,
                                                         const char          *path,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_add_cron_job     (PodliftScanReport   *self,
                                                         const char          *schedule,
                                                         const char          *command,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_add_dependency   (PodliftScanReport   *self,
                                                         const char          *host,
                                                         guint                port,
                                                         const char          *file,
                                                         guint                line);
void               podlift_scan_report_add_existing_file (PodliftScanReport  *self,
                                                         PodliftScanFileKind  kind,
                                                         const char          *path);
void               podlift_scan_report_add_not_carried_over (PodliftScanReport *self,
                                                         const char          *what,
                                                         const char          *why,
                                                         const char          *file,
                                                         guint                line);

/* Whether a name looks secret (PASSWORD, SECRET, TOKEN, KEY, …). */
gboolean           podlift_scan_name_looks_secret       (const char          *name);

JsonNode          *podlift_scan_report_to_json          (PodliftScanReport   *self);

G_END_DECLS
