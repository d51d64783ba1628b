/* test-runbook.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-bundle.h"
#include "podlift-dependency.h"
#include "podlift-env-var.h"
#include "podlift-k8s-schema.h"
#include "podlift-project.h"
#include "podlift-runbook.h"
#include "podlift-state-path.h"
#include "podlift-yaml.h"

/* The runbook of every strategy, engine and state, against golden files
 * (tests/data/runbooks; PODLIFT_UPDATE_GOLDENS=1 rewrites them, to be
 * read by eye before committing), and the recommendation's reasons. */

static void
add_env (PodliftAppProfile *profile,
         const char        *name,
         const char        *value)
{
  g_autoptr(PodliftEnvVar) var = podlift_env_var_new ();

  podlift_env_var_set_name (var, name);
  podlift_env_var_set_value (var, value);
  g_list_store_append (podlift_app_profile_get_env_vars (profile), var);
}

static void
add_dependency (PodliftAppProfile *profile,
                const char        *host,
                guint              port,
                const char        *purpose)
{
  g_autoptr(PodliftDependency) dep = podlift_dependency_new ();

  podlift_dependency_set_host (dep, host);
  podlift_dependency_set_port (dep, port);
  podlift_dependency_set_purpose (dep, purpose);
  g_list_store_append (podlift_app_profile_get_dependencies (profile), dep);
}

static guint
engine_port (PodliftDatabaseEngine engine)
{
  return engine == PODLIFT_DATABASE_ENGINE_POSTGRESQL ? 5432 :
         engine == PODLIFT_DATABASE_ENGINE_MONGODB ? 27017 : 3306;
}

/* An order service on two VMs: its database on db.internal, its uploads
 * on disk when @stateful. */
static PodliftProject *
make_project (PodliftStrategyKind   kind,
              PodliftDatabaseEngine engine,
              gboolean              stateful)
{
  PodliftProject *project = podlift_project_new ();
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);

  podlift_app_profile_set_name (profile, "Orders");
  podlift_app_profile_set_port (profile, 8080);
  podlift_app_profile_set_readiness_path (profile, "/readyz");
  podlift_app_profile_set_database_engine (profile, engine);
  podlift_app_profile_set_database_moves (profile, kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  podlift_app_profile_set_database_size_gb (profile, 20);
  podlift_app_profile_set_vm_instances (profile, 2);
  add_env (profile, "DATABASE_HOST", "db.internal");
  add_env (profile, "DATABASE_NAME", "orders");
  add_env (profile, "DATABASE_USER", "orders_app");
  add_dependency (profile, "db.internal", engine_port (engine), "the database");
  add_dependency (profile, "api.partner.example", 443, "the partner's API");
  if (stateful)
    {
      g_autoptr(PodliftStatePath) path = podlift_state_path_new ();

      podlift_state_path_set_path (path, "/var/lib/orders/uploads");
      podlift_state_path_set_size_gb (path, 12);
      g_list_store_append (podlift_app_profile_get_state_paths (profile), path);
      podlift_app_profile_set_stateful (profile, TRUE);
      podlift_app_profile_set_state_handling (profile, PODLIFT_STATE_HANDLING_SHARED_VOLUME);
    }

  podlift_strategy_set_kind (strategy, kind);
  podlift_strategy_set_public_hostname (strategy, "orders.example.com");
  podlift_strategy_set_maintenance_page (strategy, TRUE);
  podlift_strategy_set_rollback_plan (strategy, "Point orders.example.com back at the VMs.");
  return project;
}

