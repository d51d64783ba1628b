/* test-k8s-schema.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "podlift-diagnostic.h"
#include "podlift-k8s-schema.h"
#include "podlift-yaml.h"

/* Schema validation of Kubernetes documents against the shipped upstream
 * OpenAPI definitions. */

static const char deployment[] =
  "apiVersion: apps/v1\n"                                   /* 1 */
  "kind: Deployment\n"
  "metadata:\n"
  "  name: shop\n"
  "  labels:\n"                                             /* 5 */
  "    app.kubernetes.io/name: shop\n"
  "spec:\n"
  "  replicas: 2\n"
  "  selector:\n"
  "    matchLabels:\n"                                      /* 10 */
  "      app.kubernetes.io/name: shop\n"
  "  strategy:\n"
  "    rollingUpdate:\n"
  "      maxSurge: 25%\n"
  "      maxUnavailable: 0\n"                               /* 15 */
  "  template:\n"
  "    metadata:\n"
  "      labels:\n"
  "        app.kubernetes.io/name: shop\n"
  "    spec:\n"                                             /* 20 */
  "      serviceAccountName: shop\n"
  "      securityContext:\n"
  "        runAsNonRoot: true\n"
  "        seccompProfile:\n"
  "          type: RuntimeDefault\n"                        /* 25 */
  "      containers:\n"
  "        - name: web\n"
  "          image: registry.example.com/shop:1.4.2\n"
  "          imagePullPolicy: IfNotPresent\n"
  "          ports:\n"                                      /* 30 */
  "            - name: http\n"
  "              containerPort: 8080\n"
  "          env:\n"
  "            - name: DATABASE_URL\n"
  "              valueFrom:\n"                              /* 35 */
  "                secretKeyRef:\n"
  "                  name: shop\n"
  "                  key: database-url\n"
  "          resources:\n"
  "            requests:\n"                                 /* 40 */
  "              cpu: 250m\n"
  "              memory: 256Mi\n"
  "            limits:\n"
  "              cpu: 1\n"
  "              memory: 1.5Gi\n"                           /* 45 */
  "          readinessProbe:\n"
  "            httpGet:\n"
  "              path: /healthz\n"
  "              port: http\n"
  "            periodSeconds: 10\n"                         /* 50 */
  "          livenessProbe:\n"
  "            tcpSocket:\n"
  "              port: 8080\n"
  "          securityContext:\n"
  "            allowPrivilegeEscalation: false\n"           /* 55 */
  "            readOnlyRootFilesystem: true\n"
  "            capabilities:\n"
  "              drop: [ALL]\n"
  "          volumeMounts:\n"
  "            - name: tmp\n"                               /* 60 */
  "              mountPath: /tmp\n"
  "      volumes:\n"
  "        - name: tmp\n"
  "          emptyDir:\n"
  "            sizeLimit: 64Mi\n";                          /* 65 */

