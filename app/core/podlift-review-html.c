/* podlift-review-html.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "podlift-checklist-item.h"
#include "podlift-labels.h"
#include "podlift-manifest-generator.h"
#include "podlift-review-private.h"

/* The review as one self-contained HTML5 file: the style sheet inline
 * (large type on screen, A4 pages in print), the diagram inline as SVG,
 * no script, nothing fetched. Everything the user wrote is escaped. */

static const char style[] =
  ":root{--fg:#241f31;--dim:#5e5c64;--line:#deddda;--card:#f6f5f4;--blue:#1c71d8;"
  "--red:#c01c28;--amber:#9c6e03;--green:#26a269}\n"
  "*{box-sizing:border-box}\n"
  "body{margin:0 auto;max-width:70rem;padding:2.5rem 2rem 4rem;color:var(--fg);background:#fff;"
  "font:1.25rem/1.5 Cantarell,'Noto Sans',system-ui,sans-serif}\n"
  "h1{font-size:2.6rem;line-height:1.15;margin:0 0 .5rem}h1 span{color:var(--dim);font-weight:400}\n"
  "h2{font-size:1.7rem;margin:2.5rem 0 1rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}\n"
  "h3{font-size:1.3rem;margin:1.5rem 0 .5rem}\n"
  ".lead{font-size:1.4rem;color:var(--dim);margin:0 0 1.5rem}\n"
  ".tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}\n"
  ".tile{background:var(--card);border-radius:12px;padding:1rem 1.2rem}\n"
  ".tile b{display:block;font-size:2rem;line-height:1.2}.tile span{color:var(--dim)}\n"
  ".tile.bad b{color:var(--red)}.tile.warn b{color:var(--amber)}.tile.good b{color:var(--green)}\n"
  "progress{width:100%;height:.8rem;accent-color:var(--blue)}\n"
  "ol.risks{list-style:none;padding:0;margin:0}\n"
  ".risks li{border-left:.4rem solid var(--amber);background:var(--card);border-radius:8px;"
  "padding:.7rem 1rem;margin:0 0 .6rem;break-inside:avoid}\n"
  ".risks li.blocker{border-color:var(--red)}.risks li.todo{border-color:var(--blue)}\n"
  ".risks p{margin:.2rem 0 0;color:var(--dim);font-size:1.05rem}\n"
  ".badge{display:inline-block;font-size:.85rem;font-weight:700;text-transform:uppercase;"
  "letter-spacing:.04em;color:#fff;background:var(--amber);border-radius:4px;padding:0 .4rem;margin-right:.4rem}\n"
  ".blocker .badge{background:var(--red)}.todo .badge{background:var(--blue)}\n"
  ".step{color:var(--dim);font-size:1rem}\n"
  "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.4rem 1.5rem;margin:0}\n"
  "dt{color:var(--dim)}dd{margin:0}\n"
  ".text p{margin:.3rem 0}\n"
  "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .6rem;"
  "border-bottom:1px solid var(--line)}th{color:var(--dim);font-weight:600}\n"
  "figure{margin:1rem 0}figure svg{display:block;width:100%;height:auto}\n"
  "ul.checklist{list-style:none;padding:0;margin:0}.checklist li{padding:.2rem 0}\n"
  ".checklist li::before{content:'\\2610';display:inline-block;width:1.6rem}\n"
  ".checklist li.done::before{content:'\\2611';color:var(--green)}\n"
  ".checklist li.skipped{color:var(--dim)}.checklist li.skipped::before{content:'\\2612'}\n"
  ".checklist li.failed::before{content:'\\2612';color:var(--red)}.checklist em{color:var(--dim)}\n"
  ".owner{color:var(--dim)}\n"
  "footer{margin-top:3rem;color:var(--dim);font-size:1rem}\n"
  "@media (max-width:50rem){.tiles{grid-template-columns:repeat(2,1fr)}}\n"
  "@media print{@page{size:A4;margin:16mm}\n"
  "body{max-width:none;padding:0;font-size:10.5pt}h1{font-size:20pt}h2{font-size:14pt;break-after:avoid}"
  "h3{font-size:12pt;break-after:avoid}.lead{font-size:12pt}\n"
  ".tile{border:1px solid var(--line)}.tile b{font-size:16pt}\n"
  "figure,tr,.risks li,dl.facts{break-inside:avoid}\n"
  ".risks li,.tile,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* Appends "<TAG>TEXT</TAG>" with TEXT escaped. */
