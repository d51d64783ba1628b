/* podlift-sizing.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-sizing"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "podlift-app-profile.h"
#include "podlift-sizing.h"
#include "podlift-strategy.h"

/* Sizing from the VMs' figures: the CPU the VMs use on average, with a
 * quarter of headroom, shared out between the pods, as the request; each
 * pod runs the whole application, as each VM did, so the memory request
 * is a VM's average use and the limit its peak, both with a quarter of
 * headroom. A CPU limit (the peak's share with headroom, at least twice
 * the request) keeps a runaway pod from starving its neighbours but
 * throttles bursts; without one a pod may use idle CPU on its node.
 * Replicas: as many as VMs, at least 2. The autoscaler goes from there
 * up to the pods the VMs' peak needs at its CPU target, at least twice
 * as many.
 *
 * Sizing from a load test: one pod serves the rate the test held at the
 * objectives, over the pods it ran against; pods are kept at the
 * autoscaler's target share of that. The average traffic sets the
 * minimum (at least 2), the peak the maximum (at least twice that). */

static guint
round_up (double value,
          guint  step)
{
  return (guint) (ceil (value / step) * step);
}

static void
add_figure (PodliftSizing *sizing,
            const char    *label,
            char          *value)
{
  PodliftSizingFigure *figure = g_new0 (PodliftSizingFigure, 1);

  figure->label = g_strdup (label);
  figure->value = value;
  g_ptr_array_add (sizing->figures, figure);
}

static void
figure_free (PodliftSizingFigure *figure)
{
  g_free (figure->label);
  g_free (figure->value);
  g_free (figure);
}

/* Requests and limits for @pods pods from the VMs' figures. */
static void
work_out_resources (PodliftSizing     *sizing,
                    PodliftAppProfile *p,
                    gboolean           cpu_limit,
                    guint              pods)
{
  double vcpu = podlift_app_profile_get_vm_vcpu (p);
  double cpu_avg = podlift_app_profile_get_cpu_average_percent (p);
  double cpu_peak = podlift_app_profile_get_cpu_peak_percent (p);
  guint instances = MAX (1, podlift_app_profile_get_vm_instances (p));
  guint mem_avg = podlift_app_profile_get_memory_average_mb (p);
  guint mem_peak = podlift_app_profile_get_memory_peak_mb (p);
  double share = vcpu * 1000 * instances / pods / 100;

  sizing->cpu_request = 250;
  if (vcpu > 0 && cpu_avg > 0)
    sizing->cpu_request = MAX (50, round_up (share * cpu_avg * 1.25, 50));
  else if (vcpu > 0 && cpu_peak > 0)
    sizing->cpu_request = MAX (50, round_up (share * cpu_peak, 50));

  sizing->memory_request = mem_avg > 0 ? round_up (mem_avg * 1.25, 64) : 256;
  sizing->memory_limit = mem_peak > 0 ? round_up (mem_peak * 1.25, 64) : sizing->memory_request * 2;
  sizing->memory_limit = MAX (sizing->memory_limit, sizing->memory_request);

  sizing->cpu_limit = 0;
  if (cpu_limit)
    {
      sizing->cpu_limit = sizing->cpu_request * 2;
      if (vcpu > 0 && cpu_peak > 0)
        sizing->cpu_limit = MAX (sizing->cpu_limit, round_up (share * cpu_peak * 1.25, 50));
    }
}

