/* podlift-review-facts.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-compose-generator.h"
#include "podlift-config-file.h"
#include "podlift-cron-job.h"
#include "podlift-dependency.h"
#include "podlift-downtime.h"
#include "podlift-enum-types.h"
#include "podlift-labels.h"
#include "podlift-review-private.h"
#include "podlift-runbook.h"
#include "podlift-sizing.h"
#include "podlift-state-path.h"

/* The application and the strategy in brief: each answer as a line a
 * meeting reads aloud ("Database" → "PostgreSQL 15, 40 GB, moves with
 * the application"). Values of variables are never among them. */

static void
add_fact (GPtrArray  *facts,
          const char *label,
          char       *value)
{
  PodliftReviewFact *fact = g_new0 (PodliftReviewFact, 1);

  fact->label = g_strdup (label);
  fact->value = value;
  g_ptr_array_add (facts, fact);
}

static char *
dup_or_not_given (const char *text)
{
  return g_strdup (text != NULL && text[0] != '\0' ? text : _("Not given"));
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

/* "Stateful, state kept on a shared volume: /srv/media (25 GB)" */
static char *
state_text (PodliftAppProfile *profile)
{
  GListModel *paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (profile));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (!podlift_app_profile_get_stateful (profile) || g_list_model_get_n_items (paths) == 0)
    return g_strdup (state_label (profile));

  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(PodliftStatePath) path = g_list_model_get_item (paths, i);
      double size = podlift_state_path_get_size_gb (path);

      if (size > 0)
        /* Translators: a path that holds state and its size, "/srv/media (25 GB)" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s (%g GB)"), podlift_state_path_get_path (path), size));
      else
        g_ptr_array_add (parts, g_strdup (podlift_state_path_get_path (path)));
    }
  joined = podlift_review_join (parts, ", ");

  /* Translators: the state handling, then the paths, "Stateful, …: /srv/media (25 GB)" */
  return g_strdup_printf (_("%s: %s"), state_label (profile), joined);
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

static char *
health_text (PodliftAppProfile *profile)
{
  const char *liveness = podlift_app_profile_get_liveness_path (profile);
  const char *readiness = podlift_app_profile_get_readiness_path (profile);
  const char *startup = podlift_app_profile_get_startup_path (profile);

  if (liveness == NULL && readiness == NULL && startup == NULL)
    return g_strdup (_("None: the probes fall back to TCP"));

  /* Translators: the health endpoints, "liveness /healthz, readiness /readyz, startup /startupz" */
  return g_strdup_printf (_("liveness %s, readiness %s, startup %s"),
                          liveness ? liveness : _("none"),
                          readiness ? readiness : _("none"),
                          startup ? startup : _("none"));
}

static char *
dependencies_text (PodliftAppProfile *profile)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (profile));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  if (g_list_model_get_n_items (deps) == 0)
    return g_strdup (_("None"));

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      g_autofree char *protocol = g_ascii_strup (podlift_enum_to_nick (PODLIFT_TYPE_PROTOCOL,
                                                                       podlift_dependency_get_protocol (dep)), -1);

      /* Translators: a dependency, "db1.internal:5432 (TCP)" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s:%u (%s)"), podlift_dependency_get_host (dep),
                                               podlift_dependency_get_port (dep), protocol));
    }

  return podlift_review_join (parts, ", ");
}

static char *
configuration_text (PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  g_autoptr(GPtrArray) plain = podlift_project_list_config_keys (project, FALSE);
  g_autoptr(GPtrArray) secret = podlift_project_list_config_keys (project, TRUE);
  guint files = g_list_model_get_n_items (G_LIST_MODEL (podlift_app_profile_get_config_files (profile)));
  g_autofree char *vars = NULL;
  g_autofree char *secrets = NULL;
  g_autofree char *n_files = NULL;

  vars = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u variable", "%u variables", plain->len), plain->len);
  secrets = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u secret", "%u secrets", secret->len), secret->len);
  n_files = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u file", "%u files", files), files);

  /* Translators: "7 variables, 3 secrets, 1 file" (the values are never shown) */
  return g_strdup_printf (_("%s, %s, %s"), vars, secrets, n_files);
}

