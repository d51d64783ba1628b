/* podlift-manifest-generator-network.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-manifest-generator"

#include "config.h"

#include "podlift-manifest-generator-private.h"

/* The Service, the StatefulSet's headless Service, the Ingress and, on
 * GKE, the BackendConfig; sticky sessions the way each ingress
 * controller does them. */

#define AFFINITY_SECONDS 10800  /* three hours: a shopping session */

static PodliftIngressController
controller (PodliftGenerator *gen)
{
  if (!podlift_manifest_set_get_ingress_enabled (gen->set))
    return PODLIFT_INGRESS_CONTROLLER_NONE;
  return podlift_manifest_set_get_ingress_controller (gen->set);
}

static char *
affinity_cookie (PodliftGenerator *gen)
{
  /* The balancer's own cookie: never the application's session cookie,
   * which the balancer would overwrite. */
  return g_strdup_printf ("%s-route", gen->app);
}

static void
add_port (JsonObject *spec,
          guint       port)
{
  JsonObject *p = podlift_gen_array_object (podlift_gen_array (spec, "ports"));

  podlift_gen_string (p, "name", "http");
  podlift_gen_int (p, "port", port);
  podlift_gen_string (p, "targetPort", "http");
  podlift_gen_string (p, "protocol", "TCP");
}

static void
gen_headless (PodliftGenerator *gen)
{
  g_autofree char *name = g_strdup_printf ("%s-headless", gen->app);
  JsonObject *root = json_object_new ();
  JsonObject *spec;
  PodliftManifest *m;

  podlift_gen_header (gen, root, "v1", "Service", name, "web");
  spec = podlift_gen_object (root, "spec");
  podlift_gen_string (spec, "clusterIP", "None");
  podlift_gen_selector (gen, spec, "selector");
  add_port (spec, gen->port);
  m = podlift_gen_add (gen, PODLIFT_RESOURCE_HEADLESS_SERVICE, "service-headless", root, FALSE);
  podlift_gen_link (m, gen->workload_id);
  podlift_gen_note (m, "Gives each pod of the StatefulSet a stable name: %s-0.%s.", gen->app, name);
}

void
podlift_gen_services (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *metadata, *spec, *annotations = NULL;
  PodliftManifest *m;
  PodliftIngressController ctl = controller (gen);

  if (gen->statefulset)
    gen_headless (gen);

  metadata = podlift_gen_header (gen, root, "v1", "Service", gen->app, "web");
  if (ctl == PODLIFT_INGRESS_CONTROLLER_GKE ||
      (ctl == PODLIFT_INGRESS_CONTROLLER_TRAEFIK && gen->sticky))
    annotations = podlift_gen_object (metadata, "annotations");

  if (ctl == PODLIFT_INGRESS_CONTROLLER_GKE)
    {
      g_autofree char *config = g_strdup_printf ("{\"default\": \"%s\"}", gen->app);
      podlift_gen_string (annotations, "cloud.google.com/backend-config", config);
      /* Container-native load balancing: the balancer sends to pods. */
      podlift_gen_string (annotations, "cloud.google.com/neg", "{\"ingress\": true}");
    }
  else if (ctl == PODLIFT_INGRESS_CONTROLLER_TRAEFIK && gen->sticky)
    {
      g_autofree char *cookie = affinity_cookie (gen);
      podlift_gen_string (annotations, "traefik.ingress.kubernetes.io/service.sticky.cookie", "true");
      podlift_gen_string (annotations, "traefik.ingress.kubernetes.io/service.sticky.cookie.name", cookie);
      podlift_gen_string (annotations, "traefik.ingress.kubernetes.io/service.sticky.cookie.secure", "true");
      podlift_gen_string (annotations, "traefik.ingress.kubernetes.io/service.sticky.cookie.httponly", "true");
    }

  spec = podlift_gen_object (root, "spec");
  podlift_gen_string (spec, "type", "ClusterIP");
  podlift_gen_selector (gen, spec, "selector");
  add_port (spec, 80);
  m = podlift_gen_add (gen, PODLIFT_RESOURCE_SERVICE, "service", root, FALSE);
  podlift_gen_link (m, gen->workload_id);

  if (gen->sticky && ctl == PODLIFT_INGRESS_CONTROLLER_NONE)
    {
      JsonObject *config;

      /* Without a controller that knows cookies, the Service keeps a
       * client on one pod by its address. */
      podlift_gen_string (spec, "sessionAffinity", "ClientIP");
      config = podlift_gen_object (podlift_gen_object (spec, "sessionAffinityConfig"), "clientIP");
      podlift_gen_int (config, "timeoutSeconds", AFFINITY_SECONDS);
      podlift_gen_note (m, "Sticky by client address: clients behind one NAT all reach one pod.");
    }
  if (ctl == PODLIFT_INGRESS_CONTROLLER_GKE)
    podlift_gen_link (m, "backendconfig");
}

