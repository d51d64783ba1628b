/* test-checklist-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "podlift-app-profile.h"
#include "podlift-bundle.h"
#include "podlift-checklist.h"
#include "podlift-checklist-generator.h"
#include "podlift-lint-test-util.h"
#include "podlift-strategy.h"
#include "podlift-timeline-entry.h"

/* The checklist drawn from the plan, drawn again after the plan
 * changed, and written as migration/CHECKLIST.md; the example bundle
 * reads and writes back byte for byte. */

static char *
example_path (const char *name)
{
  return g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront", name, NULL);
}

static char *
ids_of (GPtrArray *items)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "",
                            podlift_checklist_item_get_id (g_ptr_array_index (items, i)));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static char *
store_ids (PodliftProject *project)
{
  GListModel *model = G_LIST_MODEL (podlift_checklist_get_items (podlift_project_get_checklist (project)));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  return ids_of (items);
}

static PodliftChecklistItem *
find (GPtrArray  *items,
      const char *id)
{
  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (podlift_checklist_item_get_id (g_ptr_array_index (items, i)), id) == 0)
      return g_ptr_array_index (items, i);

  g_error ("no item %s", id);
}

/* The example moves its PostgreSQL database and its media folder with
 * downtime: the switch has the maintenance page and the data's move. */
static void
test_app_and_database (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autoptr(GPtrArray) items = podlift_checklist_generate (project);
  g_autofree char *ids = ids_of (items);
  PodliftChecklistItem *item;

  g_assert_cmpstr (ids, ==,
                   "rehearsal sizing image-pushed manifests-preprod database-reachable backups "
                   "ttl-lowered rollback-agreed "
                   "maintenance-on database-move files-sync migrations deployed probes dns-switch readiness "
                   "watch-logs error-rates watch-infra traffic-redirected ttl-restored decommission");

  item = find (items, "image-pushed");
  g_assert_cmpint (podlift_checklist_item_get_check_kind (item), ==, PODLIFT_CHECK_KIND_IMAGE);
  g_assert_cmpstr (podlift_checklist_item_get_check_target (item), ==,
                   "registry.shopfront.example/shopfront/web:2026.11.1");
  g_assert_cmpint (podlift_checklist_item_get_state (item), ==, PODLIFT_ITEM_STATE_TODO);
  g_assert_nonnull (podlift_checklist_item_get_why (item));

  /* The new database's address is the team's to give. */
  item = find (items, "database-reachable");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "New PostgreSQL reachable from the cluster");
  g_assert_cmpint (podlift_checklist_item_get_check_kind (item), ==, PODLIFT_CHECK_KIND_TCP);
  g_assert_null (podlift_checklist_item_get_check_target (item));

  item = find (items, "backups");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==,
                   "Backups taken of the PostgreSQL database and the files in /srv/shopfront/media");
  item = find (items, "ttl-lowered");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "DNS TTL of shop.example.com lowered to 60 s");
  g_assert_cmpint (podlift_checklist_item_get_phase (item), ==, PODLIFT_CHECKLIST_PHASE_PREPARE);

  item = find (items, "probes");
  g_assert_cmpint (podlift_checklist_item_get_check_kind (item), ==, PODLIFT_CHECK_KIND_PROBE);
  g_assert_cmpstr (podlift_checklist_item_get_check_target (item), ==, "https://shop.example.com");
  g_assert_cmpint (podlift_checklist_item_get_phase (item), ==, PODLIFT_CHECKLIST_PHASE_SWITCH);
  item = find (items, "dns-switch");
  g_assert_cmpint (podlift_checklist_item_get_check_kind (item), ==, PODLIFT_CHECK_KIND_DNS);
  g_assert_cmpstr (podlift_checklist_item_get_check_target (item), ==, "shop.example.com");
  item = find (items, "readiness");
  g_assert_cmpstr (podlift_checklist_item_get_check_target (item), ==, "https://shop.example.com/readyz");
  g_assert_cmpuint (podlift_checklist_item_get_check_max_latency_ms (item), ==, 1000);

  item = find (items, "watch-infra");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "Watch CPU, memory and autoscaling (3 to 8 replicas)");
  item = find (items, "ttl-restored");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "DNS TTL of shop.example.com raised back to 3600 s");
  g_assert_cmpint (podlift_checklist_item_get_phase (item), ==, PODLIFT_CHECKLIST_PHASE_AFTER);
}