static char *
cron_text (PodliftAppProfile *profile)
{
  GListModel *jobs = G_LIST_MODEL (podlift_app_profile_get_cron_jobs (profile));
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (jobs); i++)
    {
      g_autoptr(PodliftCronJob) job = g_list_model_get_item (jobs, i);

      /* Translators: a scheduled job and its schedule, "nightly (30 2 * * *)" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s (%s)"), podlift_cron_job_get_name (job),
                                               podlift_cron_job_get_schedule (job)));
    }

  return parts->len > 0 ? podlift_review_join (parts, ", ") : NULL;
}

static char *
vm_text (PodliftAppProfile *profile)
{
  guint instances = podlift_app_profile_get_vm_instances (profile);
  double vcpu = podlift_app_profile_get_vm_vcpu (profile);
  guint memory = podlift_app_profile_get_vm_memory_mb (profile);
  double cpu_peak = podlift_app_profile_get_cpu_peak_percent (profile);
  g_autofree char *vms = NULL;

  if (instances == 0 && vcpu <= 0 && memory == 0)
    return NULL;

  vms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u VM", "%u VMs", instances), instances);
  if (cpu_peak > 0)
    /* Translators: "2 VMs × 4 vCPU, 8 GB; CPU 35 % on average, 80 % at peak" */
    return g_strdup_printf (_("%s × %g vCPU, %g GB; CPU %g %% on average, %g %% at peak"), vms, vcpu,
                            memory / 1024.0, podlift_app_profile_get_cpu_average_percent (profile), cpu_peak);

  /* Translators: "2 VMs × 4 vCPU, 8 GB" */
  return g_strdup_printf (_("%s × %g vCPU, %g GB"), vms, vcpu, memory / 1024.0);
}

static char *
image_text (PodliftDockerfile *dockerfile)
{
  const char *image = podlift_dockerfile_get_image (dockerfile);
  const char *tag = podlift_dockerfile_get_tag (dockerfile);

  if (image == NULL)
    return NULL;

  return tag ? g_strdup_printf ("%s:%s", image, tag) : g_strdup (image);
}

static void
add_optional (GPtrArray  *facts,
              const char *label,
              char       *value)
{
  if (value != NULL)
    add_fact (facts, label, value);
}

void
podlift_review_collect_application (PodliftReview  *self,
                                    PodliftProject *project)
{
  PodliftAppProfile *profile = podlift_project_get_profile (project);
  GPtrArray *facts = self->application;
  guint port = podlift_app_profile_get_port (profile);
  double peak = podlift_app_profile_get_requests_peak (profile);

  add_fact (facts, _("Stack"), stack_text (profile));
  add_fact (facts, _("State"), state_text (profile));
  add_fact (facts, _("Database"), database_text (profile));
  add_fact (facts, _("Port"), port ? g_strdup_printf ("%u", port) : g_strdup (_("Not given")));
  add_fact (facts, _("Health endpoints"), health_text (profile));
  if (podlift_app_profile_get_sticky_sessions (profile))
    /* Translators: %s is the session cookie's name */
    add_fact (facts, _("Sessions"), g_strdup_printf (_("Sticky, cookie %s"),
                                                    podlift_app_profile_get_session_cookie (profile)
                                                      ? podlift_app_profile_get_session_cookie (profile) : _("not named")));
  add_fact (facts, _("Dependencies"), dependencies_text (profile));
  add_fact (facts, _("Configuration"), configuration_text (project));
  add_optional (facts, _("Scheduled jobs"), cron_text (profile));
  add_optional (facts, _("Runs today on"), vm_text (profile));
  if (peak > 0)
    /* Translators: "45 requests/s on average, 220 at peak" */
    add_fact (facts, _("Traffic"), g_strdup_printf (_("%g requests/s on average, %g at peak"),
                                                   podlift_app_profile_get_requests_average (profile), peak));
  add_optional (facts, _("Image"), image_text (podlift_project_get_dockerfile (project)));
}

static char *
ttl_text (PodliftStrategy *strategy)
{
  guint ttl = podlift_strategy_get_dns_ttl_seconds (strategy);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (strategy);

  if (ttl == 0)
    return g_strdup (_("Not given"));
  if (lowered > 0 && lowered < ttl)
    /* Translators: DNS TTLs in seconds, "3600 s, lowered to 60 s before the switch" */
    return g_strdup_printf (_("%u s, lowered to %u s before the switch"), ttl, lowered);

  /* Translators: a DNS TTL in seconds, "3600 s, not lowered" */
  return g_strdup_printf (_("%u s, not lowered"), ttl);
}

/* Where the counts come from: a load test read, or the VMs' figures
 * (also when a load test is the choice but none was read yet). */
