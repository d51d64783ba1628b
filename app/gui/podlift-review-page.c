/* podlift-review-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-dependency.h"
#include "podlift-labels.h"
#include "podlift-reachability.h"
#include "podlift-review-page-private.h"

/* The Review step: the review core puts together (podlift-review.h),
 * shown in large type for a projector at 1280×720: the counts at a
 * glance, the open risks first, the strategy, the diagram, then the
 * details. It reads the project and never edits it; any change of the
 * project queues one rebuild. Exports live in -export.c. */

/* Long enough for a TLS handshake across the world. */
#define CHECK_TIMEOUT_MS 3000
/* The diagram is drawn at twice its size, sharp on a projector. */
#define DIAGRAM_SCALE 2

G_DEFINE_FINAL_TYPE (PodliftReviewPage, podlift_review_page, PODLIFT_TYPE_PAGE)

static void
remove_all_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
create_value_label (const char *value)
{
  GtkWidget *label = gtk_label_new (value);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_RIGHT);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 48);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "review-value");

  return label;
}

/* A row "label … value", for the facts. */
static GtkWidget *
create_fact_row (const char *title,
                 const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_value_label (value));

  return row;
}

static GtkWidget *
create_icon_row (const char *title,
                 const char *subtitle,
                 const char *icon_name,
                 const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, css_class);
  gtk_widget_add_css_class (icon, "review-icon");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
show_facts (GtkListBox *list,
            GPtrArray  *facts)
{
  remove_all_rows (list);
  for (guint i = 0; i < facts->len; i++)
    {
      PodliftReviewFact *fact = g_ptr_array_index (facts, i);

      gtk_list_box_append (list, create_fact_row (fact->label, fact->value));
    }
}

/* A risk: its severity as an icon, and a click goes to the step. */
static GtkWidget *
create_risk_row (PodliftReviewRisk *risk)
{
  static const char * const icons[] = { "dialog-error-symbolic", "dialog-warning-symbolic",
                                        "task-due-symbolic" };
  static const char * const classes[] = { "error", "warning", "accent" };
  guint severity = MIN (risk->severity, PODLIFT_SEVERITY_INFO);
  GtkWidget *row = create_icon_row (risk->title, risk->detail, icons[severity], classes[severity]);
  /* Translators: beside a risk, its severity and the step that settles it, "Blocker · Strategy" */
  g_autofree char *where = g_strdup_printf (_("%s · %s"), podlift_review_severity_label (risk->severity),
                                            podlift_step_get_title (risk->step));
  GtkWidget *step = gtk_label_new (where);

  gtk_widget_add_css_class (step, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), step);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-step");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", podlift_step_get_id (risk->step));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
show_risks (PodliftReviewPage *self,
            PodliftReview     *review)
{
  guint blockers = podlift_review_count_risks (review, PODLIFT_SEVERITY_ERROR);
  g_autofree char *count = podlift_review_risks_text (review);

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  remove_all_rows (self->risks_list);
  for (guint i = 0; i < review->risks->len; i++)
    gtk_list_box_append (self->risks_list, create_risk_row (g_ptr_array_index (review->risks, i)));

  gtk_label_set_label (self->risks_count, count);
  if (blockers > 0)
    gtk_widget_add_css_class (self->risks_tile, "review-bad");
  else
    gtk_widget_remove_css_class (self->risks_tile, "review-bad");
}