static void
append_element (GString    *out,
                const char *tag,
                const char *text)
{
  g_string_append_printf (out, "<%s>", tag);
  append_escaped (out, text);
  g_string_append_printf (out, "</%s>", tag);
}

static void
append_block (GString    *out,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  g_string_append (out, "<div class=\"text\">");
  for (guint i = 0; lines[i]; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      append_element (out, "p", lines[i]);
  g_string_append (out, "</div>\n");
}

static void
append_facts (GString   *out,
              GPtrArray *facts)
{
  g_string_append (out, "<dl class=\"facts\">\n");
  for (guint i = 0; i < facts->len; i++)
    {
      PodliftReviewFact *fact = g_ptr_array_index (facts, i);

      append_element (out, "dt", fact->label);
      append_element (out, "dd", fact->value);
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "</dl>\n");
}

static void
append_tile (GString    *out,
             const char *css,
             const char *value,
             const char *label,
             double      progress)
{
  g_string_append_printf (out, "<div class=\"tile %s\">", css);
  append_element (out, "b", value);
  append_element (out, "span", label);
  if (progress >= 0)
    g_string_append_printf (out, "<progress max=\"1000\" value=\"%u\"></progress>", (guint) (progress * 1000));
  g_string_append (out, "</div>\n");
}

static void
append_summary (GString       *out,
                PodliftReview *self)
{
  g_autofree char *risks = podlift_review_risks_text (self);
  g_autofree char *findings = podlift_review_findings_text (self);
  g_autofree char *resources = g_strdup_printf ("%u", self->n_resources);
  g_autofree char *checklist = podlift_review_checklist_text (self);
  PodliftSeverity level = podlift_review_findings_level (self);

  g_string_append (out, "<section class=\"tiles\" aria-label=\"summary\">\n");
  append_tile (out, podlift_review_count_risks (self, PODLIFT_SEVERITY_ERROR) > 0 ? "bad" : "",
               risks, _("Open risks"), -1);
  append_tile (out, level == PODLIFT_SEVERITY_ERROR ? "bad" : level == PODLIFT_SEVERITY_WARNING ? "warn" :
                    level == PODLIFT_SEVERITY_IGNORE ? "good" : "",
               findings, _("Lint and validation"), -1);
  append_tile (out, "", resources, _("Resources"), -1);
  append_tile (out, "", checklist, _("Checklist"),
               self->checklist_total > 0 ? (double) self->checklist_done / self->checklist_total : -1);
  g_string_append (out, "</section>\n");
}

static void
append_risks (GString       *out,
              PodliftReview *self)
{
  static const char * const classes[] = { "blocker", "risk", "todo", "todo", "todo" };

  g_string_append_printf (out, "<section id=\"risks\"><h2>%s</h2>\n", _("Open risks"));
  if (self->risks->len == 0)
    append_element (out, "p", _("None: every answer is in and nothing is flagged."));
  else
    g_string_append (out, "<ol class=\"risks\">\n");

  for (guint i = 0; i < self->risks->len; i++)
    {
      PodliftReviewRisk *risk = g_ptr_array_index (self->risks, i);

      g_string_append_printf (out, "<li class=\"%s\">", classes[MIN (risk->severity, PODLIFT_SEVERITY_IGNORE)]);
      g_string_append_printf (out, "<span class=\"badge\">%s</span>", podlift_review_severity_label (risk->severity));
      append_element (out, "strong", risk->title);
      g_string_append (out, " <span class=\"step\">");
      append_escaped (out, podlift_step_get_title (risk->step));
      g_string_append (out, "</span>");
      if (risk->detail != NULL)
        append_element (out, "p", risk->detail);
      g_string_append (out, "</li>\n");
    }

  if (self->risks->len > 0)
    g_string_append (out, "</ol>\n");
  g_string_append (out, "</section>\n");
}

static void
append_strategy (GString       *out,
                 PodliftReview *self)
{
  g_string_append_printf (out, "<section id=\"strategy\"><h2>%s</h2>\n<p>", _("Strategy"));
  append_element (out, "strong", self->strategy);
  if (self->downtime != NULL)
    {
      g_autofree char *downtime = g_strdup_printf (_(": %s of downtime"), self->downtime);

      append_escaped (out, downtime);
    }
  g_string_append (out, "</p>\n");
  append_facts (out, self->strategy_facts);

  if (self->runbook->len > 0)
    {
      g_string_append_printf (out, "<h3>%s</h3>\n<ol>", _("Runbook"));
      for (guint i = 0; i < self->runbook->len; i++)
        append_element (out, "li", g_ptr_array_index (self->runbook, i));
      g_string_append (out, "</ol>\n");
    }

  g_string_append_printf (out, "<h3>%s</h3>\n", _("Rollback plan"));
  append_block (out, self->rollback_plan ? self->rollback_plan : _("Not written yet."));
  if (self->notes != NULL)
    {
      g_string_append_printf (out, "<h3>%s</h3>\n", _("Notes"));
      append_block (out, self->notes);
    }
  g_string_append (out, "</section>\n");
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);

  return CAIRO_STATUS_SUCCESS;
}