static char *
sizing_text (PodliftProject *project)
{
  PodliftManifestSet *set = podlift_project_get_manifests (project);
  g_autoptr(PodliftSizing) sizing = podlift_sizing_compute (project, 0);
  g_autofree char *source = NULL;

  if (sizing->source == PODLIFT_SIZING_SOURCE_LOAD_TEST)
    /* Translators: "From a load test (one pod serves 85.0 req/s)" */
    source = g_strdup_printf (_("From a load test (one pod serves %.1f req/s)"), sizing->pod_capacity);
  else
    source = g_strdup (_("From the VM figures"));

  if (podlift_manifest_set_get_hpa_enabled (set))
    /* Translators: "From the VM figures: 3 to 8 replicas, scaled at 70 % CPU" */
    return g_strdup_printf (_("%s: %u to %u replicas, scaled at %u %% CPU"), source,
                            podlift_manifest_set_get_min_replicas (set),
                            podlift_manifest_set_get_max_replicas (set),
                            podlift_manifest_set_get_cpu_target_percent (set));

  /* Translators: "From the VM figures: 3 replicas" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u replica", "%s: %u replicas",
                                       podlift_manifest_set_get_replicas (set)),
                          source, podlift_manifest_set_get_replicas (set));
}

/* The downtime of the chosen strategy, and what it is made of. */
static void
collect_downtime (PodliftReview  *self,
                  PodliftProject *project)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  PodliftDowntime downtime;

  if (self->strategy_kind == PODLIFT_STRATEGY_KIND_UNDECIDED)
    return;

  podlift_downtime_estimate (project, self->strategy_kind, &downtime);
  self->downtime_seconds = downtime.total_seconds;
  if (downtime.total_seconds < 1)
    {
      add_fact (self->strategy_facts, _("Downtime estimate"), g_strdup (_("None: both sides serve during the switch")));
      return;
    }

  self->downtime = podlift_format_duration (downtime.total_seconds);
  for (guint i = 0; i < PODLIFT_DOWNTIME_N_PARTS; i++)
    if (downtime.seconds[i] >= 1)
      {
        g_autofree char *duration = podlift_format_duration (downtime.seconds[i]);

        /* Translators: a part of the downtime, "Dump 12 min" */
        g_ptr_array_add (parts, g_strdup_printf (_("%s %s"), podlift_downtime_part_name (i), duration));
      }
  add_fact (self->strategy_facts, _("Downtime estimate"), g_strdup (self->downtime));
  add_fact (self->strategy_facts, _("Made of"), podlift_review_join (parts, ", "));
}

/* The runbook's steps, by title; those inside the downtime say so. */
static void
collect_runbook (PodliftReview  *self,
                 PodliftProject *project)
{
  g_autoptr(GPtrArray) steps = NULL;

  if (self->strategy_kind == PODLIFT_STRATEGY_KIND_UNDECIDED)
    return;

  steps = podlift_runbook_steps (project, self->strategy_kind);
  for (guint i = 0; i < steps->len; i++)
    {
      PodliftRunbookStep *step = g_ptr_array_index (steps, i);

      if (step->downtime)
        /* Translators: a runbook step that users wait for, "Dump the database (during the downtime)" */
        g_ptr_array_add (self->runbook, g_strdup_printf (_("%s (during the downtime)"), step->title));
      else
        g_ptr_array_add (self->runbook, g_strdup (step->title));
    }
}

void
podlift_review_collect_strategy (PodliftReview  *self,
                                 PodliftProject *project)
{
  PodliftStrategy *strategy = podlift_project_get_strategy (project);
  GPtrArray *facts = self->strategy_facts;

  self->strategy_kind = podlift_strategy_get_kind (strategy);
  self->strategy = g_strdup (podlift_strategy_kind_get_label (self->strategy_kind));
  self->rollback_plan = g_strdup (podlift_strategy_get_rollback_plan (strategy));
  self->notes = g_strdup (podlift_strategy_get_notes (strategy));

  collect_downtime (self, project);
  add_fact (facts, _("Cutover window"), dup_or_not_given (podlift_strategy_get_cutover_window (strategy)));
  add_fact (facts, _("Public host name"), dup_or_not_given (podlift_strategy_get_public_hostname (strategy)));
  add_fact (facts, _("DNS TTL"), ttl_text (strategy));
  add_fact (facts, _("Maintenance page"), g_strdup (podlift_review_yes_no (podlift_strategy_get_maintenance_page (strategy))));
  add_fact (facts, _("Sizing"), sizing_text (project));
  collect_runbook (self, project);
}
