/* podlift-runbook-maintenance.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-runbook"

#include "config.h"

#include "podlift-runbook-private.h"
#include "podlift-yaml.h"

/* The maintenance page, and the switch of traffic to the cluster.
 *
 * A static page (migration/maintenance.html) is served with status 503
 * by the front users reach today, the VMs' web server or load balancer,
 * until DNS has moved everyone to the cluster. In the cluster
 * (migration/maintenance.yaml), a small nginx Deployment, its Service
 * and an Ingress for the public name serve it, so DNS can move to the
 * cluster as the window opens: the application's Ingress steps aside
 * until the data is in place. Either way, the application stops on the
 * VMs, so nothing writes while the data moves. */

#define NGINX_IMAGE "nginxinc/nginx-unprivileged:1.27-alpine"

static const char *
front_host (PodliftRunbook *rb)
{
  return podlift_runbook_variable (rb, "FRONT_HOST", "the VMs' web server or load balancer users reach");
}

static const char *
vm_host (PodliftRunbook *rb)
{
  return podlift_runbook_variable (rb, "VM_HOST", "a VM that holds the stateful files");
}

char *
podlift_runbook_maintenance_html (PodliftRunbook *rb)
{
  const char *name = podlift_app_profile_get_name (rb->profile);
  g_autofree char *escaped = g_markup_escape_text (name && *name ? name : rb->app, -1);
  const char *window = podlift_strategy_get_cutover_window (rb->strategy);
  g_autofree char *until = window && *window ? g_markup_escape_text (window, -1) : NULL;

  return g_strdup_printf ("<!DOCTYPE html>\n"
                          "<html lang=\"en\">\n"
                          "<head>\n"
                          "<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%s: back soon</title>\n"
                          "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;"
                          "color:#222}h1{font-size:1.6em}</style>\n"
                          "</head>\n"
                          "<body>\n"
                          "<h1>%s is being moved</h1>\n"
                          "<p>We are moving %s to new servers and will be back shortly.%s%s%s</p>\n"
                          "<p>Nothing you saved is lost. Thank you for your patience.</p>\n"
                          "</body>\n"
                          "</html>\n",
                          escaped, escaped, escaped,
                          until ? " Planned window: " : "", until ? until : "", until ? "." : "");
}

static const char nginx_conf[] =
  "server {\n"
  "  listen 8080;\n"
  "  root /usr/share/nginx/html;\n"
  "  location / {\n"
  "    return 503;\n"
  "  }\n"
  "  error_page 503 /index.html;\n"
  "  location = /index.html {\n"
  "    internal;\n"
  "    add_header Retry-After 3600 always;\n"
  "  }\n"
  "}\n";

static JsonObject *
header (PodliftRunbook *rb,
        JsonObject     *root,
        const char     *api_version,
        const char     *kind)
{
  JsonObject *metadata = json_object_new ();
  JsonObject *labels = json_object_new ();
  g_autofree char *name = g_strdup_printf ("%s-maintenance", rb->app);

  json_object_set_string_member (root, "apiVersion", api_version);
  json_object_set_string_member (root, "kind", kind);
  json_object_set_string_member (metadata, "name", name);
  json_object_set_string_member (metadata, "namespace", rb->namespace);
  json_object_set_string_member (labels, "app.kubernetes.io/name", name);
  json_object_set_string_member (labels, "app.kubernetes.io/component", "maintenance");
  json_object_set_string_member (labels, "app.kubernetes.io/managed-by", "podlift");
  json_object_set_object_member (metadata, "labels", labels);
  json_object_set_object_member (root, "metadata", metadata);
  return metadata;
}

static JsonNode *
config_map (PodliftRunbook *rb)
{
  JsonObject *root = json_object_new ();
  JsonObject *data = json_object_new ();
  g_autofree char *page = podlift_runbook_maintenance_html (rb);

  header (rb, root, "v1", "ConfigMap");
  json_object_set_string_member (data, "default.conf", nginx_conf);
  json_object_set_string_member (data, "index.html", page);
  json_object_set_object_member (root, "data", data);
  return json_node_init_object (json_node_alloc (), root);
}

static JsonNode *
parse (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, json, -1, NULL))
    g_assert_not_reached ();

  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
