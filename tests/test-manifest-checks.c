/* test-manifest-checks.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "podlift-diagnostic-list.h"
#include "podlift-lint-test-util.h"
#include "podlift-manifest-checks.h"

/* The manifest checks: each fires on a bundle broken in one place, at
 * the line of the offending key, and stays silent on the clean bundle
 * (tests/fixtures/manifests/good.yaml); the cross-object ones see every
 * object; the tools' opt-out annotations are honoured. */

static char *
good_bundle (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "manifests",
                                                 "good.yaml", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);

  return text;
}

/* @text with its one occurrence of @old replaced by @new. */
static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, -1);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);

  return g_strjoinv (new, parts);
}

/* The good bundle, with @old replaced by @new. */
static char *
bundle_with (const char *old,
             const char *new)
{
  g_autofree char *good = good_bundle ();

  return replace (good, old, new);
}

/* The line of the first line holding @needle after the first line
 * holding @after (NULL: from the top). */
static guint
line_of (const char *text,
         const char *after,
         const char *needle)
{
  const char *start = text;
  const char *found;
  guint line = 1;

  if (after != NULL)
    {
      start = strstr (text, after);
      g_assert_nonnull (start);
    }
  found = strstr (start, needle);
  g_assert_nonnull (found);

  for (const char *p = text; p < found; p++)
    if (*p == '\n')
      line++;

  return line;
}

static GListModel *
check_with (const char                        *text,
            const PodliftManifestCheckContext *context)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = podlift_yaml_parse (text, -1, "test.yaml", &error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n;

  g_assert_no_error (error);
  podlift_manifest_checks_run (documents, "test.yaml", context, found);
  n = found->len;

  return G_LIST_MODEL (podlift_diagnostic_list_new_take ((PodliftDiagnostic **)
                                                          g_ptr_array_steal (found, NULL), n));
}

static GListModel *
check (const char *text)
{
  return check_with (text, NULL);
}

/* Asserts that @code fires once on @line with @severity and the
 * other tools' name @ref (NULL: none expected). */
static void
assert_finding (GListModel      *findings,
                const char      *code,
                guint            line,
                PodliftSeverity  severity,
                const char      *object,
                const char      *ref)
{
  PodliftDiagnostic *d;

  podlift_test_assert_has (findings, code, line);
  if (podlift_test_count (findings, code, line) != 1)
    for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
      {
        g_autoptr(PodliftDiagnostic) item = g_list_model_get_item (findings, i);

        g_test_message ("%u %s %s", podlift_diagnostic_get_line (item),
                        podlift_diagnostic_get_code (item), podlift_diagnostic_get_message (item));
      }
  g_assert_cmpuint (podlift_test_count (findings, code, line), ==, 1);
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(PodliftDiagnostic) item = g_list_model_get_item (findings, i);

      if (g_str_equal (podlift_diagnostic_get_code (item), code) &&
          podlift_diagnostic_get_line (item) == line)
        {
          d = item;
          g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, severity);
          g_assert_cmpstr (podlift_diagnostic_get_object (d), ==, object);
          g_assert_cmpstr (podlift_diagnostic_get_file (d), ==, "test.yaml");
          g_assert_nonnull (podlift_diagnostic_get_explanation (d));
          if (ref != NULL)
            g_assert_true (g_strv_contains (podlift_diagnostic_get_refs (d), ref));
        }
    }
}

static void
test_good_bundle_is_clean (void)
{
  g_autofree char *text = good_bundle ();
  g_autoptr(GListModel) findings = check (text);
  const char * const served[] = { "/ready", "/healthz", NULL };
  PodliftManifestCheckContext context = { served };
  g_autoptr(GListModel) with_answers = check_with (text, &context);

  if (g_list_model_get_n_items (findings) > 0)
    {
      g_autoptr(PodliftDiagnostic) first = g_list_model_get_item (findings, 0);

      /* Fails, printing every finding. */
      podlift_test_assert_not (findings, podlift_diagnostic_get_code (first));
    }
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (with_answers), ==, 0);
}

