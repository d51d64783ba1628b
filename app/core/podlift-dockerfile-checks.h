/* podlift-dockerfile-checks.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-app-profile.h"
#include "podlift-diagnostic.h"
#include "podlift-dockerfile.h"
#include "podlift-lint-config.h"

G_BEGIN_DECLS

/* Findings that compare the Dockerfile with the Knowledge answers
 * (PL101 exposed port is not the captured port, PL102 the launch command
 * differs from the captured one, PL103 a file the answers say the image
 * needs is not copied into it), as PodliftDiagnostic. */
GListModel *podlift_dockerfile_check_answers     (const char         *text,
                                                  PodliftAppProfile  *profile);

/* Everything the Container step shows for a Dockerfile: the linter's
 * findings and the answer checks, sorted by line. Cached on @container
 * until its text or the profile changes. */
GListModel *podlift_dockerfile_get_findings      (PodliftDockerfile  *container,
                                                  PodliftAppProfile  *profile,
                                                  PodliftLintConfig  *config);

/* A unified diff of two texts ("--- a" / "+++ b" / "@@" hunks, three
 * lines of context), to show what regenerating would change; NULL when
 * they are equal. */
char       *podlift_text_diff                    (const char         *old_text,
                                                  const char         *new_text,
                                                  const char         *label);

/* Replaces the profile's env vars of one kind (secret or not) by those
 * of an env file's text, keeping the other fields (source) of the ones
 * that stay. */
void        podlift_app_profile_apply_env_file   (PodliftAppProfile  *profile,
                                                  const char         *text,
                                                  gboolean            secret);

G_END_DECLS