static void
add_resource_figures (PodliftSizing     *sizing,
                      PodliftAppProfile *p,
                      guint              pods)
{
  add_figure (sizing, _("VMs"),
              g_strdup_printf (_("%u × %g vCPU, %u MiB"),
                               podlift_app_profile_get_vm_instances (p),
                               podlift_app_profile_get_vm_vcpu (p),
                               podlift_app_profile_get_vm_memory_mb (p)));
  add_figure (sizing, _("CPU used (average / peak)"),
              g_strdup_printf ("%g %% / %g %%",
                               podlift_app_profile_get_cpu_average_percent (p),
                               podlift_app_profile_get_cpu_peak_percent (p)));
  add_figure (sizing, _("Memory used (average / peak)"),
              g_strdup_printf ("%u MiB / %u MiB",
                               podlift_app_profile_get_memory_average_mb (p),
                               podlift_app_profile_get_memory_peak_mb (p)));
  add_figure (sizing, _("Shared between"), g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u pod", "%u pods", pods), pods));
  add_figure (sizing, _("Headroom on requests and memory limit"), g_strdup ("25 %"));
}

/* From the VMs: the autoscaler's maximum is what the peak needs at its
 * CPU target, or twice the minimum. */
static void
work_out_vm_replicas (PodliftSizing     *sizing,
                      PodliftAppProfile *p,
                      guint              target_percent)
{
  double vcpu = podlift_app_profile_get_vm_vcpu (p);
  double cpu_peak = podlift_app_profile_get_cpu_peak_percent (p);
  guint instances = MAX (1, podlift_app_profile_get_vm_instances (p));
  guint at_peak = 0;

  sizing->hpa_min = MAX (2, podlift_app_profile_get_vm_instances (p));
  if (vcpu > 0 && cpu_peak > 0)
    at_peak = (guint) ceil (vcpu * 1000 * cpu_peak / 100 * instances /
                            (sizing->cpu_request * target_percent / 100.0));
  sizing->hpa_max = MAX (at_peak, sizing->hpa_min * 2);
  sizing->replicas = sizing->hpa_min;

  add_figure (sizing, _("Replicas"), g_strdup_printf (_("%u: one a VM, at least 2"), sizing->hpa_min));
  if (at_peak > 0)
    add_figure (sizing, _("Pods the peak needs"),
                g_strdup_printf (_("%u at %u %% of a %u m request"), at_peak, target_percent,
                                 sizing->cpu_request));
}

static void
work_out_load_test_replicas (PodliftSizing     *sizing,
                             PodliftAppProfile *p,
                             PodliftStrategy   *s,
                             guint              target_percent)
{
  double average = podlift_app_profile_get_requests_average (p);
  double peak = podlift_app_profile_get_requests_peak (p);
  guint pods = MAX (1, podlift_strategy_get_load_test_pods (s));
  double usable;
  guint at_peak = 0;

  sizing->pod_capacity = podlift_strategy_get_load_test_rate (s) / pods;
  usable = sizing->pod_capacity * target_percent / 100.0;
  sizing->hpa_min = MAX (2, (guint) ceil (average / usable));
  if (peak > 0)
    at_peak = (guint) ceil (peak / usable);
  sizing->hpa_max = MAX (at_peak, sizing->hpa_min * 2);
  sizing->replicas = sizing->hpa_min;

  add_figure (sizing, _("Load test held"),
              g_strdup_printf (_("%.0f req/s on %u pod(s) at p95 %.0f ms, %.2f %% errors"),
                               podlift_strategy_get_load_test_rate (s), pods,
                               podlift_strategy_get_load_test_p95_ms (s),
                               podlift_strategy_get_load_test_error_percent (s)));
  add_figure (sizing, _("Objectives"),
              g_strdup_printf (_("p95 ≤ %u ms, errors ≤ %g %%"),
                               podlift_strategy_get_latency_objective_ms (s),
                               podlift_strategy_get_error_objective_percent (s)));
  add_figure (sizing, _("One pod serves"), g_strdup_printf (_("%.1f req/s"), sizing->pod_capacity));
  add_figure (sizing, _("Pods kept at"), g_strdup_printf (_("%u %% of that: %.1f req/s"), target_percent, usable));
  add_figure (sizing, _("Captured traffic (average / peak)"),
              g_strdup_printf (_("%g req/s / %g req/s"), average, peak));
  add_figure (sizing, _("Pods for the average / the peak"),
              g_strdup_printf ("%u / %u", MAX (1, (guint) ceil (average / usable)), at_peak));
}

/**
 * podlift_sizing_compute:
 * @replicas: the pods the VMs' CPU is shared between, or 0 for the
 *   sizing's own count
 *
 * Returns: (transfer full): the sizing of the strategy's source; from the
 *   VMs when the source is a load test but none was read yet
 */
PodliftSizing *
podlift_sizing_compute (PodliftProject *project,
                        guint           replicas)
{
  PodliftAppProfile *p;
  PodliftStrategy *s;
  PodliftSizing *sizing;
  guint target;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), NULL);

  p = podlift_project_get_profile (project);
  s = podlift_project_get_strategy (project);
  target = podlift_manifest_set_get_cpu_target_percent (podlift_project_get_manifests (project));
  target = target > 0 ? target : 70;

  sizing = g_new0 (PodliftSizing, 1);
  sizing->figures = g_ptr_array_new_with_free_func ((GDestroyNotify) figure_free);
  sizing->source = PODLIFT_SIZING_SOURCE_VM;
  if (podlift_strategy_get_sizing_source (s) == PODLIFT_SIZING_SOURCE_LOAD_TEST &&
      podlift_strategy_get_load_test_rate (s) > 0)
    sizing->source = PODLIFT_SIZING_SOURCE_LOAD_TEST;

  if (sizing->source == PODLIFT_SIZING_SOURCE_LOAD_TEST)
    work_out_load_test_replicas (sizing, p, s, target);

  /* The VMs' CPU is shared between the pods; with no count given, the
   * count this sizing works out from the VMs. */
  if (replicas == 0)
    replicas = sizing->source == PODLIFT_SIZING_SOURCE_LOAD_TEST ?
               sizing->replicas : MAX (2, podlift_app_profile_get_vm_instances (p));
  work_out_resources (sizing, p, podlift_strategy_get_cpu_limit (s), replicas);
  add_resource_figures (sizing, p, replicas);

  if (sizing->source == PODLIFT_SIZING_SOURCE_VM)
    work_out_vm_replicas (sizing, p, target);

  return sizing;
}