/**
 * podlift_review_diagram_svg:
 *
 * Returns: (transfer full): the diagram as one <svg> element, light
 *   style, to put inside an HTML page
 */
char *
podlift_review_diagram_svg (PodliftDiagram *diagram)
{
  g_autoptr(GString) svg = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  const char *start;

  podlift_diagram_get_size (diagram, &width, &height);
  surface = cairo_svg_surface_create_for_stream (write_to_string, svg, width, height);
  cr = cairo_create (surface);
  podlift_diagram_draw (diagram, cr, FALSE);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  /* No XML prolog inside HTML. */
  start = strstr (svg->str, "<svg");
  if (start == NULL)
    return g_strdup ("");

  return g_strdup (start);
}

static void
append_diagram (GString       *out,
                PodliftReview *self)
{
  g_autofree char *svg = podlift_review_diagram_svg (self->diagram);
  const char *rest = strstr (svg, "<svg") ? svg + strlen ("<svg") : NULL;

  if (rest == NULL)
    return;

  g_string_append (out, "<figure><svg role=\"img\" aria-label=\"");
  append_escaped (out, _("How the resources connect"));
  g_string_append_printf (out, "\"%s</figure>\n", rest);
}

static void
append_resources (GString       *out,
                  PodliftReview *self)
{
  g_autofree char *written = NULL;

  g_string_append_printf (out, "<section id=\"resources\"><h2>%s</h2>\n", _("Resources"));
  if (self->n_resources == 0)
    {
      append_element (out, "p", _("No resource yet."));
      g_string_append (out, "</section>\n");
      return;
    }

  written = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource, written as: %s.",
                                          "%u resources, written as: %s.", self->n_resources),
                             self->n_resources, self->output_format);
  append_element (out, "p", written);
  append_diagram (out, self);

  g_string_append_printf (out, "<table><thead><tr><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
                          _("Kind"), _("Name"), _("Edited by hand"));
  for (guint k = 0; k < self->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (self->manifests, k);

      if (!podlift_manifest_get_enabled (m))
        continue;
      g_string_append (out, "<tr>");
      append_element (out, "td", podlift_manifest_get_k8s_kind (m));
      append_element (out, "td", podlift_manifest_get_name (m));
      append_element (out, "td", podlift_review_yes_no (podlift_manifest_get_customised (m)));
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table>\n</section>\n");
}

static void
append_lint_row (GString                   *out,
                 const char                *what,
                 const PodliftReviewCounts *counts)
{
  g_autofree char *text = counts ? podlift_review_counts_text (counts) : g_strdup (_("No Dockerfile yet"));

  g_string_append (out, "<tr>");
  append_element (out, "td", what);
  append_element (out, "td", text);
  g_string_append (out, "</tr>\n");
}

static void
append_lint (GString       *out,
             PodliftReview *self)
{
  g_string_append_printf (out, "<section id=\"lint\"><h2>%s</h2>\n", _("Lint and validation"));
  g_string_append_printf (out, "<table><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>\n",
                          _("What"), _("Findings"));
  append_lint_row (out, _("Dockerfile, hadolint's rules and Podlift's"),
                   self->n_dockerfile_lines > 0 ? &self->dockerfile : NULL);
  append_lint_row (out, _("Manifests against the Kubernetes schema"), &self->schema);
  append_lint_row (out, _("Manifest checks (kube-score's and Podlift's)"), &self->checks);
  g_string_append (out, "</tbody></table>\n</section>\n");
}

