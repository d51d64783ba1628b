/* podlift-review-pdf.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "podlift-cairo-util.h"
#include "podlift-checklist-item.h"
#include "podlift-labels.h"
#include "podlift-manifest-generator.h"
#include "podlift-review-private.h"

/* The review as a PDF of A4 pages, laid out with Pango and drawn with
 * cairo: the same sections as the HTML, a heading never alone at the
 * bottom of a page, the diagram scaled to the page, and "page N of M"
 * at the foot of each. It is laid out twice: once to count the pages,
 * once to write them. */

#define PAGE_WIDTH    595.276  /* A4, in points */
#define PAGE_HEIGHT   841.890
#define MARGIN_X      50.0
#define MARGIN_TOP    50.0
#define MARGIN_BOTTOM 64.0
#define CONTENT_WIDTH (PAGE_WIDTH - 2 * MARGIN_X)
#define BOTTOM        (PAGE_HEIGHT - MARGIN_BOTTOM)
#define LABEL_WIDTH   140.0
#define FONT          "Cantarell"

typedef struct
{
  double r, g, b;
} Colour;

static const Colour fg = { 0.141, 0.122, 0.192 };
static const Colour dim = { 0.369, 0.361, 0.392 };
static const Colour rule = { 0.871, 0.867, 0.855 };
static const Colour card = { 0.965, 0.961, 0.957 };
static const Colour red = { 0.753, 0.110, 0.157 };
static const Colour amber = { 0.612, 0.431, 0.012 };
static const Colour blue = { 0.110, 0.443, 0.847 };
static const Colour green = { 0.149, 0.635, 0.412 };

typedef struct
{
  PodliftReview *review;
  cairo_t       *cr;
  PangoContext  *context;
  double         y;
  guint          page;
  guint          n_pages;  /* 0 while counting */
} Pdf;

static void
set_colour (cairo_t      *cr,
            const Colour *colour)
{
  cairo_set_source_rgb (cr, colour->r, colour->g, colour->b);
}

/* A layout of @text in "Cantarell @style @size", @width wide. */
static PangoLayout *
create_layout (Pdf        *pdf,
               const char *text,
               const char *style,
               double      size,
               double      width)
{
  PangoLayout *layout = pango_layout_new (pdf->context);
  g_autofree char *name = g_strdup_printf ("%s %s %g", FONT, style, size);
  PangoFontDescription *font = pango_font_description_from_string (name);

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
draw_layout (Pdf          *pdf,
             PangoLayout  *layout,
             double        x,
             double        y,
             const Colour *colour)
{
  cairo_move_to (pdf->cr, x, y);
  set_colour (pdf->cr, colour);
  pango_cairo_show_layout (pdf->cr, layout);
}

static void
draw_footer (Pdf *pdf)
{
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;

  if (pdf->n_pages > 0)
    /* Translators: the foot of a PDF page, "Shopfront: migration review · page 2 of 5" */
    text = g_strdup_printf (_("%s: migration review · page %u of %u"), pdf->review->title, pdf->page, pdf->n_pages);
  else
    text = g_strdup_printf (_("%s: migration review · page %u of %u"), pdf->review->title, pdf->page, pdf->page);

  layout = create_layout (pdf, text, "", 8.5, CONTENT_WIDTH);
  cairo_set_line_width (pdf->cr, 0.5);
  set_colour (pdf->cr, &rule);
  cairo_move_to (pdf->cr, MARGIN_X, BOTTOM + 20);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN_X, BOTTOM + 20);
  cairo_stroke (pdf->cr);
  draw_layout (pdf, layout, MARGIN_X, BOTTOM + 26, &dim);
}

static void
new_page (Pdf *pdf)
{
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN_TOP;
  draw_footer (pdf);
}

/* Makes room for @height, on a new page if this one is too full. */
static void
need (Pdf    *pdf,
      double  height)
{
  if (pdf->y + height > BOTTOM && pdf->y > MARGIN_TOP)
    new_page (pdf);
}

/* A paragraph at @indent, moved to the next page when it does not fit. */
static void
paragraph (Pdf          *pdf,
           const char   *text,
           const char   *style,
           double        size,
           const Colour *colour,
           double        indent,
           double        after)
{
  g_autoptr(PangoLayout) layout = create_layout (pdf, text, style, size, CONTENT_WIDTH - indent);
  double height = layout_height (layout);

  need (pdf, height);
  draw_layout (pdf, layout, MARGIN_X + indent, pdf->y, colour);
  pdf->y += height + after;
}

