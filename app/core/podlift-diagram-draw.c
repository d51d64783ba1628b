/* podlift-diagram-draw.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diagram"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "podlift-cairo-util.h"
#include "podlift-diagram-private.h"

/* The diagram drawn with cairo and pango in the GNOME style: Cantarell,
 * cards with rounded corners on a frame, the libadwaita palette, a light
 * and a dark style. Colours are opaque, so that arrows sharing a stretch
 * draw it once. */

#define FONT_FAMILY "Cantarell, Noto Sans, DejaVu Sans, sans-serif"
#define RADIUS      10.0
#define BAR_WIDTH   5.0
#define PAD_LEFT    17.0
#define PAD_RIGHT   12.0
#define ARROW_LEN   9.0
#define ARROW_HALF  4.5
#define CHIP_SIZE   16.0
#define CHIP_GAP    6.0
#define CORNER      8.0

typedef struct
{
  double r, g, b, a;
} Rgba;

#define HEX(v) { ((v) >> 16 & 0xff) / 255.0, ((v) >> 8 & 0xff) / 255.0, ((v) & 0xff) / 255.0, 1.0 }

typedef struct
{
  Rgba page, frame, frame_border;
  Rgba card, card_border, shadow;
  Rgba fg, dim;
  Rgba edge, edge_job, traffic, policy;
  Rgba bar[PODLIFT_DIAGRAM_N_HUES];   /* accents: blue 3, green 4, … */
  Rgba text[PODLIFT_DIAGRAM_N_HUES];  /* the same hues, legible as text */
} Palette;

static const Palette light = {
  .page = HEX (0xffffff), .frame = HEX (0xf6f5f4), .frame_border = HEX (0xdeddda),
  .card = HEX (0xffffff), .card_border = HEX (0xd6d5d2), .shadow = { 0, 0, 0, 0.05 },
  .fg = HEX (0x2e2e33), .dim = HEX (0x5e5c64),
  .edge = HEX (0x86858a), .edge_job = HEX (0xa5a4a8), .traffic = HEX (0x3584e4), .policy = HEX (0x9141ac),
  .bar = { HEX (0x3584e4), HEX (0x2ec27e), HEX (0xe5a50a), HEX (0xff7800),
           HEX (0xe01b24), HEX (0x9141ac), HEX (0x986a44), HEX (0x77767b) },
  .text = { HEX (0x1c71d8), HEX (0x1b8553), HEX (0x9c6e03), HEX (0xc64600),
            HEX (0xc01c28), HEX (0x813d9c), HEX (0x865e3c), HEX (0x5e5c64) },
};

static const Palette dark = {
  .page = HEX (0x1e1e1e), .frame = HEX (0x262626), .frame_border = HEX (0x3a3a3a),
  .card = HEX (0x363636), .card_border = HEX (0x484848), .shadow = { 0, 0, 0, 0.3 },
  .fg = HEX (0xffffff), .dim = HEX (0xc0bfbc),
  .edge = HEX (0x9a9996), .edge_job = HEX (0x6f6e72), .traffic = HEX (0x62a0ea), .policy = HEX (0xc061cb),
  .bar = { HEX (0x3584e4), HEX (0x2ec27e), HEX (0xe5a50a), HEX (0xff7800),
           HEX (0xe01b24), HEX (0x9141ac), HEX (0x986a44), HEX (0x9a9996) },
  .text = { HEX (0x99c1f1), HEX (0x8ff0a4), HEX (0xf8e45c), HEX (0xffa348),
            HEX (0xff7b63), HEX (0xdc8add), HEX (0xcdab8f), HEX (0xc0bfbc) },
};

static void
set_color (cairo_t    *cr,
           const Rgba *color)
{
  cairo_set_source_rgba (cr, color->r, color->g, color->b, color->a);
}

/* Text */

typedef struct
{
  double             size;      /* px */
  PangoWeight        weight;
  gboolean           caps;      /* capitals, spaced: the kind line */
  PangoEllipsizeMode ellipsize;
} TextStyle;

static const TextStyle kind_style = { 10.5, PANGO_WEIGHT_BOLD, TRUE, PANGO_ELLIPSIZE_END };
static const TextStyle name_style = { 15.0, PANGO_WEIGHT_BOLD, FALSE, PANGO_ELLIPSIZE_MIDDLE };
static const TextStyle detail_style = { 12.5, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ELLIPSIZE_END };
static const TextStyle image_style = { 12.5, PANGO_WEIGHT_NORMAL, FALSE, PANGO_ELLIPSIZE_START };
static const TextStyle label_style = { 11.0, PANGO_WEIGHT_MEDIUM, FALSE, PANGO_ELLIPSIZE_NONE };
static const TextStyle title_style = { 16.0, PANGO_WEIGHT_BOLD, FALSE, PANGO_ELLIPSIZE_MIDDLE };

