/* podlift-dockerfile-generator.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "podlift-app-profile.h"
#include "podlift-dockerfile.h"

G_BEGIN_DECLS

/* Drafts the Dockerfile from the Knowledge answers and the Container
 * options (base size class, variant, user id): a multi-stage build from
 * data/templates/, which lints clean under every rule. Fails only when
 * the stack is unknown. */
char *podlift_dockerfile_generate   (PodliftAppProfile  *profile,
                                     PodliftDockerfile  *container,
                                     GError            **error);

/* The .dockerignore that goes with it. */
char *podlift_dockerignore_generate (PodliftAppProfile  *profile);

/* The base image the final stage would use, such as "python:3.11-slim". */
char *podlift_dockerfile_final_base (PodliftAppProfile  *profile,
                                     PodliftDockerfile  *container);

G_END_DECLS