static const char others[] =
  "apiVersion: v1\n"
  "kind: Service\n"
  "metadata:\n"
  "  name: shop\n"
  "spec:\n"
  "  selector:\n"
  "    app.kubernetes.io/name: shop\n"
  "  ports:\n"
  "    - name: http\n"
  "      port: 80\n"
  "      targetPort: http\n"
  "    - name: metrics\n"
  "      port: 9090\n"
  "      targetPort: 9090\n"
  "---\n"
  "apiVersion: networking.k8s.io/v1\n"
  "kind: Ingress\n"
  "metadata:\n"
  "  name: shop\n"
  "  annotations:\n"
  "    kubernetes.io/ingress.class: gce\n"
  "spec:\n"
  "  tls:\n"
  "    - hosts: [shop.example.com]\n"
  "      secretName: shop-tls\n"
  "  rules:\n"
  "    - host: shop.example.com\n"
  "      http:\n"
  "        paths:\n"
  "          - path: /\n"
  "            pathType: Prefix\n"
  "            backend:\n"
  "              service:\n"
  "                name: shop\n"
  "                port:\n"
  "                  number: 80\n"
  "---\n"
  "apiVersion: batch/v1\n"
  "kind: CronJob\n"
  "metadata:\n"
  "  name: nightly\n"
  "spec:\n"
  "  schedule: \"0 3 * * *\"\n"
  "  timeZone: Europe/Paris\n"
  "  concurrencyPolicy: Forbid\n"
  "  jobTemplate:\n"
  "    spec:\n"
  "      backoffLimit: 2\n"
  "      template:\n"
  "        spec:\n"
  "          restartPolicy: OnFailure\n"
  "          containers:\n"
  "            - name: report\n"
  "              image: registry.example.com/shop:1.4.2\n"
  "              command: [php, artisan, report]\n"
  "---\n"
  "apiVersion: autoscaling/v2\n"
  "kind: HorizontalPodAutoscaler\n"
  "metadata:\n"
  "  name: shop\n"
  "spec:\n"
  "  scaleTargetRef:\n"
  "    apiVersion: apps/v1\n"
  "    kind: Deployment\n"
  "    name: shop\n"
  "  minReplicas: 2\n"
  "  maxReplicas: 10\n"
  "  metrics:\n"
  "    - type: Resource\n"
  "      resource:\n"
  "        name: cpu\n"
  "        target:\n"
  "          type: Utilization\n"
  "          averageUtilization: 70\n"
  "---\n"
  "apiVersion: policy/v1\n"
  "kind: PodDisruptionBudget\n"
  "metadata:\n"
  "  name: shop\n"
  "spec:\n"
  "  minAvailable: 1\n"
  "  selector:\n"
  "    matchLabels:\n"
  "      app.kubernetes.io/name: shop\n"
  "---\n"
  "apiVersion: v1\n"
  "kind: PersistentVolumeClaim\n"
  "metadata:\n"
  "  name: uploads\n"
  "spec:\n"
  "  accessModes: [ReadWriteOnce]\n"
  "  storageClassName: standard-rwo\n"
  "  resources:\n"
  "    requests:\n"
  "      storage: 10Gi\n"
  "---\n"
  "apiVersion: v1\n"
  "kind: Secret\n"
  "metadata:\n"
  "  name: shop\n"
  "type: Opaque\n"
  "data:\n"
  "  database-url: cG9zdGdyZXM6Ly9zaG9w\n"
  "stringData:\n"
  "  api-key: not base64 at all\n"
  "---\n"
  "apiVersion: v1\n"
  "kind: ConfigMap\n"
  "metadata:\n"
  "  name: shop\n"
  "  creationTimestamp: null\n"
  "data:\n"
  "  APP_ENV: production\n"
  "---\n"
  "apiVersion: v1\n"
  "kind: Namespace\n"
  "metadata:\n"
  "  name: shop\n"
  "---\n"
  "apiVersion: v1\n"
  "kind: ServiceAccount\n"
  "metadata:\n"
  "  name: shop\n"
  "automountServiceAccountToken: false\n";

static GPtrArray *
validate (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) documents = podlift_yaml_parse (text, -1, "t.yaml", &error);
  GPtrArray *diagnostics = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < documents->len; i++)
    podlift_k8s_schema_validate (g_ptr_array_index (documents, i), diagnostics);
  return diagnostics;
}

static void
assert_clean (const char *text)
{
  g_autoptr(GPtrArray) diagnostics = validate (text);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      PodliftDiagnostic *diagnostic = g_ptr_array_index (diagnostics, i);

      g_test_message ("unexpected finding, line %u: %s",
                      podlift_diagnostic_get_line (diagnostic),
                      podlift_diagnostic_get_message (diagnostic));
    }
  g_assert_cmpuint (diagnostics->len, ==, 0);
}

/* @text, with @from replaced by @to, gives exactly one finding: @message
 * at @line. */
