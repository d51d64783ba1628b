/* podlift-diagram.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-diagram"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "podlift-diagram-private.h"

/* The layout: columns from left to right (the way in, the Services, the
 * pods with their autoscaler above and their disruption budget below,
 * what the pods read), the jobs in a row beneath, whose arrows go up a
 * channel on the right into what they read. Every box has a fixed size,
 * so the layout depends on the resources only, never on fonts. */

#define COLUMN_GAP    100.0  /* room for an arrow's label */
#define ROW_GAP       18.0
#define ATTACH_GAP    40.0   /* HPA and PDB to their pods */
#define JOB_GAP       24.0
#define FRAME_PAD     28.0
#define FRAME_TITLE   64.0   /* above the boxes, for the namespace */
#define TITLE_HEIGHT  30.0
#define MARGIN        16.0
#define PORT_STEP     14.0   /* between arrows leaving one side */
#define CHANNEL_GAP   28.0
#define LANE_STEP     12.0
#define GUTTER_PAD    22.0

/* Boxes */

static guint
rank (PodliftDiagramBox *box)
{
  switch (box->kind)
    {
    case PODLIFT_RESOURCE_BACKEND_CONFIG:
    case PODLIFT_RESOURCE_HEADLESS_SERVICE:
    case PODLIFT_RESOURCE_DEPLOYMENT:
    case PODLIFT_RESOURCE_STATEFUL_SET:
    case PODLIFT_RESOURCE_SECRET:
    case PODLIFT_RESOURCE_CRON_JOB:
      return 1;
    case PODLIFT_RESOURCE_POD_DISRUPTION_BUDGET:
    case PODLIFT_RESOURCE_CONFIG_FILES:
      return 2;
    case PODLIFT_RESOURCE_PERSISTENT_VOLUME_CLAIM:
      return 3;
    case PODLIFT_RESOURCE_SERVICE_ACCOUNT:
      return 4;
    case PODLIFT_RESOURCE_NAMESPACE:
    case PODLIFT_RESOURCE_CONFIG_MAP:
    case PODLIFT_RESOURCE_SERVICE:
    case PODLIFT_RESOURCE_INGRESS:
    case PODLIFT_RESOURCE_HORIZONTAL_POD_AUTOSCALER:
    case PODLIFT_RESOURCE_MIGRATION_JOB:
    default:
      return 0;
    }
}

static int
compare_boxes (gconstpointer a,
               gconstpointer b)
{
  PodliftDiagramBox *box_a = *(PodliftDiagramBox **) a;
  PodliftDiagramBox *box_b = *(PodliftDiagramBox **) b;

  if (box_a->column != box_b->column)
    return box_a->column == PODLIFT_DIAGRAM_COLUMN_TITLE ? -1 :
           box_b->column == PODLIFT_DIAGRAM_COLUMN_TITLE ? 1 :
           (int) box_a->column - (int) box_b->column;
  return (int) rank (box_a) - (int) rank (box_b);
}

/* The box of the resource @id (never a claim template), or NULL. */
static PodliftDiagramBox *
find_box (PodliftDiagram *self,
          const char     *id)
{
  for (guint k = 0; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      if (!box->template && box->column != PODLIFT_DIAGRAM_COLUMN_TITLE && g_strcmp0 (box->id, id) == 0)
        return box;
    }
  return NULL;
}

static void
add_boxes (PodliftDiagram *self,
           GPtrArray      *manifests)
{
  g_ptr_array_add (self->boxes, podlift_diagram_box_new_title (manifests));

  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);

      if (!podlift_manifest_get_enabled (m) || podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_NAMESPACE)
        continue;
      g_ptr_array_add (self->boxes, podlift_diagram_box_new (m, manifests));
      if (podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_STATEFUL_SET)
        {
          g_autoptr(GPtrArray) templates = podlift_diagram_claim_templates (m);

          g_ptr_array_extend_and_steal (self->boxes, g_steal_pointer (&templates));
        }
    }
  /* A stable sort: the manifests' order within a rank. */
  g_ptr_array_sort (self->boxes, compare_boxes);
}

