/* podlift-dockerfile-generator.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "podlift-dockerfile-generator"

#include "config.h"

#include <string.h>

#include "podlift-dockerfile-generator-private.h"
#include "podlift-shell.h"
#include "podlift-state-path.h"

/* The Dockerfile draft: the answers (podlift-dockerfile-draft.c) and the
 * base images (podlift-dockerfile-bases.c) become the variables of a
 * template in data/templates/, one per stack. What a template cannot say
 * by itself (where a build puts its output, the command line in JSON) is
 * worked out here. */

#define PNPM_VERSION "9.15.0"
#define POETRY_VERSION "1.8.5"
#define NOTE_WIDTH 72

static const char * const template_names[] = {
  [PODLIFT_STACK_NODE] = "node.Dockerfile",
  [PODLIFT_STACK_PYTHON] = "python.Dockerfile",
  [PODLIFT_STACK_GO] = "go.Dockerfile",
  [PODLIFT_STACK_JAVA] = "java.Dockerfile",
  [PODLIFT_STACK_PHP] = "php.Dockerfile",
  [PODLIFT_STACK_RUBY] = "ruby.Dockerfile",
  [PODLIFT_STACK_DOTNET] = "dotnet.Dockerfile",
  [PODLIFT_STACK_RUST] = "rust.Dockerfile",
  [PODLIFT_STACK_STATIC] = "static.Dockerfile",
};

static const char * const stack_labels[] = {
  [PODLIFT_STACK_NODE] = "Node.js",
  [PODLIFT_STACK_PYTHON] = "Python",
  [PODLIFT_STACK_GO] = "Go",
  [PODLIFT_STACK_JAVA] = "Java",
  [PODLIFT_STACK_PHP] = "PHP",
  [PODLIFT_STACK_RUBY] = "Ruby",
  [PODLIFT_STACK_DOTNET] = ".NET",
  [PODLIFT_STACK_RUST] = "Rust",
};

/* ---- Text helpers ----------------------------------------------------------------- */