deployment (PodliftRunbook *rb,
            const char     *name)
{
  g_autofree char *json = NULL;

  json = g_strdup_printf (
    "{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":{\"name\":\"%s\",\"namespace\":\"%s\","
    "\"labels\":{\"app.kubernetes.io/name\":\"%s\",\"app.kubernetes.io/component\":\"maintenance\","
    "\"app.kubernetes.io/managed-by\":\"podlift\"}},"
    "\"spec\":{\"replicas\":2,\"selector\":{\"matchLabels\":{\"app.kubernetes.io/name\":\"%s\"}},"
    "\"template\":{\"metadata\":{\"labels\":{\"app.kubernetes.io/name\":\"%s\","
    "\"app.kubernetes.io/component\":\"maintenance\"}},"
    "\"spec\":{\"automountServiceAccountToken\":false,"
    "\"securityContext\":{\"runAsNonRoot\":true,\"runAsUser\":101,\"runAsGroup\":101,"
    "\"seccompProfile\":{\"type\":\"RuntimeDefault\"}},"
    "\"containers\":[{\"name\":\"nginx\",\"image\":\"%s\",\"ports\":[{\"name\":\"http\",\"containerPort\":8080}],"
    "\"readinessProbe\":{\"tcpSocket\":{\"port\":\"http\"}},"
    "\"resources\":{\"requests\":{\"cpu\":\"10m\",\"memory\":\"16Mi\"},\"limits\":{\"cpu\":\"100m\",\"memory\":\"64Mi\"}},"
    "\"securityContext\":{\"allowPrivilegeEscalation\":false,\"capabilities\":{\"drop\":[\"ALL\"]}},"
    "\"volumeMounts\":[{\"name\":\"page\",\"mountPath\":\"/usr/share/nginx/html/index.html\",\"subPath\":\"index.html\"},"
    "{\"name\":\"page\",\"mountPath\":\"/etc/nginx/conf.d/default.conf\",\"subPath\":\"default.conf\"}]}],"
    "\"volumes\":[{\"name\":\"page\",\"configMap\":{\"name\":\"%s\"}}]}}}}",
    name, rb->namespace, name, name, name, NGINX_IMAGE, name);

  return parse (json);
}

static JsonNode *
service (PodliftRunbook *rb,
         const char     *name)
{
  g_autofree char *json = NULL;

  json = g_strdup_printf (
    "{\"apiVersion\":\"v1\",\"kind\":\"Service\",\"metadata\":{\"name\":\"%s\",\"namespace\":\"%s\","
    "\"labels\":{\"app.kubernetes.io/name\":\"%s\",\"app.kubernetes.io/component\":\"maintenance\","
    "\"app.kubernetes.io/managed-by\":\"podlift\"}},"
    "\"spec\":{\"selector\":{\"app.kubernetes.io/name\":\"%s\"},"
    "\"ports\":[{\"name\":\"http\",\"port\":80,\"targetPort\":\"http\",\"protocol\":\"TCP\"}]}}",
    name, rb->namespace, name, name);

  return parse (json);
}

/* The application's Ingress, renamed and pointed at the page. */
static JsonNode *
ingress (PodliftRunbook *rb,
         const char     *name)
{
  JsonNode *node = json_node_copy (rb->ingress);
  JsonObject *root = json_node_get_object (node);
  JsonObject *spec = json_object_get_object_member (root, "spec");
  JsonArray *rules = json_object_get_array_member (spec, "rules");

  JsonObject *metadata = json_object_get_object_member (root, "metadata");
  JsonObject *labels = json_object_get_object_member (metadata, "labels");

  json_object_set_string_member (metadata, "name", name);
  if (labels != NULL)
    json_object_set_string_member (labels, "app.kubernetes.io/component", "maintenance");
  for (guint i = 0; rules && i < json_array_get_length (rules); i++)
    {
      JsonObject *http = json_object_get_object_member (json_array_get_object_element (rules, i), "http");
      JsonArray *paths = http ? json_object_get_array_member (http, "paths") : NULL;

      for (guint j = 0; paths && j < json_array_get_length (paths); j++)
        {
          JsonObject *backend = json_object_get_object_member (json_array_get_object_element (paths, j), "backend");
          JsonObject *svc = json_object_new ();
          JsonObject *port = json_object_new ();

          json_object_set_string_member (svc, "name", name);
          json_object_set_string_member (port, "name", "http");
          json_object_set_object_member (svc, "port", port);
          json_object_set_object_member (backend, "service", svc);
        }
    }

  return node;
}

/* migration/maintenance.yaml: the page's ConfigMap, Deployment, Service
 * and, when the application has one, Ingress. */
char *
podlift_runbook_maintenance_objects (PodliftRunbook *rb)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autofree char *name = g_strdup_printf ("%s-maintenance", rb->app);

  g_ptr_array_add (nodes, config_map (rb));
  g_ptr_array_add (nodes, deployment (rb, name));
  g_ptr_array_add (nodes, service (rb, name));
  if (rb->ingress != NULL)
    g_ptr_array_add (nodes, ingress (rb, name));

  return podlift_yaml_emit (nodes);
}

