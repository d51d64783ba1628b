/* podlift-diagram-private.h
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "podlift-diagram.h"
#include "podlift-manifest-generator.h"

G_BEGIN_DECLS

/* Shared by podlift-diagram.c (layout, hit test, files),
 * podlift-diagram-detail.c (what each box says, read from the documents)
 * and podlift-diagram-draw.c (cairo and pango); the tests read the boxes. */

#define PODLIFT_DIAGRAM_BOX_WIDTH       208.0
#define PODLIFT_DIAGRAM_BOX_HEIGHT      76.0
#define PODLIFT_DIAGRAM_WORKLOAD_HEIGHT 126.0
/* The most pods a workload box draws. */
#define PODLIFT_DIAGRAM_MAX_CHIPS       8

typedef enum
{
  PODLIFT_DIAGRAM_HUE_BLUE,
  PODLIFT_DIAGRAM_HUE_GREEN,
  PODLIFT_DIAGRAM_HUE_YELLOW,
  PODLIFT_DIAGRAM_HUE_ORANGE,
  PODLIFT_DIAGRAM_HUE_RED,
  PODLIFT_DIAGRAM_HUE_PURPLE,
  PODLIFT_DIAGRAM_HUE_BROWN,
  PODLIFT_DIAGRAM_HUE_SLATE,
  PODLIFT_DIAGRAM_N_HUES,
} PodliftDiagramHue;

typedef enum
{
  PODLIFT_DIAGRAM_COLUMN_ENTRY,     /* Ingress, BackendConfig */
  PODLIFT_DIAGRAM_COLUMN_SERVICES,  /* Service, headless Service */
  PODLIFT_DIAGRAM_COLUMN_WORKLOAD,  /* HPA, the workload, PDB */
  PODLIFT_DIAGRAM_COLUMN_READS,     /* ConfigMap, Secret, files, volumes, ServiceAccount */
  PODLIFT_DIAGRAM_COLUMN_JOBS,      /* the row beneath: Job, CronJobs */
  PODLIFT_DIAGRAM_COLUMN_TITLE,     /* the namespace, over the frame */
} PodliftDiagramColumn;

typedef struct
{
  /* The resource's id; a claim template has its StatefulSet's; NULL
   * for the namespace title when the Namespace is switched off. */
  char                 *id;
  PodliftResourceKind   kind;
  PodliftDiagramHue     hue;
  PodliftDiagramColumn  column;
  char                 *kind_label;  /* "Ingress", "ConfigMap · files" */
  char                 *name;
  char                 *detail;      /* one line, or NULL */
  /* The workload: its image, and its pods (pods_max > pods when an
   * autoscaler adds some). */
  char                 *image;
  guint                 pods;
  guint                 pods_max;
  char                 *pods_text;
  gboolean              dashed;      /* a claim template; the namespace left to admins */
  gboolean              template;    /* a StatefulSet's volume claim template */
  double                x, y, width, height;
} PodliftDiagramBox;

typedef enum
{
  PODLIFT_DIAGRAM_EDGE_TRAFFIC,  /* Ingress → Service → pods */
  PODLIFT_DIAGRAM_EDGE_USES,     /* pods → what they read; Service → BackendConfig */
  PODLIFT_DIAGRAM_EDGE_POLICY,   /* HPA, PDB → pods */
  PODLIFT_DIAGRAM_EDGE_JOB,      /* a job → what it reads, round the right */
} PodliftDiagramEdgeStyle;

typedef enum
{
  PODLIFT_DIAGRAM_SIDE_LEFT,
  PODLIFT_DIAGRAM_SIDE_RIGHT,
  PODLIFT_DIAGRAM_SIDE_TOP,
  PODLIFT_DIAGRAM_SIDE_BOTTOM,
} PodliftDiagramSide;

typedef struct
{
  PodliftDiagramBox       *from;
  PodliftDiagramBox       *to;
  PodliftDiagramEdgeStyle  style;
  const char              *label;  /* translated, or NULL */
  PodliftDiagramSide       from_side;
  PodliftDiagramSide       to_side;
  double                   x0, y0, x1, y1;
  /* The label by the start: the arrowhead shares its side, the start
   * does not. */
  gboolean                 label_at_start;
  /* A job's route: up to gutter_y, right to lane_x, up to the target. */
  double                   lane_x;
  double                   gutter_y;
} PodliftDiagramEdge;

struct _PodliftDiagram
{
  GPtrArray *boxes;  /* PodliftDiagramBox, the title first */
  GPtrArray *edges;  /* PodliftDiagramEdge */
  double     frame_x, frame_y, frame_width, frame_height;
  double     width, height;
};

/* -detail.c */
PodliftDiagramBox *podlift_diagram_box_new         (PodliftManifest   *manifest,
                                                    GPtrArray         *manifests);
PodliftDiagramBox *podlift_diagram_box_new_title   (GPtrArray         *manifests);
GPtrArray         *podlift_diagram_claim_templates (PodliftManifest   *workload);
void               podlift_diagram_box_free        (PodliftDiagramBox *box);
const char        *podlift_diagram_edge_label      (PodliftDiagramBox *from,
                                                    PodliftDiagramBox *to);
char              *podlift_diagram_describe        (PodliftDiagram    *self);

/* -draw.c */
void               podlift_diagram_paint_page      (cairo_t           *cr,
                                                    double             width,
                                                    double             height,
                                                    gboolean           dark);
void               podlift_diagram_paint           (PodliftDiagram    *self,
                                                    cairo_t           *cr,
                                                    gboolean           dark,
                                                    PangoFontMap      *fonts);

/* For the tests: the boxes, the title first. */
guint                    podlift_diagram_get_n_boxes (PodliftDiagram *self);
const PodliftDiagramBox *podlift_diagram_get_box     (PodliftDiagram *self,
                                                      guint           index);

G_END_DECLS