static void
gen_backend_config (PodliftGenerator *gen)
{
  JsonObject *root = json_object_new ();
  JsonObject *spec, *health;
  const char *ready = podlift_app_profile_get_readiness_path (gen->profile);
  PodliftManifest *m;

  podlift_gen_header (gen, root, "cloud.google.com/v1", "BackendConfig", gen->app, "web");
  spec = podlift_gen_object (root, "spec");
  if (gen->sticky)
    {
      JsonObject *affinity = podlift_gen_object (spec, "sessionAffinity");
      podlift_gen_string (affinity, "affinityType", "GENERATED_COOKIE");
      podlift_gen_int (affinity, "affinityCookieTtlSec", AFFINITY_SECONDS);
    }
  health = podlift_gen_object (spec, "healthCheck");
  podlift_gen_string (health, "type", "HTTP");
  podlift_gen_string (health, "requestPath", ready && *ready ? ready : "/");
  podlift_gen_int (health, "port", gen->port);

  m = podlift_gen_add (gen, PODLIFT_RESOURCE_BACKEND_CONFIG, "backendconfig", root, FALSE);
  podlift_gen_note (m, "GKE's own resource: linked from the Service's annotation.");
}

static const char *
default_class (PodliftIngressController ctl)
{
  switch (ctl)
    {
    case PODLIFT_INGRESS_CONTROLLER_AWS_ALB:
      return "alb";
    case PODLIFT_INGRESS_CONTROLLER_TRAEFIK:
      return "traefik";
    case PODLIFT_INGRESS_CONTROLLER_GKE:
      return "gce";
    case PODLIFT_INGRESS_CONTROLLER_NGINX:
    case PODLIFT_INGRESS_CONTROLLER_NONE:
    default:
      return "nginx";
    }
}

static void
add_controller_annotations (PodliftGenerator         *gen,
                            PodliftIngressController  ctl,
                            JsonObject               *annotations)
{
  g_autofree char *cookie = affinity_cookie (gen);
  g_autofree char *seconds = g_strdup_printf ("%d", AFFINITY_SECONDS);
  const char *ready = podlift_app_profile_get_readiness_path (gen->profile);

  if (ctl == PODLIFT_INGRESS_CONTROLLER_NGINX && gen->sticky)
    {
      podlift_gen_string (annotations, "nginx.ingress.kubernetes.io/affinity", "cookie");
      podlift_gen_string (annotations, "nginx.ingress.kubernetes.io/affinity-mode", "persistent");
      podlift_gen_string (annotations, "nginx.ingress.kubernetes.io/session-cookie-name", cookie);
      podlift_gen_string (annotations, "nginx.ingress.kubernetes.io/session-cookie-max-age", seconds);
      podlift_gen_string (annotations, "nginx.ingress.kubernetes.io/session-cookie-samesite", "Lax");
    }
  else if (ctl == PODLIFT_INGRESS_CONTROLLER_AWS_ALB)
    {
      podlift_gen_string (annotations, "alb.ingress.kubernetes.io/scheme", "internet-facing");
      podlift_gen_string (annotations, "alb.ingress.kubernetes.io/target-type", "ip");
      podlift_gen_string (annotations, "alb.ingress.kubernetes.io/listen-ports",
                          "[{\"HTTP\": 80}, {\"HTTPS\": 443}]");
      podlift_gen_string (annotations, "alb.ingress.kubernetes.io/ssl-redirect", "443");
      podlift_gen_string (annotations, "alb.ingress.kubernetes.io/healthcheck-path",
                          ready && *ready ? ready : "/");
      if (gen->sticky)
        {
          g_autofree char *attributes =
            g_strdup_printf ("stickiness.enabled=true,stickiness.lb_cookie.duration_seconds=%d",
                             AFFINITY_SECONDS);
          podlift_gen_string (annotations, "alb.ingress.kubernetes.io/target-group-attributes",
                              attributes);
        }
    }
  else if (ctl == PODLIFT_INGRESS_CONTROLLER_GKE)
    /* GKE's controller reads the class from this annotation only. */
    podlift_gen_string (annotations, "kubernetes.io/ingress.class", "gce");
}

