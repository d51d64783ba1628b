/* podlift-env-file.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-project.h"

G_BEGIN_DECLS

/* The text of configuration.env (@secret FALSE) or secrets.env (@secret
 * TRUE), values included, exactly as the bundle writes it. */
char *podlift_env_file_write (PodliftProject *project,
                              gboolean        secret);

G_END_DECLS
