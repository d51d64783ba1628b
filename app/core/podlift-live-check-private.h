/* podlift-live-check-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "podlift-deadline.h"
#include "podlift-live-check.h"

G_BEGIN_DECLS

/* One run of a check: the task data of its GTask. The I/O uses
 * @deadline.inner; when the caller cancels, the task returns
 * G_IO_ERROR_CANCELLED. */
typedef struct
{
  PodliftLiveCheck   *check;
  PodliftCheckResult *result;
  PodliftDeadline     deadline;
  SoupSession        *session;
} PodliftCheckRun;

/* What an HTTP request got (podlift-live-check-http.c). */
typedef struct
{
  char                 *url;
  guint                 status;
  guint                 latency_ms;
  char                 *location;
  GTlsCertificateFlags  tls_errors;
  GError               *error;
} PodliftHttpAnswer;

SoupSession *podlift_check_run_get_session    (PodliftCheckRun   *run);
void         podlift_check_run_pass           (GTask             *task,
                                               const char        *format,
                                               ...) G_GNUC_PRINTF (2, 3);
void         podlift_check_run_fail           (GTask             *task,
                                               const char        *format,
                                               ...) G_GNUC_PRINTF (2, 3);
void         podlift_check_run_fail_error     (GTask             *task,
                                               const char        *what,
                                               const GError      *error);
char        *podlift_check_describe_error     (PodliftCheckRun   *run,
                                               const GError      *error);

/* podlift-live-check-http.c */
void         podlift_http_answer_free         (PodliftHttpAnswer *answer);
void         podlift_live_check_request_async (PodliftCheckRun   *run,
                                               const char        *url,
                                               GAsyncReadyCallback callback,
                                               gpointer           user_data);
PodliftHttpAnswer *podlift_live_check_request_finish (GAsyncResult *result);
void         podlift_live_check_http_start    (GTask             *task);
void         podlift_live_check_probe_start   (GTask             *task);

/* podlift-live-check-net.c */
void         podlift_live_check_dns_start     (GTask             *task);
void         podlift_live_check_tcp_start     (GTask             *task);

/* podlift-live-check-registry.c */
void         podlift_live_check_image_start   (GTask             *task);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PodliftHttpAnswer, podlift_http_answer_free)

G_END_DECLS