static void
show_counts (PodliftReviewPage *self,
             PodliftReview     *review)
{
  g_autofree char *findings = podlift_review_findings_text (review);
  g_autofree char *resources = g_strdup_printf ("%u", review->n_resources);
  g_autofree char *checklist = podlift_review_checklist_text (review);
  PodliftSeverity level = podlift_review_findings_level (review);
  g_autofree char *dockerfile = review->n_dockerfile_lines > 0 ? podlift_review_counts_text (&review->dockerfile)
                                                               : g_strdup (_("No Dockerfile yet"));
  g_autofree char *schema = podlift_review_counts_text (&review->schema);
  g_autofree char *checks = podlift_review_counts_text (&review->checks);

  gtk_label_set_label (self->findings_count, findings);
  gtk_widget_remove_css_class (self->findings_tile, "review-bad");
  gtk_widget_remove_css_class (self->findings_tile, "review-warn");
  gtk_widget_remove_css_class (self->findings_tile, "review-good");
  if (level == PODLIFT_SEVERITY_ERROR)
    gtk_widget_add_css_class (self->findings_tile, "review-bad");
  else if (level == PODLIFT_SEVERITY_WARNING)
    gtk_widget_add_css_class (self->findings_tile, "review-warn");
  else if (level == PODLIFT_SEVERITY_IGNORE)
    gtk_widget_add_css_class (self->findings_tile, "review-good");
  gtk_label_set_label (self->resources_count, resources);
  gtk_label_set_label (self->checklist_count, checklist);
  gtk_progress_bar_set_fraction (self->checklist_progress,
                                 review->checklist_total ? (double) review->checklist_done / review->checklist_total : 0);

  remove_all_rows (self->lint_list);
  gtk_list_box_append (self->lint_list, create_fact_row (_("Dockerfile, hadolint's rules and Podlift's"), dockerfile));
  gtk_list_box_append (self->lint_list, create_fact_row (_("Manifests against the Kubernetes schema"), schema));
  gtk_list_box_append (self->lint_list, create_fact_row (_("Manifest checks (kube-score's and Podlift's)"), checks));
}

static void
show_phases (PodliftReviewPage *self,
             PodliftReview     *review)
{
  remove_all_rows (self->phases_list);
  for (guint p = 0; p < G_N_ELEMENTS (review->phases); p++)
    {
      const PodliftReviewPhase *phase = &review->phases[p];
      g_autofree char *count = g_strdup_printf (_("%u of %u done"), phase->done, phase->total);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_progress_bar_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phase->title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), count);
      gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), phase->total ? (double) phase->done / phase->total : 0);
      gtk_widget_set_hexpand (bar, TRUE);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (bar, 240, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      gtk_list_box_append (self->phases_list, row);
    }
}

static const char *
step_state_css (PodliftStepState state)
{
  switch (state)
    {
    case PODLIFT_STEP_STATE_COMPLETE:
      return "success";
    case PODLIFT_STEP_STATE_PROBLEMS:
      return "warning";
    case PODLIFT_STEP_STATE_UNTOUCHED:
    default:
      return "dim-label";
    }
}

static void
show_steps (PodliftReviewPage *self,
            PodliftReview     *review)
{
  remove_all_rows (self->steps_list);
  for (guint step = 0; step < PODLIFT_STEP_REVIEW; step++)
    gtk_list_box_append (self->steps_list,
                         create_icon_row (podlift_step_get_title (step), review->step_summaries[step],
                                          podlift_page_get_state_icon_name (review->step_states[step]),
                                          step_state_css (review->step_states[step])));
}

/* The runbook folded: its steps by title, for whoever asks. */
static GtkWidget *
create_runbook_row (PodliftReview *review)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *count = NULL;

  /* Translators: the runbook's size, "13 steps" */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u step", "%u steps", review->runbook->len),
                           review->runbook->len);
  gtk_widget_set_name (row, "runbook-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Runbook"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), count);
  for (guint i = 0; i < review->runbook->len; i++)
    {
      GtkWidget *step = adw_action_row_new ();
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, (char *) g_ptr_array_index (review->runbook, i));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (step), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (step), title);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), step);
    }

  return row;
}

static void
show_strategy (PodliftReviewPage *self,
               PodliftReview     *review)
{
  g_autofree char *title = NULL;

  if (review->downtime != NULL)
    /* Translators: the strategy and its downtime, "App and database: about 2 h of downtime" */
    title = g_strdup_printf (_("%s: %s of downtime"), review->strategy, review->downtime);

  gtk_label_set_label (self->strategy_kind, title ? title : review->strategy);
  show_facts (self->strategy_list, review->strategy_facts);
  if (review->runbook->len > 0)
    gtk_list_box_append (self->strategy_list, create_runbook_row (review));
  gtk_label_set_label (self->rollback_plan, review->rollback_plan ? review->rollback_plan : _("Not written yet."));
}

