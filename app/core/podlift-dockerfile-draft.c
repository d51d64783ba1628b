/* podlift-dockerfile-draft.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-draft"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "podlift-dockerfile-generator-private.h"
#include "podlift-error.h"
#include "podlift-shell.h"

/* The Knowledge answers as the Dockerfile templates need them: versions
 * cut to what image tags use, the install step of a build command left
 * to the template, the launch command split into words, and a default
 * with a note wherever an answer is missing. */

#define DEFAULT_USER_ID 10001

typedef struct
{
  PodliftStack        stack;
  const char         *version;
  const char * const  managers[4];   /* the first is the default */
  const char         *launch;        /* when none was answered */
  guint               port;
  const char         *label;
} StackDefaults;

static const StackDefaults stack_defaults[] = {
  { PODLIFT_STACK_NODE, "22", { "npm", "yarn", "pnpm", NULL }, "node server.js", 3000, "Node.js" },
  { PODLIFT_STACK_PYTHON, "3.12", { "pip", "poetry", NULL }, "python app.py", 8000, "Python" },
  { PODLIFT_STACK_GO, "1.23", { "go", NULL }, "./server", 8080, "Go" },
  { PODLIFT_STACK_JAVA, "21", { "maven", "gradle", NULL }, "java -jar app.jar", 8080, "Java" },
  { PODLIFT_STACK_PHP, "8.3", { "composer", NULL }, "php-fpm", 9000, "PHP" },
  { PODLIFT_STACK_RUBY, "3.3", { "bundler", NULL }, "bundle exec rackup", 3000, "Ruby" },
  { PODLIFT_STACK_DOTNET, "8.0", { "dotnet", NULL }, "dotnet app.dll", 8080, ".NET" },
  { PODLIFT_STACK_RUST, "1.82", { "cargo", NULL }, "./server", 8080, "Rust" },
  { PODLIFT_STACK_STATIC, "22", { "npm", "yarn", "pnpm", NULL }, "nginx -g 'daemon off;'", 8080,
    "static site" },
};

static const StackDefaults *
defaults_of (PodliftStack stack)
{
  for (guint i = 0; i < G_N_ELEMENTS (stack_defaults); i++)
    if (stack_defaults[i].stack == stack)
      return &stack_defaults[i];

  return NULL;
}

const char *
podlift_stack_default_version (PodliftStack stack)
{
  const StackDefaults *defaults = defaults_of (stack);

  return defaults != NULL ? defaults->version : NULL;
}