/* App only: no maintenance page, no data to move; the database the
 * pods keep using is checked where it is. Undecided: choose first. */
static void
test_app_only (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *ids = NULL;
  PodliftChecklistItem *item;

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_APP_ONLY);
  items = podlift_checklist_generate (project);
  ids = ids_of (items);
  g_assert_cmpstr (ids, ==,
                   "rehearsal sizing image-pushed manifests-preprod database-reachable backups "
                   "ttl-lowered rollback-agreed "
                   "migrations deployed probes dns-switch readiness "
                   "watch-logs error-rates watch-infra traffic-redirected ttl-restored decommission");
  item = find (items, "database-reachable");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "PostgreSQL reachable from the cluster");
  g_assert_cmpstr (podlift_checklist_item_get_check_target (item), ==, "db1.internal:5432");

  podlift_strategy_set_kind (strategy, PODLIFT_STRATEGY_KIND_UNDECIDED);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = podlift_checklist_generate (project);
  g_assert_cmpstr (podlift_checklist_item_get_id (g_ptr_array_index (items, 0)), ==, "strategy-chosen");
}

/* A bare project: no name, no database, no image yet. */
static void
test_bare (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  g_autoptr(GPtrArray) items = podlift_checklist_generate (project);
  g_autofree char *ids = ids_of (items);
  PodliftChecklistItem *item;

  g_assert_cmpstr (ids, ==,
                   "strategy-chosen rehearsal sizing image-pushed manifests-preprod ttl-lowered rollback-agreed "
                   "deployed probes dns-switch readiness "
                   "watch-logs error-rates watch-infra traffic-redirected decommission");
  item = find (items, "dns-switch");
  g_assert_cmpstr (podlift_checklist_item_get_title (item), ==, "DNS switched to the cluster ingress");
  g_assert_null (podlift_checklist_item_get_check_target (item));
  item = find (items, "image-pushed");
  g_assert_cmpint (podlift_checklist_item_get_check_kind (item), ==, PODLIFT_CHECK_KIND_IMAGE);
  g_assert_null (podlift_checklist_item_get_check_target (item));
}

static void
count_entries (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               guint      *count)
{
  *count += added;
}