/* Notes as comment lines of at most NOTE_WIDTH characters. */
static GPtrArray *
wrap_notes (GPtrArray *notes)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < notes->len; i++)
    {
      g_auto(GStrv) words = g_strsplit (g_ptr_array_index (notes, i), " ", -1);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint j = 0; words[j] != NULL; j++)
        {
          g_strdelimit (words[j], "\r\n", ' ');
          if (line->len > 0 && line->len + 1 + strlen (words[j]) > NOTE_WIDTH)
            {
              g_ptr_array_add (lines, g_strdup (line->str));
              g_string_truncate (line, 0);
            }
          if (line->len > 0)
            g_string_append_c (line, ' ');
          g_string_append (line, words[j]);
        }

      if (line->len > 0)
        g_ptr_array_add (lines, g_strdup (line->str));
    }

  return lines;
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (out, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The launch command as CMD's JSON array. */
static char *
cmd_json (const PodliftDraft *draft)
{
  g_autoptr(GString) out = g_string_new ("[");

  if (draft->launch_needs_shell)
    g_string_append (out, "\"/bin/sh\", \"-c\", ");

  for (guint i = 0; draft->launch[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_json_string (out, draft->launch[i]);
    }

  g_string_append_c (out, ']');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "./static/", "/templates" → "static/", "templates"; NULL for what
 * cannot be copied from the build folder. */
static char *
clean_path (const char *answer)
{
  g_autofree char *path = g_strstrip (g_strdup (answer != NULL ? answer : ""));
  const char *p = path;

  while (g_str_has_prefix (p, "./") || *p == '/')
    p += *p == '/' ? 1 : 2;

  if (*p == '\0' || strcmp (p, ".") == 0 || strstr (p, "..") != NULL || strchr (p, '\n') != NULL)
    return NULL;

  return g_strdup (p);
}

/* COPY's arguments for @source → @dest, in JSON form when a path has a
 * blank or a quote in it. */
static char *
copy_arguments (const char *source,
                const char *dest)
{
  g_autoptr(GString) out = NULL;

  if (strpbrk (source, " \t\"'") == NULL && strpbrk (dest, " \t\"'") == NULL)
    return g_strdup_printf ("%s %s", source, dest);

  out = g_string_new ("[");
  append_json_string (out, source);
  g_string_append (out, ", ");
  append_json_string (out, dest);
  g_string_append_c (out, ']');
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The answers' image files, each as COPY arguments from @root of the
 * build stage into @dest_root. */
static GPtrArray *
image_file_copies (PodliftAppProfile *profile,
                   const char        *root,
                   const char        *dest_root)
{
  const char * const *files = podlift_app_profile_get_image_files (profile);
  GPtrArray *copies = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; files != NULL && files[i] != NULL; i++)
    {
      g_autofree char *path = clean_path (files[i]);
      g_autofree char *source = NULL;
      g_autofree char *dest = NULL;

      if (path == NULL)
        continue;

      source = g_strconcat (root, path, NULL);
      dest = g_strconcat (dest_root, path, NULL);
      g_ptr_array_add (copies, copy_arguments (source, dest));
    }

  return copies;
}

/* @word as a shell word: quoted only when it has to be. */
static char *
shell_word (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && strchr ("_@%+=:,./-", *p) == NULL)
      return g_shell_quote (word);

  return g_strdup (word);
}

static GPtrArray *
state_directories (PodliftAppProfile *profile)
{
  GListModel *paths = G_LIST_MODEL (podlift_app_profile_get_state_paths (profile));
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (paths); i++)
    {
      g_autoptr(PodliftStatePath) state = g_list_model_get_item (paths, i);
      const char *path = podlift_state_path_get_path (state);

      if (path != NULL && path[0] == '/' && strchr (path, '\n') == NULL)
        g_ptr_array_add (dirs, shell_word (path));
    }

  return dirs;
}

/* ---- Where the build puts the program ---------------------------------------------- */

/* The program the launch command starts ("./server", "java"). */
static char *
launch_program (const PodliftDraft *draft)
{
  g_autoptr(PodliftShellScript) script = NULL;

  if (!draft->launch_needs_shell)
    return g_strdup (draft->launch[0]);

  script = podlift_shell_parse (draft->launch_text);
  if (script->commands->len > 0)
    {
      const PodliftShellCommand *first = g_ptr_array_index (script->commands, 0);

      if (first->name != NULL)
        return g_strdup (first->name);
    }

  return g_strdup ("server");
}

/* Where a file the launch command names goes in the final image: an
 * absolute path stays, a relative one is under the working directory,
 * a bare program name goes on the PATH. */
static char *
final_path (const char *word,
            gboolean    program)
{
  g_autofree char *relative = clean_path (word);

  if (word[0] == '/')
    return g_strdup (word);
  if (program && strchr (word, '/') == NULL)
    return g_strconcat ("/usr/local/bin/", word, NULL);

  return g_strconcat ("./", relative != NULL ? relative : word, NULL);
}

/* The words of @command with "-o X" (or "-o=X") replaced by "-o @out". */
static char *
with_output (const char *command,
             const char *out)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) text = g_string_new (NULL);

  if (!g_shell_parse_argv (command, NULL, &words, NULL))
    return NULL;

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *quoted = NULL;

      if (strcmp (words[i], "-o") == 0 || strcmp (words[i], "--output") == 0)
        {
          if (words[i + 1] != NULL)
            i++;
          continue;
        }
      if (g_str_has_prefix (words[i], "-o=") || g_str_has_prefix (words[i], "--output="))
        continue;

      quoted = shell_word (words[i]);
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", quoted);
      if (i == 1)
        g_string_append_printf (text, " -o %s", out);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Whether @command is "@program @verb …" alone, with no shell syntax. */
static gboolean
is_simple (const char *command,
           const char *program,
           const char *verb)
{
  g_auto(GStrv) words = NULL;

  if (command == NULL || !g_shell_parse_argv (command, NULL, &words, NULL))
    return FALSE;

  return g_strv_length (words) >= 2 && strcmp (words[0], program) == 0 &&
         strcmp (words[1], verb) == 0 && strpbrk (command, "&|;<>$`") == NULL;
}

/* go build: the answered one with its output moved to /out, or the
 * default; another command runs as it is and the program is copied from
 * where the launch command expects it. */
