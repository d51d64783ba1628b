/* podlift-review-markdown.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-checklist-item.h"
#include "podlift-labels.h"
#include "podlift-manifest-generator.h"
#include "podlift-review-private.h"

/* The review as one Markdown file, for a pull request: GitHub-flavoured
 * (tables, task lists, and the diagram as a Mermaid flowchart, which
 * GitHub and GitLab draw). What the user typed is escaped, so a "*" in
 * a note stays a "*". */

/* Escapes what Markdown would read as markup; a line break becomes a
 * space (for table cells and list items). */
static void
append_escaped (GString    *out,
                const char *text)
{
  for (const char *c = text; c != NULL && *c; c++)
    {
      if (strchr ("\\`*_[]<>|#", *c))
        g_string_append_c (out, '\\');
      if (*c == '\n' || *c == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *c);
    }
}

/* A block of several lines the user wrote: each line a paragraph, so
 * that "1. …" lines make a list and nothing runs together. */
static void
append_block (GString    *out,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      const char *line = g_strstrip (lines[i]);
      gsize number = strspn (line, "0123456789");

      if (line[0] == '\0')
        continue;
      /* Keep "1. step" a list item: escape all but its marker. */
      if (number > 0 && line[number] == '.' && line[number + 1] == ' ')
        {
          g_string_append_len (out, line, number + 2);
          line += number + 2;
        }
      append_escaped (out, line);
      g_string_append (out, "\n\n");
    }
}

