/* podlift-checklist-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-checklist-generator"

#include "config.h"

#include "podlift-app-profile.h"
#include "podlift-checklist-generator.h"
#include "podlift-dependency.h"
#include "podlift-dockerfile.h"
#include "podlift-manifest-set.h"
#include "podlift-runbook-private.h"
#include "podlift-state-path.h"
#include "podlift-strategy.h"

/* The items, in the order of the day. Each has a stable id: a checklist
 * generated again after the plan changed keeps the state, owner and
 * note of the items whose id is still there. The steps of the switch
 * follow the strategy: for app-and-database, the maintenance page, the
 * database and the files move inside the window; for app-only, the new
 * pods take the traffic from the VMs with no downtime. */

typedef struct
{
  PodliftProject        *project;
  PodliftAppProfile     *profile;
  PodliftStrategy       *strategy;
  PodliftManifestSet    *manifests;
  PodliftStrategyKind    kind;
  const char            *host;      /* the public name, or NULL */
  const char            *scheme;    /* of the public URL */
  const char            *engine;    /* the database's name, or NULL */
  GPtrArray             *items;
} Plan;

static PodliftChecklistItem *
add (Plan                  *plan,
     const char            *id,
     PodliftChecklistPhase  phase,
     const char            *why,
     const char            *title_format,
     ...) G_GNUC_PRINTF (5, 6);

static PodliftChecklistItem *
add (Plan                  *plan,
     const char            *id,
     PodliftChecklistPhase  phase,
     const char            *why,
     const char            *title_format,
     ...)
{
  PodliftChecklistItem *item = podlift_checklist_item_new ();
  g_autofree char *title = NULL;
  va_list args;

  va_start (args, title_format);
  title = g_strdup_vprintf (title_format, args);
  va_end (args);

  podlift_checklist_item_set_id (item, id);
  podlift_checklist_item_set_phase (item, phase);
  podlift_checklist_item_set_title (item, title);
  podlift_checklist_item_set_why (item, why);
  g_ptr_array_add (plan->items, item);

  return item;
}

static void
set_check (PodliftChecklistItem *item,
           PodliftCheckKind      kind,
           const char           *target)
{
  podlift_checklist_item_set_check_kind (item, kind);
  podlift_checklist_item_set_check_target (item, target);
}

static const char *
engine_name (PodliftDatabaseEngine engine)
{
  switch (engine)
    {
    case PODLIFT_DATABASE_ENGINE_POSTGRESQL: return "PostgreSQL";
    case PODLIFT_DATABASE_ENGINE_MYSQL: return "MySQL";
    case PODLIFT_DATABASE_ENGINE_MARIADB: return "MariaDB";
    case PODLIFT_DATABASE_ENGINE_MONGODB: return "MongoDB";
    case PODLIFT_DATABASE_ENGINE_REDIS: return "Redis";
    case PODLIFT_DATABASE_ENGINE_NONE:
    default: return NULL;
    }
}

/* The database the application uses today, as HOST:PORT, from the
 * dependencies: the first on the engine's usual port. */
static char *
database_target (Plan *plan)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (plan->profile));
  PodliftDatabaseEngine engine = podlift_app_profile_get_database_engine (plan->profile);
  guint port = podlift_runbook_default_port (engine);

  for (guint i = 0; port != 0 && i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);

      if (podlift_dependency_get_port (dep) == port && podlift_dependency_get_host (dep) != NULL)
        return g_strdup_printf ("%s:%u", podlift_dependency_get_host (dep), port);
    }

  return NULL;
}

static char *
public_url (Plan       *plan,
            const char *path)
{
  if (plan->host == NULL)
    return NULL;

  return g_strdup_printf ("%s://%s%s", plan->scheme, plan->host, path ? path : "");
}

