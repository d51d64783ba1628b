/* test-project.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-checklist-item.h"
#include "podlift-env-var.h"
#include "podlift-project.h"
#include "podlift-state-path.h"
#include "podlift-timeline-entry.h"

static void
increment (guint *counter)
{
  (*counter)++;
}

static void
test_notify_once (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  guint notifies = 0;
  guint title_notifies = 0;

  g_signal_connect_swapped (profile, "notify::port", G_CALLBACK (increment), &notifies);
  g_signal_connect_swapped (project, "notify::title", G_CALLBACK (increment), &title_notifies);

  podlift_app_profile_set_port (profile, 8000);
  g_assert_cmpuint (notifies, ==, 1);
  podlift_app_profile_set_port (profile, 8000);
  g_assert_cmpuint (notifies, ==, 1);
  g_object_set (profile, "port", 9000, NULL);
  g_assert_cmpuint (notifies, ==, 2);
  g_assert_cmpuint (podlift_app_profile_get_port (profile), ==, 9000);

  g_assert_cmpstr (podlift_project_get_title (project), ==, "Untitled Project");
  podlift_app_profile_set_name (profile, "Shopfront");
  g_assert_cmpuint (title_notifies, ==, 1);
  g_assert_cmpstr (podlift_project_get_title (project), ==, "Shopfront");

  /* An empty answer is no answer. */
  podlift_app_profile_set_name (profile, "");
  g_assert_null (podlift_app_profile_get_name (profile));
  g_assert_cmpuint (title_notifies, ==, 2);

  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_changed_and_dirty (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GListStore *vars = podlift_app_profile_get_env_vars (profile);
  GListStore *items = podlift_checklist_get_items (podlift_project_get_checklist (project));
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();
  g_autoptr(PodliftChecklistItem) item = podlift_checklist_item_new ();
  guint changed = 0;
  guint dirty_notifies = 0;

  g_signal_connect_swapped (project, "changed", G_CALLBACK (increment), &changed);
  g_signal_connect_swapped (project, "notify::dirty", G_CALLBACK (increment), &dirty_notifies);
  g_assert_false (podlift_project_get_dirty (project));

  podlift_strategy_set_kind (podlift_project_get_strategy (project), PODLIFT_STRATEGY_KIND_APP_ONLY);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (podlift_project_get_dirty (project));
  g_assert_cmpuint (dirty_notifies, ==, 1);

  podlift_manifest_set_set_namespace (podlift_project_get_manifests (project), "shop");
  podlift_dockerfile_set_text (podlift_project_get_dockerfile (project), "FROM scratch\n");
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpuint (dirty_notifies, ==, 1);

  podlift_project_set_dirty (project, FALSE);

  /* Adding to a list, and editing an item in it, are changes too. */
  g_list_store_append (vars, var);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_true (podlift_project_get_dirty (project));
  podlift_env_var_set_name (var, "PORT");
  g_assert_cmpuint (changed, ==, 5);

  podlift_app_profile_set_source (profile, "port", "Procfile:1");
  g_assert_cmpuint (changed, ==, 6);

  g_list_store_remove (vars, 0);
  g_assert_cmpuint (changed, ==, 7);

  /* Ticking an item stamps it and records the tick in the timeline. */
  podlift_checklist_item_set_title (item, "Lower the DNS TTL");
  podlift_checklist_item_set_id (item, "ttl");
  g_list_store_append (items, item);
  podlift_checklist_item_set_done (item, TRUE);
  g_assert_cmpint (podlift_checklist_item_get_done_at (item), >, 1700000000);
  {
    GListModel *timeline = G_LIST_MODEL (podlift_checklist_get_timeline (podlift_project_get_checklist (project)));
    g_autoptr(PodliftTimelineEntry) entry = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (timeline), ==, 1);
    entry = g_list_model_get_item (timeline, 0);
    g_assert_cmpstr (podlift_timeline_entry_get_text (entry), ==, "Done: Lower the DNS TTL");
    g_assert_cmpstr (podlift_timeline_entry_get_item_id (entry), ==, "ttl");
  }
  podlift_checklist_item_set_done (item, FALSE);
  g_assert_cmpint (podlift_checklist_item_get_done_at (item), ==, 0);

  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
