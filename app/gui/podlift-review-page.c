/* podlift-review-page.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-checklist-item.h"
#include "podlift-labels.h"
#include "podlift-review-page.h"

/* The Review step: a read-only summary of the whole project in large
 * type, for a projector. It reads the model and never edits it; any
 * change of the project queues one rebuild. */
struct _PodliftReviewPage
{
  PodliftPage     parent_instance;

  /* template widgets */
  GtkLabel       *app_name;
  GtkLabel       *app_description;
  GtkLabel       *stack;
  GtkLabel       *state;
  GtkLabel       *database;
  GtkLabel       *strategy_kind;
  GtkLabel       *public_hostname;
  GtkListBox     *missing_list;
  GtkListBox     *steps_list;
  GtkProgressBar *checklist_progress;
  GtkLabel       *checklist_count;

  /* owned */
  GSignalGroup   *project_signals;

  guint           rebuild_source;
};

G_DEFINE_FINAL_TYPE (PodliftReviewPage, podlift_review_page, PODLIFT_TYPE_PAGE)

static const char *
state_label (PodliftAppProfile *profile)
{
  if (!podlift_app_profile_get_stateful (profile))
    return _("Stateless");

  switch (podlift_app_profile_get_state_handling (profile))
    {
    case PODLIFT_STATE_HANDLING_REWORK:
      return _("Stateful, reworked to be stateless");

    case PODLIFT_STATE_HANDLING_SHARED_VOLUME:
      return _("Stateful, state kept on a shared volume");

    case PODLIFT_STATE_HANDLING_STATEFULSET:
      return _("Stateful, run as a StatefulSet");

    default:
      return _("Stateful");
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

static char *
stack_text (PodliftAppProfile *profile)
{
  PodliftStack stack = podlift_app_profile_get_stack (profile);
  const char *version = podlift_app_profile_get_stack_version (profile);

  if (stack == PODLIFT_STACK_UNKNOWN)
    return g_strdup (_("Not given"));
  if (version == NULL)
    return g_strdup (podlift_stack_get_label (stack));

  /* Translators: a stack and its version, "Python 3.12" */
  return g_strdup_printf (_("%s %s"), podlift_stack_get_label (stack), version);
}

static char *
database_text (PodliftAppProfile *profile)
{
  PodliftDatabaseEngine engine = podlift_app_profile_get_database_engine (profile);
  const char *version = podlift_app_profile_get_database_version (profile);
  double size_gb = podlift_app_profile_get_database_size_gb (profile);
  g_autofree char *name = NULL;

  if (!podlift_app_profile_get_database_moves (profile))
    return g_strdup (_("Stays where it is"));

  if (engine == PODLIFT_DATABASE_ENGINE_NONE)
    name = g_strdup (_("Engine not given"));
  else if (version == NULL)
    name = g_strdup (podlift_database_engine_get_label (engine));
  else
    /* Translators: a database engine and its version, "PostgreSQL 15" */
    name = g_strdup_printf (_("%s %s"), podlift_database_engine_get_label (engine), version);

  if (size_gb > 0)
    /* Translators: the database, its size in gigabytes, "PostgreSQL 15, 40 GB, moves…" */
    return g_strdup_printf (_("%s, %g GB, moves with the application"), name, size_gb);

  /* Translators: the database, "PostgreSQL 15, moves with the application" */
  return g_strdup_printf (_("%s, moves with the application"), name);
}

static void
remove_all_rows (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)))
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
create_row (const char *title,
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
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
podlift_review_page_show_lists (PodliftReviewPage *self,
                                PodliftProject    *project)
{
  g_autoptr(GPtrArray) missing = NULL;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));
  g_assert (PODLIFT_IS_PROJECT (project));

  remove_all_rows (self->steps_list);
  for (guint i = 0; i < PODLIFT_STEP_REVIEW; i++)
    {
      g_autofree char *summary = NULL;
      PodliftStepState state = podlift_project_get_step_state (project, i, &summary);

      gtk_list_box_append (self->steps_list,
                           create_row (podlift_step_get_title (i), summary,
                                       podlift_page_get_state_icon_name (state),
                                       step_state_css (state)));
    }

  remove_all_rows (self->missing_list);
  missing = podlift_project_list_missing (project, PODLIFT_STEP_REVIEW);
  for (guint i = 0; i < missing->len; i++)
    gtk_list_box_append (self->missing_list,
                         create_row (g_ptr_array_index (missing, i), NULL,
                                     "dialog-warning-symbolic", "warning"));
}

