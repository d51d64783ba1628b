/* test-scan-stacks-2.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "podlift-scanner.h"

/* Scans the Go, Java, PHP, Ruby, .NET and Rust fixtures and checks every
 * answer with its source, and that the answers without evidence stay
 * unset. */

typedef struct
{
  const char *key;
  const char *value;   /* an integer's decimal digits for "port" */
  const char *source;
} Expected;

static const char * const scalar_keys[] = {
  "stack", "stack_version", "package_manager", "build_command", "start_command",
  "port", "database", "migration_tool", "migration_command", NULL,
};

static PodliftScanReport *
scan_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "scan", name, NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PodliftScanReport *report;

  report = podlift_scan_directory (dir, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);

  return report;
}

static const Expected *
find_expected (const Expected *expected,
               const char     *key)
{
  for (guint i = 0; expected[i].key != NULL; i++)
    if (g_str_equal (expected[i].key, key))
      return &expected[i];

  return NULL;
}

/* Every scalar key: the expected value and source, or unset. */
static void
assert_answers (PodliftScanReport *report,
                const Expected    *expected)
{
  for (guint i = 0; scalar_keys[i] != NULL; i++)
    {
      const char *key = scalar_keys[i];
      const Expected *want = find_expected (expected, key);
      g_autofree char *value = NULL;

      if (want == NULL)
        {
          if (podlift_scan_report_has (report, key))
            g_error ("%s: unexpected answer from %s", key,
                     podlift_scan_report_get_source (report, key));
          continue;
        }

      g_assert_true (podlift_scan_report_has (report, key));
      if (g_str_equal (key, "port"))
        value = g_strdup_printf ("%" G_GINT64_FORMAT, podlift_scan_report_get_int (report, key));
      else
        value = g_strdup (podlift_scan_report_get_string (report, key));
      g_assert_cmpstr (value, ==, want->value);
      g_assert_cmpstr (podlift_scan_report_get_source (report, key), ==, want->source);
    }
}

/* The member @key of the report's JSON. */
static JsonNode *
json_member (PodliftScanReport *report,
             const char        *key)
{
  g_autoptr(JsonNode) root = podlift_scan_report_to_json (report);
  JsonObject *object = json_node_get_object (root);

  g_assert_true (json_object_has_member (object, key));
  return json_node_copy (json_object_get_member (object, key));
}

static void
assert_stateful (PodliftScanReport *report,
                 const char        *path,
                 const char        *source)
{
  g_autoptr(JsonNode) node = json_member (report, "stateful_paths");
  JsonArray *paths = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (paths); i++)
    {
      JsonObject *item = json_array_get_object_element (paths, i);

      if (g_strcmp0 (json_object_get_string_member (item, "path"), path) == 0)
        {
          g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, source);
          return;
        }
    }

  g_error ("stateful path %s not found", path);
}

static void
assert_no_stateful (PodliftScanReport *report)
{
  g_autoptr(JsonNode) node = json_member (report, "stateful_paths");

  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 0);
}