/* "the PostgreSQL database and the files in /srv/media", or NULL */
static char *
backed_up (Plan *plan)
{
  GListModel *paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (plan->profile));
  g_autoptr(GString) what = g_string_new (NULL);
  guint n = g_list_model_get_n_items (paths);

  if (plan->engine != NULL)
    g_string_append_printf (what, "the %s database", plan->engine);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PodliftStatePath) path = g_list_model_get_item (paths, i);

      if (podlift_state_path_get_path (path) == NULL)
        continue;
      g_string_append (what, what->len == 0 ? "" : i + 1 < n ? ", " : " and ");
      g_string_append_printf (what, "%s%s", i == 0 ? "the files in " : "",
                              podlift_state_path_get_path (path));
    }

  return what->len > 0 ? g_string_free (g_steal_pointer (&what), FALSE) : NULL;
}

static void
add_before (Plan *plan)
{
  PodliftChecklistPhase phase = PODLIFT_CHECKLIST_PHASE_PREPARE;
  PodliftDockerfile *dockerfile = podlift_project_get_dockerfile (plan->project);
  const char *image = podlift_dockerfile_get_image (dockerfile);
  const char *tag = podlift_dockerfile_get_tag (dockerfile);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (plan->strategy);
  g_autofree char *backups = backed_up (plan);
  PodliftChecklistItem *item;

  if (plan->kind == PODLIFT_STRATEGY_KIND_UNDECIDED)
    add (plan, "strategy-chosen", phase,
         "App-only and app-and-database cutovers have different steps and downtime: the rest of "
         "this checklist follows the choice.",
         "Strategy chosen: app only, or app and database");

  add (plan, "rehearsal", phase,
       "A full run in pre-production, with a copy of the production data, times every step and finds "
       "what the runbook forgot while nothing is at stake.",
       "Rehearse the cutover in preprod");

  if (podlift_strategy_get_sizing_source (plan->strategy) == PODLIFT_SIZING_SOURCE_LOAD_TEST)
    add (plan, "sizing", phase,
         "The replicas and the autoscaler's bounds come from the load test: without a passing run "
         "at the expected peak, they are a guess.",
         "Load test passed in preprod");
  else
    add (plan, "sizing", phase,
         "Requests, limits and replicas are worked out from the VMs' figures: the team agrees they "
         "are a fair start, and watches them after the switch.",
         "VM sizing accepted for the pods");

  item = add (plan, "image-pushed", phase,
              "The cluster pulls the image by its tag on the day: it must be in the registry, built "
              "from the release that was rehearsed.",
              "Image pushed to the registry");
  if (image != NULL && tag != NULL)
    {
      g_autofree char *reference = g_strdup_printf ("%s:%s", image, tag);

      set_check (item, PODLIFT_CHECK_KIND_IMAGE, reference);
    }
  else
    set_check (item, PODLIFT_CHECK_KIND_IMAGE, NULL);

  add (plan, "manifests-preprod", phase,
       "The same manifests with the preprod overlay prove that the cluster accepts them, that the "
       "probes pass and that the pods reach their dependencies.",
       "Manifests applied in preprod");

  if (plan->engine != NULL)
    {
      gboolean moves = plan->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE;
      g_autofree char *target = moves ? NULL : database_target (plan);

      item = add (plan, "database-reachable", phase,
                  "The pods must reach the database from the cluster's network: firewalls, security "
                  "groups and the database's own access rules. The live check tries it from this "
                  "machine; the runbook tries it from a pod.",
                  moves ? "New %s reachable from the cluster" : "%s reachable from the cluster",
                  plan->engine);
      set_check (item, PODLIFT_CHECK_KIND_TCP, target);
    }

  if (backups != NULL)
    add (plan, "backups", phase,
         "A backup taken just before the window is the way back if the copy or the switch goes "
         "wrong; keep it until the VMs are gone.",
         "Backups taken of %s", backups);

  if (plan->host != NULL)
    add (plan, "ttl-lowered", phase,
         "Resolvers keep an address for as long as its TTL says: lowered a day ahead, the switch "
         "(and a rollback) reaches every user within minutes.",
         "DNS TTL of %s lowered to %u s", plan->host, lowered > 0 ? lowered : 60);
  else
    add (plan, "ttl-lowered", phase,
         "Resolvers keep an address for as long as its TTL says: lowered a day ahead, the switch "
         "(and a rollback) reaches every user within minutes.",
         "DNS TTL of the public name lowered");

  add (plan, "rollback-agreed", phase,
       podlift_strategy_get_rollback_plan (plan->strategy) != NULL
       ? "Who decides to go back, by when, and how: agreed before the window (the Strategy step "
         "has the plan), not improvised during it."
       : "Who decides to go back, by when, and how: agreed before the window, not improvised "
         "during it. The Strategy step has no rollback plan yet.",
       "Rollback plan agreed");
}