static void
test_container_resources (void)
{
  g_autofree char *no_cpu_limit = bundle_with ("              cpu: 500m\n", "");
  g_autofree char *no_requests = bundle_with ("            requests:\n"
                                              "              cpu: 100m\n"
                                              "              memory: 128Mi\n", "");
  g_autoptr(GListModel) a = check (no_cpu_limit);
  g_autoptr(GListModel) b = check (no_requests);
  g_autoptr(PodliftDiagnostic) d = NULL;

  assert_finding (a, "container-resources", line_of (no_cpu_limit, "name: web", "limits:"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", "polaris:cpuLimitsMissing");
  g_assert_cmpuint (podlift_test_count (a, "container-resources", 0), ==, 1);

  /* Missing requests are kube-score's WARNING, one per resource. */
  g_assert_cmpuint (podlift_test_count (b, "container-resources",
                                        line_of (no_requests, "name: web", "resources:")), ==, 2);
  g_assert_cmpuint (podlift_test_count (b, "container-resources", 0), ==, 2);
  d = podlift_test_get (b, "container-resources");
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_WARNING);
  g_assert_true (g_strv_contains (podlift_diagnostic_get_refs (d),
                                  "kube-linter:unset-cpu-requirements"));
}

static void
test_container_image_tag (void)
{
  g_autofree char *latest = bundle_with ("web:1.4.2", "web:latest");
  g_autofree char *untagged = bundle_with ("web:1.4.2", "web");
  g_autofree char *port_only = bundle_with ("registry.example.com/shop/web:1.4.2",
                                            "registry.example.com:5000/shop/web");
  g_autofree char *digest = bundle_with ("web:1.4.2", "web@sha256:"
                                         "4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945");
  const char *kinds[] = { latest, untagged, port_only };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(GListModel) findings = check (kinds[i]);

      assert_finding (findings, "container-image-tag", line_of (kinds[i], NULL, "image: registry"),
                      PODLIFT_SEVERITY_ERROR, "Deployment/web", "kube-linter:latest-tag");
      podlift_test_assert_not (findings, "container-image-pull-policy");
    }

  {
    g_autoptr(GListModel) findings = check (digest);

    podlift_test_assert_not (findings, "container-image-tag");
  }
}

