/* podlift-runbook-steps.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include <string.h>

#include "podlift-dependency.h"
#include "podlift-runbook-private.h"

/* The steps of every runbook: the rehearsal, the TTL, the network
 * paths, the deployment, the verification and the watch. */

void
podlift_runbook_add_rehearse (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "rehearse", FALSE, "Rehearse in pre-production");

  podlift_runbook_set (&step->what,
                       "Run this whole runbook once in pre-production, with a copy of the production "
                       "data of the same size, and time every step. The downtime estimate is only as "
                       "good as the rates it uses: put the rates you measure on the Strategy page.");
  podlift_runbook_set (&step->commands,
                       "# in the pre-production cluster's context\n"
                       "%s\n"
                       "kubectl -n %s rollout status %s --timeout=10m",
                       rb->apply_preprod, rb->namespace, rb->workload);
  podlift_runbook_set (&step->check,
                       "Every step worked as written and took about its estimated time; the "
                       "application answers in pre-production.");
  podlift_runbook_set (&step->rollback,
                       "Nothing in production has changed: fix the runbook and rehearse again.");
}

void
podlift_runbook_add_lower_ttl (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "lower-ttl", FALSE, "Lower the DNS TTL ahead of time");
  guint ttl = podlift_strategy_get_dns_ttl_seconds (rb->strategy);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (rb->strategy);

  if (lowered > 0 && lowered < ttl)
    podlift_runbook_set (&step->what,
                         "Lower the TTL of %s's DNS record from %u s to %u s, at least %u s (the old "
                         "TTL) before the switch, so that on the day no resolver holds the old address "
                         "for more than %u s.", rb->host, ttl, lowered, ttl, lowered);
  else
    podlift_runbook_set (&step->what,
                         "The TTL of %s stays at %u s: after the switch, resolvers may send users to "
                         "the VMs for up to %u s. Lower it at least %u s before the switch to shorten "
                         "that.", rb->host, ttl, ttl, ttl);
  podlift_runbook_set (&step->commands, "dig +noall +answer %s", rb->host);
  podlift_runbook_set (&step->check,
                       "dig shows a TTL of %u s or less, and the change is more than %u s old.",
                       lowered > 0 && lowered < ttl ? lowered : ttl, ttl);
  podlift_runbook_set (&step->rollback, "Set the TTL back to %u s; nothing else depends on it.", ttl);
}

/* A host in a command inside single quotes: a variable must be left
 * out of them to be expanded. */
static char *
in_single_quotes (const char *host)
{
  return host[0] == '$' ? g_strdup_printf ("'\"%s\"'", host) : g_strdup (host);
}

static void
add_path (PodliftRunbook *rb,
          GString        *checks,
          GString        *list,
          const char     *host,
          guint           port,
          const char     *what)
{
  g_autofree char *quoted = in_single_quotes (host);

  g_string_append_printf (checks, "%snc -z -v -w 5 %s %u", checks->len ? " && " : "", quoted, port);
  g_string_append_printf (list, "%s%s:%u (%s)", list->len ? ", " : "", host, port, what);
}

/* The paths the pods (and the helper pod) need: the database where it
 * will be, the old one when the dump runs in the cluster, the other
 * dependencies. */
static void
list_paths (PodliftRunbook *rb,
            GString        *checks,
            GString        *list)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (rb->profile));

  if (rb->database_moves)
    add_path (rb, checks, list,
              podlift_runbook_variable (rb, "NEW_DB_HOST", "the database's new address, as the pods will use it"),
              rb->db_port, "the new database");
  if (rb->database_moves && podlift_strategy_get_run_from (rb->strategy) == PODLIFT_RUN_FROM_POD)
    add_path (rb, checks, list, rb->db_host, rb->db_port, "the database today, for the dump");

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      const char *host = podlift_dependency_get_host (dep);

      if (host == NULL || podlift_dependency_get_port (dep) == 0 ||
          podlift_dependency_get_protocol (dep) == PODLIFT_PROTOCOL_UDP ||
          (rb->database_moves && g_strcmp0 (host, rb->db_host) == 0))
        continue;
      add_path (rb, checks, list, host, podlift_dependency_get_port (dep),
                podlift_dependency_get_purpose (dep) ? podlift_dependency_get_purpose (dep) : "dependency");
    }
}