static void
check_golden (const char *text,
              const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "runbooks", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("PODLIFT_UPDATE_GOLDENS") != NULL)
    {
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

typedef struct
{
  PodliftStrategyKind   kind;
  PodliftDatabaseEngine engine;
  gboolean              stateful;
  const char           *golden;
} Case;

static void
test_golden (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(PodliftProject) project = make_project (c->kind, c->engine, c->stateful);
  g_autofree char *text = podlift_runbook_markdown (project);

  check_golden (text, c->golden);
  g_assert_finalize_object (g_steal_pointer (&project));
}

static gboolean
has_step (GPtrArray  *steps,
          const char *id,
          guint      *index)
{
  for (guint i = 0; i < steps->len; i++)
    {
      PodliftRunbookStep *step = g_ptr_array_index (steps, i);

      if (g_str_equal (step->id, id))
        {
          if (index != NULL)
            *index = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The order of the day, and what each strategy leaves out. */
static void
test_order (void)
{
  g_autoptr(PodliftProject) project = make_project (PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
                                                    PODLIFT_DATABASE_ENGINE_POSTGRESQL, TRUE);
  g_autoptr(GPtrArray) both = podlift_runbook_steps (project, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  g_autoptr(GPtrArray) app = podlift_runbook_steps (project, PODLIFT_STRATEGY_KIND_APP_ONLY);
  const char *order[] = { "rehearse", "lower-ttl", "network", "deploy", "maintenance-on", "dump",
                          "copy-volumes", "restore", "verify", "switch-dns", "maintenance-off", "watch" };
  guint last = 0, at = 0;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_assert_true (has_step (both, order[i], &at));
      g_assert_cmpuint (at, >=, last);
      last = at;
    }

  g_assert_false (has_step (app, "dump", NULL));
  g_assert_false (has_step (app, "maintenance-on", NULL));
  g_assert_true (has_step (app, "network", NULL));
  g_assert_true (has_step (app, "copy-volumes", NULL));
  g_assert_true (has_step (app, "switch-dns", NULL));

  /* Every step says what to do, how to check it and how to undo it. */
  for (guint i = 0; i < both->len; i++)
    {
      PodliftRunbookStep *step = g_ptr_array_index (both, i);

      g_assert_nonnull (step->what);
      g_assert_nonnull (step->check);
      g_assert_nonnull (step->rollback);
    }
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* A dump made on a host is copied into the cluster; with the page in the
 * cluster, the switch gives the name back to the application. */
static void
test_options (void)
{
  g_autoptr(PodliftProject) project = make_project (PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
                                                    PODLIFT_DATABASE_ENGINE_POSTGRESQL, TRUE);
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  g_autoptr(GPtrArray) pod = podlift_runbook_steps (project, 0);
  g_autoptr(GPtrArray) host = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *text = NULL;
  g_autofree char *yaml = NULL;

  g_assert_false (has_step (pod, "copy-dump", NULL));
  g_assert_false (has_step (pod, "pre-copy-volumes", NULL));

  podlift_strategy_set_run_from (strategy, PODLIFT_RUN_FROM_HOST);
  podlift_strategy_set_volume_copy (strategy, PODLIFT_VOLUME_COPY_RSYNC);
  podlift_strategy_set_maintenance_kind (strategy, PODLIFT_MAINTENANCE_KIND_CLUSTER);
  host = podlift_runbook_steps (project, 0);
  g_assert_true (has_step (host, "copy-dump", NULL));
  g_assert_true (has_step (host, "pre-copy-volumes", NULL));
  g_assert_true (has_step (host, "switch", NULL));
  g_assert_false (has_step (host, "switch-dns", NULL));
  text = podlift_runbook_markdown (project);
  check_golden (text, "app-and-database-postgresql-host-rsync-cluster-page.md");
  yaml = podlift_runbook_maintenance_yaml (project);
  g_assert_nonnull (strstr (yaml, "name: orders-maintenance"));
  g_assert_nonnull (strstr (yaml, "- host: orders.example.com"));

  podlift_strategy_set_maintenance_page (strategy, FALSE);
  none = podlift_runbook_steps (project, 0);
  g_assert_true (has_step (none, "stop-writes", NULL));
  g_assert_false (has_step (none, "maintenance-off", NULL));
  g_assert_null (podlift_runbook_maintenance_yaml (project));
  g_assert_finalize_object (g_steal_pointer (&project));
}

static void
assert_schema_valid (const char *yaml,
                     const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = podlift_yaml_parse (yaml, -1, name, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (documents->len, >, 0);
  for (guint i = 0; i < documents->len; i++)
    {
      g_autoptr(GPtrArray) diagnostics = g_ptr_array_new_with_free_func (g_object_unref);

      podlift_k8s_schema_validate (g_ptr_array_index (documents, i), diagnostics);
      g_assert_cmpuint (diagnostics->len, ==, 0);
    }
}

/* The helper pod and the maintenance objects are valid Kubernetes. */
static void
test_objects_valid (void)
{
  g_autoptr(PodliftProject) project = make_project (PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
                                                    PODLIFT_DATABASE_ENGINE_MYSQL, TRUE);
  g_autofree char *helper = podlift_runbook_helper_pod (project);
  g_autofree char *maintenance = NULL;
  g_autofree char *page = NULL;

  assert_schema_valid (helper, "helper-pod.yaml");
  g_assert_nonnull (strstr (helper, "image: mysql:8.0"));
  g_assert_nonnull (strstr (helper, "claimName: orders-uploads"));
  g_assert_nonnull (strstr (helper, "sizeLimit: 24Gi"));

  podlift_strategy_set_maintenance_kind (podlift_project_get_strategy (project),
                                         PODLIFT_MAINTENANCE_KIND_CLUSTER);
  maintenance = podlift_runbook_maintenance_yaml (project);
  assert_schema_valid (maintenance, "maintenance.yaml");
  page = podlift_runbook_maintenance_page (project);
  g_assert_nonnull (strstr (page, "<h1>Orders is being moved</h1>"));
  g_assert_finalize_object (g_steal_pointer (&project));
}

/* The database decides the recommendation; the reasons say why, and
 * name the paths to open. */
static void
test_recommend (void)
{
  g_autoptr(PodliftProject) moving = make_project (PODLIFT_STRATEGY_KIND_UNDECIDED,
                                                   PODLIFT_DATABASE_ENGINE_POSTGRESQL, TRUE);
  g_autoptr(PodliftProject) staying = make_project (PODLIFT_STRATEGY_KIND_UNDECIDED,
                                                    PODLIFT_DATABASE_ENGINE_POSTGRESQL, FALSE);
  g_autoptr(GPtrArray) reasons = NULL;
  g_autoptr(GPtrArray) staying_reasons = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  PodliftStrategyReason *first;

  podlift_app_profile_set_database_moves (podlift_project_get_profile (moving), TRUE);
  podlift_app_profile_set_sticky_sessions (podlift_project_get_profile (moving), TRUE);
  podlift_app_profile_set_session_cookie (podlift_project_get_profile (moving), "sid");
  g_assert_cmpint (podlift_strategy_recommend (moving, &reasons), ==, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  first = g_ptr_array_index (reasons, 0);
  g_assert_cmpint (first->favours, ==, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);
  for (guint i = 0; i < reasons->len; i++)
    g_string_append_printf (all, "%s\n", ((PodliftStrategyReason *) g_ptr_array_index (reasons, i))->text);
  g_assert_nonnull (strstr (all->str, "PostgreSQL database (20 GB) moves"));
  g_assert_nonnull (strstr (all->str, "1 stateful path (12 GB)"));
  g_assert_nonnull (strstr (all->str, "cookie “sid”"));
  g_assert_nonnull (strstr (all->str, "db.internal:5432"));
  g_assert_nonnull (strstr (all->str, "api.partner.example:443"));
  /* Undecided, the runbook follows the recommendation. */
  g_assert_cmpint (podlift_runbook_kind (moving), ==, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE);

  g_assert_cmpint (podlift_strategy_recommend (staying, &staying_reasons), ==, PODLIFT_STRATEGY_KIND_APP_ONLY);
  first = g_ptr_array_index (staying_reasons, 0);
  g_assert_cmpint (first->favours, ==, PODLIFT_STRATEGY_KIND_APP_ONLY);
  g_assert_nonnull (strstr (first->text, "stays where it is"));
  g_assert_finalize_object (g_steal_pointer (&moving));
  g_assert_finalize_object (g_steal_pointer (&staying));
}

static const Case cases[] = {
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_POSTGRESQL, FALSE, "app-only-postgresql-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_POSTGRESQL, TRUE, "app-only-postgresql-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MYSQL, FALSE, "app-only-mysql-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MYSQL, TRUE, "app-only-mysql-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MARIADB, FALSE, "app-only-mariadb-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MARIADB, TRUE, "app-only-mariadb-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MONGODB, FALSE, "app-only-mongodb-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_ONLY, PODLIFT_DATABASE_ENGINE_MONGODB, TRUE, "app-only-mongodb-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_POSTGRESQL, FALSE, "app-and-database-postgresql-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_POSTGRESQL, TRUE, "app-and-database-postgresql-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MYSQL, FALSE, "app-and-database-mysql-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MYSQL, TRUE, "app-and-database-mysql-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MARIADB, FALSE, "app-and-database-mariadb-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MARIADB, TRUE, "app-and-database-mariadb-stateful.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MONGODB, FALSE, "app-and-database-mongodb-stateless.md" },
  { PODLIFT_STRATEGY_KIND_APP_AND_DATABASE, PODLIFT_DATABASE_ENGINE_MONGODB, TRUE, "app-and-database-mongodb-stateful.md" },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/podlift/runbook/golden/%.*s", (int) (strlen (cases[i].golden) - 3),
                                               cases[i].golden);

      g_test_add_data_func (path, &cases[i], test_golden);
    }
  g_test_add_func ("/podlift/runbook/order", test_order);
  g_test_add_func ("/podlift/runbook/options", test_options);
  g_test_add_func ("/podlift/runbook/objects-valid", test_objects_valid);
  g_test_add_func ("/podlift/runbook/recommend", test_recommend);

  return g_test_run ();
}