/* Edges */

static PodliftDiagramEdgeStyle
edge_style (PodliftDiagramBox *from,
            PodliftDiagramBox *to)
{
  if (from->column == PODLIFT_DIAGRAM_COLUMN_JOBS && to->column == PODLIFT_DIAGRAM_COLUMN_READS)
    return PODLIFT_DIAGRAM_EDGE_JOB;
  if (from->hue == PODLIFT_DIAGRAM_HUE_PURPLE)
    return PODLIFT_DIAGRAM_EDGE_POLICY;
  if (from->hue == PODLIFT_DIAGRAM_HUE_BLUE && to->hue != PODLIFT_DIAGRAM_HUE_BLUE)
    return PODLIFT_DIAGRAM_EDGE_TRAFFIC;
  if (to->kind == PODLIFT_RESOURCE_SERVICE)
    return PODLIFT_DIAGRAM_EDGE_TRAFFIC;
  return PODLIFT_DIAGRAM_EDGE_USES;
}

static void
add_edge (PodliftDiagram    *self,
          PodliftDiagramBox *from,
          PodliftDiagramBox *to)
{
  PodliftDiagramEdge *edge = g_new0 (PodliftDiagramEdge, 1);

  edge->from = from;
  edge->to = to;
  edge->style = edge_style (from, to);
  edge->label = podlift_diagram_edge_label (from, to);
  g_ptr_array_add (self->edges, edge);
}

static void
add_edges (PodliftDiagram *self,
           GPtrArray      *manifests)
{
  for (guint k = 0; k < manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (manifests, k);
      const char * const *links = podlift_manifest_get_links (m);
      PodliftDiagramBox *from = find_box (self, podlift_manifest_get_id (m));

      if (from == NULL || !podlift_manifest_get_enabled (m))
        continue;
      for (guint l = 0; links != NULL && links[l] != NULL; l++)
        {
          PodliftDiagramBox *to = find_box (self, links[l]);

          if (to != NULL && to != from)
            add_edge (self, from, to);
        }
    }

  /* A StatefulSet mounts the volumes of its claim templates. */
  for (guint k = 0; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      PodliftDiagramBox *workload = box->template ? find_box (self, box->id) : NULL;

      if (workload != NULL)
        add_edge (self, workload, box);
    }
}

/* Layout: around a spine at y = 0 through the Ingress, the Service and
 * the pods, moved into place at the end. */

static GPtrArray *
column_boxes (PodliftDiagram       *self,
              PodliftDiagramColumn  column)
{
  GPtrArray *boxes = g_ptr_array_new ();

  for (guint k = 0; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      if (box->column == column)
        g_ptr_array_add (boxes, box);
    }
  return boxes;
}

/* Stacks @boxes from @from, @top at the top; returns the bottom. */
static double
stack (GPtrArray *boxes,
       guint      from,
       double     x,
       double     top,
       double     gap)
{
  for (guint k = from; k < boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (boxes, k);

      box->x = x;
      box->y = top;
      top += box->height + gap;
    }
  return top - gap;
}

static void
place_workload_column (GPtrArray *boxes,
                       double     x)
{
  guint pods = 0;
  PodliftDiagramBox *workload;
  double top;

  for (guint k = 0; k < boxes->len; k++)
    if (((PodliftDiagramBox *) g_ptr_array_index (boxes, k))->hue == PODLIFT_DIAGRAM_HUE_GREEN)
      pods = k;
  workload = g_ptr_array_index (boxes, pods);

  /* The boxes before the pods above them (the autoscaler), the others
   * below (the disruption budget). */
  top = -workload->height / 2;
  for (guint k = pods; k-- > 0;)
    {
      PodliftDiagramBox *box = g_ptr_array_index (boxes, k);

      top -= ATTACH_GAP + box->height;
      box->x = x;
      box->y = top;
    }
  stack (boxes, pods, x, -workload->height / 2, ATTACH_GAP);
}