test_step_states (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *summary = NULL;

  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_KNOWLEDGE, &summary), ==,
                   PODLIFT_STEP_STATE_UNTOUCHED);
  g_assert_cmpstr (summary, ==, "Not started");
  g_clear_pointer (&summary, g_free);

  podlift_app_profile_set_name (profile, "Shopfront");
  podlift_app_profile_set_stack (profile, PODLIFT_STACK_PYTHON);
  podlift_app_profile_set_launch_command (profile, "gunicorn shop.wsgi");
  podlift_app_profile_set_port (profile, 8000);
  podlift_app_profile_set_liveness_path (profile, "/healthz");
  podlift_app_profile_set_readiness_path (profile, "/readyz");
  podlift_app_profile_set_vm_vcpu (profile, 4);
  podlift_app_profile_set_vm_memory_mb (profile, 8192);

  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_KNOWLEDGE, &summary), ==,
                   PODLIFT_STEP_STATE_PROBLEMS);
  g_assert_cmpstr (summary, ==, "1 answer missing");
  g_clear_pointer (&summary, g_free);
  missing = podlift_project_list_missing (project, PODLIFT_STEP_KNOWLEDGE);
  g_assert_cmpuint (missing->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (missing, 0), ==, "Give the number of VM instances");

  podlift_app_profile_set_vm_instances (profile, 2);
  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_KNOWLEDGE, &summary), ==,
                   PODLIFT_STEP_STATE_COMPLETE);
  g_assert_cmpstr (summary, ==, "Complete");
  g_clear_pointer (&summary, g_free);

  /* A stateful application must say where its state lives. */
  podlift_app_profile_set_stateful (profile, TRUE);
  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_KNOWLEDGE, NULL), ==,
                   PODLIFT_STEP_STATE_PROBLEMS);
  {
    g_autoptr(PodliftStatePath) path = podlift_state_path_new ();

    podlift_state_path_set_path (path, "/srv/media");
    g_list_store_append (podlift_app_profile_get_state_paths (profile), path);
  }
  g_assert_cmpint (podlift_project_get_step_state (project, PODLIFT_STEP_KNOWLEDGE, NULL), ==,
                   PODLIFT_STEP_STATE_COMPLETE);

  /* The review counts the steps still open. */
  podlift_project_get_step_state (project, PODLIFT_STEP_REVIEW, &summary);
  g_assert_cmpstr (summary, ==, "4 steps open");
}

/* A pre-filled answer the user changes is the user's: its source goes,
 * so that a re-scan leaves it alone. */
static void
test_edit_drops_source (void)
{
  g_autoptr(PodliftAppProfile) profile = podlift_app_profile_new ();
  guint changes = 0;

  podlift_app_profile_set_port (profile, 8000);
  podlift_app_profile_set_source (profile, "port", "gunicorn.conf.py:3");
  podlift_app_profile_set_launch_command (profile, "gunicorn shop.wsgi");
  podlift_app_profile_set_source (profile, "launch-command", "Procfile:1");
  g_signal_connect_swapped (profile, "sources-changed", G_CALLBACK (increment), &changes);

  /* Setting the same value is no edit. */
  podlift_app_profile_set_port (profile, 8000);
  g_assert_cmpstr (podlift_app_profile_get_source (profile, "port"), ==, "gunicorn.conf.py:3");

  podlift_app_profile_set_port (profile, 9000);
  g_assert_null (podlift_app_profile_get_source (profile, "port"));
  g_assert_cmpstr (podlift_app_profile_get_source (profile, "launch-command"), ==, "Procfile:1");
  g_assert_cmpuint (changes, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/project/notify-once", test_notify_once);
  g_test_add_func ("/podlift/project/changed-and-dirty", test_changed_and_dirty);
  g_test_add_func ("/podlift/project/step-states", test_step_states);
  g_test_add_func ("/podlift/project/edit-drops-source", test_edit_drops_source);

  return g_test_run ();
}