static char *
go_build_script (const PodliftDraft *draft,
                 const char         *binary,
                 const char         *program)
{
  g_autofree char *out = g_strconcat ("/out/", binary, NULL);
  g_autofree char *relative = clean_path (program);
  g_autofree char *build = NULL;

  if (draft->build_command == NULL)
    return g_strdup_printf ("CGO_ENABLED=0 go build -trimpath -ldflags=\"-s -w\" -o %s .", out);

  if (is_simple (draft->build_command, "go", "build") &&
      (build = with_output (draft->build_command, out)) != NULL)
    return g_strdup_printf ("CGO_ENABLED=0 %s", build);

  return g_strdup_printf ("CGO_ENABLED=0 %s \\\n && mkdir -p /out \\\n && cp %s %s",
                          draft->build_command, relative != NULL ? relative : binary, out);
}

/* cargo build: target/[TRIPLE/]PROFILE/BINARY. */
static char *
rust_build_script (const PodliftDraft *draft,
                   const char         *binary,
                   const char         *program)
{
  const char *build = draft->build_command;
  g_autofree char *relative = clean_path (program);
  g_auto(GStrv) words = NULL;
  const char *profile = "debug";
  const char *triple = NULL;

  if (build == NULL)
    build = "cargo build --release --locked";
  else if (!is_simple (build, "cargo", "build"))
    return g_strdup_printf ("%s \\\n && mkdir -p /out \\\n && cp %s /out/%s", build,
                            relative != NULL ? relative : binary, binary);

  g_shell_parse_argv (build, NULL, &words, NULL);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strcmp (words[i], "--release") == 0 || strcmp (words[i], "-r") == 0)
        profile = "release";
      else if (strcmp (words[i], "--profile") == 0 && words[i + 1] != NULL)
        profile = words[i + 1];
      else if (strcmp (words[i], "--target") == 0 && words[i + 1] != NULL)
        triple = words[i + 1];
    }

  return g_strdup_printf ("%s \\\n && mkdir -p /out \\\n && cp target/%s%s%s/%s /out/%s", build,
                          triple != NULL ? triple : "", triple != NULL ? "/" : "", profile,
                          binary, binary);
}

/* ---- Variables per stack ----------------------------------------------------------- */

static void
set_binary (PodliftTemplateVars *vars,
            const PodliftDraft  *draft)
{
  g_autofree char *program = launch_program (draft);
  g_autofree char *binary = g_path_get_basename (program);
  g_autofree char *source = g_strconcat ("/out/", binary, NULL);
  g_autofree char *dest = final_path (program, TRUE);
  g_autofree char *copy = copy_arguments (source, dest);
  g_autofree char *script = NULL;

  if (draft->stack == PODLIFT_STACK_GO)
    script = go_build_script (draft, binary, program);
  else
    script = rust_build_script (draft, binary, program);

  podlift_template_set (vars, "binary_copy", copy);
  podlift_template_set (vars, "build_script", script);
}

/* The jar that "java -jar X" runs. */
static char *
launch_jar (const PodliftDraft *draft)
{
  g_auto(GStrv) words = NULL;

  if (!g_shell_parse_argv (draft->launch_text, NULL, &words, NULL))
    return g_strdup ("app.jar");

  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (words[i], "-jar") == 0 && words[i + 1] != NULL)
      return g_strdup (words[i + 1]);

  return g_strdup ("app.jar");
}

static void
set_java (PodliftTemplateVars *vars,
          const PodliftDraft  *draft)
{
  gboolean gradle = g_strcmp0 (draft->package_manager, "gradle") == 0;
  g_autofree char *jar = launch_jar (draft);
  g_autofree char *dest = final_path (jar, FALSE);
  g_autofree char *copy = copy_arguments ("/out/app.jar", dest);
  const char *build = draft->build_command;

  if (build == NULL)
    build = gradle ? "gradle --no-daemon build -x test" : "mvn -B -DskipTests package";

  /* the application's jar, not the plain or pre-shading one beside it */
  podlift_template_set_printf (vars, "build_script",
                               "%s \\\n && mkdir -p /out \\\n && find %s -maxdepth 1 -name '*.jar' "
                               "-not -name 'original-*' \\\n      -not -name '*-plain.jar' "
                               "-exec cp {} /out/app.jar ';'",
                               build, gradle ? "build/libs" : "target");
  podlift_template_set (vars, "jar_copy", copy);
}