/* The diagram as a texture at twice its size: GtkPicture keeps its
 * aspect at any width, and it stays sharp on a projector. */
static GdkTexture *
render_diagram (PodliftDiagram *diagram,
                gboolean        dark)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int w, h;

  podlift_diagram_get_size (diagram, &width, &height);
  w = MAX (1, (int) (width * DIAGRAM_SCALE));
  h = MAX (1, (int) (height * DIAGRAM_SCALE));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (surface);
  cairo_scale (cr, DIAGRAM_SCALE, DIAGRAM_SCALE);
  podlift_diagram_draw (diagram, cr, dark);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) cairo_image_surface_get_stride (surface) * h);
  cairo_surface_destroy (surface);

  return gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, bytes, (gsize) w * 4);
}

static void
show_diagram (PodliftReviewPage *self)
{
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *description = NULL;
  PodliftReview *review = self->review;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  if (review != NULL && review->diagram != NULL)
    texture = render_diagram (review->diagram, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  gtk_picture_set_paintable (self->diagram, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->diagram), texture != NULL);

  if (review != NULL && review->n_resources > 0)
    description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u resource, written as: %s.",
                                                "%u resources, written as: %s.", review->n_resources),
                                   review->n_resources, review->output_format);
  adw_preferences_group_set_description (self->resources_group,
                                         description ? description : _("No resource yet."));
}

static void
clear (PodliftReviewPage *self)
{
  remove_all_rows (self->risks_list);
  remove_all_rows (self->strategy_list);
  remove_all_rows (self->lint_list);
  remove_all_rows (self->phases_list);
  remove_all_rows (self->application_list);
  remove_all_rows (self->steps_list);
  g_clear_pointer (&self->review, podlift_review_free);
  show_diagram (self);
}

/**
 * podlift_review_page_create_review:
 *
 * Returns: (transfer full) (nullable): the review of the project as it
 *   is now, with the dependency checks run on this page
 */
PodliftReview *
podlift_review_page_create_review (PodliftReviewPage *self)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(GPtrArray) results = NULL;
  GListModel *deps;

  g_return_val_if_fail (PODLIFT_IS_REVIEW_PAGE (self), NULL);

  if (project == NULL)
    return NULL;

  deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)));
  results = g_ptr_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      g_autofree char *key = g_strdup_printf ("%s:%u", podlift_dependency_get_host (dep),
                                              podlift_dependency_get_port (dep));

      g_ptr_array_add (results, g_hash_table_lookup (self->reachability, key));
    }

  return podlift_review_new (project, results);
}

static void
podlift_review_page_rebuild (PodliftReviewPage *self)
{
  PodliftReview *review;
  const char *description;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  g_clear_pointer (&self->review, podlift_review_free);
  self->review = podlift_review_page_create_review (self);
  if ((review = self->review) == NULL)
    {
      clear (self);
      return;
    }

  gtk_label_set_label (self->app_name, review->title);
  description = review->description;
  gtk_label_set_label (self->app_description, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->app_description), description != NULL);

  show_counts (self, review);
  show_risks (self, review);
  show_strategy (self, review);
  show_diagram (self);
  show_phases (self, review);
  show_facts (self->application_list, review->application);
  show_steps (self, review);
}

static gboolean
podlift_review_page_rebuild_cb (gpointer user_data)
{
  PodliftReviewPage *self = user_data;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  self->rebuild_source = 0;
  podlift_review_page_rebuild (self);

  return G_SOURCE_REMOVE;
}

/* Edits come one keystroke at a time: gather them into one rebuild. */
static void
project_changed_cb (PodliftReviewPage *self,
                    PodliftProject    *project)
{
  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add (podlift_review_page_rebuild_cb, self);
}