static void
test_container_image_pull_policy (void)
{
  g_autofree char *if_not_present = bundle_with ("shop/web:1.4.2\n          imagePullPolicy: Always",
                                                 "shop/web:1.4.2\n          imagePullPolicy: IfNotPresent");
  g_autofree char *unset = bundle_with ("shop/web:1.4.2\n          imagePullPolicy: Always\n",
                                        "shop/web:1.4.2\n");
  g_autoptr(GListModel) a = check (if_not_present);
  g_autoptr(GListModel) b = check (unset);

  assert_finding (a, "container-image-pull-policy",
                  line_of (if_not_present, NULL, "imagePullPolicy: IfNotPresent"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", "polaris:pullPolicyNotAlways");
  /* Unset, the policy of a tagged image is IfNotPresent: on the image. */
  assert_finding (b, "container-image-pull-policy", line_of (unset, NULL, "shop/web:1.4.2"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", NULL);
}

static void
test_user_group_id (void)
{
  g_autofree char *low = bundle_with ("runAsUser: 10001", "runAsUser: 1000");
  g_autofree char *unset = bundle_with ("      securityContext:\n"
                                        "        runAsUser: 10001\n"
                                        "        runAsGroup: 10001\n", "");
  g_autoptr(GListModel) a = check (low);
  g_autoptr(GListModel) b = check (unset);

  assert_finding (a, "container-security-context-user-group-id",
                  line_of (low, NULL, "runAsUser: 1000"), PODLIFT_SEVERITY_ERROR,
                  "Deployment/web", "kube-linter:run-as-non-root");
  g_assert_cmpuint (podlift_test_count (a, "container-security-context-user-group-id", 0), ==, 1);

  /* Neither the pod nor the container says: both ids are missing, on
   * the container's securityContext. */
  g_assert_cmpuint (podlift_test_count (b, "container-security-context-user-group-id",
                                        line_of (unset, "name: web\n          image",
                                                 "securityContext:")), ==, 2);
}

static void
test_read_only_root_filesystem (void)
{
  g_autofree char *writable = bundle_with ("readOnlyRootFilesystem: true\n            allow",
                                           "readOnlyRootFilesystem: false\n            allow");
  g_autoptr(GListModel) findings = check (writable);
  g_autoptr(PodliftDiagnostic) d = NULL;

  assert_finding (findings, "container-security-context-readonlyrootfilesystem",
                  line_of (writable, NULL, "readOnlyRootFilesystem: false"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", "kube-linter:no-read-only-root-fs");
  d = podlift_test_get (findings, "container-security-context-readonlyrootfilesystem");
  g_assert_true (g_strv_contains (podlift_diagnostic_get_refs (d),
                                  "polaris:notReadOnlyRootFilesystem"));
}

static void
test_pod_probes (void)
{
  g_autofree char *no_readiness = bundle_with ("          readinessProbe:\n"
                                               "            httpGet:\n"
                                               "              path: /ready\n"
                                               "              port: http\n", "");
  g_autofree char *no_liveness = bundle_with ("          livenessProbe:\n"
                                              "            httpGet:\n"
                                              "              path: /healthz\n"
                                              "              port: http\n", "");
  g_autofree char *identical = bundle_with ("path: /healthz", "path: /ready");
  g_autofree char *untargeted = replace (no_readiness, "  selector:\n    app: web\n",
                                         "  selector:\n    app: other\n");
  g_autoptr(GListModel) a = check (no_readiness);
  g_autoptr(GListModel) b = check (no_liveness);
  g_autoptr(GListModel) c = check (identical);
  g_autoptr(GListModel) d = check (untargeted);
  guint containers = line_of (no_readiness, NULL, "      containers:");

  assert_finding (a, "pod-probes", containers, PODLIFT_SEVERITY_ERROR, "Deployment/web",
                  "polaris:readinessProbeMissing");
  assert_finding (b, "pod-probes", containers, PODLIFT_SEVERITY_WARNING, "Deployment/web",
                  "kube-linter:no-liveness-probe");
  assert_finding (c, "pod-probes-identical", line_of (identical, NULL, "readinessProbe:"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", NULL);
  podlift_test_assert_not (c, "pod-probes");

  /* No Service targets the pods: kube-score skips the probes. */
  podlift_test_assert_not (d, "pod-probes");
  podlift_test_assert_has (d, "service-targets-pod", 0);
}

static void
test_disruption_budget (void)
{
  g_autofree char *wrong = bundle_with ("      app: web\n---\napiVersion: autoscaling",
                                        "      app: webb\n---\napiVersion: autoscaling");
  g_autofree char *one = bundle_with ("spec:\n  selector:\n    matchLabels:\n      app: web\n",
                                      "spec:\n  replicas: 1\n  selector:\n    matchLabels:\n"
                                      "      app: web\n");
  g_autofree char *one_wrong = replace (one, "      app: web\n---\napiVersion: autoscaling",
                                        "      app: webb\n---\napiVersion: autoscaling");
  g_autoptr(GListModel) a = check (wrong);
  g_autoptr(GListModel) b = check (one_wrong);

  /* The PDB selects nothing, and so the Deployment has none. */
  assert_finding (a, "poddisruptionbudget-selector",
                  line_of (wrong, "kind: PodDisruptionBudget", "selector:"),
                  PODLIFT_SEVERITY_ERROR, "PodDisruptionBudget/web", NULL);
  assert_finding (a, "deployment-has-poddisruptionbudget", line_of (wrong, NULL, "name: web"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", "polaris:missingPodDisruptionBudget");

  /* One replica: kube-score skips the Deployment; the PDB still selects
   * nothing. (The HPA's replicas finding is another test's.) */
  podlift_test_assert_not (b, "deployment-has-poddisruptionbudget");
  podlift_test_assert_has (b, "poddisruptionbudget-selector", 0);
}

static void
test_anti_affinity (void)
{
  g_autofree char *none = bundle_with ("      affinity:\n"
                                       "        podAntiAffinity:\n"
                                       "          preferredDuringSchedulingIgnoredDuringExecution:\n"
                                       "            - weight: 100\n"
                                       "              podAffinityTerm:\n"
                                       "                topologyKey: kubernetes.io/hostname\n"
                                       "                labelSelector:\n"
                                       "                  matchLabels:\n"
                                       "                    app: web\n", "");
  g_autofree char *other_labels = bundle_with ("                    app: web\n",
                                               "                    app: cache\n");
  g_autoptr(GListModel) a = check (none);
  g_autoptr(GListModel) b = check (other_labels);

  assert_finding (a, "deployment-has-host-podantiaffinity", line_of (none, NULL, "name: web"),
                  PODLIFT_SEVERITY_WARNING, "Deployment/web", "kube-linter:no-anti-affinity");
  /* An anti-affinity that keeps the pods away from other pods only. */
  assert_finding (b, "deployment-has-host-podantiaffinity",
                  line_of (other_labels, NULL, "affinity:"),
                  PODLIFT_SEVERITY_WARNING, "Deployment/web", NULL);
}

static void
test_service_targets_pod (void)
{
  g_autofree char *text = bundle_with ("  selector:\n    app: web\n", "  selector:\n    app: wbe\n");
  g_autoptr(GListModel) findings = check (text);

  assert_finding (findings, "service-targets-pod", line_of (text, NULL, "  selector:\n    app: wbe"),
                  PODLIFT_SEVERITY_ERROR, "Service/web", "kube-linter:dangling-service");
}

static void
test_ingress_targets_service (void)
{
  g_autofree char *no_service = bundle_with ("                name: web\n",
                                             "                name: shop\n");
  g_autofree char *no_port = bundle_with ("number: 80", "number: 8080");
  g_autoptr(GListModel) a = check (no_service);
  g_autoptr(GListModel) b = check (no_port);

  assert_finding (a, "ingress-targets-service", line_of (no_service, NULL, "name: shop"),
                  PODLIFT_SEVERITY_ERROR, "Ingress/web", "kube-linter:dangling-ingress");
  assert_finding (b, "ingress-targets-service",
                  line_of (no_port, "kind: Ingress", "                name: web"),
                  PODLIFT_SEVERITY_ERROR, "Ingress/web", NULL);
}

static void
test_hpa (void)
{
  g_autofree char *no_target = bundle_with ("    kind: Deployment\n    name: web\n",
                                            "    kind: Deployment\n    name: front\n");
  g_autofree char *fixed = bundle_with ("spec:\n  selector:\n    matchLabels:\n      app: web\n",
                                        "spec:\n  replicas: 3\n  selector:\n    matchLabels:\n"
                                        "      app: web\n");
  g_autoptr(GListModel) a = check (no_target);
  g_autoptr(GListModel) b = check (fixed);

  assert_finding (a, "horizontalpodautoscaler-has-target", line_of (no_target, NULL, "name: front"),
                  PODLIFT_SEVERITY_ERROR, "HorizontalPodAutoscaler/web",
                  "kube-linter:dangling-horizontalpodautoscaler");
  podlift_test_assert_not (a, "deployment-targeted-by-hpa-does-not-have-replicas-configured");

  assert_finding (b, "deployment-targeted-by-hpa-does-not-have-replicas-configured",
                  line_of (fixed, NULL, "replicas: 3"), PODLIFT_SEVERITY_ERROR,
                  "Deployment/web", NULL);
  podlift_test_assert_not (b, "horizontalpodautoscaler-has-target");
}

static void
test_statefulset_service_name (void)
{
  g_autofree char *missing = bundle_with ("serviceName: db", "serviceName: postgres");
  g_autofree char *not_headless = bundle_with ("  clusterIP: None\n", "");
  g_autoptr(GListModel) a = check (missing);
  g_autoptr(GListModel) b = check (not_headless);

  assert_finding (a, "statefulset-has-servicename", line_of (missing, NULL, "serviceName:"),
                  PODLIFT_SEVERITY_ERROR, "StatefulSet/db", NULL);
  assert_finding (b, "statefulset-has-servicename", line_of (not_headless, NULL, "serviceName:"),
                  PODLIFT_SEVERITY_ERROR, "StatefulSet/db", NULL);
}

static void
test_secret_values (void)
{
  static const struct { const char *value; gboolean real; } values[] = {
    { "stringData:\n  DATABASE_PASSWORD: hunter2\n", TRUE },
    { "stringData:\n  DATABASE_PASSWORD: q8Z3xV1mT7pL0aR9sW2eY5uI4oK6nB3c\n", TRUE },
    { "stringData:\n  DATABASE_PASSWORD: \"4242\"\n", TRUE },
    { "stringData:\n  DATABASE_PASSWORD: aHVudGVyMg==\n", TRUE },   /* plain text here */
    { "stringData:\n  DATABASE_PASSWORD: change-me\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: \"\"\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: CHANGE_ME\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: <database password>\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: ${DATABASE_PASSWORD}\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: xxxxxxxx\n", FALSE },
    { "stringData:\n  DATABASE_PASSWORD: your-password-here\n", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = bundle_with ("stringData:\n  DATABASE_PASSWORD: change-me\n",
                                           values[i].value);
      g_autoptr(GListModel) findings = check (text);

      if (values[i].real)
        assert_finding (findings, "podlift-secret-values",
                        line_of (text, NULL, "  DATABASE_PASSWORD:"),
                        PODLIFT_SEVERITY_ERROR, "Secret/web", NULL);
      else
        podlift_test_assert_not (findings, "podlift-secret-values");
    }
}

static void
test_secret_data_is_decoded (void)
{
  /* base64 of "hunter2", of "change-me", and 32 random bytes. */
  g_autofree char *real = bundle_with ("API_KEY: \"\"", "API_KEY: aHVudGVyMg==");
  g_autofree char *placeholder = bundle_with ("API_KEY: \"\"", "API_KEY: Y2hhbmdlLW1l");
  g_autofree char *random = bundle_with ("API_KEY: \"\"",
                                         "API_KEY: 3q2+7wC0yZp1mS9KfL4xR8nV2bT6hJ0uQ5eW1aD7gIc=");
  g_autoptr(GListModel) a = check (real);
  g_autoptr(GListModel) b = check (placeholder);
  g_autoptr(GListModel) c = check (random);
  g_autoptr(PodliftDiagnostic) d = NULL;

  assert_finding (a, "podlift-secret-values", line_of (real, NULL, "API_KEY:"),
                  PODLIFT_SEVERITY_ERROR, "Secret/web", NULL);
  podlift_test_assert_not (b, "podlift-secret-values");
  podlift_test_assert_has (c, "podlift-secret-values", line_of (random, NULL, "API_KEY:"));

  /* The message never quotes the value. */
  d = podlift_test_get (a, "podlift-secret-values");
  g_assert_null (strstr (podlift_diagnostic_get_message (d), "hunter2"));
  g_assert_null (strstr (podlift_diagnostic_get_message (d), "aHVudGVyMg"));
}

static void
test_probe_path (void)
{
  g_autofree char *text = good_bundle ();
  const char * const served[] = { "/healthz/", "/api/*", NULL };
  const char * const prefix[] = { "/re*", "/healthz?verbose", NULL };
  PodliftManifestCheckContext context = { served };
  PodliftManifestCheckContext prefix_context = { prefix };
  g_autoptr(GListModel) findings = check_with (text, &context);
  g_autoptr(GListModel) with_prefix = check_with (text, &prefix_context);
  g_autoptr(GListModel) unknown = check (text);

  assert_finding (findings, "podlift-probe-path", line_of (text, NULL, "path: /ready"),
                  PODLIFT_SEVERITY_ERROR, "Deployment/web", NULL);
  g_assert_cmpuint (podlift_test_count (findings, "podlift-probe-path", 0), ==, 1);
  podlift_test_assert_not (with_prefix, "podlift-probe-path");
  podlift_test_assert_not (unknown, "podlift-probe-path");
}

static void
test_opt_out_annotations (void)
{
  static const char * const annotations[] = {
    "kube-score/ignore: container-image-tag,pod-probes",
    "kube-score/ignore: \"*\"",
    "kube-score/skip: \"true\"",
    "ignore-check.kube-linter.io/latest-tag: \"we pin by promotion\"",
    "kube-linter.io/ignore-all: \"legacy\"",
    "polaris.fairwinds.com/tagNotSpecified-exempt: \"true\"",
    "polaris.fairwinds.com/exempt: \"true\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (annotations); i++)
    {
      g_autofree char *latest = bundle_with ("web:1.4.2", "web:latest");
      g_autofree char *metadata = g_strdup_printf ("  name: web\n  annotations:\n    %s\n"
                                                   "  labels:\n", annotations[i]);
      g_autofree char *text = replace (latest, "  name: web\n  labels:\n", metadata);
      g_autoptr(GListModel) findings = check (text);

      podlift_test_assert_not (findings, "container-image-tag");
    }
}

static void
test_opt_out_is_precise (void)
{
  g_autofree char *latest = bundle_with ("web:1.4.2", "web:latest");
  g_autofree char *other = replace (latest, "  name: web\n  labels:\n",
                                    "  name: web\n  annotations:\n"
                                    "    kube-score/ignore: container-resources\n"
                                    "    ignore-check.kube-linter.io/no-read-only-root-fs: \"x\"\n"
                                    "  labels:\n");
  g_autofree char *template = replace (latest, "    metadata:\n      labels:\n        app: web\n",
                                       "    metadata:\n      annotations:\n"
                                       "        kube-score/ignore: container-image-tag\n"
                                       "      labels:\n        app: web\n");
  g_autoptr(GListModel) a = check (other);
  g_autoptr(GListModel) b = check (template);

  /* Another check's opt-out does not silence this one. */
  podlift_test_assert_has (a, "container-image-tag", 0);
  /* kube-score reads its annotation on the pod template too. */
  podlift_test_assert_not (b, "container-image-tag");
}

static void
test_several_files (void)
{
  g_autofree char *text = good_bundle ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) documents = g_ptr_array_new ();
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *deployment = NULL;
  const char *files[16];
  const char *split;
  guint n = 0;

  /* The Deployment (with a latest image) in one file, the rest in
   * another: the Service, PDB and HPA still find it. */
  split = strstr (text, "---\n");
  deployment = g_strndup (text, split - text);
  first = podlift_yaml_parse (deployment, -1, "deployment.yaml", &error);
  g_assert_no_error (error);
  second = podlift_yaml_parse (split, -1, "rest.yaml", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < first->len; i++, n++)
    {
      g_ptr_array_add (documents, g_ptr_array_index (first, i));
      files[n] = "deployment.yaml";
    }
  for (guint i = 0; i < second->len; i++, n++)
    {
      g_ptr_array_add (documents, g_ptr_array_index (second, i));
      files[n] = "rest.yaml";
    }
  g_assert_cmpuint (n, <, G_N_ELEMENTS (files));

  podlift_manifest_checks_run_files (documents, files, NULL, found);
  g_assert_cmpuint (found->len, ==, 0);

  /* Alone, the Service targets nothing; its finding is rest.yaml's. */
  podlift_manifest_checks_run_files (second, files + first->len, NULL, found);
  g_assert_cmpuint (found->len, >=, 1);
  for (guint i = 0; i < found->len; i++)
    g_assert_cmpstr (podlift_diagnostic_get_file (g_ptr_array_index (found, i)), ==, "rest.yaml");
}

static void
test_lint_text (void)
{
  g_autoptr(PodliftLintConfig) config = podlift_lint_config_new ();
  g_autofree char *good = good_bundle ();
  g_autofree char *latest = bundle_with ("web:1.4.2", "web:latest");
  g_autoptr(GListModel) clean = podlift_manifest_lint (good, -1, "good.yaml", NULL, NULL);
  g_autoptr(GListModel) broken = podlift_manifest_lint ("apiVersion: v1\nkind: Service\n"
                                                        "metadata:\n  name: [web\n",
                                                        -1, "bad.yaml", NULL, NULL);
  g_autoptr(GListModel) binary = podlift_manifest_lint ("apiVersion: v1\nkind: \377\001\n",
                                                        -1, "bin.yaml", NULL, NULL);
  g_autoptr(GListModel) ignored = NULL;
  g_autoptr(GListModel) overridden = NULL;
  g_autoptr(PodliftDiagnostic) d = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (clean), ==, 0);

  /* Malformed YAML: one finding, at its line, about no object. */
  g_assert_cmpuint (g_list_model_get_n_items (broken), ==, 1);
  d = podlift_test_get (broken, "podlift-yaml-syntax");
  g_assert_cmpuint (podlift_diagnostic_get_line (d), >=, 4);
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_ERROR);
  g_assert_cmpstr (podlift_diagnostic_get_file (d), ==, "bad.yaml");
  g_assert_null (podlift_diagnostic_get_object (d));
  g_assert_false (g_str_has_prefix (podlift_diagnostic_get_message (d), "bad.yaml"));

  g_assert_cmpuint (g_list_model_get_n_items (binary), ==, 1);
  podlift_test_assert_has (binary, "podlift-yaml-syntax", 2);

  /* The configuration's ignores and overrides apply, as for Dockerfiles. */
  podlift_lint_config_override (config, "container-image-tag", PODLIFT_SEVERITY_INFO);
  overridden = podlift_manifest_lint (latest, -1, "x.yaml", config, NULL);
  g_clear_object (&d);
  d = podlift_test_get (overridden, "container-image-tag");
  g_assert_cmpint (podlift_diagnostic_get_severity (d), ==, PODLIFT_SEVERITY_INFO);
  podlift_lint_config_ignore (config, "container-image-tag");
  ignored = podlift_manifest_lint (latest, -1, "x.yaml", config, NULL);
  podlift_test_assert_not (ignored, "container-image-tag");
}

static void
test_lint_sources_order_and_files (void)
{
  g_autofree char *good = good_bundle ();
  g_autofree char *latest = bundle_with ("web:1.4.2", "web:latest");
  const char *split = strstr (latest, "---\n");
  g_autofree char *deployment = g_strndup (latest, split - latest);
  PodliftManifestSource sources[] = {
    { split, -1, "rest.yaml" },
    { deployment, -1, "deployment.yaml" },
    { "key: [\n", -1, "broken.yaml" },
  };
  g_autoptr(GPtrArray) lists = podlift_manifest_lint_sources (sources, G_N_ELEMENTS (sources),
                                                              NULL, NULL);
  GListModel *rest = g_ptr_array_index (lists, 0);
  GListModel *dep = g_ptr_array_index (lists, 1);
  GListModel *broken = g_ptr_array_index (lists, 2);
  guint previous = 0;

  g_assert_cmpuint (lists->len, ==, 3);
  /* A broken file does not stop the others, which see each other. */
  g_assert_cmpuint (g_list_model_get_n_items (rest), ==, 0);
  podlift_test_assert_has (dep, "container-image-tag", line_of (deployment, NULL, "image:"));
  podlift_test_assert_has (broken, "podlift-yaml-syntax", 0);
  for (guint i = 0; i < g_list_model_get_n_items (dep); i++)
    {
      g_autoptr(PodliftDiagnostic) d = g_list_model_get_item (dep, i);

      g_assert_cmpstr (podlift_diagnostic_get_file (d), ==, "deployment.yaml");
      g_assert_cmpuint (podlift_diagnostic_get_line (d), >=, previous);
      previous = podlift_diagnostic_get_line (d);
    }
  g_assert_nonnull (good);
}

static void
test_refs (void)
{
  const char * const *refs = podlift_manifest_check_get_refs ("container-image-tag");

  g_assert_nonnull (refs);
  g_assert_true (g_strv_contains (refs, "kube-linter:latest-tag"));
  g_assert_true (g_strv_contains (refs, "polaris:tagNotSpecified"));
  g_assert_true (g_strv_contains (podlift_manifest_check_get_refs ("service-targets-pod"),
                                  "kube-linter:dangling-service"));
  g_assert_null (podlift_manifest_check_get_refs ("podlift-secret-values"));
  g_assert_null (podlift_manifest_check_get_refs ("DL3007"));
}

static void
test_list_items_and_bad_shapes (void)
{
  /* The items of a List are objects; shapes that the schema refuses do
   * not crash the checks. */
  static const char text[] =
    "apiVersion: v1\n"
    "kind: List\n"
    "items:\n"
    "  - apiVersion: v1\n"
    "    kind: Pod\n"
    "    metadata:\n"
    "      name: one\n"
    "    spec:\n"
    "      containers:\n"
    "        - name: app\n"
    "          image: nginx\n"
    "  - 42\n"
    "---\n"
    "apiVersion: networking.k8s.io/v1\n"
    "kind: Ingress\n"
    "metadata: {name: x}\n"
    "spec: {rules: [7, {http: {paths: [3, {backend: 5}]}}], defaultBackend: []}\n"
    "---\n"
    "kind: Deployment\n"
    "spec: {template: {spec: {containers: [1, {name: 2, image: 3, resources: []}],"
    " affinity: {podAntiAffinity: {requiredDuringSchedulingIgnoredDuringExecution: [1]}}}}}\n"
    "---\n"
    "- just\n- a list\n"
    "---\n";
  g_autoptr(GListModel) findings = check (text);
  g_autoptr(PodliftDiagnostic) d = podlift_test_get (findings, "container-image-tag");

  g_assert_cmpuint (podlift_diagnostic_get_line (d), ==, 11);
  g_assert_cmpstr (podlift_diagnostic_get_object (d), ==, "Pod/one");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/manifest-checks/good-bundle-is-clean", test_good_bundle_is_clean);
  g_test_add_func ("/manifest-checks/container-resources", test_container_resources);
  g_test_add_func ("/manifest-checks/container-image-tag", test_container_image_tag);
  g_test_add_func ("/manifest-checks/container-image-pull-policy", test_container_image_pull_policy);
  g_test_add_func ("/manifest-checks/user-group-id", test_user_group_id);
  g_test_add_func ("/manifest-checks/read-only-root-filesystem", test_read_only_root_filesystem);
  g_test_add_func ("/manifest-checks/pod-probes", test_pod_probes);
  g_test_add_func ("/manifest-checks/disruption-budget", test_disruption_budget);
  g_test_add_func ("/manifest-checks/anti-affinity", test_anti_affinity);
  g_test_add_func ("/manifest-checks/service-targets-pod", test_service_targets_pod);
  g_test_add_func ("/manifest-checks/ingress-targets-service", test_ingress_targets_service);
  g_test_add_func ("/manifest-checks/hpa", test_hpa);
  g_test_add_func ("/manifest-checks/statefulset-service-name", test_statefulset_service_name);
  g_test_add_func ("/manifest-checks/secret-values", test_secret_values);
  g_test_add_func ("/manifest-checks/secret-data-is-decoded", test_secret_data_is_decoded);
  g_test_add_func ("/manifest-checks/probe-path", test_probe_path);
  g_test_add_func ("/manifest-checks/opt-out-annotations", test_opt_out_annotations);
  g_test_add_func ("/manifest-checks/opt-out-is-precise", test_opt_out_is_precise);
  g_test_add_func ("/manifest-checks/several-files", test_several_files);
  g_test_add_func ("/manifest-checks/lint-text", test_lint_text);
  g_test_add_func ("/manifest-checks/lint-sources", test_lint_sources_order_and_files);
  g_test_add_func ("/manifest-checks/refs", test_refs);
  g_test_add_func ("/manifest-checks/list-items-and-bad-shapes", test_list_items_and_bad_shapes);

  return g_test_run ();
}