static void
set_dotnet (PodliftTemplateVars *vars,
            const PodliftDraft  *draft)
{
  const char *build = draft->build_command;
  g_autofree char *publish = NULL;

  if (build == NULL)
    publish = g_strdup ("dotnet publish -c Release -o /out");
  else if (is_simple (build, "dotnet", "publish"))
    publish = with_output (build, "/out");

  if (publish == NULL)
    publish = g_strdup_printf ("%s \\\n && dotnet publish -c Release -o /out", build);

  podlift_template_set (vars, "build_script", publish);
  if (g_ascii_strtoull (draft->version, NULL, 10) >= 8)
    podlift_template_set_printf (vars, "port_env", "ASPNETCORE_HTTP_PORTS=%u", draft->port);
  else
    podlift_template_set_printf (vars, "port_env", "ASPNETCORE_URLS=http://+:%u", draft->port);
}

static void
set_node_deps (PodliftTemplateVars *vars,
               const PodliftDraft  *draft,
               gboolean             prod_only)
{
  const char *manager = draft->package_manager;

  podlift_template_set_flag (vars, "npm", strcmp (manager, "npm") == 0);
  podlift_template_set_flag (vars, "yarn", strcmp (manager, "yarn") == 0);
  podlift_template_set_flag (vars, "pnpm", strcmp (manager, "pnpm") == 0);
  podlift_template_set_flag (vars, "prod_only", prod_only);
  podlift_template_set (vars, "pnpm_version", PNPM_VERSION);

  if (strcmp (manager, "yarn") == 0)
    podlift_template_set (vars, "prune",
                          "yarn install --frozen-lockfile --production --ignore-scripts "
                          "--prefer-offline \\\n && yarn cache clean");
  else if (strcmp (manager, "pnpm") == 0)
    podlift_template_set (vars, "prune", "pnpm prune --prod");
  else
    podlift_template_set (vars, "prune", "npm prune --omit=dev");
}

/* What nginx serves: the one folder listed, as the site's root; else
 * each file listed; else the build's dist/ or the whole folder. */
static void
set_static_site (PodliftTemplateVars *vars,
                 PodliftAppProfile   *profile,
                 const PodliftDraft  *draft,
                 GPtrArray           *notes)
{
  const char *root = draft->build_command != NULL ? "/src/" : "";
  const char *html = "/usr/share/nginx/html/";
  g_autoptr(GPtrArray) copies = image_file_copies (profile, root, html);
  const char * const *files = podlift_app_profile_get_image_files (profile);
  g_autofree char *only = files != NULL && g_strv_length ((GStrv) files) == 1
                          ? clean_path (files[0]) : NULL;

  set_node_deps (vars, draft, FALSE);
  podlift_template_set_flag (vars, "listen", draft->port != 8080);

  if (only != NULL && g_str_has_suffix (only, "/"))
    {
      g_autofree char *source = g_strconcat (root, only, NULL);

      g_ptr_array_set_size (copies, 0);
      g_ptr_array_add (copies, copy_arguments (source, html));
    }
  else if (copies->len == 0 && draft->build_command != NULL)
    {
      g_ptr_array_add (copies, copy_arguments ("/src/dist/", html));
      g_ptr_array_add (notes, g_strdup ("The site is taken from the build's dist/ folder: list "
                                        "the build's output folder among the files the image "
                                        "needs if it is another one."));
    }
  else if (copies->len == 0)
    g_ptr_array_add (copies, copy_arguments (".", html));

  podlift_template_set_list (vars, "site_files", g_steal_pointer (&copies));
}

static void
set_php (PodliftTemplateVars *vars,
         const PodliftDraft  *draft,
         GPtrArray           *setup,
         GPtrArray           *after_user)
{
  podlift_template_set_flag (vars, "apache", draft->apache);

  g_ptr_array_add (setup, g_strdup ("cp \"$PHP_INI_DIR/php.ini-production\" "
                                    "\"$PHP_INI_DIR/php.ini\""));
  if (!draft->apache && draft->port != 9000)
    g_ptr_array_add (setup, g_strdup_printf ("sed -i 's/^listen = 9000$/listen = %u/' "
                                             "/usr/local/etc/php-fpm.d/zz-docker.conf",
                                             draft->port));
  if (draft->apache && draft->port != 80)
    {
      g_ptr_array_add (setup, g_strdup_printf ("sed -i 's/^Listen 80$/Listen %u/' "
                                               "/etc/apache2/ports.conf", draft->port));
      g_ptr_array_add (setup, g_strdup_printf ("sed -i 's/<VirtualHost \\*:80>/<VirtualHost "
                                               "*:%u>/' /etc/apache2/sites-available/"
                                               "000-default.conf", draft->port));
    }
  if (draft->apache)
    g_ptr_array_add (after_user, g_strdup_printf ("chown -R %u:%u /var/run/apache2 "
                                                  "/var/lock/apache2", draft->uid, draft->uid));
}