static const char *
volume_kind (Plan *plan)
{
  switch (podlift_app_profile_get_state_handling (plan->profile))
    {
    case PODLIFT_STATE_HANDLING_STATEFULSET:
      return "the StatefulSet's volumes";
    case PODLIFT_STATE_HANDLING_SHARED_VOLUME:
    case PODLIFT_STATE_HANDLING_REWORK:
    default:
      return "the shared volume";
    }
}

/* Inside the downtime window: the app-and-database steps. */
static void
add_data_move (Plan *plan)
{
  PodliftChecklistPhase phase = PODLIFT_CHECKLIST_PHASE_SWITCH;
  GListModel *paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (plan->profile));
  gboolean files = podlift_app_profile_get_stateful (plan->profile) &&
                   podlift_app_profile_get_state_handling (plan->profile) != PODLIFT_STATE_HANDLING_REWORK &&
                   g_list_model_get_n_items (paths) > 0;

  if (podlift_strategy_get_maintenance_page (plan->strategy))
    add (plan, "maintenance-on", phase,
         "Users see a clear message instead of errors, and nothing writes to the data while it "
         "is copied.",
         "Maintenance page on");

  if (plan->engine != NULL)
    add (plan, "database-move", phase,
         "The data moves while nothing writes to it; compare row counts of the largest tables "
         "before going on.",
         "Database dumped and restored on the new %s", plan->engine);

  if (files)
    {
      g_autoptr(PodliftStatePath) first = g_list_model_get_item (paths, 0);

      add (plan, "files-sync", phase,
           "The files the VMs wrote since the last copy must be on the cluster's volume before the "
           "pods serve users, or uploads go missing.",
           g_list_model_get_n_items (paths) > 1 ? "Files of %s and the other state paths copied to %s"
                                                : "Files of %s copied to %s",
           podlift_state_path_get_path (first), volume_kind (plan));
    }
}

static void
add_switch (Plan *plan)
{
  PodliftChecklistPhase phase = PODLIFT_CHECKLIST_PHASE_SWITCH;
  PodliftChecklistItem *item;
  g_autofree char *base = public_url (plan, NULL);
  g_autofree char *ready = public_url (plan, podlift_app_profile_get_readiness_path (plan->profile));

  if (plan->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE)
    add_data_move (plan);

  if (podlift_app_profile_get_migrate_command (plan->profile) != NULL)
    add (plan, "migrations", phase,
         "The migration Job changes the schema once, before the new pods serve requests that "
         "need it.",
         "Database migrations run");

  add (plan, "deployed", phase,
       "The production overlay applied and the rollout complete: every pod ready before any "
       "user is sent to it.",
       "Application deployed to production");

  item = add (plan, "probes", phase,
              "The liveness, readiness and startup paths answer through the ingress: the service, "
              "the ingress and the pods are wired together.",
              "Probe paths answer on the new service");
  set_check (item, PODLIFT_CHECK_KIND_PROBE, base);

  item = add (plan, "dns-switch", phase,
              "Users reach the cluster once the public name points at its ingress; the old record "
              "lingers in resolvers for at most the lowered TTL.",
              plan->host ? "DNS of %s switched to the cluster ingress" : "%sDNS switched to the cluster ingress",
              plan->host ? plan->host : "");
  set_check (item, PODLIFT_CHECK_KIND_DNS, plan->host);

  item = add (plan, "readiness", phase,
              "The readiness path answers through the public name, quickly: users get the new "
              "service.",
              "Readiness probe answers through the public name");
  set_check (item, PODLIFT_CHECK_KIND_HTTP,
             podlift_app_profile_get_readiness_path (plan->profile) ? ready : base);
  podlift_checklist_item_set_check_max_latency_ms (item, 1000);
}

