/* podlift-scan-java.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-scan"

#include "config.h"

#include <string.h>

#include "podlift-scan-match.h"

/* Java: Maven (pom.xml) or Gradle (build.gradle, build.gradle.kts) give
 * the Java version, the jar, the JDBC drivers and the migration library;
 * Spring Boot's application.properties or .yml gives the port. */

static const PodliftScanDriver java_drivers[] = {
  { "<artifactId>postgresql</artifactId>", "postgresql" },
  { "org.postgresql:postgresql", "postgresql" },
  { "<artifactId>mysql-connector-j</artifactId>", "mysql" },
  { "<artifactId>mysql-connector-java</artifactId>", "mysql" },
  { "com.mysql:mysql-connector-j", "mysql" },
  { "mysql:mysql-connector-java", "mysql" },
  { "<artifactId>mariadb-java-client</artifactId>", "mariadb" },
  { "org.mariadb.jdbc:mariadb-java-client", "mariadb" },
  { "spring-boot-starter-data-mongodb", "mongodb" },
  { "spring-boot-starter-data-redis", "redis" },
  { NULL, NULL }
};

/* The value of @child in the block @parent ("server:" / "port") of a
 * simple YAML file, with its line. */
static gboolean
yaml_nested (const char  *text,
             const char  *parent,
             const char  *child,
             char       **value,
             guint       *line)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean inside = FALSE;
  gsize child_len = strlen (child);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *l = lines[i];
      const char *s = l;

      if (l[0] != ' ' && l[0] != '\0' && l[0] != '#')
        inside = g_str_has_prefix (l, parent);
      else if (inside)
        {
          while (*s == ' ')
            s++;
          if (strncmp (s, child, child_len) == 0 && s[child_len] == ':')
            {
              *value = g_strstrip (g_strdup (s + child_len + 1));
              *line = i + 1;
              return TRUE;
            }
        }
    }

  return FALSE;
}

static void
detect_port (PodliftScanContext *ctx)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *props = podlift_scan_context_find (ctx, "application.properties");
  const char *yml = podlift_scan_context_find (ctx, "application.yml");
  g_autofree char *port = NULL;
  g_autofree char *value = NULL;
  guint line = 0;

  if (yml == NULL)
    yml = podlift_scan_context_find (ctx, "application.yaml");

  /* server.port=8081 or server.port=${PORT:8081}. */
  if (props != NULL
      && podlift_scan_match (podlift_scan_context_read (ctx, props),
                             "^server\\.port\\s*[=:]\\s*(?:\\$\\{\\w+:)?(\\d+)", &port, &line))
    {
      podlift_scan_report_set_int (report, "port", g_ascii_strtoll (port, NULL, 10), props, line);
      return;
    }

  if (yml != NULL
      && podlift_scan_context_read (ctx, yml) != NULL
      && yaml_nested (podlift_scan_context_read (ctx, yml), "server:", "port", &value, &line)
      && podlift_scan_match (value, "^(?:\\$\\{\\w+:)?(\\d+)", &port, NULL))
    podlift_scan_report_set_int (report, "port", g_ascii_strtoll (port, NULL, 10), yml, line);
}

static void
detect_migrations (PodliftScanContext *ctx,
                   const char         *build,
                   const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  g_autofree char *dir = podlift_scan_dir_of (build);
  g_autofree char *flyway = g_strconcat (dir, "src/main/resources/db/migration", NULL);
  g_autofree char *flyway_dir = g_strconcat (flyway, "/", NULL);
  g_autofree char *liquibase = g_strconcat (dir, "src/main/resources/db/changelog/db.changelog-master.", NULL);
  g_autofree char *command = NULL;
  const char *found;
  guint line;

  if ((line = podlift_scan_line_of (text, "flyway-core")) > 0)
    {
      podlift_scan_report_set_string (report, "migration_tool", "flyway", build, line);
      if (podlift_scan_find_under (ctx, flyway_dir, NULL) == NULL)
        return;
      command = g_strdup_printf ("flyway -locations=filesystem:%s migrate", flyway);
      podlift_scan_report_set_string (report, "migration_command", command, build, line);
    }
  else if ((line = podlift_scan_line_of (text, "liquibase-core")) > 0)
    {
      podlift_scan_report_set_string (report, "migration_tool", "liquibase", build, line);
      found = podlift_scan_find_under (ctx, liquibase, NULL);
      if (found == NULL)
        return;
      command = g_strdup_printf ("liquibase --changelog-file=%s update", found);
      podlift_scan_report_set_string (report, "migration_command", command, build, line);
    }
}