static void
assert_one_finding (const char *text,
                    const char *from,
                    const char *to,
                    guint       line,
                    const char *message)
{
  g_autoptr(GString) changed = g_string_new (text);
  g_autoptr(GPtrArray) diagnostics = NULL;
  PodliftDiagnostic *diagnostic;

  if (from != NULL)
    g_assert_cmpuint (g_string_replace (changed, from, to, 1), ==, 1);
  diagnostics = validate (changed->str);
  for (guint i = 0; i < diagnostics->len; i++)
    g_test_message ("line %u: %s",
                    podlift_diagnostic_get_line (g_ptr_array_index (diagnostics, i)),
                    podlift_diagnostic_get_message (g_ptr_array_index (diagnostics, i)));
  g_assert_cmpuint (diagnostics->len, ==, 1);
  diagnostic = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpstr (podlift_diagnostic_get_code (diagnostic), ==, "schema");
  g_assert_cmpint (podlift_diagnostic_get_severity (diagnostic), ==, PODLIFT_SEVERITY_ERROR);
  g_assert_cmpstr (podlift_diagnostic_get_message (diagnostic), ==, message);
  g_assert_cmpuint (podlift_diagnostic_get_line (diagnostic), ==, line);
  g_assert_cmpuint (podlift_diagnostic_get_column (diagnostic), ==, 1);
}

static void
test_k8s_schema_definitions (void)
{
  const char *version = podlift_k8s_schema_get_kubernetes_version ();

  g_assert_nonnull (version);
  g_assert_true (g_str_has_prefix (version, "1."));
  g_assert_true (podlift_k8s_schema_knows_kind ("apps/v1", "Deployment"));
  g_assert_true (podlift_k8s_schema_knows_kind ("v1", "Secret"));
  g_assert_true (podlift_k8s_schema_knows_kind ("autoscaling/v2", "HorizontalPodAutoscaler"));
  g_assert_true (podlift_k8s_schema_knows_kind ("batch/v1", "CronJob"));
  g_assert_false (podlift_k8s_schema_knows_kind ("apps/v1beta1", "Deployment"));
  g_assert_false (podlift_k8s_schema_knows_kind ("v1", "Deployment"));
  g_assert_false (podlift_k8s_schema_knows_kind ("cloud.google.com/v1", "BackendConfig"));
}

static void
test_k8s_schema_valid (void)
{
  assert_clean (deployment);
  assert_clean (others);
}

static void
test_k8s_schema_wrong_type (void)
{
  assert_one_finding (deployment, "containerPort: 8080", "containerPort: \"8080\"", 32,
                      "spec.template.spec.containers[0].ports[0].containerPort: "
                      "expected an integer, got a string");
  assert_one_finding (deployment, "replicas: 2", "replicas: two", 8,
                      "spec.replicas: expected an integer, got a string");
  assert_one_finding (deployment, "runAsNonRoot: true", "runAsNonRoot: \"yes\"", 23,
                      "spec.template.spec.securityContext.runAsNonRoot: "
                      "expected a boolean, got a string");
  assert_one_finding (deployment, "    app.kubernetes.io/name: shop\nspec", "    version: 1.0\nspec", 6,
                      "metadata.labels.version: expected a string, got a number");
  assert_one_finding (deployment, "drop: [ALL]", "drop: ALL", 58,
                      "spec.template.spec.containers[0].securityContext.capabilities.drop: "
                      "expected a list, got a string");
  assert_one_finding (deployment, "replicas: 2", "replicas: 4294967296", 8,
                      "spec.replicas: 4294967296 does not fit in 32 bits");
}

static void
test_k8s_schema_required (void)
{
  assert_one_finding (deployment, "        - name: web\n          image", "        - image", 27,
                      "spec.template.spec.containers[0].name: required field is missing");
  assert_one_finding (deployment,
                      "  selector:\n    matchLabels:\n      app.kubernetes.io/name: shop\n", "", 7,
                      "spec.selector: required field is missing");
  assert_one_finding (others, "            pathType: Prefix\n", "", 30,
                      "spec.rules[0].http.paths[0].pathType: required field is missing");
  /* null is taken as absent. */
  assert_one_finding (deployment, "- name: web", "- name: ~", 27,
                      "spec.template.spec.containers[0].name: required field is missing");
}

static void
test_k8s_schema_unknown_field (void)
{
  assert_one_finding (deployment, "replicas: 2", "replica: 2", 8,
                      "spec.replica: unknown field “replica” in DeploymentSpec");
  assert_one_finding (deployment, "imagePullPolicy: IfNotPresent", "imagePullPolicyy: IfNotPresent", 29,
                      "spec.template.spec.containers[0].imagePullPolicyy: "
                      "unknown field “imagePullPolicyy” in Container");
  assert_one_finding (deployment, "kind: Deployment\n", "kind: Deployment\nstatus2: {}\n", 3,
                      "status2: unknown field “status2” in Deployment");
}