static void
add_after (Plan *plan)
{
  PodliftChecklistPhase phase = PODLIFT_CHECKLIST_PHASE_AFTER;
  guint ttl = podlift_strategy_get_dns_ttl_seconds (plan->strategy);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (plan->strategy);

  add (plan, "watch-logs", phase,
       "The first hour shows what the rehearsal missed: errors in the logs, slow requests, jobs "
       "that fail.",
       "Watch the application logs and metrics");
  add (plan, "error-rates", phase,
       "An error rate above the VMs' usual level is the signal to roll back, within the agreed "
       "time.",
       "Error rates at their usual level");
  if (podlift_manifest_set_get_hpa_enabled (plan->manifests))
    add (plan, "watch-infra", phase,
         "The requests, limits and autoscaler bounds were estimates: CPU, memory, restarts and the "
         "replica count under real traffic tell.",
         "Watch CPU, memory and autoscaling (%u to %u replicas)",
         podlift_manifest_set_get_min_replicas (plan->manifests),
         podlift_manifest_set_get_max_replicas (plan->manifests));
  else
    add (plan, "watch-infra", phase,
         "The requests and limits were estimates: CPU, memory and restarts under real traffic "
         "tell.",
         "Watch CPU, memory and restarts");
  add (plan, "traffic-redirected", phase,
       "Until every resolver has the new address, some users still reach the VMs: their access "
       "logs show when the last one has moved.",
       "Traffic fully redirected to Kubernetes");
  if (plan->host != NULL && lowered > 0 && lowered < ttl)
    add (plan, "ttl-restored", phase,
         "A short TTL costs lookups; once the rollback window has passed, the usual TTL comes back.",
         "DNS TTL of %s raised back to %u s", plan->host, ttl);
  add (plan, "decommission", phase,
       "The VMs stay, idle, until the rollback window has passed; then they go, with their DNS "
       "records, firewall rules and backups, so that nothing serves or costs by mistake.",
       "Decommission the VMs after the agreed time");
}

/**
 * podlift_checklist_generate:
 *
 * Returns: (transfer full) (element-type PodliftChecklistItem): the
 *   items of the plan, new, to do
 */
GPtrArray *
podlift_checklist_generate (PodliftProject *project)
{
  Plan plan = { 0, };
  const char *tls;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  plan.project = project;
  plan.profile = podlift_project_get_profile (project);
  plan.strategy = podlift_project_get_strategy (project);
  plan.manifests = podlift_project_get_manifests (project);
  plan.kind = podlift_strategy_get_kind (plan.strategy);
  plan.host = podlift_strategy_get_public_hostname (plan.strategy);
  if (plan.host == NULL || plan.host[0] == '\0')
    plan.host = podlift_manifest_set_get_ingress_host (plan.manifests);
  if (plan.host != NULL && plan.host[0] == '\0')
    plan.host = NULL;
  tls = podlift_manifest_set_get_tls_secret (plan.manifests);
  plan.scheme = tls != NULL && tls[0] != '\0' ? "https" : "http";
  plan.engine = engine_name (podlift_app_profile_get_database_engine (plan.profile));
  plan.items = g_ptr_array_new_with_free_func (g_object_unref);

  add_before (&plan);
  add_switch (&plan);
  add_after (&plan);

  return plan.items;
}