static double
place_columns (PodliftDiagram *self)
{
  double x = 0, right = 0;

  for (PodliftDiagramColumn column = PODLIFT_DIAGRAM_COLUMN_ENTRY;
       column <= PODLIFT_DIAGRAM_COLUMN_READS; column++)
    {
      g_autoptr(GPtrArray) boxes = column_boxes (self, column);
      PodliftDiagramBox *first;
      double height = -ROW_GAP;

      if (boxes->len == 0)
        continue;
      first = g_ptr_array_index (boxes, 0);
      if (column == PODLIFT_DIAGRAM_COLUMN_WORKLOAD)
        place_workload_column (boxes, x);
      else if (column == PODLIFT_DIAGRAM_COLUMN_READS)
        {
          for (guint k = 0; k < boxes->len; k++)
            height += ((PodliftDiagramBox *) g_ptr_array_index (boxes, k))->height + ROW_GAP;
          stack (boxes, 0, x, -height / 2, ROW_GAP);
        }
      else
        stack (boxes, 0, x, -first->height / 2, ROW_GAP);
      right = x + PODLIFT_DIAGRAM_BOX_WIDTH;
      x = right + COLUMN_GAP;
    }
  return right;
}

static gboolean
has_job_edge (PodliftDiagram    *self,
              PodliftDiagramBox *job)
{
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      if (edge->from == job && edge->style == PODLIFT_DIAGRAM_EDGE_JOB)
        return TRUE;
    }
  return FALSE;
}

/* The jobs in a row beneath, ending under the last column. Each job's
 * arrows go up from its top to its own run in the gutter, right to its
 * own lane, and up the lane: the leftmost job has the highest run and
 * the nearest lane, so that no two routes cross. */
static void
place_jobs (PodliftDiagram *self,
            double          right)
{
  g_autoptr(GPtrArray) jobs = column_boxes (self, PODLIFT_DIAGRAM_COLUMN_JOBS);
  double bottom = 0, x, top;
  guint routed = 0, n_routed = 0;

  if (jobs->len == 0)
    return;

  for (guint k = 0; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      if (box->column <= PODLIFT_DIAGRAM_COLUMN_READS)
        bottom = MAX (bottom, box->y + box->height);
    }
  for (guint k = 0; k < jobs->len; k++)
    n_routed += has_job_edge (self, g_ptr_array_index (jobs, k));

  top = bottom + 2 * GUTTER_PAD + MAX (n_routed, 1) * LANE_STEP;
  x = right - jobs->len * (PODLIFT_DIAGRAM_BOX_WIDTH + JOB_GAP) + JOB_GAP;
  for (guint k = 0; k < jobs->len; k++)
    {
      PodliftDiagramBox *job = g_ptr_array_index (jobs, k);

      job->x = x + k * (PODLIFT_DIAGRAM_BOX_WIDTH + JOB_GAP);
      job->y = top;
      if (!has_job_edge (self, job))
        continue;
      for (guint e = 0; e < self->edges->len; e++)
        {
          PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, e);

          if (edge->from != job || edge->style != PODLIFT_DIAGRAM_EDGE_JOB)
            continue;
          edge->lane_x = right + CHANNEL_GAP + routed * LANE_STEP;
          edge->gutter_y = top - GUTTER_PAD - (n_routed - 1 - routed) * LANE_STEP;
        }
      routed++;
    }
}

/* Ports: where arrows leave and reach a box. Arrows on one side are
 * spread in the order of their other ends, so that they do not cross;
 * one going straight across keeps the middle of the side. */

static PodliftDiagramSide
side_towards (PodliftDiagramBox *box,
              PodliftDiagramBox *other)
{
  double dx = (other->x + other->width / 2) - (box->x + box->width / 2);
  double dy = (other->y + other->height / 2) - (box->y + box->height / 2);

  if (fabs (dx) < 1)
    return dy < 0 ? PODLIFT_DIAGRAM_SIDE_TOP : PODLIFT_DIAGRAM_SIDE_BOTTOM;
  return dx > 0 ? PODLIFT_DIAGRAM_SIDE_RIGHT : PODLIFT_DIAGRAM_SIDE_LEFT;
}