static void
add_note (PodliftDraft *draft,
          const char   *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (PodliftDraft *draft,
          const char   *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (draft->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* ---- Version -------------------------------------------------------------------- */

/* "v20.11.1" → "20.11.1", "^3.2" → "3.2", "net8.0" → "8.0"; then what
 * image tags use: Java by its major ("1.8" → "8"), .NET by major.minor. */
static char *
clean_version (PodliftStack  stack,
               const char   *answer)
{
  g_autoptr(GString) version = g_string_new (NULL);
  g_auto(GStrv) parts = NULL;
  const char *p = answer != NULL ? answer : "";

  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  while (g_ascii_isdigit (*p) || (*p == '.' && g_ascii_isdigit (p[1])))
    g_string_append_c (version, *p++);

  if (version->len == 0)
    return NULL;

  parts = g_strsplit (version->str, ".", -1);
  if (stack == PODLIFT_STACK_JAVA)
    return g_strdup (strcmp (parts[0], "1") == 0 && parts[1] != NULL ? parts[1] : parts[0]);
  if (stack == PODLIFT_STACK_DOTNET)
    return g_strdup_printf ("%s.%s", parts[0], parts[1] != NULL ? parts[1] : "0");

  return g_string_free (g_steal_pointer (&version), FALSE);
}

static void
draft_version (PodliftDraft      *draft,
               PodliftAppProfile *profile)
{
  const char *answer = podlift_app_profile_get_stack_version (profile);
  const char *fallback = defaults_of (draft->stack)->version;

  draft->version = clean_version (draft->stack, answer);
  if (draft->version != NULL)
    return;

  draft->version = g_strdup (fallback);
  if (draft->stack == PODLIFT_STACK_STATIC && draft->build_command == NULL)
    return;     /* no build stage: no version to tell */
  if (answer != NULL && answer[0] != '\0')
    add_note (draft, "The stack version answered is not a version number, which an image "
                     "tag needs: %s is used.", fallback);
  else
    add_note (draft, "No stack version was answered: %s is used.", fallback);
}

/* ---- Package manager and build command ------------------------------------------- */

static void
draft_package_manager (PodliftDraft      *draft,
                       PodliftAppProfile *profile)
{
  const StackDefaults *defaults = defaults_of (draft->stack);
  const char *answer = podlift_app_profile_get_package_manager (profile);

  draft->package_manager = defaults->managers[0];
  for (guint i = 0; answer != NULL && defaults->managers[i] != NULL; i++)
    if (g_ascii_strcasecmp (answer, defaults->managers[i]) == 0)
      {
        draft->package_manager = defaults->managers[i];
        return;
      }

  if (answer != NULL && answer[0] != '\0')
    add_note (draft, "There is no template for the package manager “%s” with %s: "
                     "%s is used.", answer, defaults->label, draft->package_manager);
}

/* Whether @command installs the dependencies, which the template's own
 * install step does. */
static gboolean
is_dependency_install (const PodliftDraft        *draft,
                       const PodliftShellCommand *command)
{
  const char *manager = draft->package_manager;
  const char *program = podlift_shell_command_get_program (command);

  if (program == NULL)
    return FALSE;
  if (g_str_has_prefix (program, "pip"))
    return podlift_shell_command_is (command, program, "install");
  if (g_str_has_prefix (program, "python"))
    for (guint i = 0; i + 2 < command->args->len; i++)
      if (strcmp (g_ptr_array_index (command->args, i), "-m") == 0 &&
          strcmp (g_ptr_array_index (command->args, i + 1), "pip") == 0 &&
          strcmp (g_ptr_array_index (command->args, i + 2), "install") == 0)
        return TRUE;
  if (strcmp (program, "yarn") == 0)
    return command->args->len == 0 || podlift_shell_command_is (command, "yarn", "install");

  return podlift_shell_command_is (command, "npm", "install") ||
         podlift_shell_command_is (command, "npm", "ci") ||
         podlift_shell_command_is (command, "npm", "i") ||
         podlift_shell_command_is (command, "pnpm", "install") ||
         podlift_shell_command_is (command, "pnpm", "i") ||
         podlift_shell_command_is (command, "poetry", "install") ||
         podlift_shell_command_is (command, "composer", "install") ||
         podlift_shell_command_is (command, "bundle", "install") ||
         (strcmp (program, "bundle") == 0 && command->args->len == 0) ||
         (strcmp (manager, "go") == 0 && podlift_shell_command_is (command, "go", "mod")) ||
         podlift_shell_command_is (command, "cargo", "fetch") ||
         podlift_shell_command_is (command, "dotnet", "restore");
}

static void
append_word (GString    *out,
             const char *word)
{
  g_autofree char *quoted = NULL;

  if (out->len > 0 && out->str[out->len - 1] != ' ')
    g_string_append_c (out, ' ');

  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_@%+=:,./-", *p) == NULL)
      {
        quoted = g_shell_quote (word);
        g_string_append (out, quoted);
        return;
      }

  g_string_append (out, *word != '\0' ? word : "''");
}

static const char *
operator_text (PodliftShellOperator op)
{
  switch (op)
    {
    case PODLIFT_SHELL_OP_AND: return " && ";
    case PODLIFT_SHELL_OP_OR: return " || ";
    case PODLIFT_SHELL_OP_SEQUENCE: return "; ";
    case PODLIFT_SHELL_OP_PIPE:
    case PODLIFT_SHELL_OP_BACKGROUND:
    case PODLIFT_SHELL_OP_NONE:
    default:
      return NULL;
    }
}

/* The build command without its dependency installs: NULL when nothing
 * else is left, the answer as it is when nothing was taken out. */
static char *
build_without_installs (const PodliftDraft *draft,
                        const char         *text)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *pending = NULL;
  gboolean dropped = FALSE;

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);

      if (command->next != PODLIFT_SHELL_OP_NONE && operator_text (command->next) == NULL)
        return g_strdup (text);     /* a pipe or a background job: keep it whole */

      if (is_dependency_install (draft, command))
        {
          dropped = TRUE;
          continue;
        }

      if (pending != NULL)
        g_string_append (out, pending);
      for (guint j = 0; j < command->assignments->len; j++)
        append_word (out, g_ptr_array_index (command->assignments, j));
      append_word (out, command->name);
      for (guint j = 0; j < command->args->len; j++)
        append_word (out, g_ptr_array_index (command->args, j));
      pending = operator_text (command->next);
    }

  if (!dropped)
    return g_strdup (text);

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

static void
draft_build_command (PodliftDraft      *draft,
                     PodliftAppProfile *profile)
{
  const char *answer = podlift_app_profile_get_build_command (profile);
  g_auto(GStrv) lines = g_strsplit_set (answer != NULL ? answer : "", "\r\n", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) nonblank = NULL;
  g_autofree char *command = NULL;
  g_autofree char *shown = NULL;

  /* several lines: one RUN, each line after the one before succeeds */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      g_strv_builder_add (kept, lines[i]);
  nonblank = g_strv_builder_end (kept);
  if (nonblank[0] == NULL)
    return;

  command = g_strjoinv (" \\\n && ", nonblank);
  draft->build_command = build_without_installs (draft, command);
  if (g_strcmp0 (draft->build_command, command) == 0)
    return;

  shown = g_strjoinv ("; ", nonblank);
  add_note (draft, "The build command “%s” installs the dependencies, which the build "
                   "stage does on its own%s.", shown,
            draft->build_command != NULL ? ": the rest of it runs after" : "");
}

/* ---- Launch command ------------------------------------------------------------- */

/* Whether @text means more to a shell than words: expansions,
 * operators, redirections, globs, an assignment before the program. */
static gboolean
needs_shell (const char *text)
{
  gboolean single = FALSE;
  gboolean twice = FALSE;
  gboolean word_start = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (single)
        single = *p != '\'';
      else if (*p == '\\' && p[1] != '\0')
        p++;
      else if (twice)
        {
          if (*p == '$' || *p == '`')
            return TRUE;
          twice = *p != '"';
        }
      else if (*p == '\'' || *p == '"')
        single = *p == '\'', twice = *p == '"';
      else if (strchr ("$`|&;<>()*?[\n", *p) != NULL || (word_start && strchr ("~#", *p) != NULL))
        return TRUE;

      word_start = *p == ' ' || *p == '\t';
    }

  return FALSE;
}

