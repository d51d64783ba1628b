/* podlift-cutover-page-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-cutover-page"

#include "config.h"

#include <glib/gi18n.h>

#include "podlift-checklist.h"
#include "podlift-cutover-page-private.h"
#include "podlift-live-check.h"

/* Running the live checks from the page: each in the background, any
 * number at once, the window never waiting. A result goes to the
 * checklist (timeline, last result, and a tick when it passed) of the
 * project it was started for, even if the page shows another one by
 * then; a page that goes away cancels what is still running. */

typedef struct
{
  PodliftCutoverPage   *self;      /* weak */
  PodliftProject       *project;
  PodliftChecklistItem *item;
  gboolean              batch;
} Run;

static void
run_free (Run *run)
{
  g_clear_weak_pointer (&run->self);
  g_clear_object (&run->project);
  g_clear_object (&run->item);
  g_free (run);
}

gboolean
podlift_cutover_page_is_running (PodliftCutoverPage   *self,
                                 PodliftChecklistItem *item)
{
  g_return_val_if_fail (PODLIFT_IS_CUTOVER_PAGE (self), FALSE);

  return g_hash_table_contains (self->running, item);
}

static void
update_run_all (PodliftCutoverPage *self)
{
  GtkWidget *content = gtk_widget_get_first_child (GTK_WIDGET (self->run_all_stack));
  GtkWidget *spinner = gtk_widget_get_last_child (GTK_WIDGET (self->run_all_stack));

  gtk_stack_set_visible_child (self->run_all_stack, self->batch_pending > 0 ? spinner : content);
  gtk_widget_set_sensitive (GTK_WIDGET (self->run_all), self->batch_pending == 0);
}

static void
batch_done (PodliftCutoverPage *self)
{
  g_autofree char *text = NULL;

  update_run_all (self);
  if (self->batch_failed == 0)
    /* Translators: after Run All Checks */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u check passed", "All %u checks passed",
                                         self->batch_passed),
                            self->batch_passed);
  else
    /* Translators: after Run All Checks, "3 checks passed, 2 failed" */
    text = g_strdup_printf (_("%u passed, %u failed"), self->batch_passed, self->batch_failed);
  podlift_page_add_toast (PODLIFT_PAGE (self), text);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Run *run = user_data;
  g_autoptr(PodliftCheckResult) check_result = NULL;
  g_autoptr(GError) error = NULL;
  PodliftCutoverPage *self = run->self;

  check_result = podlift_live_check_run_finish (result, &error);
  if (check_result != NULL)
    podlift_checklist_record_check (podlift_project_get_checklist (run->project), run->item,
                                    check_result->passed, check_result->detail,
                                    check_result->latency_ms, TRUE);

  podlift_cutover_page_show_running (run->item, FALSE);
  if (self != NULL)
    {
      g_hash_table_remove (self->running, run->item);
      if (run->batch && self->batch_pending > 0)
        {
          if (check_result != NULL && check_result->passed)
            self->batch_passed++;
          else
            self->batch_failed++;
          if (--self->batch_pending == 0 && check_result != NULL)
            batch_done (self);
          update_run_all (self);
        }
    }

  run_free (run);
}

static gboolean
start (PodliftCutoverPage    *self,
       PodliftChecklistItem  *item,
       gboolean               batch,
       GError               **error)
{
  PodliftProject *project = podlift_page_get_project (PODLIFT_PAGE (self));
  g_autoptr(PodliftLiveCheck) check = NULL;
  Run *run;

  if (project == NULL || g_hash_table_contains (self->running, item))
    return FALSE;

  if (!(check = podlift_live_check_new_for_item (project, item, NULL, error)))
    return FALSE;

  run = g_new0 (Run, 1);
  g_set_weak_pointer (&run->self, self);
  run->project = g_object_ref (project);
  run->item = g_object_ref (item);
  run->batch = batch;
  g_hash_table_add (self->running, g_object_ref (item));
  podlift_cutover_page_show_running (item, TRUE);

  podlift_live_check_run_async (check, self->cancellable, check_done_cb, run);

  return TRUE;
}

void
podlift_cutover_page_run_check (PodliftCutoverPage   *self,
                                PodliftChecklistItem *item)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PODLIFT_IS_CUTOVER_PAGE (self));
  g_return_if_fail (PODLIFT_IS_CHECKLIST_ITEM (item));

  if (!start (self, item, FALSE, &error) && error != NULL)
    podlift_page_add_toast (PODLIFT_PAGE (self), error->message);
}

/* Every item's check at once; those without a target are left out, and
 * the toast at the end says how many passed. */
void
podlift_cutover_page_run_all (PodliftCutoverPage *self)
{
  guint skipped = 0;

  g_return_if_fail (PODLIFT_IS_CUTOVER_PAGE (self));

  if (self->items == NULL || self->batch_pending > 0)
    return;

  self->batch_passed = self->batch_failed = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->items)); i++)
    {
      g_autoptr(PodliftChecklistItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      g_autoptr(GError) error = NULL;

      if (podlift_checklist_item_get_check_kind (item) == PODLIFT_CHECK_KIND_NONE)
        continue;
      if (start (self, item, TRUE, &error))
        self->batch_pending++;
      else if (error != NULL)
        skipped++;
    }

  update_run_all (self);
  if (self->batch_pending == 0)
    podlift_page_add_toast (PODLIFT_PAGE (self),
                            skipped > 0 ? _("No check has a target yet") : _("The checklist has no live checks"));
}

void
podlift_cutover_page_cancel_checks (PodliftCutoverPage *self)
{
  g_return_if_fail (PODLIFT_IS_CUTOVER_PAGE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->batch_pending = 0;
}