void
podlift_sizing_free (PodliftSizing *sizing)
{
  if (sizing == NULL)
    return;

  g_clear_pointer (&sizing->figures, g_ptr_array_unref);
  g_free (sizing);
}

/* Whether the manifests' counts are this sizing's. */
gboolean
podlift_sizing_is_applied (const PodliftSizing *sizing,
                           PodliftManifestSet  *set)
{
  g_return_val_if_fail (sizing != NULL, FALSE);
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (set), FALSE);

  return podlift_manifest_set_get_replicas (set) == sizing->replicas &&
         podlift_manifest_set_get_min_replicas (set) == sizing->hpa_min &&
         podlift_manifest_set_get_max_replicas (set) == sizing->hpa_max;
}

/* Puts the sizing's replicas and autoscaler bounds into the manifests;
 * requests and limits follow by themselves where the manifests leave
 * them to the sizing (0). Returns whether anything changed. */
gboolean
podlift_sizing_apply (const PodliftSizing *sizing,
                      PodliftManifestSet  *set)
{
  g_return_val_if_fail (sizing != NULL, FALSE);
  g_return_val_if_fail (PODLIFT_IS_MANIFEST_SET (set), FALSE);

  if (podlift_sizing_is_applied (sizing, set))
    return FALSE;

  podlift_manifest_set_set_replicas (set, sizing->replicas);
  podlift_manifest_set_set_min_replicas (set, sizing->hpa_min);
  podlift_manifest_set_set_max_replicas (set, sizing->hpa_max);
  return TRUE;
}

/* Records what a load test measured, and makes it the sizing's source. */
void
podlift_sizing_set_k6_result (PodliftStrategy       *strategy,
                              const PodliftK6Result *result)
{
  g_return_if_fail (PODLIFT_IS_STRATEGY (strategy));
  g_return_if_fail (result != NULL);

  podlift_strategy_set_load_test_rate (strategy, result->rate);
  /* Whole milliseconds: the bundle shows them as read. */
  podlift_strategy_set_load_test_p95_ms (strategy, round (result->p95_ms));
  podlift_strategy_set_load_test_error_percent (strategy, result->error_percent);
  podlift_strategy_set_sizing_source (strategy, PODLIFT_SIZING_SOURCE_LOAD_TEST);
}