/* A section's heading, kept with at least @keep points of what follows. */
static void
heading (Pdf        *pdf,
         const char *text,
         double      keep)
{
  g_autoptr(PangoLayout) layout = create_layout (pdf, text, "Bold", 15, CONTENT_WIDTH);
  double height = layout_height (layout);

  pdf->y += 14;
  need (pdf, height + 8 + keep);
  draw_layout (pdf, layout, MARGIN_X, pdf->y, &fg);
  pdf->y += height + 3;
  set_colour (pdf->cr, &rule);
  cairo_set_line_width (pdf->cr, 1.2);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
  cairo_line_to (pdf->cr, PAGE_WIDTH - MARGIN_X, pdf->y);
  cairo_stroke (pdf->cr);
  pdf->y += 9;
}

static void
subheading (Pdf        *pdf,
            const char *text)
{
  pdf->y += 6;
  need (pdf, 50);
  paragraph (pdf, text, "Bold", 11.5, &fg, 0, 4);
}

/* Label and value side by side, the value wrapping. */
static void
facts (Pdf       *pdf,
       GPtrArray *facts,
       double     label_width)
{
  for (guint i = 0; i < facts->len; i++)
    {
      PodliftReviewFact *fact = g_ptr_array_index (facts, i);
      g_autoptr(PangoLayout) label = create_layout (pdf, fact->label, "", 10, label_width - 10);
      g_autoptr(PangoLayout) value = create_layout (pdf, fact->value, "", 10, CONTENT_WIDTH - label_width);
      double height = MAX (layout_height (label), layout_height (value));

      need (pdf, height);
      draw_layout (pdf, label, MARGIN_X, pdf->y, &dim);
      draw_layout (pdf, value, MARGIN_X + label_width, pdf->y, &fg);
      pdf->y += height + 4;
    }
}

static void
block (Pdf        *pdf,
       const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      paragraph (pdf, lines[i], "", 10, &fg, 0, 4);
}

static void
tile (Pdf          *pdf,
      double        x,
      double        width,
      const char   *value,
      const char   *label,
      const Colour *colour,
      double        progress)
{
  g_autoptr(PangoLayout) big = create_layout (pdf, value, "Bold", 14, width - 20);
  g_autoptr(PangoLayout) small = create_layout (pdf, label, "", 9, width - 20);

  set_colour (pdf->cr, &card);
  podlift_cairo_rounded_rectangle (pdf->cr, x, pdf->y, width, 62, 8);
  cairo_fill (pdf->cr);
  draw_layout (pdf, big, x + 10, pdf->y + 8, colour);
  draw_layout (pdf, small, x + 10, pdf->y + 10 + layout_height (big), &dim);

  if (progress >= 0)
    {
      set_colour (pdf->cr, &rule);
      podlift_cairo_rounded_rectangle (pdf->cr, x + 10, pdf->y + 50, width - 20, 5, 2.5);
      cairo_fill (pdf->cr);
      set_colour (pdf->cr, &blue);
      podlift_cairo_rounded_rectangle (pdf->cr, x + 10, pdf->y + 50, MAX (5, (width - 20) * progress), 5, 2.5);
      cairo_fill (pdf->cr);
    }
}

static void
tiles (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autofree char *risks = podlift_review_risks_text (self);
  g_autofree char *findings = podlift_review_findings_text (self);
  g_autofree char *resources = g_strdup_printf ("%u", self->n_resources);
  g_autofree char *checklist = podlift_review_checklist_text (self);
  PodliftSeverity level = podlift_review_findings_level (self);
  double width = (CONTENT_WIDTH - 3 * 10) / 4;

  need (pdf, 62);
  tile (pdf, MARGIN_X, width, risks, _("Open risks"),
        podlift_review_count_risks (self, PODLIFT_SEVERITY_ERROR) > 0 ? &red : &fg, -1);
  tile (pdf, MARGIN_X + (width + 10), width, findings, _("Lint and validation"),
        level == PODLIFT_SEVERITY_ERROR ? &red : level == PODLIFT_SEVERITY_WARNING ? &amber :
        level == PODLIFT_SEVERITY_IGNORE ? &green : &fg, -1);
  tile (pdf, MARGIN_X + 2 * (width + 10), width, resources, _("Resources"), &fg, -1);
  tile (pdf, MARGIN_X + 3 * (width + 10), width, checklist, _("Checklist"), &fg,
        self->checklist_total > 0 ? (double) self->checklist_done / self->checklist_total : -1);
  pdf->y += 62 + 6;
}