static char *
stop_app (PodliftRunbook *rb)
{
  return g_strdup_printf ("ssh %s 'sudo systemctl stop %s'  # on every VM: the unit that runs the application",
                          vm_host (rb), rb->app);
}

static char *
ingress_address (PodliftRunbook *rb,
                 const char     *name)
{
  return g_strdup_printf ("kubectl -n %s get ingress %s -o jsonpath='{.status.loadBalancer.ingress[0]}'",
                          rb->namespace, name);
}

static void
maintenance_static (PodliftRunbook     *rb,
                    PodliftRunbookStep *step)
{
  g_autofree char *stop = stop_app (rb);
  const char *front = front_host (rb);

  podlift_runbook_set (&step->what,
                       "Serve migration/maintenance.html with status 503 from the front users reach "
                       "today, then stop the application on the VMs so that nothing writes. In %s's "
                       "nginx server block: location / { return 503; } error_page 503 "
                       "/maintenance.html; location = /maintenance.html { root /var/www; internal; }",
                       rb->host);
  podlift_runbook_set (&step->commands,
                       "scp migration/maintenance.html %s:/tmp/maintenance.html\n"
                       "ssh %s 'sudo install -m 0644 /tmp/maintenance.html /var/www/maintenance.html'\n"
                       "ssh %s 'sudo nginx -t && sudo systemctl reload nginx'\n"
                       "%s",
                       front, front, front, stop);
  podlift_runbook_set (&step->check,
                       "curl -s -o /dev/null -w '%%{http_code}\\n' https://%s/ prints 503, and the page shows.",
                       rb->host);
  podlift_runbook_set (&step->rollback,
                       "Start the application on the VMs again, take the nginx lines out and reload nginx.");
}

static void
maintenance_cluster (PodliftRunbook     *rb,
                     PodliftRunbookStep *step)
{
  g_autofree char *stop = stop_app (rb);
  g_autofree char *name = g_strdup_printf ("%s-maintenance", rb->app);
  g_autofree char *address = ingress_address (rb, name);

  podlift_runbook_set (&step->what,
                       "Stop the application on the VMs so that nothing writes, put the maintenance "
                       "page up in the cluster (migration/maintenance.yaml) in place of the "
                       "application's Ingress, and point %s at the cluster's ingress now: the DNS "
                       "change spreads while the data moves. Users whose resolver still has the old "
                       "address see an error from the VMs for up to the TTL.", rb->host);
  podlift_runbook_set (&step->commands,
                       "%s\n"
                       "kubectl -n %s delete ingress %s --ignore-not-found\n"
                       "kubectl apply -f migration/maintenance.yaml\n"
                       "kubectl -n %s rollout status deployment/%s\n"
                       "%s\n"
                       "# set %s's record to that address at your DNS provider",
                       stop, rb->namespace, rb->app, rb->namespace, name, address, rb->host);
  podlift_runbook_set (&step->check,
                       "dig +short %s gives the ingress's address; curl -s -o /dev/null -w "
                       "'%%{http_code}\\n' https://%s/ prints 503.", rb->host, rb->host);
  podlift_runbook_set (&step->rollback,
                       "Point %s back at the VMs, start the application there, then kubectl delete -f "
                       "migration/maintenance.yaml.", rb->host);
}

void
podlift_runbook_add_maintenance_on (PodliftRunbook *rb)
{
  PodliftRunbookStep *step;
  g_autofree char *stop = NULL;

  if (rb->maintenance)
    {
      step = podlift_runbook_add (rb, "maintenance-on", TRUE, "Put the maintenance page up and stop writes");
      if (rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_CLUSTER)
        maintenance_cluster (rb, step);
      else
        maintenance_static (rb, step);
      return;
    }

  stop = stop_app (rb);
  step = podlift_runbook_add (rb, "stop-writes", TRUE, "Stop writes");
  podlift_runbook_set (&step->what,
                       "Stop the application on the VMs so that nothing writes while the data moves. "
                       "With no maintenance page, users get errors until the switch.");
  podlift_runbook_set (&step->commands, "%s", stop);
  podlift_runbook_set (&step->check, "https://%s/ no longer answers from the application.", rb->host);
  podlift_runbook_set (&step->rollback, "Start the application on the VMs again.");
}

static guint
ttl (PodliftRunbook *rb)
{
  guint old = podlift_strategy_get_dns_ttl_seconds (rb->strategy);
  guint lowered = podlift_strategy_get_lowered_ttl_seconds (rb->strategy);

  return lowered > 0 && lowered < old ? lowered : old;
}