typedef struct
{
  PodliftDiagramEdge *edge;
  gboolean            from;
  double              key;      /* the other end's middle, along the side */
  gboolean            straight; /* the other end's middle is this one's */
} End;

static int
compare_ends (gconstpointer a,
              gconstpointer b)
{
  const End *end_a = a;
  const End *end_b = b;

  return end_a->key < end_b->key ? -1 : end_a->key > end_b->key;
}

static void
set_port (End               *end,
          PodliftDiagramBox *box,
          PodliftDiagramSide side,
          double             along)
{
  gboolean vertical = side == PODLIFT_DIAGRAM_SIDE_LEFT || side == PODLIFT_DIAGRAM_SIDE_RIGHT;
  double across = side == PODLIFT_DIAGRAM_SIDE_LEFT ? box->x :
                  side == PODLIFT_DIAGRAM_SIDE_RIGHT ? box->x + box->width :
                  side == PODLIFT_DIAGRAM_SIDE_TOP ? box->y : box->y + box->height;
  double *x = end->from ? &end->edge->x0 : &end->edge->x1;
  double *y = end->from ? &end->edge->y0 : &end->edge->y1;

  *x = vertical ? across : along;
  *y = vertical ? along : across;
}

static void
assign_ports (PodliftDiagram     *self,
              PodliftDiagramBox  *box,
              PodliftDiagramSide  side)
{
  g_autoptr(GArray) ends = g_array_new (FALSE, FALSE, sizeof (End));
  gboolean vertical = side == PODLIFT_DIAGRAM_SIDE_LEFT || side == PODLIFT_DIAGRAM_SIDE_RIGHT;
  double middle = vertical ? box->y + box->height / 2 : box->x + box->width / 2;
  double length = vertical ? box->height : box->width;
  double step = PORT_STEP, centre;
  int straight = -1;

  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);
      End end = { edge, edge->from == box, 0, FALSE };
      PodliftDiagramBox *other = end.from ? edge->to : edge->from;

      if (edge->style == PODLIFT_DIAGRAM_EDGE_JOB ||
          (end.from ? edge->from_side : edge->to_side) != side ||
          (edge->from != box && edge->to != box))
        continue;
      end.key = vertical ? other->y + other->height / 2 : other->x + other->width / 2;
      end.straight = fabs (end.key - middle) < 0.5;
      g_array_append_val (ends, end);
    }
  g_array_sort (ends, compare_ends);

  for (guint k = 0; k < ends->len && straight < 0; k++)
    if (g_array_index (ends, End, k).straight)
      straight = k;
  centre = straight >= 0 ? straight : (ends->len - 1) / 2.0;
  if (ends->len > 1 &&
      (centre * step > length / 2 - 12 || (ends->len - 1 - centre) * step > length / 2 - 12))
    {
      /* Too many to keep one straight: spread them evenly. */
      step = MIN (step, (length - 24) / (ends->len - 1));
      centre = (ends->len - 1) / 2.0;
    }
  for (guint k = 0; k < ends->len; k++)
    set_port (&g_array_index (ends, End, k), box, side, middle + (k - centre) * step);
}

static guint
count_ends (PodliftDiagram     *self,
            PodliftDiagramBox  *box,
            PodliftDiagramSide  side)
{
  guint n = 0;

  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      n += (edge->from == box && edge->from_side == side) + (edge->to == box && edge->to_side == side);
    }
  return n;
}

