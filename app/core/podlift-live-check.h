/* podlift-live-check.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "podlift-checklist-item.h"
#include "podlift-project.h"
#include "podlift-types.h"

G_BEGIN_DECLS

/* The live checks of the cutover, run from this machine: an HTTP
 * request (status and latency), the probe paths of the new service
 * against a base URL, a DNS lookup, a TCP connection, and an image tag
 * in its registry (Registry HTTP API v2). Each is asynchronous,
 * cancellable and bounded by its timeout; any number run in parallel.
 * A check that fails is a result, not an error: the only error is
 * G_IO_ERROR_CANCELLED. */

typedef struct
{
  char             *id;                /* the checklist item's, for reports */
  PodliftCheckKind  kind;
  char             *target;
  char             *method;            /* HTTP; NULL: GET */
  guint             expect_status;     /* HTTP; 0: any 2xx */
  guint             max_latency_ms;    /* HTTP; 0: no bound */
  guint             timeout_ms;
  gboolean          verify_tls;
  gboolean          follow_redirects;
  char             *expect;            /* DNS: an address, or a name */
  char            **probe_paths;       /* probe: paths under the target */
} PodliftLiveCheck;

typedef struct
{
  char             *id;
  PodliftCheckKind  kind;
  char             *target;            /* as checked */
  gboolean          passed;
  char             *detail;            /* one line: what was found, or what went wrong */
  guint             latency_ms;
  guint             status;            /* HTTP: the last status seen */
  char             *digest;            /* image: the manifest's digest */
  char             *media_type;        /* image: the manifest's media type */
  gint64            size;              /* image: compressed size in bytes, or -1 */
} PodliftCheckResult;

PodliftLiveCheck   *podlift_live_check_new           (PodliftCheckKind       kind,
                                                      const char            *target);
PodliftLiveCheck   *podlift_live_check_new_for_item  (PodliftProject        *project,
                                                      PodliftChecklistItem  *item,
                                                      const char            *base_url,
                                                      GError               **error);
PodliftLiveCheck   *podlift_live_check_copy          (const PodliftLiveCheck *check);
void                podlift_live_check_free          (PodliftLiveCheck      *check);
void                podlift_check_result_free        (PodliftCheckResult    *result);
char               *podlift_live_check_rebase_url    (const char            *url,
                                                      const char            *base_url,
                                                      GError               **error);
const char         *podlift_check_kind_to_string     (PodliftCheckKind       kind);

void                podlift_live_check_run_async     (const PodliftLiveCheck *check,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
PodliftCheckResult *podlift_live_check_run_finish    (GAsyncResult          *result,
                                                      GError               **error);

void                podlift_live_checks_run_async    (GPtrArray             *checks,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
GPtrArray          *podlift_live_checks_run_finish   (GAsyncResult          *result,
                                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftLiveCheck, podlift_live_check_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftCheckResult, podlift_check_result_free)

G_END_DECLS