static void
append_facts (GString   *out,
              GPtrArray *facts)
{
  /* Translators: the heads of a Markdown table of answers */
  g_string_append_printf (out, "| %s | %s |\n|---|---|\n", _("Question"), _("Answer"));
  for (guint i = 0; i < facts->len; i++)
    {
      PodliftReviewFact *fact = g_ptr_array_index (facts, i);

      g_string_append (out, "| ");
      append_escaped (out, fact->label);
      g_string_append (out, " | ");
      append_escaped (out, fact->value);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

static void
append_summary (GString       *out,
                PodliftReview *self)
{
  g_autofree char *checklist = podlift_review_checklist_text (self);
  g_autofree char *risks = podlift_review_risks_text (self);
  g_autofree char *findings = podlift_review_findings_text (self);

  g_string_append_printf (out, "| %s | %s | %s | %s |\n|---|---|---|---|\n",
                          _("Open risks"), _("Lint and validation"), _("Resources"), _("Checklist"));
  g_string_append_printf (out, "| %s | %s | %u | %s |\n\n", risks, findings, self->n_resources, checklist);
}

static void
append_risks (GString       *out,
              PodliftReview *self)
{
  g_string_append_printf (out, "## %s\n\n", _("Open risks"));

  if (self->risks->len == 0)
    {
      g_string_append_printf (out, "%s\n\n", _("None: every answer is in and nothing is flagged."));
      return;
    }

  for (guint i = 0; i < self->risks->len; i++)
    {
      PodliftReviewRisk *risk = g_ptr_array_index (self->risks, i);

      g_string_append_printf (out, "%u. **%s** · ", i + 1, podlift_review_severity_label (risk->severity));
      append_escaped (out, risk->title);
      g_string_append_printf (out, " *(%s)*", podlift_step_get_title (risk->step));
      if (risk->detail != NULL)
        {
          g_string_append (out, "  \n   ");
          append_escaped (out, risk->detail);
        }
      g_string_append_c (out, '\n');
    }
  g_string_append_c (out, '\n');
}

static void
append_strategy (GString       *out,
                 PodliftReview *self)
{
  g_string_append_printf (out, "## %s\n\n**%s**", _("Strategy"), self->strategy);
  if (self->downtime != NULL)
    /* Translators: after the strategy, "App and database: about 2 h of downtime" */
    g_string_append_printf (out, _(": %s of downtime"), self->downtime);
  g_string_append (out, "\n\n");
  append_facts (out, self->strategy_facts);

  if (self->runbook->len > 0)
    {
      g_string_append_printf (out, "### %s\n\n", _("Runbook"));
      for (guint i = 0; i < self->runbook->len; i++)
        {
          g_string_append_printf (out, "%u. ", i + 1);
          append_escaped (out, g_ptr_array_index (self->runbook, i));
          g_string_append_c (out, '\n');
        }
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "### %s\n\n", _("Rollback plan"));
  append_block (out, self->rollback_plan ? self->rollback_plan : _("Not written yet."));

  if (self->notes != NULL)
    {
      g_string_append_printf (out, "### %s\n\n", _("Notes"));
      append_block (out, self->notes);
    }
}

/* A Mermaid node id: "r_" (no keyword such as "end"), then letters,
 * digits and underscores only. */
static char *
mermaid_id (const char *id)
{
  char *out = g_strconcat ("r_", id, NULL);

  for (char *c = out; *c; c++)
    if (!g_ascii_isalnum (*c))
      *c = '_';
  return out;
}

static char *
mermaid_label (PodliftManifest *m)
{
  char *label = g_strdup_printf ("%s %s", podlift_manifest_get_k8s_kind (m), podlift_manifest_get_name (m));

  return g_strdelimit (label, "\"`[]", '\'');
}

static void
append_mermaid_links (GString         *out,
                      PodliftReview   *self,
                      PodliftManifest *m)
{
  const char * const *links = podlift_manifest_get_links (m);
  g_autofree char *id = mermaid_id (podlift_manifest_get_id (m));

  for (guint l = 0; links != NULL && links[l]; l++)
    {
      PodliftManifest *target = podlift_manifests_find (self->manifests, links[l]);
      g_autofree char *to = mermaid_id (links[l]);

      if (target != NULL && podlift_manifest_get_enabled (target))
        g_string_append_printf (out, "  %s --> %s\n", id, to);
    }
}

/* The diagram as a Mermaid flowchart, the namespace as its frame. */
static void
append_mermaid (GString       *out,
                PodliftReview *self)
{
  PodliftManifest *ns = NULL;

  g_string_append (out, "```mermaid\nflowchart LR\n");
  for (guint k = 0; k < self->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (self->manifests, k);

      if (podlift_manifest_get_enabled (m) && podlift_manifest_get_kind (m) == PODLIFT_RESOURCE_NAMESPACE)
        ns = m;
    }
  if (ns != NULL)
    {
      g_autofree char *label = mermaid_label (ns);

      g_string_append_printf (out, "  subgraph r_namespace [\"%s\"]\n", label);
    }

  for (guint k = 0; k < self->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (self->manifests, k);
      g_autofree char *id = mermaid_id (podlift_manifest_get_id (m));
      g_autofree char *label = mermaid_label (m);

      if (podlift_manifest_get_enabled (m) && m != ns)
        g_string_append_printf (out, "  %s[\"%s\"]\n", id, label);
    }
  for (guint k = 0; k < self->manifests->len; k++)
    if (podlift_manifest_get_enabled (g_ptr_array_index (self->manifests, k)))
      append_mermaid_links (out, self, g_ptr_array_index (self->manifests, k));

  g_string_append (out, ns != NULL ? "  end\n```\n\n" : "```\n\n");
}

static void
append_resources (GString       *out,
                  PodliftReview *self)
{
  g_string_append_printf (out, "## %s\n\n", _("Resources"));
  if (self->n_resources == 0)
    {
      g_string_append_printf (out, "%s\n\n", _("No resource yet."));
      return;
    }

  /* Translators: "14 resources, written as a Helm chart" */
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u resource, written as: %s.",
                                            "%u resources, written as: %s.", self->n_resources),
                          self->n_resources, self->output_format);
  g_string_append (out, "\n\n");
  append_mermaid (out, self);

  g_string_append_printf (out, "| %s | %s | %s |\n|---|---|---|\n", _("Kind"), _("Name"), _("Edited by hand"));
  for (guint k = 0; k < self->manifests->len; k++)
    {
      PodliftManifest *m = g_ptr_array_index (self->manifests, k);

      if (!podlift_manifest_get_enabled (m))
        continue;
      g_string_append_printf (out, "| %s | ", podlift_manifest_get_k8s_kind (m));
      append_escaped (out, podlift_manifest_get_name (m));
      g_string_append_printf (out, " | %s |\n", podlift_review_yes_no (podlift_manifest_get_customised (m)));
    }
  g_string_append_c (out, '\n');
}