void
podlift_runbook_add_network (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "network", FALSE, "Open and check the network paths from the cluster");
  g_autoptr(GString) checks = g_string_new (NULL);
  g_autoptr(GString) list = g_string_new (NULL);

  list_paths (rb, checks, list);
  if (checks->len == 0)
    {
      podlift_runbook_set (&step->what, "No dependencies were recorded: check that the pods need none.");
      podlift_runbook_set (&step->check, "The Knowledge step lists every host the application talks to.");
      podlift_runbook_set (&step->rollback, "Nothing to undo.");
      return;
    }

  podlift_runbook_set (&step->what,
                       "The pods must reach what the VMs reach. Open each path for the cluster's node "
                       "or pod addresses in the firewalls, the security groups and the services' own "
                       "access lists: %s.", list->str);
  podlift_runbook_set (&step->commands,
                       "kubectl -n %s run netcheck --rm -i --restart=Never --image=busybox:1.36 "
                       "--overrides='{\"spec\":{\"securityContext\":{\"runAsNonRoot\":true,"
                       "\"runAsUser\":%u,\"seccompProfile\":{\"type\":\"RuntimeDefault\"}},"
                       "\"containers\":[{\"name\":\"netcheck\",\"image\":\"busybox:1.36\","
                       "\"command\":[\"sh\",\"-c\",\"%s\"],\"securityContext\":"
                       "{\"allowPrivilegeEscalation\":false,\"capabilities\":{\"drop\":[\"ALL\"]}}}]}}'",
                       rb->namespace, rb->uid, checks->str);
  podlift_runbook_set (&step->check,
                       "Every line ends in “open”; a timeout means a firewall still drops that path.");
  podlift_runbook_set (&step->rollback, "Close the paths again; the VMs do not use them.");
}

char *
podlift_runbook_unapply (PodliftRunbook *rb)
{
  if (g_str_has_prefix (rb->apply_production, "helm "))
    return g_strdup_printf ("helm uninstall %s --namespace %s", rb->app, rb->namespace);

  return g_strdup_printf ("kubectl delete%s", rb->apply_production + strlen ("kubectl apply"));
}

/* With data to put in place first, the workload starts with no pods and
 * the helper pod comes up beside it. */
void
podlift_runbook_add_deploy (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "deploy", FALSE, "Deploy to the cluster");
  gboolean helper = podlift_runbook_needs_helper (rb);
  g_autofree char *unapply = podlift_runbook_unapply (rb);

  if (!helper)
    {
      podlift_runbook_set (&step->what,
                           "Deploy the application to the production cluster. Nothing public points "
                           "at it yet: DNS still sends users to the VMs.");
      podlift_runbook_set (&step->commands, "%s\nkubectl -n %s rollout status %s --timeout=10m",
                           rb->apply_production, rb->namespace, rb->workload);
      podlift_runbook_set (&step->check,
                           "kubectl -n %s get pods -l app.kubernetes.io/name=%s shows every pod "
                           "Running and Ready.", rb->namespace, rb->app);
      podlift_runbook_set (&step->rollback, "Nothing public uses it: %s", unapply);
      return;
    }

  podlift_runbook_set (&step->what,
                       "Deploy the application to the production cluster with no pods yet: they start "
                       "once the data is in place. Start the helper pod (migration/helper-pod.yaml), "
                       "which mounts the volumes%s.%s",
                       rb->database_moves ? " and has the database's tools" : "",
                       rb->database_moves ? " The migration Job may already run against the new "
                       "database: the restore replaces what it creates." : "");
  podlift_runbook_set (&step->commands,
                       "%s\n"
                       "kubectl -n %s scale %s --replicas=0\n"
                       "kubectl apply -f migration/helper-pod.yaml\n"
                       "kubectl -n %s wait --for=condition=Ready pod/%s --timeout=5m",
                       rb->apply_production, rb->namespace, rb->workload, rb->namespace, rb->helper);
  podlift_runbook_set (&step->check,
                       "kubectl -n %s get %s,pvc,pod/%s shows 0 replicas, every claim Bound and the "
                       "helper pod Running.", rb->namespace, rb->workload, rb->helper);
  podlift_runbook_set (&step->rollback,
                       "Nothing public uses it: kubectl delete -f migration/helper-pod.yaml, then %s",
                       unapply);
}

