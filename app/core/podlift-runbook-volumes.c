/* podlift-runbook-volumes.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>

#include "podlift-runbook-private.h"
#include "podlift-yaml.h"

/* The stateful files' way into their volumes, and the helper pod that
 * mounts the volumes and holds the database's tools: tar streamed
 * through `kubectl exec` from a VM, or rsync into the helper pod over
 * `kubectl exec`, which can copy the bulk before the window and only
 * the changes in it. The helper pod meets the namespace's "restricted"
 * Pod Security Standard and runs as the application's user, so the
 * files it writes belong to the application. */

#define TAR_IMAGE "busybox:1.36"
#define RSYNC_IMAGE "instrumentisto/rsync-ssh:alpine"

gboolean
podlift_runbook_needs_helper (PodliftRunbook *rb)
{
  return rb->database_moves || rb->volumes->len > 0;
}

static gboolean
rsync (PodliftRunbook *rb)
{
  return podlift_strategy_get_volume_copy (rb->strategy) == PODLIFT_VOLUME_COPY_RSYNC;
}

static const char *
vm_host (PodliftRunbook *rb)
{
  return podlift_runbook_variable (rb, "VM_HOST", "a VM that holds the stateful files");
}

static char *
copy_commands (PodliftRunbook *rb,
               gboolean        final)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rb->volumes->len; i++)
    {
      PodliftRunbookVolume *v = g_ptr_array_index (rb->volumes, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (rsync (rb))
        g_string_append_printf (out,
                                "rsync -a%s --blocking-io --rsh='sh -c \"shift; exec kubectl -n %s exec -i %s "
                                "-c copy -- $@\" rsh' %s/ helper:%s/",
                                final ? " --delete" : "", rb->namespace, rb->helper, v->path, v->mount);
      else
        g_string_append_printf (out,
                                "ssh %s 'tar -C %s -cf - .' | kubectl -n %s exec -i %s -c copy -- tar -C %s -xf -",
                                vm_host (rb), v->path, rb->namespace, rb->helper, v->mount);
    }

  return g_string_free (out, FALSE);
}

static char *
count_files (PodliftRunbook *rb)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rb->volumes->len; i++)
    {
      PodliftRunbookVolume *v = g_ptr_array_index (rb->volumes, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (rsync (rb))
        g_string_append_printf (out, "find %s -type f | wc -l  # on the VM\n", v->path);
      else
        g_string_append_printf (out, "ssh %s 'find %s -type f | wc -l'\n", vm_host (rb), v->path);
      g_string_append_printf (out, "kubectl -n %s exec %s -c copy -- sh -c 'find %s -type f | wc -l'",
                              rb->namespace, rb->helper, v->mount);
    }

  return g_string_free (out, FALSE);
}

static char *
list_volumes (PodliftRunbook *rb)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < rb->volumes->len; i++)
    {
      PodliftRunbookVolume *v = g_ptr_array_index (rb->volumes, i);

      g_string_append_printf (out, "%s%s", i == 0 ? "" : i + 1 == rb->volumes->len ? " and " : ", ", v->path);
      if (v->size_gb > 0)
        g_string_append_printf (out, " (%g GB)", v->size_gb);
      g_string_append_printf (out, " into the claim %s", v->claim);
    }

  return g_string_free (out, FALSE);
}

/* With rsync, the bulk goes ahead of the window and the last pass, in
 * it, copies only what changed; with tar, everything goes in the
 * window. */
void
podlift_runbook_add_volume_copy (PodliftRunbook *rb,
                                 gboolean        final)
{
  gboolean in_window = final && rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE;
  PodliftRunbookStep *step;
  g_autofree char *volumes = list_volumes (rb);
  g_autofree char *commands = copy_commands (rb, final);
  g_autofree char *counts = count_files (rb);
  const char *stopped = rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE ? "With writes stopped" :
                        "With the application's writes to these files paused until the switch (a "
                        "read-only mode), since files written on the VMs after the copy are lost";

  if (rb->volumes->len == 0 || (!final && !rsync (rb)))
    return;

  step = podlift_runbook_add (rb, final ? "copy-volumes" : "pre-copy-volumes", in_window,
                              final ? "Copy the stateful files into their volumes" :
                                      "Copy the bulk of the stateful files ahead of time");
  if (!final)
    podlift_runbook_set (&step->what,
                         "The day before, copy %s with rsync, from the VM (it needs kubectl with access "
                         "to the cluster), so that the last pass only copies what changed since.", volumes);
  else if (rsync (rb))
    podlift_runbook_set (&step->what,
                         "%s, copy what changed since the first pass: %s. Files removed on the VM are "
                         "removed from the volume.", stopped, volumes);
  else
    podlift_runbook_set (&step->what,
                         "%s, copy %s, streamed with tar from a VM through kubectl exec (run it where "
                         "you have both ssh to the VM and kubectl).", stopped, volumes);
  podlift_runbook_set (&step->commands, "%s", commands);
  podlift_runbook_set (&step->check,
                       "The files are all there: each pair of counts agrees (on the VM, then in the "
                       "volume).\n%s", counts);
  podlift_runbook_set (&step->rollback,
                       "The VM's files are untouched: empty the volume (kubectl -n %s exec %s -c copy "
                       "-- find %s -mindepth 1 -delete) and copy again.", rb->namespace, rb->helper,
                       rb->volumes->len == 1 ? ((PodliftRunbookVolume *) g_ptr_array_index (rb->volumes, 0))->mount
                                             : "/volumes/NAME");
}