/* What the team did survives; the plan's wording follows the plan. */
static void
test_regenerate (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  GListStore *store = podlift_checklist_get_items (checklist);
  g_autoptr(PodliftChecklistItem) own = podlift_checklist_item_new ();
  PodliftChecklistItem *rehearsal, *maintenance, *move, *ttl;
  gint64 done_at;
  guint added = 99, removed = 99, entries = 0;
  g_autofree char *ids = NULL;

  g_assert_true (podlift_checklist_is_current (project));
  g_assert_false (podlift_checklist_regenerate (project, &added, &removed));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (removed, ==, 0);

  rehearsal = podlift_checklist_find_item (checklist, "rehearsal");
  done_at = podlift_checklist_item_get_done_at (rehearsal);
  g_assert_cmpint (done_at, >, 0);
  maintenance = podlift_checklist_find_item (checklist, "maintenance-on");
  podlift_checklist_item_set_state (maintenance, PODLIFT_ITEM_STATE_SKIPPED);
  move = podlift_checklist_find_item (checklist, "database-move");
  g_assert_nonnull (move);
  ttl = podlift_checklist_find_item (checklist, "ttl-lowered");

  /* The team's own item, after the backups. */
  podlift_checklist_item_set_id (own, "item-40");
  podlift_checklist_item_set_title (own, "Tell the support team");
  podlift_checklist_item_set_custom (own, TRUE);
  {
    guint at;

    g_assert_true (g_list_store_find (store, podlift_checklist_find_item (checklist, "backups"), &at));
    g_list_store_insert (store, at + 1, own);
  }
  g_assert_true (podlift_checklist_is_current (project));

  /* The plan changes: the data stays where it is, the TTL is 30 s. */
  podlift_strategy_set_kind (podlift_project_get_strategy (project), PODLIFT_STRATEGY_KIND_APP_ONLY);
  podlift_strategy_set_lowered_ttl_seconds (podlift_project_get_strategy (project), 30);
  g_assert_false (podlift_checklist_is_current (project));

  g_signal_connect (podlift_checklist_get_timeline (checklist), "items-changed",
                    G_CALLBACK (count_entries), &entries);
  g_assert_true (podlift_checklist_regenerate (project, &added, &removed));
  g_assert_cmpuint (added, ==, 0);
  g_assert_cmpuint (removed, ==, 2);   /* database-move and files-sync, both to do */
  g_assert_true (podlift_checklist_is_current (project));
  g_assert_cmpuint (entries, ==, 0);   /* nothing ticked or unticked */

  /* The same objects, with their state, owner and note. */
  g_assert_true (podlift_checklist_find_item (checklist, "rehearsal") == rehearsal);
  g_assert_true (podlift_checklist_item_get_done (rehearsal));
  g_assert_cmpint (podlift_checklist_item_get_done_at (rehearsal), ==, done_at);
  g_assert_cmpstr (podlift_checklist_item_get_owner (rehearsal), ==, "Maya Lindqvist (SRE)");
  g_assert_true (podlift_checklist_find_item (checklist, "ttl-lowered") == ttl);
  g_assert_cmpstr (podlift_checklist_item_get_title (ttl), ==, "DNS TTL of shop.example.com lowered to 30 s");
  g_assert_true (podlift_checklist_item_get_done (ttl));
  /* A target is the team's once given; the plan fills an empty one. */
  g_assert_cmpstr (podlift_checklist_item_get_check_target (podlift_checklist_find_item (checklist, "database-reachable")),
                   ==, "pg-shopfront.platform.internal:5432");
  podlift_checklist_item_set_check_target (podlift_checklist_find_item (checklist, "readiness"),
                                           "https://shop.example.com/readyz?deep=1");
  g_assert_true (podlift_checklist_is_current (project));
  podlift_checklist_item_set_check_target (podlift_checklist_find_item (checklist, "readiness"), "");
  g_assert_false (podlift_checklist_is_current (project));
  podlift_checklist_regenerate (project, NULL, NULL);
  g_assert_cmpstr (podlift_checklist_item_get_check_target (podlift_checklist_find_item (checklist, "readiness")),
                   ==, "https://shop.example.com/readyz");

  /* Gone from the plan: the database's move (to do) goes; the skipped
   * maintenance page is history and stays. */
  g_assert_null (podlift_checklist_find_item (checklist, "database-move"));
  g_assert_true (podlift_checklist_find_item (checklist, "maintenance-on") == maintenance);
  ids = store_ids (project);
  g_assert_cmpstr (ids, ==,
                   "rehearsal sizing image-pushed manifests-preprod database-reachable backups item-40 "
                   "ttl-lowered rollback-agreed "
                   "maintenance-on migrations deployed probes dns-switch readiness "
                   "watch-logs error-rates watch-infra traffic-redirected ttl-restored decommission");

  /* Back to the first plan: the move comes back, new. */
  podlift_strategy_set_kind (podlift_project_get_strategy (project), PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  g_assert_true (podlift_checklist_regenerate (project, &added, &removed));
  g_assert_cmpuint (added, ==, 2);
  g_assert_cmpuint (removed, ==, 0);
  move = podlift_checklist_find_item (checklist, "database-move");
  g_assert_nonnull (move);
  g_assert_cmpint (podlift_checklist_item_get_state (move), ==, PODLIFT_ITEM_STATE_TODO);
  g_assert_null (podlift_checklist_item_get_owner (move));
  g_assert_true (podlift_checklist_find_item (checklist, "maintenance-on") == maintenance);
  g_assert_cmpint (podlift_checklist_item_get_state (maintenance), ==, PODLIFT_ITEM_STATE_SKIPPED);

  /* Ticking a moved item still records one tick. */
  entries = 0;
  podlift_checklist_item_set_done (maintenance, TRUE);
  g_assert_cmpuint (entries, ==, 1);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* The example is what Podlift writes: podlift.json and CHECKLIST.md
 * read and written back are the same bytes. */
static void
test_example_round_trip (void)
{
  g_autoptr(PodliftProject) project = podlift_test_load_example ();
  g_autofree char *json_path = example_path ("podlift.json");
  g_autofree char *md_path = g_build_filename (g_getenv ("PODLIFT_EXAMPLES_DIR"), "shopfront",
                                               "migration", "CHECKLIST.md", NULL);
  g_autofree char *json = read_file (json_path);
  g_autofree char *md = read_file (md_path);
  g_autofree char *written_md = podlift_checklist_markdown (project);
  g_autofree char *tmp = g_dir_make_tmp ("podlift-checklist-XXXXXX", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autofree char *saved_json_path = g_build_filename (tmp, "podlift.json", NULL);
  g_autofree char *saved_md_path = g_build_filename (tmp, "migration", "CHECKLIST.md", NULL);
  g_autofree char *saved_json = NULL;
  g_autofree char *saved_md = NULL;
  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", tmp);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (written_md, ==, md);

  g_assert_true (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_no_error (error);
  saved_json = read_file (saved_json_path);
  saved_md = read_file (saved_md_path);
  g_assert_cmpstr (saved_json, ==, json);
  g_assert_cmpstr (saved_md, ==, md);

  /* With no checklist, no CHECKLIST.md. */
  g_list_store_remove_all (podlift_checklist_get_items (podlift_project_get_checklist (project)));
  g_assert_true (podlift_bundle_save (project, dir, NULL, &error));
  g_assert_false (g_file_test (saved_md_path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (system (rm), ==, 0);
}

static void
test_markdown (void)
{
  g_autoptr(PodliftProject) project = podlift_project_new ();
  PodliftChecklist *checklist = podlift_project_get_checklist (project);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *md = NULL;
  PodliftChecklistItem *item;

  podlift_app_profile_set_name (podlift_project_get_profile (project), "Shop *beta*");
  podlift_checklist_regenerate (project, NULL, NULL);
  g_assert_true (podlift_checklist_start (checklist));
  g_assert_false (podlift_checklist_start (checklist));

  item = podlift_checklist_find_item (checklist, "rehearsal");
  podlift_checklist_item_set_state (item, PODLIFT_ITEM_STATE_SKIPPED);
  podlift_checklist_item_set_note (item, "No preprod cluster <yet>;\nrehearsed on kind");
  item = podlift_checklist_find_item (checklist, "sizing");
  podlift_checklist_item_set_state (item, PODLIFT_ITEM_STATE_FAILED);
  item = podlift_checklist_find_item (checklist, "readiness");
  podlift_checklist_item_set_check_target (item, "https://shop.example.com/readyz");
  podlift_checklist_record_check (checklist, item, TRUE, "HTTP 200 in 12 ms", 12, TRUE);
  podlift_checklist_add_note (checklist, NULL, "Go | no-go: go");

  md = podlift_checklist_markdown (project);
  g_assert_true (g_str_has_prefix (md, "# Cutover checklist: Shop \\*beta\\*\n"));
  g_assert_nonnull (strstr (md, "\nStrategy: not chosen yet.\n"));
  g_assert_nonnull (strstr (md, "\nCutover started "));
  g_assert_nonnull (strstr (md, "Progress: 2 of 16 closed (before the switch 1 of 7, the switch 1 of 4, after the switch 0 of 5).\n"));
  g_assert_nonnull (strstr (md, "\n- [x] ~~Rehearse the cutover in preprod~~ (skipped)\n"));
  g_assert_nonnull (strstr (md, "  - Note: No preprod cluster \\<yet\\>;\n    rehearsed on kind\n"));
  g_assert_nonnull (strstr (md, "\n- [ ] **VM sizing accepted for the pods** (**failed** "));
  g_assert_nonnull (strstr (md, "\n- [x] **Readiness probe answers through the public name** (done "));
  g_assert_nonnull (strstr (md, "  - Check (http): https://shop.example.com/readyz, within 1000 ms. Passed "));
  g_assert_nonnull (strstr (md, ": HTTP 200 in 12 ms\n"));
  g_assert_nonnull (strstr (md, "| Cutover started |\n"));
  g_assert_nonnull (strstr (md, " | Check passed: Readiness probe answers through the public name — HTTP 200 in 12 ms (12 ms) |\n"));
  g_assert_nonnull (strstr (md, " | Go \\| no-go: go |\n"));
  g_assert_true (g_str_has_suffix (md, "|\n"));
}

/* Bundles written before items had a state say "done". */
static void
test_legacy_done (void)
{
  g_autofree char *tmp = g_dir_make_tmp ("podlift-checklist-XXXXXX", NULL);
  g_autofree char *json = g_build_filename (tmp, "podlift.json", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (tmp);
  g_autoptr(GError) error = NULL;
  g_autoptr(PodliftProject) project = NULL;
  g_autofree char *rm = g_strdup_printf ("rm -rf '%s'", tmp);
  PodliftChecklist *checklist;
  g_autoptr(PodliftTimelineEntry) entry = NULL;

  g_file_set_contents (json,
                       "{\"format\": 1, \"cutover\": {\"items\": ["
                       "{\"id\": \"a\", \"title\": \"A\", \"done\": true, \"done-at\": \"2026-11-20T10:15:00Z\"},"
                       "{\"id\": \"b\", \"title\": \"B\", \"done\": false}],"
                       "\"timeline\": [{\"time\": \"2026-11-20T10:15:00Z\", \"item-id\": \"a\", \"text\": \"Done: A\"}]}}",
                       -1, &error);
  g_assert_no_error (error);
  project = podlift_bundle_load (dir, NULL, &error);
  g_assert_no_error (error);

  checklist = podlift_project_get_checklist (project);
  g_assert_cmpint (podlift_checklist_item_get_state (podlift_checklist_find_item (checklist, "a")), ==,
                   PODLIFT_ITEM_STATE_DONE);
  g_assert_cmpint (podlift_checklist_item_get_state (podlift_checklist_find_item (checklist, "b")), ==,
                   PODLIFT_ITEM_STATE_TODO);
  entry = g_list_model_get_item (G_LIST_MODEL (podlift_checklist_get_timeline (checklist)), 0);
  g_assert_cmpint (podlift_timeline_entry_get_kind (entry), ==, PODLIFT_TIMELINE_KIND_STATE);

  g_assert_cmpint (system (rm), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/checklist-generator/app-and-database", test_app_and_database);
  g_test_add_func ("/podlift/checklist-generator/app-only", test_app_only);
  g_test_add_func ("/podlift/checklist-generator/bare", test_bare);
  g_test_add_func ("/podlift/checklist-generator/regenerate", test_regenerate);
  g_test_add_func ("/podlift/checklist-generator/example-round-trip", test_example_round_trip);
  g_test_add_func ("/podlift/checklist-generator/markdown", test_markdown);
  g_test_add_func ("/podlift/checklist-generator/legacy-done", test_legacy_done);

  return g_test_run ();
}