static const Colour *
severity_colour (PodliftSeverity severity)
{
  return severity == PODLIFT_SEVERITY_ERROR ? &red : severity == PODLIFT_SEVERITY_WARNING ? &amber : &blue;
}

/* A card: a coloured bar, the severity, the title in bold, the detail. */
static void
risk (Pdf               *pdf,
      PodliftReviewRisk *risk)
{
  g_autofree char *head = g_strdup_printf ("%s · %s", podlift_review_severity_label (risk->severity),
                                           podlift_step_get_title (risk->step));
  g_autoptr(PangoLayout) badge = create_layout (pdf, head, "Bold", 7.5, CONTENT_WIDTH - 24);
  g_autoptr(PangoLayout) title = create_layout (pdf, risk->title, "Bold", 10.5, CONTENT_WIDTH - 24);
  g_autoptr(PangoLayout) detail = risk->detail ? create_layout (pdf, risk->detail, "", 9.5, CONTENT_WIDTH - 24) : NULL;
  double height = 8 + layout_height (badge) + 1 + layout_height (title) +
                  (detail ? 2 + layout_height (detail) : 0) + 8;

  need (pdf, height);
  set_colour (pdf->cr, &card);
  podlift_cairo_rounded_rectangle (pdf->cr, MARGIN_X, pdf->y, CONTENT_WIDTH, height, 6);
  cairo_fill (pdf->cr);
  set_colour (pdf->cr, severity_colour (risk->severity));
  cairo_rectangle (pdf->cr, MARGIN_X, pdf->y, 5, height);
  cairo_fill (pdf->cr);

  pdf->y += 8;
  draw_layout (pdf, badge, MARGIN_X + 16, pdf->y, severity_colour (risk->severity));
  pdf->y += layout_height (badge) + 1;
  draw_layout (pdf, title, MARGIN_X + 16, pdf->y, &fg);
  pdf->y += layout_height (title);
  if (detail != NULL)
    {
      pdf->y += 2;
      draw_layout (pdf, detail, MARGIN_X + 16, pdf->y, &dim);
      pdf->y += layout_height (detail);
    }
  pdf->y += 8 + 6;
}

static void
risks (Pdf *pdf)
{
  PodliftReview *self = pdf->review;

  heading (pdf, _("Open risks"), 50);
  if (self->risks->len == 0)
    paragraph (pdf, _("None: every answer is in and nothing is flagged."), "", 10.5, &fg, 0, 4);
  for (guint i = 0; i < self->risks->len; i++)
    risk (pdf, g_ptr_array_index (self->risks, i));
}

static void
strategy (Pdf *pdf)
{
  PodliftReview *self = pdf->review;

  heading (pdf, _("Strategy"), 60);
  if (self->downtime != NULL)
    {
      g_autofree char *text = g_strdup_printf (_(": %s of downtime"), self->downtime);
      g_autofree char *title = g_strconcat (self->strategy, text, NULL);

      paragraph (pdf, title, "Bold", 12, &fg, 0, 6);
    }
  else
    paragraph (pdf, self->strategy, "Bold", 12, &fg, 0, 6);
  facts (pdf, self->strategy_facts, LABEL_WIDTH);

  if (self->runbook->len > 0)
    {
      subheading (pdf, _("Runbook"));
      for (guint i = 0; i < self->runbook->len; i++)
        {
          g_autofree char *step = g_strdup_printf ("%u. %s", i + 1, (char *) g_ptr_array_index (self->runbook, i));

          paragraph (pdf, step, "", 10, &fg, 0, 3);
        }
    }

  subheading (pdf, _("Rollback plan"));
  block (pdf, self->rollback_plan ? self->rollback_plan : _("Not written yet."));
  if (self->notes != NULL)
    {
      subheading (pdf, _("Notes"));
      block (pdf, self->notes);
    }
}

/* The diagram's scale: the content's width at most (never enlarged),
 * and a page's height. */
static double
diagram_scale (PodliftDiagram *diagram,
               double         *height)
{
  double width, scale;

  podlift_diagram_get_size (diagram, &width, height);
  if (width <= 0 || *height <= 0)
    return 0;

  scale = MIN (1.0, MIN (CONTENT_WIDTH / width, (BOTTOM - MARGIN_TOP - 80) / *height));
  *height *= scale;

  return scale;
}