char *
podlift_runbook_probe (PodliftRunbook *rb)
{
  const char *path = podlift_app_profile_get_readiness_path (rb->profile);
  guint port = podlift_app_profile_get_port (rb->profile);

  port = port ? port : 8080;
  return g_strdup_printf ("kubectl -n %s port-forward service/%s 18080:%u &\n"
                          "sleep 3\n"
                          "curl -fsS -o /dev/null -w '%%{http_code} %%{time_total}s\\n' http://127.0.0.1:18080%s\n"
                          "kill %%1",
                          rb->namespace, rb->app, port, path && path[0] == '/' ? path : "/");
}

void
podlift_runbook_add_verify (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "verify", rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
                                                  "Verify before the switch");
  g_autofree char *probe = podlift_runbook_probe (rb);
  g_autofree char *counts = rb->database_moves ? podlift_runbook_count_rows (rb) : NULL;
  gboolean scale = podlift_runbook_needs_helper (rb);

  podlift_runbook_set (&step->what,
                       "%sCheck the application through its Service, before any user reaches it%s.",
                       scale ? "Start the pods, now that the data is in place. " : "",
                       counts ? ", and compare the largest tables with the database on the VMs' side" : "");
  podlift_runbook_set (&step->commands, "%s%s%s", probe, counts ? "\n" : "", counts ? counts : "");
  if (scale)
    podlift_runbook_set (&step->commands,
                         "%s%s"
                         "kubectl delete -f migration/helper-pod.yaml\n"
                         "kubectl -n %s scale %s --replicas=%u\n"
                         "kubectl -n %s rollout status %s --timeout=10m\n%s",
                         counts ? counts : "", counts ? "\n" : "",
                         rb->namespace, rb->workload, rb->replicas, rb->namespace, rb->workload, probe);
  podlift_runbook_set (&step->check,
                       "curl prints 200 and a time well under a second%s; kubectl -n %s get pods shows "
                       "no restarts.", counts ? "; the row counts are the same on both sides" : "",
                       rb->namespace);
  if (rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE)
    podlift_runbook_set (&step->rollback,
                         "kubectl -n %s scale %s --replicas=0, then start the application on the VMs "
                         "again and take the maintenance page down there: the VMs' data was only read.",
                         rb->namespace, rb->workload);
  else
    podlift_runbook_set (&step->rollback, "Nothing public points at the cluster yet: fix and repeat.");
}

void
podlift_runbook_add_watch (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "watch", FALSE, "Watch");

  podlift_runbook_set (&step->what,
                       "Watch the application's logs and error rate, the pods' CPU and memory and the "
                       "autoscaler through the first busy hours. Keep the VMs as they are until the "
                       "rollback window has passed.");
  podlift_runbook_set (&step->commands,
                       "kubectl -n %s logs -l app.kubernetes.io/name=%s -f --prefix --max-log-requests=10\n"
                       "kubectl -n %s top pods\n"
                       "kubectl -n %s get hpa,pods --watch\n"
                       "kubectl -n %s get events --sort-by=.lastTimestamp",
                       rb->namespace, rb->app, rb->namespace, rb->namespace, rb->namespace);
  podlift_runbook_set (&step->check,
                       "Errors and latency as on the VMs; no pod restarted or OOMKilled; the "
                       "autoscaler stays below its maximum.");
  podlift_runbook_set (&step->rollback,
                       "Point %s back at the VMs, as in the switch's rollback, and follow the "
                       "rollback plan.", rb->host);
}