static void
route_edges (PodliftDiagram *self)
{
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      if (edge->style == PODLIFT_DIAGRAM_EDGE_JOB)
        {
          edge->from_side = PODLIFT_DIAGRAM_SIDE_TOP;
          edge->to_side = PODLIFT_DIAGRAM_SIDE_RIGHT;
          edge->x0 = edge->from->x + edge->from->width / 2;
          edge->y0 = edge->from->y;
          edge->x1 = edge->to->x + edge->to->width;
          edge->y1 = edge->to->y + edge->to->height / 2;
          continue;
        }
      edge->from_side = side_towards (edge->from, edge->to);
      edge->to_side = side_towards (edge->to, edge->from);
    }

  for (guint k = 0; k < self->boxes->len; k++)
    for (PodliftDiagramSide side = PODLIFT_DIAGRAM_SIDE_LEFT; side <= PODLIFT_DIAGRAM_SIDE_BOTTOM; side++)
      assign_ports (self, g_ptr_array_index (self->boxes, k), side);

  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      edge->label_at_start = edge->style != PODLIFT_DIAGRAM_EDGE_JOB &&
                             count_ends (self, edge->to, edge->to_side) > 1 &&
                             count_ends (self, edge->from, edge->from_side) == 1;
    }
}

/* The frame round everything, the namespace over it, and everything
 * moved so that the frame starts at the margin. */
static void
frame (PodliftDiagram *self)
{
  PodliftDiagramBox *title = g_ptr_array_index (self->boxes, 0);
  double left = 0, top = 0, right = 300, bottom = 40, dx, dy;

  for (guint k = 1; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      left = k == 1 ? box->x : MIN (left, box->x);
      top = k == 1 ? box->y : MIN (top, box->y);
      right = k == 1 ? box->x + box->width : MAX (right, box->x + box->width);
      bottom = k == 1 ? box->y + box->height : MAX (bottom, box->y + box->height);
    }
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      if (edge->style == PODLIFT_DIAGRAM_EDGE_JOB)
        right = MAX (right, edge->lane_x);
    }

  dx = MARGIN + FRAME_PAD - left;
  dy = MARGIN + FRAME_TITLE - top;
  for (guint k = 1; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      box->x += dx;
      box->y += dy;
    }
  for (guint k = 0; k < self->edges->len; k++)
    {
      PodliftDiagramEdge *edge = g_ptr_array_index (self->edges, k);

      edge->lane_x += dx;
      edge->gutter_y += dy;
    }

  self->frame_x = MARGIN;
  self->frame_y = MARGIN;
  self->frame_width = right - left + 2 * FRAME_PAD;
  self->frame_height = bottom - top + FRAME_TITLE + FRAME_PAD;
  self->width = self->frame_width + 2 * MARGIN;
  self->height = self->frame_height + 2 * MARGIN;

  title->x = self->frame_x + FRAME_PAD - 8;
  title->y = self->frame_y + (FRAME_TITLE - TITLE_HEIGHT) / 2 - 2;
  title->width = MIN (self->frame_width - 2 * FRAME_PAD + 16, 420);
  title->height = TITLE_HEIGHT;
}

/**
 * podlift_diagram_new:
 * @manifests: (element-type PodliftManifest): the resources, as
 *   podlift_manifests_generate() gives them
 *
 * Lays out the enabled resources of @manifests.
 *
 * Returns: (transfer full): the diagram
 */
PodliftDiagram *
podlift_diagram_new (GPtrArray *manifests)
{
  PodliftDiagram *self;

  g_return_val_if_fail (manifests != NULL, NULL);

  self = g_new0 (PodliftDiagram, 1);
  self->boxes = g_ptr_array_new_with_free_func ((GDestroyNotify) podlift_diagram_box_free);
  self->edges = g_ptr_array_new_with_free_func (g_free);

  add_boxes (self, manifests);
  add_edges (self, manifests);
  place_jobs (self, place_columns (self));
  frame (self);
  route_edges (self);
  return self;
}

void
podlift_diagram_free (PodliftDiagram *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->edges);
  g_ptr_array_unref (self->boxes);
  g_free (self);
}

void
podlift_diagram_get_size (PodliftDiagram *self,
                          double         *width,
                          double         *height)
{
  g_return_if_fail (self != NULL);

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

void
podlift_diagram_draw (PodliftDiagram *self,
                      cairo_t        *cr,
                      gboolean        dark)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  podlift_diagram_paint (self, cr, dark, NULL);
}