static void
diagram (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  double width, height, scale;

  if ((scale = diagram_scale (self->diagram, &height)) <= 0)
    return;
  podlift_diagram_get_size (self->diagram, &width, NULL);

  need (pdf, height);
  cairo_save (pdf->cr);
  cairo_translate (pdf->cr, MARGIN_X + (CONTENT_WIDTH - width * scale) / 2, pdf->y);
  cairo_scale (pdf->cr, scale, scale);
  podlift_diagram_draw (self->diagram, pdf->cr, FALSE);
  cairo_restore (pdf->cr);
  pango_cairo_update_context (pdf->cr, pdf->context);

  pdf->y += height + 10;
}

/* The heading stays with the diagram: both go to the next page when
 * the diagram does not fit on this one. */
static void
resources (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autofree char *written = NULL;
  double height = 0;

  if (self->n_resources == 0 || self->diagram == NULL)
    {
      heading (pdf, _("Resources"), 60);
      paragraph (pdf, _("No resource yet."), "", 10.5, &fg, 0, 4);
      return;
    }

  diagram_scale (self->diagram, &height);
  heading (pdf, _("Resources"), 30 + height);
  written = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource, written as: %s.",
                                          "%u resources, written as: %s.", self->n_resources),
                             self->n_resources, self->output_format);
  paragraph (pdf, written, "", 10.5, &fg, 0, 8);
  diagram (pdf);
}

static void
lint (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  PodliftReviewFact dockerfile = { _("Dockerfile, hadolint's rules and Podlift's"), NULL };
  PodliftReviewFact schema = { _("Manifests against the Kubernetes schema"), NULL };
  PodliftReviewFact checks = { _("Manifest checks (kube-score's and Podlift's)"), NULL };
  g_autoptr(GPtrArray) list = g_ptr_array_new ();

  dockerfile.value = self->n_dockerfile_lines > 0 ? podlift_review_counts_text (&self->dockerfile)
                                                  : g_strdup (_("No Dockerfile yet"));
  schema.value = podlift_review_counts_text (&self->schema);
  checks.value = podlift_review_counts_text (&self->checks);
  g_ptr_array_add (rows, dockerfile.value);
  g_ptr_array_add (rows, schema.value);
  g_ptr_array_add (rows, checks.value);
  g_ptr_array_add (list, &dockerfile);
  g_ptr_array_add (list, &schema);
  g_ptr_array_add (list, &checks);

  heading (pdf, _("Lint and validation"), 50);
  facts (pdf, list, 2 * LABEL_WIDTH);
}

/* A ticked box (done), a box with a dash (skipped), a red box with a
 * cross (failed) or an empty one. */
static void
checkbox (Pdf              *pdf,
          double            x,
          double            y,
          PodliftItemState  state)
{
  cairo_t *cr = pdf->cr;

  podlift_cairo_rounded_rectangle (cr, x, y, 9, 9, 2);
  if (state == PODLIFT_ITEM_STATE_TODO)
    {
      set_colour (cr, &dim);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      return;
    }

  set_colour (cr, state == PODLIFT_ITEM_STATE_DONE ? &green : state == PODLIFT_ITEM_STATE_FAILED ? &red : &dim);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.4);
  if (state == PODLIFT_ITEM_STATE_DONE)
    {
      cairo_move_to (cr, x + 2, y + 4.8);
      cairo_line_to (cr, x + 3.8, y + 6.8);
      cairo_line_to (cr, x + 7.2, y + 2.4);
    }
  else if (state == PODLIFT_ITEM_STATE_FAILED)
    {
      cairo_move_to (cr, x + 2.5, y + 2.5);
      cairo_line_to (cr, x + 6.5, y + 6.5);
      cairo_move_to (cr, x + 6.5, y + 2.5);
      cairo_line_to (cr, x + 2.5, y + 6.5);
    }
  else
    {
      cairo_move_to (cr, x + 2.5, y + 4.5);
      cairo_line_to (cr, x + 6.5, y + 4.5);
    }
  cairo_stroke (cr);
}

static void
checklist_item (Pdf                  *pdf,
                PodliftChecklistItem *item)
{
  const char *owner = podlift_checklist_item_get_owner (item);
  g_autofree char *status = podlift_review_item_status (item);
  g_autofree char *markup = g_markup_printf_escaped ("%s<span foreground=\"#5e5c64\">%s%s%s%s</span>",
                                                     podlift_checklist_item_get_title (item),
                                                     owner ? " · " : "", owner ? owner : "",
                                                     status ? " · " : "", status ? status : "");
  g_autoptr(PangoLayout) layout = create_layout (pdf, "", "", 10, CONTENT_WIDTH - 18);
  double height;

  pango_layout_set_markup (layout, markup, -1);
  height = layout_height (layout);
  need (pdf, height);
  checkbox (pdf, MARGIN_X, pdf->y + 3, podlift_checklist_item_get_state (item));
  draw_layout (pdf, layout, MARGIN_X + 18, pdf->y, &fg);
  pdf->y += height + 3;
}

