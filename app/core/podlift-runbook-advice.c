/* podlift-runbook-advice.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-dependency.h"
#include "podlift-downtime.h"
#include "podlift-runbook-private.h"

/* Which strategy the answers point to, and why. The database decides:
 * when it moves, its data must be copied while nothing writes, which
 * means downtime; when it stays, the pods can serve beside the VMs while
 * DNS changes. Stateful files, sticky sessions and the network paths the
 * cluster needs are told either way. */

static void
add_reason (GPtrArray           *reasons,
            PodliftStrategyKind  favours,
            char                *text)
{
  PodliftStrategyReason *reason = g_new0 (PodliftStrategyReason, 1);

  reason->favours = favours;
  reason->text = text;
  g_ptr_array_add (reasons, reason);
}

static void
reason_free (PodliftStrategyReason *reason)
{
  g_free (reason->text);
  g_free (reason);
}

static void
explain_database (PodliftRunbook *rb,
                  GPtrArray      *reasons,
                  gboolean        moves)
{
  const char *engine = podlift_runbook_engine_name (rb->engine);
  double size = podlift_app_profile_get_database_size_gb (rb->profile);

  if (rb->engine == PODLIFT_DATABASE_ENGINE_NONE)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_APP_ONLY,
                g_strdup (_("No database moves: the pods can serve beside the VMs while DNS changes, "
                            "so users see no downtime.")));
  else if (moves)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_APP_AND_DATABASE,
                g_strdup_printf (_("The %s database (%g GB) moves with the application: its data must "
                                   "be copied while nothing writes to it, which needs downtime."),
                                 engine, size));
  else
    add_reason (reasons, PODLIFT_STRATEGY_KIND_APP_ONLY,
                g_strdup_printf (_("The %s database stays where it is: the pods use it as the VMs do, "
                                   "so both serve while DNS changes, with no downtime."), engine));
}

static void
explain_state (PodliftRunbook *rb,
               GPtrArray      *reasons)
{
  double gb = podlift_downtime_volumes_gb (rb->project);
  guint n = rb->volumes->len;

  if (!podlift_app_profile_get_stateful (rb->profile))
    return;

  if (podlift_app_profile_get_state_handling (rb->profile) == PODLIFT_STATE_HANDLING_REWORK)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
                g_strdup (_("The code is reworked to keep no state on disk: no files to copy into volumes.")));
  else if (n > 0)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u stateful path (%g GB) is copied into a volume: files "
                                              "written on the VMs after the last copy would be lost, so "
                                              "writes to it stop for that copy.",
                                              "%u stateful paths (%g GB) are copied into volumes: files "
                                              "written on the VMs after the last copy would be lost, so "
                                              "writes to them stop for that copy.", n),
                                 n, gb));
}

static void
explain_sessions (PodliftRunbook *rb,
                  GPtrArray      *reasons,
                  gboolean        moves)
{
  const char *cookie = podlift_app_profile_get_session_cookie (rb->profile);

  if (!podlift_app_profile_get_sticky_sessions (rb->profile))
    return;

  add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
              g_strdup_printf (_("Sessions are sticky (cookie “%s”): at the switch users reach pods that "
                                 "do not have their session and sign in again, unless sessions move to a "
                                 "shared store.%s"),
                               cookie && *cookie ? cookie : _("unnamed"),
                               moves ? "" : _(" While DNS changes, a user may go back and forth between "
                                              "the VMs and the cluster.")));
}

static void
explain_paths (PodliftRunbook *rb,
               GPtrArray      *reasons,
               gboolean        moves)
{
  GListModel *deps = G_LIST_MODEL (podlift_app_profile_get_dependencies (rb->profile));
  g_autoptr(GString) others = g_string_new (NULL);

  if (rb->engine != PODLIFT_DATABASE_ENGINE_NONE && !moves)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
                g_strdup_printf (_("The cluster must reach the database at %s:%u: open that path in the "
                                   "firewalls and in the database's own access list before the switch."),
                                 rb->db_host, rb->db_port));
  else if (moves && podlift_strategy_get_run_from (rb->strategy) == PODLIFT_RUN_FROM_POD)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
                g_strdup_printf (_("The dump runs from a pod in the cluster, so the cluster must reach the "
                                   "database at %s:%u during the move; a dump from a host beside it "
                                   "needs no such path."), rb->db_host, rb->db_port));

  for (guint i = 0; i < g_list_model_get_n_items (deps); i++)
    {
      g_autoptr(PodliftDependency) dep = g_list_model_get_item (deps, i);
      const char *host = podlift_dependency_get_host (dep);

      if (host == NULL || g_strcmp0 (host, rb->db_host) == 0)
        continue;
      g_string_append_printf (others, "%s%s:%u", others->len ? ", " : "", host,
                              podlift_dependency_get_port (dep));
    }
  if (others->len > 0)
    add_reason (reasons, PODLIFT_STRATEGY_KIND_UNDECIDED,
                g_strdup_printf (_("The pods must also reach %s."), others->str));
}

PodliftStrategyKind
podlift_strategy_recommend (PodliftProject  *project,
                            GPtrArray      **reasons)
{
  g_autoptr(PodliftRunbook) rb = NULL;
  g_autoptr(GPtrArray) list = NULL;
  PodliftAppProfile *profile;
  gboolean moves;

  g_return_val_if_fail (PODLIFT_IS_PROJECT (project), PODLIFT_STRATEGY_KIND_APP_ONLY);

  profile = podlift_project_get_profile (project);
  moves = podlift_app_profile_get_database_moves (profile) &&
          podlift_app_profile_get_database_engine (profile) != PODLIFT_DATABASE_ENGINE_NONE;
  if (reasons == NULL)
    return moves ? PODLIFT_STRATEGY_KIND_APP_AND_DATABASE : PODLIFT_STRATEGY_KIND_APP_ONLY;

  rb = podlift_runbook_new (project, moves ? PODLIFT_STRATEGY_KIND_APP_AND_DATABASE
                                           : PODLIFT_STRATEGY_KIND_APP_ONLY);
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) reason_free);
  explain_database (rb, list, moves);
  explain_state (rb, list);
  explain_sessions (rb, list, moves);
  explain_paths (rb, list, moves);
  *reasons = g_steal_pointer (&list);

  return rb->kind;
}