static void
podlift_review_page_show_checklist (PodliftReviewPage *self,
                                    PodliftChecklist  *checklist)
{
  GListModel *items = G_LIST_MODEL (podlift_checklist_get_items (checklist));
  guint total = g_list_model_get_n_items (items);
  g_autofree char *count = NULL;
  guint done = 0;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  for (guint i = 0; i < total; i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (items, i);

      if (podlift_checklist_item_get_done (item))
        done++;
    }

  if (total == 0)
    count = g_strdup (_("No checklist yet"));
  else
    /* Translators: checklist progress, "3 of 12 done" */
    count = g_strdup_printf (_("%u of %u done"), done, total);

  gtk_label_set_label (self->checklist_count, count);
  gtk_progress_bar_set_fraction (self->checklist_progress, total > 0 ? (double)done / total : 0.0);
}

static void
podlift_review_page_rebuild (PodliftReviewPage *self)
{
  PodliftProject *project;
  PodliftAppProfile *profile;
  PodliftStrategy *strategy;
  g_autofree char *stack = NULL;
  g_autofree char *database = NULL;
  const char *description;
  const char *hostname;

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  if (!(project = podlift_page_get_project (PODLIFT_PAGE (self))))
    {
      remove_all_rows (self->steps_list);
      remove_all_rows (self->missing_list);
      return;
    }

  profile = podlift_project_get_profile (project);
  strategy = podlift_project_get_strategy (project);

  gtk_label_set_label (self->app_name, podlift_project_get_title (project));
  description = podlift_app_profile_get_description (profile);
  gtk_label_set_label (self->app_description, description ? description : "");
  gtk_widget_set_visible (GTK_WIDGET (self->app_description), description != NULL);

  stack = stack_text (profile);
  gtk_label_set_label (self->stack, stack);
  gtk_label_set_label (self->state, state_label (profile));
  database = database_text (profile);
  gtk_label_set_label (self->database, database);

  gtk_label_set_label (self->strategy_kind,
                       podlift_strategy_kind_get_label (podlift_strategy_get_kind (strategy)));
  hostname = podlift_strategy_get_public_hostname (strategy);
  gtk_label_set_label (self->public_hostname, hostname ? hostname : _("Not given"));

  podlift_review_page_show_lists (self, project);
  podlift_review_page_show_checklist (self, podlift_project_get_checklist (project));
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
podlift_review_page_project_set (PodliftPage    *page,
                                 PodliftProject *project)
{
  PodliftReviewPage *self = PODLIFT_REVIEW_PAGE (page);

  g_assert (PODLIFT_IS_REVIEW_PAGE (self));

  g_signal_group_set_target (self->project_signals, project);
  podlift_review_page_rebuild (self);
}

static void
podlift_review_page_dispose (GObject *object)
{
  PodliftReviewPage *self = (PodliftReviewPage *)object;

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->project_signals != NULL)
    g_signal_group_set_target (self->project_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PODLIFT_TYPE_REVIEW_PAGE);

  g_clear_object (&self->project_signals);

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
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, state);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, database);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, strategy_kind);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, public_hostname);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, missing_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, checklist_progress);
  gtk_widget_class_bind_template_child (widget_class, PodliftReviewPage, checklist_count);
}

static void
podlift_review_page_init (PodliftReviewPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("Nothing open"));
  gtk_widget_set_margin_top (placeholder, 18);
  gtk_widget_set_margin_bottom (placeholder, 18);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->missing_list, placeholder);

  self->project_signals = g_signal_group_new (PODLIFT_TYPE_PROJECT);
  g_signal_group_connect_object (self->project_signals, "changed",
                                 G_CALLBACK (project_changed_cb), self,
                                 G_CONNECT_SWAPPED);
}