static void
test_k8s_schema_int_or_string (void)
{
  /* targetPort http and 9090, probe port http and 8080 are in the
   * valid documents; a list or a number with a fraction is not. */
  assert_one_finding (others, "targetPort: http", "targetPort: [http]", 11,
                      "spec.ports[0].targetPort: expected an integer or a string, got a list");
  assert_one_finding (deployment, "maxUnavailable: 0", "maxUnavailable: 0.5", 15,
                      "spec.strategy.rollingUpdate.maxUnavailable: "
                      "expected an integer or a string, got a number");
}

static void
test_k8s_schema_quantity (void)
{
  assert_one_finding (deployment, "memory: 256Mi", "memory: 2 GB", 42,
                      "spec.template.spec.containers[0].resources.requests.memory: "
                      "“2 GB” is not a quantity (such as 500m, 128Mi, 1.5Gi or 2)");
  assert_one_finding (others, "storage: 10Gi", "storage: 10GiB", 95,
                      "spec.resources.requests.storage: "
                      "“10GiB” is not a quantity (such as 500m, 128Mi, 1.5Gi or 2)");
  assert_one_finding (deployment, "cpu: 250m", "cpu: [1]", 41,
                      "spec.template.spec.containers[0].resources.requests.cpu: "
                      "expected a quantity, got a list");
  assert_clean ("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: a}\n"
                "spec:\n  resources:\n    requests: {storage: 1e3, a: \".5\", b: +1.5E, c: 2, d: 1e-3}\n");
}

static void
test_k8s_schema_formats (void)
{
  assert_one_finding (others, "database-url: cG9zdGdyZXM6Ly9zaG9w", "database-url: postgres://shop",
                      103, "data.database-url: expected base64 data (use stringData for plain text)");
  assert_one_finding (others, "creationTimestamp: null", "creationTimestamp: yesterday", 111,
                      "metadata.creationTimestamp: “yesterday” is not an RFC 3339 time "
                      "(such as 2026-01-31T12:00:00Z)");
  assert_clean ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n"
                "  name: a\n  creationTimestamp: \"2026-01-31T12:00:00+01:00\"\n");
}

static void
test_k8s_schema_documents (void)
{
  /* Custom resources are not known: nothing to say about them. */
  assert_clean ("apiVersion: cloud.google.com/v1\n"
                "kind: BackendConfig\n"
                "metadata:\n"
                "  name: shop\n"
                "spec:\n"
                "  healthCheck:\n"
                "    requestPath: /healthz\n"
                "    whatever: [1, 2]\n");
  assert_clean ("---\n");
  assert_one_finding ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\n"
                      "metadata:\n  name: b\ndata:\n  a: b\n", NULL, NULL, 5,
                      "the document has no apiVersion and kind: "
                      "Kubernetes needs apiVersion and kind as strings");
  assert_one_finding ("apiVersion: v1\nkind: [ConfigMap]\n", NULL, NULL, 1,
                      "the document has no kind: Kubernetes needs apiVersion and kind as strings");
  assert_one_finding ("- a\n- b\n", NULL, NULL, 1,
                      "a Kubernetes document is a mapping with apiVersion and kind, not a list");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/k8s-schema/definitions", test_k8s_schema_definitions);
  g_test_add_func ("/k8s-schema/valid", test_k8s_schema_valid);
  g_test_add_func ("/k8s-schema/wrong-type", test_k8s_schema_wrong_type);
  g_test_add_func ("/k8s-schema/required", test_k8s_schema_required);
  g_test_add_func ("/k8s-schema/unknown-field", test_k8s_schema_unknown_field);
  g_test_add_func ("/k8s-schema/int-or-string", test_k8s_schema_int_or_string);
  g_test_add_func ("/k8s-schema/quantity", test_k8s_schema_quantity);
  g_test_add_func ("/k8s-schema/formats", test_k8s_schema_formats);
  g_test_add_func ("/k8s-schema/documents", test_k8s_schema_documents);

  return g_test_run ();
}