const char *
podlift_diagram_hit (PodliftDiagram *self,
                     double          x,
                     double          y)
{
  g_return_val_if_fail (self != NULL, NULL);

  for (guint k = 0; k < self->boxes->len; k++)
    {
      PodliftDiagramBox *box = g_ptr_array_index (self->boxes, k);

      if (x >= box->x && x < box->x + box->width && y >= box->y && y < box->y + box->height)
        return box->id;
    }
  return NULL;
}

guint
podlift_diagram_get_n_boxes (PodliftDiagram *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->boxes->len;
}

const PodliftDiagramBox *
podlift_diagram_get_box (PodliftDiagram *self,
                         guint           index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->boxes->len, NULL);

  return g_ptr_array_index (self->boxes, index);
}

/* Files */

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
check_surface (cairo_surface_t  *surface,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("Could not draw the diagram: %s"), cairo_status_to_string (status));
  return FALSE;
}

/* cairo writes text as glyph outlines: the SVG also says, as its title
 * and description, what the diagram shows, for readers, screen readers
 * and searches. */
static GBytes *
describe_svg (PodliftDiagram *self,
              GByteArray     *svg)
{
  PodliftDiagramBox *title = g_ptr_array_index (self->boxes, 0);
  g_autofree char *description = podlift_diagram_describe (self);
  g_autofree char *heading = g_strdup_printf (_("Kubernetes resources of namespace %s"), title->name);
  g_autofree char *elements = g_markup_printf_escaped ("\n<title>%s</title>\n<desc>%s</desc>",
                                                       heading, description);
  g_autoptr(GString) text = g_string_new_len ((const char *) svg->data, svg->len);
  const char *open = strstr (text->str, "<svg");
  const char *end = open != NULL ? strchr (open, '>') : NULL;

  if (end != NULL)
    g_string_insert (text, end + 1 - text->str, elements);
  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static GBytes *
render_svg (PodliftDiagram  *self,
            PangoFontMap    *fonts,
            GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_bytes, data,
                                                                  self->width, self->height);
  cairo_t *cr;
  gboolean ok;

  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  podlift_diagram_paint_page (cr, self->width, self->height, FALSE);
  podlift_diagram_paint (self, cr, FALSE, fonts);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  ok = check_surface (surface, error);
  cairo_surface_destroy (surface);
  return ok ? describe_svg (self, data) : NULL;
}

/* PNG at twice the natural size, sharp on a projector. */
static GBytes *
render_png (PodliftDiagram  *self,
            PangoFontMap    *fonts,
            GError         **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) ceil (self->width * 2),
                                                         (int) ceil (self->height * 2));
  cairo_t *cr = cairo_create (surface);
  gboolean ok;

  cairo_scale (cr, 2, 2);
  podlift_diagram_paint_page (cr, self->width, self->height, FALSE);
  podlift_diagram_paint (self, cr, FALSE, fonts);
  cairo_destroy (cr);
  ok = check_surface (surface, error) &&
       (cairo_surface_write_to_png_stream (surface, append_bytes, data) == CAIRO_STATUS_SUCCESS ||
        check_surface (surface, error));
  cairo_surface_destroy (surface);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&data)) : NULL;
}

/**
 * podlift_diagram_write:
 * @path: a file name ending in .svg or .png
 *
 * Writes the diagram, in the light style, as SVG or PNG (at twice the
 * natural size) by @path's extension; the file is replaced whole or not
 * at all.
 *
 * Returns: whether it was written
 */
gboolean
podlift_diagram_write (PodliftDiagram  *self,
                       const char      *path,
                       GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *lower = NULL;
  g_autoptr(PangoFontMap) fonts = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (!g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: the diagram is written as .svg or .png"), path);
      return FALSE;
    }

  /* Fonts of its own, let go when written: a command that writes a
   * diagram keeps no font caches. */
  fonts = pango_cairo_font_map_new ();
  if (g_str_has_suffix (lower, ".svg"))
    bytes = render_svg (self, fonts, error);
  else
    bytes = render_png (self, fonts, error);
  if (bytes == NULL)
    return FALSE;

  file = g_file_new_for_path (path);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}