static void
add_rule (PodliftGenerator *gen,
          JsonObject       *spec,
          const char       *host)
{
  JsonObject *rule = podlift_gen_array_object (podlift_gen_array (spec, "rules"));
  JsonObject *path, *service;

  podlift_gen_string (rule, "host", host);
  path = podlift_gen_array_object (podlift_gen_array (podlift_gen_object (rule, "http"), "paths"));
  podlift_gen_string (path, "path", "/");
  podlift_gen_string (path, "pathType", "Prefix");
  service = podlift_gen_object (podlift_gen_object (path, "backend"), "service");
  podlift_gen_string (service, "name", gen->app);
  podlift_gen_string (podlift_gen_object (service, "port"), "name", "http");
}

void
podlift_gen_ingress (PodliftGenerator *gen)
{
  PodliftIngressController ctl = podlift_manifest_set_get_ingress_controller (gen->set);
  const char *host = podlift_manifest_set_get_ingress_host (gen->set);
  const char *tls_secret = podlift_manifest_set_get_tls_secret (gen->set);
  const char *klass = podlift_manifest_set_get_ingress_class (gen->set);
  g_autofree char *default_host = g_strdup_printf ("%s.example.com", gen->app);
  g_autofree char *default_secret = g_strdup_printf ("%s-tls", gen->app);
  JsonObject *root, *metadata, *spec, *annotations, *tls;
  PodliftManifest *m;

  if (ctl == PODLIFT_INGRESS_CONTROLLER_GKE && podlift_manifest_set_get_ingress_enabled (gen->set))
    gen_backend_config (gen);

  if (host == NULL || *host == '\0')
    host = default_host;
  if (tls_secret == NULL || *tls_secret == '\0')
    tls_secret = default_secret;
  if (klass == NULL || *klass == '\0')
    klass = default_class (ctl);

  root = json_object_new ();
  metadata = podlift_gen_header (gen, root, "networking.k8s.io/v1", "Ingress", gen->app, "web");
  annotations = json_object_new ();
  add_controller_annotations (gen, ctl, annotations);
  if (json_object_get_size (annotations) > 0)
    json_object_set_object_member (metadata, "annotations", annotations);
  else
    json_object_unref (annotations);

  spec = podlift_gen_object (root, "spec");
  if (ctl != PODLIFT_INGRESS_CONTROLLER_GKE)
    podlift_gen_string (spec, "ingressClassName", klass);
  tls = podlift_gen_array_object (podlift_gen_array (spec, "tls"));
  json_array_add_string_element (podlift_gen_array (tls, "hosts"), host);
  podlift_gen_string (tls, "secretName", tls_secret);
  add_rule (gen, spec, host);

  m = podlift_gen_add (gen, PODLIFT_RESOURCE_INGRESS, "ingress", root, TRUE);
  podlift_gen_link (m, "service");
  if (ctl == PODLIFT_INGRESS_CONTROLLER_AWS_ALB)
    podlift_gen_note (m, "The ALB takes its certificate from ACM for %s; the TLS secret is not used.",
                      host);
  if (g_str_equal (host, default_host))
    podlift_gen_note (m, "No public host name was given: %s is a placeholder.", host);
}