static gboolean
starts_with_assignment (char **argv)
{
  const char *equals = strchr (argv[0], '=');

  if (equals == NULL || equals == argv[0])
    return FALSE;

  for (const char *p = argv[0]; p < equals; p++)
    if (!g_ascii_isalnum (*p) && *p != '_')
      return FALSE;

  return TRUE;
}

static void
draft_launch (PodliftDraft      *draft,
              PodliftAppProfile *profile)
{
  g_autofree char *answer = g_strstrip (g_strdup (podlift_app_profile_get_launch_command (profile)
                                                  ?: ""));
  g_autofree char *fallback = NULL;
  const char *launch = answer;

  if (draft->stack == PODLIFT_STACK_PHP && draft->apache)
    fallback = g_strdup ("apache2-foreground");
  else if (draft->stack == PODLIFT_STACK_RUBY)
    fallback = g_strdup_printf ("bundle exec rackup --host 0.0.0.0 --port %u", draft->port);
  else
    fallback = g_strdup (defaults_of (draft->stack)->launch);

  if (answer[0] == '\0')
    {
      launch = fallback;
      add_note (draft, "No launch command was answered: %s is used.", launch);
    }
  else if (draft->stack == PODLIFT_STACK_STATIC && !g_str_has_prefix (answer, "nginx"))
    {
      launch = fallback;
      add_note (draft, "The site is served by nginx rather than with “%s”.", answer);
    }

  draft->launch_text = g_strdup (launch);
  if (!g_shell_parse_argv (launch, NULL, &draft->launch, NULL) ||
      starts_with_assignment (draft->launch) || needs_shell (launch))
    {
      g_clear_pointer (&draft->launch, g_strfreev);
      draft->launch = g_new0 (char *, 2);
      draft->launch[0] = g_strdup (launch);
      draft->launch_needs_shell = TRUE;
    }
}

/* ---- The draft ------------------------------------------------------------------ */

static void
draft_container (PodliftDraft      *draft,
                 PodliftAppProfile *profile,
                 PodliftDockerfile *container)
{
  const StackDefaults *defaults = defaults_of (draft->stack);

  draft->port = podlift_app_profile_get_port (profile);
  if (draft->port == 0 || draft->port > 65535)
    {
      draft->port = defaults->port;
      if (draft->stack == PODLIFT_STACK_PHP && draft->apache)
        draft->port = 8080;
      add_note (draft, "No listening port was answered: %u is used.", draft->port);
    }
  if (draft->port < 1024)
    add_note (draft, "Port %u is below 1024, which an unprivileged user may listen on only "
                     "where the runtime allows it: Docker does, but Kubernetes needs the "
                     "net.ipv4.ip_unprivileged_port_start sysctl. A port from 1024 on is "
                     "simpler.", draft->port);

  draft->uid = podlift_dockerfile_get_user_id (container);
  if (draft->uid == 0)
    {
      draft->uid = DEFAULT_USER_ID;
      add_note (draft, "The user id 0 is root: the image runs as %u instead.", draft->uid);
    }
}

PodliftDraft *
podlift_draft_new (PodliftAppProfile  *profile,
                   PodliftDockerfile  *container,
                   GError            **error)
{
  g_autoptr(PodliftDraft) draft = g_new0 (PodliftDraft, 1);

  draft->stack = podlift_app_profile_get_stack (profile);
  if (defaults_of (draft->stack) == NULL)
    {
      g_set_error_literal (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED,
                           /* Translators: the Knowledge answer that a Dockerfile needs */
                           _("The stack is not answered: choose the application’s stack in "
                             "Knowledge to draft its Dockerfile"));
      return NULL;
    }

  draft->notes = g_ptr_array_new_with_free_func (g_free);
  draft->size = podlift_dockerfile_get_base_size (container);
  draft->apache = draft->stack == PODLIFT_STACK_PHP &&
                  g_strcmp0 (podlift_dockerfile_get_variant (container), "apache") == 0;

  draft_package_manager (draft, profile);
  draft_build_command (draft, profile);
  draft_version (draft, profile);
  draft_container (draft, profile, container);
  draft_launch (draft, profile);

  return g_steal_pointer (&draft);
}

void
podlift_draft_free (PodliftDraft *draft)
{
  if (draft == NULL)
    return;

  g_free (draft->version);
  g_free (draft->build_command);
  g_strfreev (draft->launch);
  g_free (draft->launch_text);
  g_clear_pointer (&draft->notes, g_ptr_array_unref);
  g_free (draft);
}