static void
checklist (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autofree char *progress = podlift_review_checklist_text (self);

  heading (pdf, _("Cutover checklist"), 50);
  paragraph (pdf, progress, "Bold", 12, &fg, 0, 4);

  for (guint p = 0; p < G_N_ELEMENTS (self->phases); p++)
    {
      g_autofree char *title = NULL;

      if (self->phases[p].total == 0)
        continue;

      title = g_strdup_printf (_("%s: %u of %u done"), self->phases[p].title,
                               self->phases[p].done, self->phases[p].total);
      subheading (pdf, title);
      for (guint i = 0; i < self->checklist->len; i++)
        {
          PodliftChecklistItem *item = g_ptr_array_index (self->checklist, i);

          if (MIN (podlift_checklist_item_get_phase (item), PODLIFT_CHECKLIST_PHASE_AFTER) == p)
            checklist_item (pdf, item);
        }
    }
}

static void
steps (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    {
      PodliftReviewFact *fact = g_new0 (PodliftReviewFact, 1);

      fact->label = (char *) podlift_step_get_title (step);
      fact->value = self->step_summaries[step];
      g_ptr_array_add (list, fact);
    }

  heading (pdf, _("Steps"), 50);
  facts (pdf, list, LABEL_WIDTH);
}

static void
render (Pdf *pdf)
{
  PodliftReview *self = pdf->review;
  g_autofree char *subtitle = g_strdup_printf ("%s", _("migration review"));

  pdf->page = 1;
  pdf->y = MARGIN_TOP;
  draw_footer (pdf);

  paragraph (pdf, self->title, "Bold", 24, &fg, 0, 0);
  paragraph (pdf, subtitle, "", 14, &dim, 0, 8);
  if (self->description != NULL)
    paragraph (pdf, self->description, "", 11, &dim, 0, 12);

  tiles (pdf);
  risks (pdf);
  strategy (pdf);
  heading (pdf, _("Application"), 60);
  facts (pdf, self->application, LABEL_WIDTH);
  resources (pdf);
  lint (pdf);
  checklist (pdf);
  steps (pdf);

  pdf->y += 16;
  {
    g_autofree char *footer = g_strdup_printf (_("Written by %s. Secret values are never part of a review."),
                                               self->generated);

    paragraph (pdf, footer, "Italic", 9, &dim, 0, 0);
  }
  cairo_show_page (pdf->cr);
}

static cairo_status_t
discard (void                *closure,
         const unsigned char *data,
         unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* Lays the review out on @surface; returns the number of pages. */
static guint
render_on (PodliftReview   *self,
           cairo_surface_t *surface,
           guint            n_pages)
{
  Pdf pdf = { .review = self, .n_pages = n_pages };

  pdf.cr = cairo_create (surface);
  pdf.context = pango_cairo_create_context (pdf.cr);
  pango_cairo_context_set_resolution (pdf.context, 72);
  render (&pdf);
  g_object_unref (pdf.context);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);

  return pdf.page;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * podlift_review_to_pdf:
 *
 * Lays the review out as A4 pages, in memory (so that a window can write
 * the file without waiting on the disk).
 *
 * Returns: (transfer full): the PDF
 */
GBytes *
podlift_review_to_pdf (PodliftReview *self)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  guint n_pages;

  g_return_val_if_fail (self != NULL, NULL);

  surface = cairo_pdf_surface_create_for_stream (discard, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  n_pages = render_on (self, surface, 0);
  cairo_surface_destroy (surface);

  surface = cairo_pdf_surface_create_for_stream (append_bytes, data, PAGE_WIDTH, PAGE_HEIGHT);
  title = g_strconcat (self->title, _(": migration review"), NULL);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, self->generated);
  render_on (self, surface, n_pages);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/**
 * podlift_review_write_pdf:
 * @path: the PDF file to write, replaced when it exists
 *
 * Writes the review as A4 pages.
 */
gboolean
podlift_review_write_pdf (PodliftReview  *self,
                          const char     *path,
                          GError        **error)
{
  g_autoptr(GBytes) pdf = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pdf = podlift_review_to_pdf (self);

  return g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), error);
}