/* The fonts of one painting, on its cairo context while it paints. */
static const cairo_user_data_key_t pango_key;

static PangoLayout *
text_layout (cairo_t         *cr,
             const char      *text,
             const TextStyle *style,
             double           width)
{
  PangoLayout *layout = pango_layout_new (cairo_get_user_data (cr, &pango_key));
  PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);
  g_autofree char *caps = style->caps ? g_utf8_strup (text, -1) : NULL;

  pango_font_description_set_absolute_size (font, style->size * PANGO_SCALE);
  pango_font_description_set_weight (font, style->weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  if (style->caps)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) (0.7 * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  pango_layout_set_text (layout, caps != NULL ? caps : text, -1);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, style->ellipsize);
    }
  return layout;
}

/* Draws @text with its top left at (@x, @y), no wider than @width when
 * it is positive; returns the width drawn. */
static double
draw_text (cairo_t         *cr,
           const char      *text,
           const TextStyle *style,
           const Rgba      *color,
           double           x,
           double           y,
           double           width)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (text == NULL || *text == '\0')
    return 0;
  layout = text_layout (cr, text, style, width);
  pango_layout_get_extents (layout, NULL, &logical);
  set_color (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double) logical.width / PANGO_SCALE;
}

/* Draws a name: smaller, down to 80 %, before it is ellipsized. */
static void
draw_name (cairo_t         *cr,
           const char      *text,
           const TextStyle *style,
           const Rgba      *color,
           double           x,
           double           y,
           double           width)
{
  TextStyle fitted = *style;

  for (double size = style->size; size >= style->size * 0.8; size -= 0.5)
    {
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;

      fitted.size = size;
      layout = text_layout (cr, text, &fitted, -1);
      pango_layout_get_extents (layout, NULL, &logical);
      if ((double) logical.width / PANGO_SCALE <= width)
        break;
    }
  /* The same baseline whatever the size. */
  draw_text (cr, text, &fitted, color, x, y + (style->size - fitted.size) * 0.9, width);
}

