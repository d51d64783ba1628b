/* podlift-cairo-util.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Adds a rectangle with rounded corners to the path, as a sub-path. */
void podlift_cairo_rounded_rectangle (cairo_t *cr,
                                      double   x,
                                      double   y,
                                      double   width,
                                      double   height,
                                      double   radius);

G_END_DECLS