/* ---- Common variables -------------------------------------------------------------- */

static gboolean
is_interpreted (PodliftStack stack)
{
  return stack == PODLIFT_STACK_NODE || stack == PODLIFT_STACK_PYTHON ||
         stack == PODLIFT_STACK_PHP || stack == PODLIFT_STACK_RUBY;
}

static void
set_answers (PodliftTemplateVars *vars,
             PodliftAppProfile   *profile,
             const PodliftDraft  *draft,
             GPtrArray           *notes)
{
  g_autofree char *title = g_strdup (podlift_app_profile_get_name (profile));
  g_autofree char *cmd = cmd_json (draft);
  g_autoptr(GPtrArray) files = image_file_copies (profile, "/src/", "./");
  gboolean copy_all = FALSE;

  if (title != NULL)
    g_strdelimit (g_strstrip (title), "\r\n", ' ');
  podlift_template_set (vars, "title", title != NULL && title[0] != '\0' ? title
                                                                         : "This application");
  podlift_template_set (vars, "package_manager", draft->package_manager);
  podlift_template_set (vars, "version", draft->version);
  if (draft->stack == PODLIFT_STACK_STATIC && draft->build_command == NULL)
    podlift_template_set (vars, "summary", "a static site");
  else if (draft->stack == PODLIFT_STACK_STATIC)
    podlift_template_set_printf (vars, "summary", "a static site built with Node.js %s and %s",
                                 draft->version, draft->package_manager);
  else
    podlift_template_set_printf (vars, "summary", "%s %s with %s%s", stack_labels[draft->stack],
                                 draft->version, draft->package_manager,
                                 draft->stack != PODLIFT_STACK_PHP ? ""
                                 : draft->apache ? " (Apache)" : " (PHP-FPM)");
  podlift_template_set (vars, "build_command", draft->build_command);
  podlift_template_set (vars, "cmd", cmd);
  podlift_template_set_printf (vars, "port", "%u", draft->port);
  podlift_template_set_printf (vars, "uid", "%u", draft->uid);
  podlift_template_set_printf (vars, "gid", "%u",
                               draft->stack == PODLIFT_STACK_STATIC ? 0 : draft->uid);

  if (is_interpreted (draft->stack))
    {
      copy_all = files->len == 0 || draft->build_command != NULL;
      if (files->len > 0 && draft->build_command != NULL)
        g_ptr_array_add (notes, g_strdup ("The files the build makes are not known: the whole "
                                          "build folder is copied, with the files the image "
                                          "needs in it."));
      if (copy_all)
        g_ptr_array_set_size (files, 0);
    }

  podlift_template_set_flag (vars, "copy_all", copy_all);
  podlift_template_set_list (vars, "image_files", g_steal_pointer (&files));
}

static void
set_bases (PodliftTemplateVars *vars,
           PodliftAppProfile   *profile,
           const PodliftBases  *bases)
{
  podlift_template_set (vars, "build_image", bases->build_image);
  podlift_template_set (vars, "final_image", bases->final_image);
  podlift_template_set_list (vars, "base_notes", wrap_notes (bases->notes));
  podlift_template_set_flag (vars, "keep_full", bases->keep_full);
  podlift_template_set_flag (vars, "has_shell", bases->has_shell);
  podlift_template_set_flag (vars, "alpine", bases->alpine);
  podlift_template_set_flag (vars, "reset_entrypoint", bases->reset_entrypoint);
  podlift_template_set_list (vars, "state_paths",
                             bases->has_shell ? state_directories (profile) : NULL);
}