static void
add_restricted_security (JsonBuilder *b)
{
  json_builder_set_member_name (b, "securityContext");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "allowPrivilegeEscalation");
  json_builder_add_boolean_value (b, FALSE);
  json_builder_set_member_name (b, "capabilities");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "drop");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "ALL");
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_object (b);
}

static void
add_mount (JsonBuilder *b,
           const char  *name,
           const char  *path)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "mountPath");
  json_builder_add_string_value (b, path);
  json_builder_end_object (b);
}

/* A container that sleeps until the runbook's commands run in it. */
static void
add_container (JsonBuilder *b,
               const char  *name,
               const char  *image,
               GPtrArray   *volumes,
               gboolean     scratch)
{
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "name");
  json_builder_add_string_value (b, name);
  json_builder_set_member_name (b, "image");
  json_builder_add_string_value (b, image);
  json_builder_set_member_name (b, "command");
  json_builder_begin_array (b);
  json_builder_add_string_value (b, "sleep");
  json_builder_add_string_value (b, "86400");
  json_builder_end_array (b);
  if (scratch)
    {
      json_builder_set_member_name (b, "env");
      json_builder_begin_array (b);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, "HOME");
      json_builder_set_member_name (b, "value");
      json_builder_add_string_value (b, "/scratch");
      json_builder_end_object (b);
      json_builder_end_array (b);
    }
  add_restricted_security (b);
  json_builder_set_member_name (b, "volumeMounts");
  json_builder_begin_array (b);
  if (scratch)
    add_mount (b, "scratch", "/scratch");
  for (guint i = 0; volumes && i < volumes->len; i++)
    {
      PodliftRunbookVolume *v = g_ptr_array_index (volumes, i);

      add_mount (b, v->volume, v->mount);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_member_string (JsonBuilder *b,
                   const char  *member,
                   const char  *value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
add_pod_security (JsonBuilder *b,
                  guint        uid)
{
  json_builder_set_member_name (b, "securityContext");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "runAsNonRoot");
  json_builder_add_boolean_value (b, TRUE);
  json_builder_set_member_name (b, "runAsUser");
  json_builder_add_int_value (b, uid);
  json_builder_set_member_name (b, "runAsGroup");
  json_builder_add_int_value (b, uid);
  json_builder_set_member_name (b, "fsGroup");
  json_builder_add_int_value (b, uid);
  json_builder_set_member_name (b, "seccompProfile");
  json_builder_begin_object (b);
  add_member_string (b, "type", "RuntimeDefault");
  json_builder_end_object (b);
  json_builder_end_object (b);
}

/* The dump's room: the database's size and a fifth more. */
static void
add_volumes (PodliftRunbook *rb,
             JsonBuilder    *b)
{
  json_builder_set_member_name (b, "volumes");
  json_builder_begin_array (b);
  if (rb->database_moves)
    {
      double gb = podlift_app_profile_get_database_size_gb (rb->profile);
      g_autofree char *limit = g_strdup_printf ("%uGi", MAX (1, (guint) ceil (gb * 1.2)));

      json_builder_begin_object (b);
      add_member_string (b, "name", "scratch");
      json_builder_set_member_name (b, "emptyDir");
      json_builder_begin_object (b);
      add_member_string (b, "sizeLimit", limit);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  for (guint i = 0; i < rb->volumes->len; i++)
    {
      PodliftRunbookVolume *v = g_ptr_array_index (rb->volumes, i);

      json_builder_begin_object (b);
      add_member_string (b, "name", v->volume);
      json_builder_set_member_name (b, "persistentVolumeClaim");
      json_builder_begin_object (b);
      add_member_string (b, "claimName", v->claim);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* migration/helper-pod.yaml */
char *
podlift_runbook_helper_yaml (PodliftRunbook *rb)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *image = podlift_runbook_client_image (rb);

  if (!podlift_runbook_needs_helper (rb))
    return NULL;

  json_builder_begin_object (b);
  add_member_string (b, "apiVersion", "v1");
  add_member_string (b, "kind", "Pod");
  json_builder_set_member_name (b, "metadata");
  json_builder_begin_object (b);
  add_member_string (b, "name", rb->helper);
  add_member_string (b, "namespace", rb->namespace);
  json_builder_set_member_name (b, "labels");
  json_builder_begin_object (b);
  add_member_string (b, "app.kubernetes.io/name", rb->app);
  add_member_string (b, "app.kubernetes.io/component", "migration");
  add_member_string (b, "app.kubernetes.io/managed-by", "podlift");
  json_builder_end_object (b);
  json_builder_end_object (b);
  json_builder_set_member_name (b, "spec");
  json_builder_begin_object (b);
  add_member_string (b, "restartPolicy", "Never");
  add_pod_security (b, rb->uid);
  json_builder_set_member_name (b, "containers");
  json_builder_begin_array (b);
  if (rb->database_moves)
    add_container (b, "database", image, NULL, TRUE);
  if (rb->volumes->len > 0)
    add_container (b, "copy", rsync (rb) ? RSYNC_IMAGE : TAR_IMAGE, rb->volumes, FALSE);
  json_builder_end_array (b);
  add_volumes (rb, b);
  json_builder_end_object (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  return podlift_yaml_emit_node (root);
}