static void
append_lint (GString       *out,
             PodliftReview *self)
{
  g_autofree char *dockerfile = NULL;
  g_autofree char *schema = podlift_review_counts_text (&self->schema);
  g_autofree char *checks = podlift_review_counts_text (&self->checks);

  if (self->n_dockerfile_lines == 0)
    dockerfile = g_strdup (_("No Dockerfile yet"));
  else
    dockerfile = podlift_review_counts_text (&self->dockerfile);

  g_string_append_printf (out, "## %s\n\n| %s | %s |\n|---|---|\n", _("Lint and validation"), _("What"), _("Findings"));
  g_string_append_printf (out, "| %s | %s |\n", _("Dockerfile, hadolint's rules and Podlift's"), dockerfile);
  g_string_append_printf (out, "| %s | %s |\n", _("Manifests against the Kubernetes schema"), schema);
  g_string_append_printf (out, "| %s | %s |\n\n", _("Manifest checks (kube-score's and Podlift's)"), checks);
}

static void
append_item (GString              *out,
             PodliftChecklistItem *item)
{
  const char *owner = podlift_checklist_item_get_owner (item);
  g_autofree char *status = podlift_review_item_status (item);

  g_string_append_printf (out, "- [%c] ", podlift_checklist_item_get_closed (item) ? 'x' : ' ');
  append_escaped (out, podlift_checklist_item_get_title (item));
  if (owner != NULL)
    {
      g_string_append (out, " · ");
      append_escaped (out, owner);
    }
  if (status != NULL)
    {
      g_string_append (out, " · *");
      append_escaped (out, status);
      g_string_append_c (out, '*');
    }
  g_string_append_c (out, '\n');
}

static void
append_checklist (GString       *out,
                  PodliftReview *self)
{
  g_autofree char *progress = podlift_review_checklist_text (self);

  g_string_append_printf (out, "## %s\n\n**%s**\n\n", _("Cutover checklist"), progress);

  for (guint p = 0; p < G_N_ELEMENTS (self->phases); p++)
    {
      if (self->phases[p].total == 0)
        continue;

      /* Translators: a checklist phase and its progress, "Prepare: 4 of 5 done" */
      g_string_append_printf (out, _("### %s: %u of %u done"), self->phases[p].title,
                              self->phases[p].done, self->phases[p].total);
      g_string_append (out, "\n\n");
      for (guint i = 0; i < self->checklist->len; i++)
        {
          PodliftChecklistItem *item = g_ptr_array_index (self->checklist, i);

          if (MIN (podlift_checklist_item_get_phase (item), PODLIFT_CHECKLIST_PHASE_AFTER) == p)
            append_item (out, item);
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_steps (GString       *out,
              PodliftReview *self)
{
  g_string_append_printf (out, "## %s\n\n| %s | %s |\n|---|---|\n", _("Steps"), _("Step"), _("State"));
  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    {
      g_string_append_printf (out, "| %s | ", podlift_step_get_title (step));
      append_escaped (out, self->step_summaries[step]);
      g_string_append (out, " |\n");
    }
  g_string_append_c (out, '\n');
}

/**
 * podlift_review_to_markdown:
 *
 * Returns: (transfer full): the review as one Markdown document
 */
char *
podlift_review_to_markdown (PodliftReview *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  g_string_append (out, "# ");
  append_escaped (out, self->title);
  /* Translators: after the application's name in the review's title */
  g_string_append_printf (out, "%s\n\n", _(": migration review"));
  if (self->description != NULL)
    {
      append_escaped (out, self->description);
      g_string_append (out, "\n\n");
    }
  append_summary (out, self);
  append_risks (out, self);
  append_strategy (out, self);
  g_string_append_printf (out, "## %s\n\n", _("Application"));
  append_facts (out, self->application);
  append_resources (out, self);
  append_lint (out, self);
  append_checklist (out, self);
  append_steps (out, self);
  /* Translators: the review's last line; %s is "Podlift 0.1.0" */
  g_string_append_printf (out, _("*Written by %s. Secret values are never part of a review.*\n"), self->generated);

  return g_string_free (out, FALSE);
}