static void
switch_cluster_page (PodliftRunbook *rb)
{
  PodliftRunbookStep *step = podlift_runbook_add (rb, "switch", TRUE, "Switch from the maintenance page to the application");
  const char *path = podlift_app_profile_get_readiness_path (rb->profile);

  podlift_runbook_set (&step->what,
                       "DNS already points at the cluster: give %s back to the application's Ingress.",
                       rb->host);
  podlift_runbook_set (&step->commands,
                       "kubectl -n %s delete ingress %s-maintenance\n%s\n"
                       "curl -fsS -o /dev/null -w '%%{http_code}\\n' https://%s%s",
                       rb->namespace, rb->app, rb->apply_production, rb->host,
                       path && path[0] == '/' ? path : "/");
  podlift_runbook_set (&step->check, "curl prints 200; the application's pages load through %s.", rb->host);
  podlift_runbook_set (&step->rollback,
                       "kubectl apply -f migration/maintenance.yaml puts the page back; to leave the "
                       "cluster, follow the rollback plan (writes made since go back to the old database).");
}

void
podlift_runbook_add_switch (PodliftRunbook *rb)
{
  gboolean window = rb->kind == PODLIFT_STRATEGY_KIND_APP_AND_DATABASE;
  PodliftRunbookStep *step;
  g_autofree char *address = NULL;
  const char *path = podlift_app_profile_get_readiness_path (rb->profile);

  if (rb->maintenance && rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_CLUSTER)
    {
      switch_cluster_page (rb);
      return;
    }

  address = ingress_address (rb, rb->app);
  step = podlift_runbook_add (rb, "switch-dns", window, "Switch DNS to the cluster");
  podlift_runbook_set (&step->what,
                       "Point %s at the cluster's ingress. Resolvers follow within the TTL (%u s); "
                       "until then some users still reach the VMs, %s.", rb->host, ttl (rb),
                       !window ? "which keep serving" :
                       rb->maintenance ? "which show the maintenance page" : "which answer with errors");
  podlift_runbook_set (&step->commands,
                       "%s\n"
                       "# set %s's record to that address at your DNS provider\n"
                       "dig +short %s\n"
                       "curl -fsS -o /dev/null -w '%%{http_code}\\n' https://%s%s",
                       address, rb->host, rb->host, rb->host, path && path[0] == '/' ? path : "/");
  podlift_runbook_set (&step->check,
                       "dig +short %s gives the ingress's address, from more than one resolver "
                       "(dig @1.1.1.1, dig @8.8.8.8); curl prints 200.", rb->host);
  if (window)
    podlift_runbook_set (&step->rollback,
                         "Point %s back at the VMs and start the application there; writes made on the "
                         "cluster since the switch must go back to the old database (see the rollback "
                         "plan).", rb->host);
  else
    podlift_runbook_set (&step->rollback,
                         "Point %s back at the VMs, which still serve; resolvers follow within %u s.",
                         rb->host, ttl (rb));
}

void
podlift_runbook_add_maintenance_off (PodliftRunbook *rb)
{
  PodliftRunbookStep *step;
  const char *front;

  if (!rb->maintenance)
    return;

  step = podlift_runbook_add (rb, "maintenance-off", FALSE, "Take the maintenance page down");
  if (rb->maintenance_kind == PODLIFT_MAINTENANCE_KIND_CLUSTER)
    {
      podlift_runbook_set (&step->what, "Remove what is left of the maintenance page from the cluster.");
      podlift_runbook_set (&step->commands, "kubectl delete -f migration/maintenance.yaml --ignore-not-found");
      podlift_runbook_set (&step->check,
                           "kubectl -n %s get all -l app.kubernetes.io/component=maintenance lists nothing.",
                           rb->namespace);
      podlift_runbook_set (&step->rollback, "kubectl apply -f migration/maintenance.yaml");
      return;
    }

  front = front_host (rb);
  podlift_runbook_set (&step->what,
                       "%u s after the switch (the TTL) no resolver sends users to the VMs any more: "
                       "take the page down on the front, and leave the application stopped on the VMs.",
                       ttl (rb));
  podlift_runbook_set (&step->commands,
                       "ssh %s 'sudo tail -n 20 /var/log/nginx/access.log'\n"
                       "ssh %s 'sudo rm /var/www/maintenance.html'  # and the nginx lines\n"
                       "ssh %s 'sudo nginx -t && sudo systemctl reload nginx'",
                       front, front, front);
  podlift_runbook_set (&step->check,
                       "The front's access log shows no user requests since the TTL passed.");
  podlift_runbook_set (&step->rollback, "Put the page back as in the step that put it up.");
}