static void
dark_changed_cb (PodliftReviewPage *self)
{
  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  show_diagram (self);
}

/* Checking the dependencies {{{ */

typedef struct
{
  PodliftReviewPage *self;
  char              *key;
} Check;

static void
check_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  Check *check = user_data;
  PodliftReviewPage *self = check->self;
  g_autoptr(GError) error = NULL;
  PodliftReachability *reachability = podlift_reachability_check_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;

  if (reachability == NULL)
    {
      reachability = g_new0 (PodliftReachability, 1);
      reachability->summary = g_strdup (error->message);
    }
  g_hash_table_replace (self->reachability, g_steal_pointer (&check->key), reachability);

  if (--self->checks_pending == 0)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.check-dependencies", TRUE);
      podlift_review_page_rebuild (self);
    }

out:
  g_object_unref (check->self);
  g_free (check->key);
  g_free (check);
}

static void
check_dependencies (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  PodliftReviewPage *self = PODLIFT_REVIEW_PAGE (widget);
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  GListModel *deps;

  if (project == NULL || self->checks_pending > 0)
    return;

  deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (podlift_project_get_profile (project)));
  g_hash_table_remove_all (self->reachability);

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      Check *check = g_new0 (Check, 1);

      check->self = g_object_ref (self);
      check->key = g_strdup_printf ("%s:%u", podlift_dependency_get_host (dep), podlift_dependency_get_port (dep));
      self->checks_pending++;
      podlift_reachability_check_async (dep, CHECK_TIMEOUT_MS, self->cancellable, check_cb, check);
    }

  if (self->checks_pending > 0)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.check-dependencies", FALSE);
}

/* }}} */

static void
podlift_review_page_project_set (PodliftPage    *page,
                                 PodliftProject *project)
{
  PodliftReviewPage *self = PODLIFT_REVIEW_PAGE (page);

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  /* What was checked, and any export, were of the other project. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->checks_pending = 0;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.check-dependencies", TRUE);
  g_hash_table_remove_all (self->reachability);
  g_clear_object (&self->export);

  g_signal_group_set_target (self->project_signals, project);
  podlift_review_page_rebuild (self);
}

static void
podlift_review_page_dispose (GObject *object)
{
  PodliftReviewPage *self = (PodliftReviewPage *)object;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_REVIEW_PAGE);

  g_clear_object (&self->project_signals);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->export);
  g_clear_pointer (&self->review, podlift_review_free);
  g_clear_pointer (&self->reachability, g_hash_table_unref);

  G_OBJECT_CLASS (podlift_review_page_parent_class)->dispose (object);
}

static void
podlift_review_page_class_init (PodliftReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PodliftPageClass *page_class = PODLIFT_PAGE_CLASS (klass);

  object_class->dispose = podlift_review_page_dispose;

  page_class->project_set = podlift_review_page_project_set;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/app/podlift/Podlift/ui/podlift-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, app_name);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, app_description);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, risks_tile);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, findings_tile);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, risks_count);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, findings_count);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, resources_count);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, checklist_count);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, checklist_progress);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, check_button);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, risks_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, strategy_kind);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, strategy_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, rollback_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, rollback_plan);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, resources_group);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, diagram);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, lint_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, phases_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, application_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, steps_list);

  gtk_widget_class_install_action (widget_class, "review.export", "s", podlift_review_page_export);
  gtk_widget_class_install_action (widget_class, "review.export-repository", NULL,
                                   podlift_review_page_export_repository);
  gtk_widget_class_install_action (widget_class, "review.check-dependencies", NULL, check_dependencies);
}

static void
podlift_review_page_init (PodliftReviewPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = create_icon_row (_("No open risk"), _("Every answer is in and nothing is flagged."),
                                 "emblem-ok-symbolic", "success");
  gtk_list_box_set_placeholder (self->risks_list, placeholder);

  self->reachability = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) podlift_reachability_free);
  self->cancellable = g_cancellable_new ();

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb), self,
                                 G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}