static void
test_go_gin (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("go-gin");
  static const Expected expected[] = {
    { "stack", "go", "go.mod:1" },
    { "stack_version", "1.22", "go.mod:3" },
    { "package_manager", "go", "go.mod:1" },
    { "build_command", "go build -o bin/bookshelf .", "main.go:14" },
    { "start_command", "./bin/bookshelf", "main.go:14" },
    { "port", "8080", "main.go:30" },
    { "database", "postgresql", "go.mod:8" },
    { "migration_tool", "golang-migrate", "go.mod:7" },
    { "migration_command", "migrate -path db/migrations -database \"$DATABASE_URL\" up",
      "Makefile:10" },
    { NULL }
  };

  assert_answers (report, expected);
  assert_no_stateful (report);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_go_cmd_layout (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("go-cmd-layout");
  /* The port comes from $PORT and goose has no migrations folder. */
  static const Expected expected[] = {
    { "stack", "go", "go.mod:1" },
    { "stack_version", "1.22.1", "go.mod:5" },
    { "package_manager", "go", "go.mod:1" },
    { "build_command", "go build -o bin/orders ./cmd/orders", "cmd/orders/main.go:14" },
    { "start_command", "./bin/orders", "cmd/orders/main.go:14" },
    { "database", "postgresql", "go.mod:8" },
    { "migration_tool", "goose", "go.mod:9" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_java_maven (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("java-spring-maven");
  static const Expected expected[] = {
    { "stack", "java", "pom.xml:2" },
    { "stack_version", "17", "pom.xml:17" },
    { "package_manager", "maven", "pom.xml:2" },
    { "build_command", "mvn -B package -DskipTests", "pom.xml:2" },
    { "start_command", "java -jar target/inventory-0.0.1-SNAPSHOT.jar", "pom.xml:12" },
    { "port", "8081", "src/main/resources/application.properties:2" },
    { "database", "postgresql", "pom.xml:38" },
    { "migration_tool", "flyway", "pom.xml:34" },
    { "migration_command", "flyway -locations=filesystem:src/main/resources/db/migration migrate",
      "pom.xml:34" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_java_gradle (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("java-spring-gradle");
  static const Expected expected[] = {
    { "stack", "java", "build.gradle.kts:1" },
    { "stack_version", "21", "build.gradle.kts:12" },
    { "package_manager", "gradle", "build.gradle.kts:1" },
    { "build_command", "./gradlew bootJar", "build.gradle.kts:3" },
    { "start_command", "java -jar build/libs/billing-1.4.0.jar", "settings.gradle.kts:1" },
    { "port", "9090", "src/main/resources/application.yml:12" },
    { "database", "mysql", "build.gradle.kts:24" },
    { "migration_tool", "liquibase", "build.gradle.kts:23" },
    { "migration_command",
      "liquibase --changelog-file=src/main/resources/db/changelog/db.changelog-master.yaml update",
      "build.gradle.kts:23" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_php_laravel (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("php-laravel");
  g_autoptr(JsonNode) sticky = NULL;
  JsonObject *object;
  /* PHP-FPM speaks FastCGI: no HTTP port in the folder. */
  static const Expected expected[] = {
    { "stack", "php", "composer.json:7" },
    { "stack_version", "8.2", "composer.json:8" },
    { "package_manager", "composer", "composer.json:7" },
    { "build_command",
      "composer install --no-dev --optimize-autoloader && npm install && npm run build",
      "package.json:6" },
    { "start_command", "php-fpm", "public/index.php" },
    { "database", "postgresql", ".env.example:10" },
    { "migration_tool", "laravel",
      "database/migrations/2014_10_12_000000_create_users_table.php:7" },
    { "migration_command", "php artisan migrate --force",
      "database/migrations/2014_10_12_000000_create_users_table.php:7" },
    { NULL }
  };

  assert_answers (report, expected);
  assert_stateful (report, "storage/app", "app/Http/Controllers/AttachmentController.php:16");

  sticky = json_member (report, "session_stickiness");
  object = json_node_get_object (sticky);
  g_assert_true (json_object_get_boolean_member (object, "value"));
  g_assert_cmpstr (json_object_get_string_member (object, "source"), ==, ".env.example:21");
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_php_symfony (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("php-symfony");
  static const Expected expected[] = {
    { "stack", "php", "composer.json:6" },
    { "stack_version", "8.1", "composer.json:7" },
    { "package_manager", "composer", "composer.json:6" },
    { "build_command", "composer install --no-dev --optimize-autoloader", "composer.json:6" },
    { "start_command", "php-fpm", "public/index.php" },
    { "database", "postgresql", ".env:13" },
    { "migration_tool", "doctrine-migrations", "composer.json:11" },
    { "migration_command", "php bin/console doctrine:migrations:migrate --no-interaction",
      "composer.json:11" },
    { NULL }
  };

  assert_answers (report, expected);
  assert_no_stateful (report);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_ruby_rails (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("ruby-rails");
  static const Expected expected[] = {
    { "stack", "ruby", "Gemfile:1" },
    { "stack_version", "3.2.2", "Gemfile:3" },
    { "package_manager", "bundler", "Gemfile:1" },
    { "build_command", "bundle exec rails assets:precompile", "Gemfile:9" },
    { "start_command", "bundle exec puma -C config/puma.rb", "Gemfile:15" },
    { "port", "3000", "config/puma.rb:22" },
    { "database", "postgresql", "config/database.yml:6" },
    { "migration_tool", "rails", "db/migrate/20231204101500_create_photos.rb:1" },
    { "migration_command", "bin/rails db:migrate",
      "db/migrate/20231204101500_create_photos.rb:1" },
    { NULL }
  };

  assert_answers (report, expected);
  assert_stateful (report, "storage", "config/environments/production.rb:20");
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_ruby_rails_api (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("ruby-rails-api");
  /* API only: no assets to build; no puma.rb: no port; S3 storage. */
  static const Expected expected[] = {
    { "stack", "ruby", "Gemfile:1" },
    { "stack_version", "3.1.4", "Gemfile.lock:21" },
    { "package_manager", "bundler", "Gemfile:1" },
    { "start_command", "bundle exec rails server -b 0.0.0.0", "Gemfile:3" },
    { "database", "mysql", "config/database.yml:2" },
    { "migration_tool", "rails", "db/migrate/20230611080000_create_issues.rb:1" },
    { "migration_command", "bundle exec rails db:migrate",
      "db/migrate/20230611080000_create_issues.rb:1" },
    { NULL }
  };

  assert_answers (report, expected);
  assert_no_stateful (report);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_dotnet_solution (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("dotnet-aspnet-solution");
#define API "src/Acme.Orders.Api/"
  static const Expected expected[] = {
    { "stack", "dotnet", API "Acme.Orders.Api.csproj:1" },
    { "stack_version", "8.0", API "Acme.Orders.Api.csproj:4" },
    { "package_manager", "dotnet", API "Acme.Orders.Api.csproj:1" },
    { "build_command", "dotnet publish " API "Acme.Orders.Api.csproj -c Release -o out",
      API "Acme.Orders.Api.csproj:1" },
    { "start_command", "dotnet Acme.Orders.Api.dll", API "Acme.Orders.Api.csproj:1" },
    { "port", "5180", API "Properties/launchSettings.json:17" },
    { "database", "postgresql", API "Acme.Orders.Api.csproj:16" },
    { "migration_tool", "ef-core", API "Migrations/20240110120000_InitialCreate.cs:8" },
    { "migration_command", "dotnet ef database update --project src/Acme.Orders.Api",
      API "Migrations/20240110120000_InitialCreate.cs:8" },
    { NULL }
  };
#undef API

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_dotnet_minimal (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("dotnet-minimal-api");
  static const Expected expected[] = {
    { "stack", "dotnet", "Inventory.csproj:1" },
    { "stack_version", "6.0", "Inventory.csproj:4" },
    { "package_manager", "dotnet", "Inventory.csproj:1" },
    { "build_command", "dotnet publish -c Release -o out", "Inventory.csproj:1" },
    { "start_command", "dotnet Acme.Inventory.dll", "Inventory.csproj:5" },
    { "port", "5080", "appsettings.json:8" },
    { "database", "sqlserver", "Inventory.csproj:10" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_rust_actix (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("rust-actix");
  static const Expected expected[] = {
    { "stack", "rust", "Cargo.toml:1" },
    { "stack_version", "1.75", "Cargo.toml:5" },
    { "package_manager", "cargo", "Cargo.toml:1" },
    { "build_command", "cargo build --release", "Cargo.toml:1" },
    { "start_command", "./target/release/ledger", "Cargo.toml:2" },
    { "port", "8080", "src/main.rs:28" },
    { "database", "postgresql", "Cargo.toml:12" },
    { "migration_tool", "sqlx", "Cargo.toml:12" },
    { "migration_command", "sqlx migrate run", "Cargo.toml:12" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

static void
test_rust_monorepo (void)
{
  g_autoptr(PodliftScanReport) report = scan_fixture ("rust-axum-monorepo");
  /* The edition names no Rust version; no migrations folder. */
  static const Expected expected[] = {
    { "stack", "rust", "backend/Cargo.toml:1" },
    { "package_manager", "cargo", "backend/Cargo.toml:1" },
    { "build_command", "cargo build --release --manifest-path backend/Cargo.toml",
      "backend/Cargo.toml:1" },
    { "start_command", "./backend/target/release/shortlinks", "backend/Cargo.toml:7" },
    { "port", "3000", "backend/src/main.rs:17" },
    { "database", "mysql", "backend/Cargo.toml:14" },
    { NULL }
  };

  assert_answers (report, expected);
  g_assert_finalize_object (g_steal_pointer (&report));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/scan/go/gin", test_go_gin);
  g_test_add_func ("/podlift/scan/go/cmd-layout", test_go_cmd_layout);
  g_test_add_func ("/podlift/scan/java/spring-maven", test_java_maven);
  g_test_add_func ("/podlift/scan/java/spring-gradle", test_java_gradle);
  g_test_add_func ("/podlift/scan/php/laravel", test_php_laravel);
  g_test_add_func ("/podlift/scan/php/symfony", test_php_symfony);
  g_test_add_func ("/podlift/scan/ruby/rails", test_ruby_rails);
  g_test_add_func ("/podlift/scan/ruby/rails-api", test_ruby_rails_api);
  g_test_add_func ("/podlift/scan/dotnet/solution", test_dotnet_solution);
  g_test_add_func ("/podlift/scan/dotnet/minimal-api", test_dotnet_minimal);
  g_test_add_func ("/podlift/scan/rust/actix", test_rust_actix);
  g_test_add_func ("/podlift/scan/rust/monorepo", test_rust_monorepo);

  return g_test_run ();
}