static void
append_item (GString              *out,
             PodliftChecklistItem *item)
{
  static const char * const classes[] = { "", " class=\"done\"", " class=\"skipped\"", " class=\"failed\"" };
  PodliftItemState state = podlift_checklist_item_get_state (item);
  const char *owner = podlift_checklist_item_get_owner (item);
  g_autofree char *status = podlift_review_item_status (item);

  g_string_append_printf (out, "<li%s>", classes[MIN (state, PODLIFT_ITEM_STATE_FAILED)]);
  append_escaped (out, podlift_checklist_item_get_title (item));
  if (owner != NULL)
    {
      g_string_append (out, " <span class=\"owner\">· ");
      append_escaped (out, owner);
      g_string_append (out, "</span>");
    }
  if (status != NULL)
    {
      g_string_append (out, " <em>· ");
      append_escaped (out, status);
      g_string_append (out, "</em>");
    }
  g_string_append (out, "</li>\n");
}

static void
append_phase (GString       *out,
              PodliftReview *self,
              guint          phase)
{
  g_autofree char *heading = g_strdup_printf (_("%s: %u of %u done"), self->phases[phase].title,
                                              self->phases[phase].done, self->phases[phase].total);

  append_element (out, "h3", heading);
  g_string_append (out, "<ul class=\"checklist\">\n");
  for (guint i = 0; i < self->checklist->len; i++)
    {
      PodliftChecklistItem *item = g_ptr_array_index (self->checklist, i);

      if (MIN (podlift_checklist_item_get_phase (item), PODLIFT_CHECKLIST_PHASE_AFTER) == phase)
        append_item (out, item);
    }
  g_string_append (out, "</ul>\n");
}

static void
append_checklist (GString       *out,
                  PodliftReview *self)
{
  g_autofree char *progress = podlift_review_checklist_text (self);

  g_string_append_printf (out, "<section id=\"checklist\"><h2>%s</h2>\n<p>", _("Cutover checklist"));
  append_element (out, "strong", progress);
  g_string_append (out, "</p>\n");
  for (guint p = 0; p < G_N_ELEMENTS (self->phases); p++)
    if (self->phases[p].total > 0)
      append_phase (out, self, p);
  g_string_append (out, "</section>\n");
}

static void
append_steps (GString       *out,
              PodliftReview *self)
{
  g_string_append_printf (out, "<section id=\"steps\"><h2>%s</h2>\n", _("Steps"));
  g_string_append_printf (out, "<table><thead><tr><th>%s</th><th>%s</th></tr></thead><tbody>\n",
                          _("Step"), _("State"));
  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    {
      g_string_append (out, "<tr>");
      append_element (out, "td", podlift_step_get_title (step));
      append_element (out, "td", self->step_summaries[step]);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table>\n</section>\n");
}

static void
append_head (GString       *out,
             PodliftReview *self)
{
  g_autofree char *title = g_strconcat (self->title, _(": migration review"), NULL);

  /* Translators: the language code of the review's HTML, as in <html lang="en"> */
  g_string_append_printf (out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                          _("en"));
  g_string_append (out, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "<meta name=\"generator\" content=\"%s\">\n", self->generated);
  append_element (out, "title", title);
  g_string_append_printf (out, "\n<style>\n%s</style>\n</head>\n<body>\n<header>\n<h1>", style);
  append_escaped (out, self->title);
  g_string_append (out, " <span>");
  append_escaped (out, _("migration review"));
  g_string_append (out, "</span></h1>\n");
  if (self->description != NULL)
    {
      g_string_append (out, "<p class=\"lead\">");
      append_escaped (out, self->description);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n");
}

/**
 * podlift_review_to_html:
 *
 * Returns: (transfer full): the review as one self-contained HTML5 page
 */
char *
podlift_review_to_html (PodliftReview *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *footer = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  append_head (out, self);
  g_string_append (out, "<main>\n");
  append_summary (out, self);
  append_risks (out, self);
  append_strategy (out, self);
  g_string_append_printf (out, "<section id=\"application\"><h2>%s</h2>\n", _("Application"));
  append_facts (out, self->application);
  g_string_append (out, "</section>\n");
  append_resources (out, self);
  append_lint (out, self);
  append_checklist (out, self);
  append_steps (out, self);
  g_string_append (out, "</main>\n");

  /* Translators: %s is "Podlift 0.1.0" */
  footer = g_strdup_printf (_("Written by %s. Secret values are never part of a review."), self->generated);
  append_element (out, "footer", footer);
  g_string_append (out, "\n</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