static void
measure_text (cairo_t         *cr,
              const char      *text,
              const TextStyle *style,
              double          *width,
              double          *height)
{
  g_autoptr(PangoLayout) layout = text_layout (cr, text, style, -1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
}

/* Boxes */

static void
draw_card (cairo_t                 *cr,
           const PodliftDiagramBox *box,
           const Palette           *palette)
{
  static const double dashes[] = { 5, 4 };

  if (!box->dashed)
    {
      /* A soft shadow under the card, as libadwaita's. */
      for (int k = 3; k >= 1; k--)
        {
          podlift_cairo_rounded_rectangle (cr, box->x - k / 2.0, box->y - k / 2.0 + k * 0.6,
                   box->width + k, box->height + k, RADIUS + k / 2.0);
          set_color (cr, &palette->shadow);
          cairo_fill (cr);
        }
    }

  podlift_cairo_rounded_rectangle (cr, box->x, box->y, box->width, box->height, RADIUS);
  set_color (cr, box->dashed ? &palette->frame : &palette->card);
  cairo_fill_preserve (cr);
  cairo_save (cr);
  cairo_clip (cr);
  cairo_rectangle (cr, box->x, box->y, BAR_WIDTH, box->height);
  set_color (cr, &palette->bar[box->hue]);
  cairo_fill (cr);
  cairo_restore (cr);

  podlift_cairo_rounded_rectangle (cr, box->x + 0.5, box->y + 0.5, box->width - 1, box->height - 1, RADIUS - 0.5);
  set_color (cr, box->dashed ? &palette->bar[box->hue] : &palette->card_border);
  cairo_set_line_width (cr, 1);
  if (box->dashed)
    cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

/* The pods of the workload, one chip each: filled for those always
 * there, outlined for those the autoscaler may add. */
static void
draw_pods (cairo_t                 *cr,
           const PodliftDiagramBox *box,
           const Palette           *palette)
{
  guint shown = MIN (box->pods_max, PODLIFT_DIAGRAM_MAX_CHIPS);
  double x = box->x + PAD_LEFT;
  double y = box->y + 74;

  for (guint k = 0; k < shown; k++, x += CHIP_SIZE + CHIP_GAP)
    {
      set_color (cr, &palette->bar[box->hue]);
      if (k < box->pods)
        {
          podlift_cairo_rounded_rectangle (cr, x, y, CHIP_SIZE, CHIP_SIZE, 4);
          cairo_fill (cr);
        }
      else
        {
          podlift_cairo_rounded_rectangle (cr, x + 0.75, y + 0.75, CHIP_SIZE - 1.5, CHIP_SIZE - 1.5, 3.5);
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
    }
  draw_text (cr, box->pods_text, &detail_style, &palette->dim,
             box->x + PAD_LEFT, box->y + 96, box->width - PAD_LEFT - PAD_RIGHT);
}

static void
draw_box (cairo_t                 *cr,
          const PodliftDiagramBox *box,
          const Palette           *palette)
{
  double width = box->width - PAD_LEFT - PAD_RIGHT;
  double x = box->x + PAD_LEFT;

  draw_card (cr, box, palette);
  draw_text (cr, box->kind_label, &kind_style, &palette->text[box->hue], x, box->y + 11, width);
  draw_name (cr, box->name, &name_style, &palette->fg, x, box->y + 27, width);
  if (box->image != NULL)
    {
      draw_text (cr, box->image, &image_style, &palette->dim, x, box->y + 49, width);
      draw_pods (cr, box, palette);
    }
  else
    draw_text (cr, box->detail, &detail_style, &palette->dim, x, box->y + 49, width);
}

/* The namespace over the frame: "NAMESPACE  shopfront". */
static void
draw_title (cairo_t                 *cr,
            const PodliftDiagramBox *box,
            const Palette           *palette)
{
  double kind_width, kind_height, name_height, x = box->x + 8, name_width;

  measure_text (cr, box->kind_label, &kind_style, &kind_width, &kind_height);
  measure_text (cr, box->name, &title_style, &name_width, &name_height);
  draw_text (cr, box->kind_label, &kind_style, &palette->text[box->hue],
             x, box->y + (box->height - kind_height) / 2 + 1, -1);
  x += kind_width + 10;
  name_width = draw_text (cr, box->name, &title_style, &palette->fg,
                          x, box->y + (box->height - name_height) / 2,
                          box->x + box->width - x);
  x += name_width + 10;
  if (box->detail != NULL && x < box->x + box->width - 40)
    draw_text (cr, box->detail, &detail_style, &palette->dim,
               x, box->y + (box->height - name_height) / 2 + 3, box->x + box->width - x);
}

/* Arrows */

static void
side_vector (PodliftDiagramSide  side,
             double             *dx,
             double             *dy)
{
  *dx = side == PODLIFT_DIAGRAM_SIDE_LEFT ? -1 : side == PODLIFT_DIAGRAM_SIDE_RIGHT ? 1 : 0;
  *dy = side == PODLIFT_DIAGRAM_SIDE_TOP ? -1 : side == PODLIFT_DIAGRAM_SIDE_BOTTOM ? 1 : 0;
}

static void
edge_style (cairo_t                  *cr,
            const PodliftDiagramEdge *edge,
            const Palette            *palette)
{
  static const double dashes[] = { 5, 4 };

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, 1.5);
  switch (edge->style)
    {
    case PODLIFT_DIAGRAM_EDGE_TRAFFIC:
      set_color (cr, &palette->traffic);
      cairo_set_line_width (cr, 2);
      break;
    case PODLIFT_DIAGRAM_EDGE_POLICY:
      set_color (cr, &palette->policy);
      cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
      break;
    case PODLIFT_DIAGRAM_EDGE_JOB:
      set_color (cr, &palette->edge_job);
      break;
    case PODLIFT_DIAGRAM_EDGE_USES:
    default:
      set_color (cr, &palette->edge);
      break;
    }
}

/* The control points of an arrow between two sides: out of the first
 * side, into the second, ending at the arrowhead's base. */
static void
curve (const PodliftDiagramEdge *edge,
       double                    points[8])
{
  double sx, sy, tx, ty, end_x, end_y, reach;

  side_vector (edge->from_side, &sx, &sy);
  side_vector (edge->to_side, &tx, &ty);
  end_x = edge->x1 + tx * ARROW_LEN;
  end_y = edge->y1 + ty * ARROW_LEN;
  reach = MAX (fabs (sx != 0 ? end_x - edge->x0 : end_y - edge->y0) / 2, 20);

  points[0] = edge->x0;
  points[1] = edge->y0;
  points[2] = edge->x0 + sx * reach;
  points[3] = edge->y0 + sy * reach;
  points[4] = end_x + tx * reach;
  points[5] = end_y + ty * reach;
  points[6] = end_x;
  points[7] = end_y;
}

static double
bezier (const double points[8],
        int          axis,
        double       t)
{
  double u = 1 - t;

  return u * u * u * points[axis] + 3 * u * u * t * points[2 + axis] +
         3 * u * t * t * points[4 + axis] + t * t * t * points[6 + axis];
}

/* A line through @points (x, y pairs) with rounded corners. */
static void
polyline (cairo_t      *cr,
          const double *points,
          guint         n)
{
  cairo_move_to (cr, points[0], points[1]);
  for (guint k = 1; k + 1 < n; k++)
    {
      const double *p = points + 2 * k;
      double in = hypot (p[0] - p[-2], p[1] - p[-1]);
      double out = hypot (p[2] - p[0], p[3] - p[1]);
      double r = MIN (CORNER, MIN (in, out) / 2);

      if (in < 0.01 || out < 0.01)
        continue;
      cairo_line_to (cr, p[0] - (p[0] - p[-2]) / in * r, p[1] - (p[1] - p[-1]) / in * r);
      cairo_curve_to (cr, p[0], p[1], p[0], p[1],
                      p[0] + (p[2] - p[0]) / out * r, p[1] + (p[3] - p[1]) / out * r);
    }
  cairo_line_to (cr, points[2 * n - 2], points[2 * n - 1]);
}

static void
draw_line (cairo_t                  *cr,
           const PodliftDiagramEdge *edge,
           const Palette            *palette)
{
  edge_style (cr, edge, palette);
  if (edge->style == PODLIFT_DIAGRAM_EDGE_JOB)
    {
      double points[] = {
        edge->x0, edge->y0,
        edge->x0, edge->gutter_y,
        edge->lane_x, edge->gutter_y,
        edge->lane_x, edge->y1,
        edge->x1 + ARROW_LEN, edge->y1,
      };

      polyline (cr, points, G_N_ELEMENTS (points) / 2);
    }
  else
    {
      double points[8];

      curve (edge, points);
      cairo_move_to (cr, points[0], points[1]);
      cairo_curve_to (cr, points[2], points[3], points[4], points[5], points[6], points[7]);
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_arrowhead (cairo_t                  *cr,
                const PodliftDiagramEdge *edge,
                const Palette            *palette)
{
  double tx, ty, x, y;

  side_vector (edge->to_side, &tx, &ty);
  /* The tip a pixel off the box, pointing into it. */
  x = edge->x1 + tx;
  y = edge->y1 + ty;
  edge_style (cr, edge, palette);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + tx * ARROW_LEN - ty * ARROW_HALF, y + ty * ARROW_LEN + tx * ARROW_HALF);
  cairo_line_to (cr, x + tx * ARROW_LEN + ty * ARROW_HALF, y + ty * ARROW_LEN - tx * ARROW_HALF);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Where a job's arrow crosses the lane of a job that does not reach the
 * same box, the lane is broken under it: a crossing, not a junction. */

static gboolean
job_reaches (PodliftDiagram    *self,
             PodliftDiagramBox *job,
             PodliftDiagramBox *box,
             double            *lane_top)
{
  gboolean reaches = FALSE;

  *lane_top = G_MAXDOUBLE;
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      if (edge->from != job || edge->style != PODLIFT_DIAGRAM_EDGE_JOB)
        continue;
      reaches |= edge->to == box;
      *lane_top = MIN (*lane_top, edge->y1);
    }
  return reaches;
}

static void
draw_crossings (PodliftDiagram           *self,
                cairo_t                  *cr,
                const PodliftDiagramEdge *edge,
                const Palette            *palette)
{
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *other = g_ptr_array_index (self->edges, k);
      double top;

      if (other->style != PODLIFT_DIAGRAM_EDGE_JOB || other->lane_x >= edge->lane_x ||
          job_reaches (self, other->from, edge->to, &top) ||
          edge->y1 <= top || edge->y1 >= other->gutter_y)
        continue;
      cairo_rectangle (cr, other->lane_x - 2, edge->y1 - 5, 4, 10);
      set_color (cr, &palette->frame);
      cairo_fill (cr);
      edge_style (cr, edge, palette);
      /* Only over the cleared stretch: twice over would darken it. */
      cairo_move_to (cr, other->lane_x - 2, edge->y1);
      cairo_line_to (cr, other->lane_x + 2, edge->y1);
      cairo_stroke (cr);
    }
}

/* The label near the arrowhead, on the frame's colour over the line. */
static void
draw_label (cairo_t                  *cr,
            const PodliftDiagramEdge *edge,
            const Palette            *palette)
{
  double width, height, tx, ty, cx, cy;

  if (edge->label == NULL)
    return;
  measure_text (cr, edge->label, &label_style, &width, &height);
  side_vector (edge->to_side, &tx, &ty);

  if (tx != 0)
    {
      double points[8], lo = 0, hi = 1, sx, sy;
      gboolean rising;

      curve (edge, points);
      side_vector (edge->from_side, &sx, &sy);
      if (edge->label_at_start)
        cx = edge->x0 + sx * (16 + width / 2);
      else
        cx = edge->x1 + tx * (ARROW_LEN + 8 + width / 2);
      rising = points[6] > points[0];
      for (int k = 0; k < 30; k++)
        {
          double mid = (lo + hi) / 2;

          if ((bezier (points, 0, mid) < cx) == rising)
            lo = mid;
          else
            hi = mid;
        }
      cy = bezier (points, 1, (lo + hi) / 2);
    }
  else
    {
      cx = edge->x1 + 8 + width / 2;
      cy = (edge->y0 + edge->y1) / 2;
    }

  podlift_cairo_rounded_rectangle (cr, cx - width / 2 - 4, cy - height / 2 - 1, width + 8, height + 2, MIN (6, height / 2 + 1));
  set_color (cr, &palette->frame);
  cairo_fill (cr);
  draw_text (cr, edge->label, &label_style, &palette->dim, cx - width / 2, cy - height / 2, -1);
}

/* The diagram */

void
podlift_diagram_paint_page (cairo_t  *cr,
                            double    width,
                            double    height,
                            gboolean  dark_style)
{
  set_color (cr, dark_style ? &dark.page : &light.page);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
}

static void
draw_frame (PodliftDiagram *self,
            cairo_t        *cr,
            const Palette  *palette)
{
  podlift_cairo_rounded_rectangle (cr, self->frame_x, self->frame_y, self->frame_width, self->frame_height, 16);
  set_color (cr, &palette->frame);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, 1);
  set_color (cr, &palette->frame_border);
  cairo_stroke (cr);
  draw_title (cr, g_ptr_array_index (self->boxes, 0), palette);

  if (self->boxes->len == 1)
    draw_text (cr, _("No resource is switched on."), &detail_style, &palette->dim,
               self->frame_x + 28, self->frame_y + 70, self->frame_width - 56);
}

/* The fonts of a painting: unhinted metrics, the same line breaks at
 * every scale. */
static PangoContext *
create_pango_context (cairo_t      *cr,
                      PangoFontMap *fonts)
{
  PangoContext *context = fonts != NULL ? pango_font_map_create_context (fonts)
                                        : pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_update_context (cr, context);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_SLIGHT);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

/**
 * podlift_diagram_paint:
 * @fonts: (nullable): the font map to draw with, else the default
 *
 * Draws the diagram with @fonts.
 */
void
podlift_diagram_paint (PodliftDiagram *self,
                       cairo_t        *cr,
                       gboolean        dark_style,
                       PangoFontMap   *fonts)
{
  const Palette *palette = dark_style ? &dark : &light;
  PangoContext *context = create_pango_context (cr, fonts);

  cairo_save (cr);
  cairo_set_user_data (cr, &pango_key, context, NULL);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  draw_frame (self, cr, palette);

  /* The job routes first: they pass under the others. */
  for (guint k = 0; k < self->edges->len; k++)
    if (((PodliftDiagramEdge *) g_ptr_array_index (self->edges, k))->style == PODLIFT_DIAGRAM_EDGE_JOB)
      draw_line (cr, g_ptr_array_index (self->edges, k), palette);
  for (guint k = 0; k < self->edges->len; k++)
    if (((PodliftDiagramEdge *) g_ptr_array_index (self->edges, k))->style == PODLIFT_DIAGRAM_EDGE_JOB)
      draw_crossings (self, cr, g_ptr_array_index (self->edges, k), palette);
  for (guint k = 0; k < self->edges->len; k++)
    if (((PodliftDiagramEdge *) g_ptr_array_index (self->edges, k))->style != PODLIFT_DIAGRAM_EDGE_JOB)
      draw_line (cr, g_ptr_array_index (self->edges, k), palette);
  for (guint k = 1; k < self->boxes->len; k++)
    draw_box (cr, g_ptr_array_index (self->boxes, k), palette);
  for (guint k = 0; k < self->edges->len; k++)
    draw_arrowhead (cr, g_ptr_array_index (self->edges, k), palette);
  for (guint k = 0; k < self->edges->len; k++)
    draw_label (cr, g_ptr_array_index (self->edges, k), palette);
  cairo_set_user_data (cr, &pango_key, NULL, NULL);
  cairo_restore (cr);
  g_object_unref (context);
}