static PodliftTemplateVars *
template_vars (PodliftAppProfile  *profile,
               const PodliftDraft *draft,
               const PodliftBases *bases)
{
  PodliftTemplateVars *vars = podlift_template_vars_new ();
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *setup = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *after_user = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < draft->notes->len; i++)
    g_ptr_array_add (notes, g_strdup (g_ptr_array_index (draft->notes, i)));

  set_answers (vars, profile, draft, notes);
  set_bases (vars, profile, bases);
  podlift_template_set (vars, "poetry_version", POETRY_VERSION);
  podlift_template_set_flag (vars, "poetry", strcmp (draft->package_manager, "poetry") == 0);
  podlift_template_set_flag (vars, "gradle", strcmp (draft->package_manager, "gradle") == 0);

  switch (draft->stack)
    {
    case PODLIFT_STACK_NODE: set_node_deps (vars, draft, draft->build_command == NULL); break;
    case PODLIFT_STACK_GO:
    case PODLIFT_STACK_RUST: set_binary (vars, draft); break;
    case PODLIFT_STACK_JAVA: set_java (vars, draft); break;
    case PODLIFT_STACK_DOTNET: set_dotnet (vars, draft); break;
    case PODLIFT_STACK_PHP: set_php (vars, draft, setup, after_user); break;
    case PODLIFT_STACK_STATIC: set_static_site (vars, profile, draft, notes); break;
    case PODLIFT_STACK_PYTHON:
    case PODLIFT_STACK_RUBY:
    case PODLIFT_STACK_UNKNOWN:
    default:
      break;
    }

  podlift_template_set_list (vars, "notes", wrap_notes (notes));
  podlift_template_set_list (vars, "setup", setup);
  podlift_template_set_list (vars, "after_user", after_user);

  return vars;
}

/* ---- Public API ---------------------------------------------------------------------- */

char *
podlift_dockerfile_generate (PodliftAppProfile  *profile,
                             PodliftDockerfile  *container,
                             GError            **error)
{
  g_autoptr(PodliftDraft) draft = NULL;
  g_autoptr(PodliftBases) bases = NULL;
  g_autoptr(GHashTable) vars = NULL;

  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (profile), NULL);
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (container), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  draft = podlift_draft_new (profile, container, error);
  if (draft == NULL)
    return NULL;

  bases = podlift_bases_choose (draft);
  vars = template_vars (profile, draft, bases);

  return podlift_template_render_resource (template_names[draft->stack], vars, error);
}

char *
podlift_dockerfile_final_base (PodliftAppProfile *profile,
                               PodliftDockerfile *container)
{
  g_autoptr(PodliftDraft) draft = NULL;
  g_autoptr(PodliftBases) bases = NULL;

  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (profile), NULL);
  g_return_val_if_fail (PODLIFT_IS_DOCKERFILE (container), NULL);

  draft = podlift_draft_new (profile, container, NULL);
  if (draft == NULL)
    return NULL;

  bases = podlift_bases_choose (draft);
  return g_strdup (bases->final_image);
}

char *
podlift_dockerignore_generate (PodliftAppProfile *profile)
{
  static const char * const flags[] = {
    [PODLIFT_STACK_NODE] = "node", [PODLIFT_STACK_PYTHON] = "python",
    [PODLIFT_STACK_GO] = "go", [PODLIFT_STACK_JAVA] = "java", [PODLIFT_STACK_PHP] = "php",
    [PODLIFT_STACK_RUBY] = "ruby", [PODLIFT_STACK_DOTNET] = "dotnet",
    [PODLIFT_STACK_RUST] = "rust", [PODLIFT_STACK_STATIC] = "static",
  };
  g_autoptr(GHashTable) vars = podlift_template_vars_new ();
  g_autoptr(GError) error = NULL;
  PodliftStack stack;
  char *text;

  g_return_val_if_fail (PODLIFT_IS_APP_PROFILE (profile), NULL);

  stack = podlift_app_profile_get_stack (profile);
  for (guint i = PODLIFT_STACK_NODE; i < G_N_ELEMENTS (flags); i++)
    podlift_template_set_flag (vars, flags[i], i == stack);
  podlift_template_set_flag (vars, "gradle",
                             g_strcmp0 (podlift_app_profile_get_package_manager (profile),
                                        "gradle") == 0);

  text = podlift_template_render_resource ("dockerignore", vars, &error);
  if (text == NULL)
    g_critical ("The .dockerignore template does not render: %s", error->message);

  return text;
}