static void
detect_maven (PodliftScanContext *ctx,
              const char         *pom,
              const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  g_autofree char *artifact = NULL;
  g_autofree char *version = NULL;
  g_autofree char *final = NULL;
  g_autofree char *start = NULL;
  const char *own = strstr (text, "</parent>");
  const char *plugin = "<artifactId>spring-boot-maven-plugin</artifactId>";
  const char *build;
  guint line = 0;
  guint unused;

  own = own != NULL ? own : text;
  build = podlift_scan_context_find (ctx, "mvnw") != NULL
    ? "./mvnw -B package -DskipTests" : "mvn -B package -DskipTests";
  podlift_scan_set_at (ctx, "build_command", build, pom, text, "<project");

  /* java -jar needs an executable jar; the project's own coordinates
   * come after its parent's. */
  if (podlift_scan_line_of (text, plugin) == 0
      && podlift_scan_line_of (text, "<artifactId>maven-shade-plugin</artifactId>") == 0)
    return;
  if (!podlift_scan_match (own, "<artifactId>([^<]+)</artifactId>", &artifact, &line))
    return;
  line += podlift_scan_line_at (text, own - text) - 1;
  podlift_scan_match (own, "<version>([^<]+)</version>", &version, &unused);
  if (podlift_scan_match (text, "<finalName>([^<$]+)</finalName>", &final, &line))
    start = g_strdup_printf ("java -jar target/%s.jar", final);
  else if (version != NULL)
    start = g_strdup_printf ("java -jar target/%s-%s.jar", artifact, version);
  else
    start = g_strdup_printf ("java -jar target/%s.jar", artifact);
  podlift_scan_report_set_string (report, "start_command", start, pom, line);
}

static void
detect_gradle (PodliftScanContext *ctx,
               const char         *gradle,
               const char         *text)
{
  PodliftScanReport *report = podlift_scan_context_get_report (ctx);
  const char *settings = podlift_scan_context_find (ctx, "settings.gradle.kts");
  const char *wrapper = podlift_scan_context_find (ctx, "gradlew") != NULL ? "./gradlew" : "gradle";
  gboolean boot = podlift_scan_line_of (text, "org.springframework.boot") > 0;
  g_autofree char *build = g_strdup_printf ("%s %s", wrapper, boot ? "bootJar" : "build -x test");
  g_autofree char *name = NULL;
  g_autofree char *version = NULL;
  g_autofree char *start = NULL;
  guint line = 0;

  podlift_scan_report_set_string (report, "build_command", build, gradle,
                                  boot ? podlift_scan_line_of (text, "org.springframework.boot")
                                       : podlift_scan_line_of (text, "plugins"));

  /* The jar: build/libs/<rootProject.name>-<version>.jar. */
  if (settings == NULL)
    settings = podlift_scan_context_find (ctx, "settings.gradle");
  if (!boot || settings == NULL
      || !podlift_scan_match (podlift_scan_context_read (ctx, settings),
                              "^rootProject\\.name\\s*=\\s*[\"']([^\"']+)[\"']", &name, &line))
    return;
  if (podlift_scan_match (text, "^version\\s*=\\s*[\"']([^\"']+)[\"']", &version, NULL))
    start = g_strdup_printf ("java -jar build/libs/%s-%s.jar", name, version);
  else
    start = g_strdup_printf ("java -jar build/libs/%s.jar", name);
  podlift_scan_report_set_string (report, "start_command", start, settings, line);
}

static void
detect_version (PodliftScanContext *ctx,
                const char         *build,
                const char         *text)
{
  g_autofree char *version = NULL;
  guint line = 0;

  if (podlift_scan_match (text, "<java\\.version>([\\d.]+)</java\\.version>", &version, &line)
      || podlift_scan_match (text, "<maven\\.compiler\\.release>([\\d.]+)<", &version, &line)
      || podlift_scan_match (text, "<maven\\.compiler\\.source>([\\d.]+)<", &version, &line)
      || podlift_scan_match (text, "JavaLanguageVersion\\.of\\((\\d+)\\)", &version, &line)
      || podlift_scan_match (text, "JavaVersion\\.VERSION_(\\d+)", &version, &line)
      || podlift_scan_match (text, "sourceCompatibility\\s*=\\s*['\"]?([\\d.]+)", &version, &line))
    podlift_scan_report_set_string (podlift_scan_context_get_report (ctx),
                                    "stack_version", version, build, line);
}

gboolean
podlift_scan_detect_java (PodliftScanContext *ctx)
{
  const char *build = podlift_scan_context_find (ctx, "pom.xml");
  gboolean maven = build != NULL;
  const char *text;

  /* Another stack has the stronger evidence. */
  if (podlift_scan_report_has (podlift_scan_context_get_report (ctx), "stack"))
    return FALSE;
  if (build == NULL)
    build = podlift_scan_context_find (ctx, "build.gradle.kts");
  if (build == NULL)
    build = podlift_scan_context_find (ctx, "build.gradle");
  if (build == NULL || (text = podlift_scan_context_read (ctx, build)) == NULL)
    return FALSE;

  podlift_scan_set_at (ctx, "stack", "java", build, text, maven ? "<project" : "plugins");
  podlift_scan_set_at (ctx, "package_manager", maven ? "maven" : "gradle",
                       build, text, maven ? "<project" : "plugins");
  detect_version (ctx, build, text);
  if (maven)
    detect_maven (ctx, build, text);
  else
    detect_gradle (ctx, build, text);
  detect_port (ctx);
  podlift_scan_set_driver (ctx, java_drivers, build, text);
  detect_migrations (ctx, build, text);

  return TRUE;
}
