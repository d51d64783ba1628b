/* podlift-lint-rules-dl3000-run.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The DL3000 – DL3029 rules on RUN commands: those checked command by
 * command (in one pass over the RUNs, with their fixes found among the
 * RUN's words) and DL3009, which follows the stages. */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "podlift-lint-rules-dl3000-private.h"

/* --- Cache mounts -------------------------------------------------------- */

typedef gboolean (*MountMatch) (const char *target,
                                gsize       len,
                                const char *path);

static gboolean
target_has_prefix (const char *target,
                   gsize       len,
                   const char *path)
{
  return has_prefix_len (target, len, path);
}

static gboolean
target_contains (const char *target,
                 gsize       len,
                 const char *path)
{
  return contains_len (target, len, path);
}

/* Whether the RUN has a cache mount (or tmpfs, with @tmpfs) whose target
 * matches @path. */
static gboolean
run_has_mount (const PodliftInstruction *run,
               const char               *path,
               MountMatch                match,
               gboolean                  tmpfs)
{
  if (run->flags == NULL)
    return FALSE;

  for (guint i = 0; i < run->flags->len; i++)
    {
      const PodliftFlag *flag = g_ptr_array_index (run->flags, i);
      const char *target;
      gsize len;

      if (!flag_is (flag, "mount") || flag->value == NULL)
        continue;
      if (!mount_is (flag->value, "cache") && !(tmpfs && mount_is (flag->value, "tmpfs")))
        continue;
      target = mount_target (flag->value, &len);
      if (target != NULL && match (target, len, path))
        return TRUE;
    }

  return FALSE;
}

/* --- Fixes on RUN words -------------------------------------------------- */

static gboolean
word_is_operator (const char *raw)
{
  static const char * const operators[] = {
    "&&", "||", ";", "|", "&", "(", ")", "{", "}", "!",
    "then", "do", "else", "elif", "if", "while", "until", NULL
  };

  return str_in (raw, operators);
}

static gboolean
word_ends_command (const char *raw)
{
  gsize len = strlen (raw);

  return len > 1 && (raw[len - 1] == ';' || raw[len - 1] == '&' || raw[len - 1] == '|');
}

static gboolean
word_is_assignment (const char *raw)
{
  if (!g_ascii_isalpha (*raw) && *raw != '_')
    return FALSE;
  while (g_ascii_isalnum (*raw) || *raw == '_')
    raw++;

  return *raw == '=';
}

/* Walks the shell words of @run command by command: the places where
 * @program runs with @subcommand (NULL: any) somewhere after it. Returns
 * the @nth place's subcommand word (its program word when @subcommand is
 * NULL) and counts the places in @count. */
static const PodliftWord *
find_command_word (const PodliftInstruction *run,
                   const char               *program,
                   const char               *subcommand,
                   guint                     nth,
                   guint                    *count)
{
  const PodliftWord *found = NULL;
  gboolean at_command = TRUE;
  gboolean in_program = FALSE;

  *count = 0;
  if (run->exec_form || run->words == NULL)
    return NULL;

  for (guint i = 0; i < run->words->len; i++)
    {
      const PodliftWord *word = g_ptr_array_index (run->words, i);
      const char *raw = word->raw != NULL ? word->raw : word->text;
      const PodliftWord *place = NULL;

      if (word_is_operator (raw))
        {
          at_command = TRUE;
          in_program = FALSE;
          continue;
        }
      if (at_command && word_is_assignment (raw))
        continue;

      if (at_command)
        {
          at_command = FALSE;
          in_program = g_strcmp0 (raw, program) == 0;
          if (in_program && subcommand == NULL)
            place = word;
        }
      else if (in_program && subcommand != NULL && g_strcmp0 (raw, subcommand) == 0)
        {
          place = word;
          in_program = FALSE;
        }

      if (place != NULL && (*count)++ == nth)
        found = place;
      if (word_ends_command (raw))
        {
          at_command = TRUE;
          in_program = FALSE;
        }
    }

  return found;
}

typedef struct
{
  const char  *code;
  gboolean     onbuild;          /* hadolint runs it on ONBUILD RUN too */
  const char  *program;          /* the only program it fails, or NULL */
  gboolean   (*fails)         (const PodliftShellCommand *command);
  gboolean   (*skips)         (const PodliftInstruction  *run);
  /* A fix: @fix_text goes after the word @fix_after of the failing
   * @fix_program command, or replaces the program word if @fix_after
   * is NULL; only when @fix_applies (if set) agrees. */
  const char  *fix_program;
  const char  *fix_after;
  const char  *fix_text;
  const char  *fix_title;
  gboolean   (*fix_applies)   (const PodliftShellCommand *command);
} CommandRule;

/* Reports @rule on @instruction, with its fix when the failing command
 * (the @index-th of @script) can be found among the RUN's words. */
static void
report_command (PodliftLintContext       *ctx,
                const CommandRule        *rule,
                const PodliftInstruction *instruction,
                const PodliftInstruction *run,
                const PodliftShellScript *script,
                guint                     index)
{
  const PodliftShellCommand *failing = g_ptr_array_index (script->commands, index);
  const PodliftWord *word;
  PodliftRange fix_range;
  guint nth = 0, total = 0, places;

  if (rule->fix_text == NULL || (rule->fix_applies != NULL && !rule->fix_applies (failing)))
    {
      podlift_lint_report (ctx, rule->code, instruction);
      return;
    }

  for (guint i = 0; i < script->commands->len; i++)
    if (cmd_runs (g_ptr_array_index (script->commands, i), rule->fix_program, rule->fix_after))
      {
        if (i < index)
          nth++;
        total++;
      }

  word = find_command_word (run, rule->fix_program, rule->fix_after, nth, &places);
  if (word == NULL || places != total)
    {
      podlift_lint_report (ctx, rule->code, instruction);
      return;
    }

  fix_range = word->range;
  if (rule->fix_after != NULL)
    fix_range.start = fix_range.end;

  podlift_lint_report_full (ctx, rule->code, instruction, NULL, NULL,
                            &fix_range, rule->fix_text, rule->fix_title);
}

/* --- Rules on RUN commands ----------------------------------------------- */

static gboolean
dl3001_fails (const PodliftShellCommand *command)
{
  static const char * const pointless[] = {
    "free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim", NULL
  };
  const char *program = podlift_shell_command_program (command);

  /* Most commands go no further than their first letter. */
  return program[0] != '\0' && strchr ("fkmpstv", program[0]) != NULL &&
         str_in (program, pointless);
}

static gboolean
dl3003_fails (const PodliftShellCommand *command)
{
  return cmd_is (command, "cd");
}

static gboolean
dl3004_fails (const PodliftShellCommand *command)
{
  return cmd_is (command, "sudo");
}

/* Whether a word among the non-flag words of @command, after the words
 * @skip_a and @skip_b, fails @pinned. */
static gboolean
any_unpinned (const PodliftShellCommand *command,
              const char * const        *flags_with_values,
              const char                *skip_a,
              const char                *skip_b,
              gboolean                 (*pinned) (const char *package))
{
  PodliftShellArgIter iter = { 0 };
  const char *arg;

  while ((arg = podlift_shell_command_next_arg (command, flags_with_values, &iter)) != NULL)
    {
      if (g_strcmp0 (arg, skip_a) == 0 || g_strcmp0 (arg, skip_b) == 0 || strcmp (arg, "--") == 0)
        continue;
      if (!pinned (arg))
        return TRUE;
    }

  return FALSE;
}

/* apt-get: pkg=1.2, a path (./x.deb, /tmp/x) or a .deb file. */
static gboolean
apt_pinned (const char *package)
{
  return strchr (package, '=') != NULL ||
         strchr (package, '/') != NULL ||
         g_str_has_suffix (package, ".deb");
}

static gboolean
dl3008_fails (const PodliftShellCommand *command)
{
  static const char * const values[] = { "t", "target-release", NULL };

  return cmd_runs (command, "apt-get", "install") &&
         any_unpinned (command, values, "install", NULL, apt_pinned);
}

static gboolean
is_pip_install (const PodliftShellCommand *command)
{
  const char *program = podlift_shell_command_program (command);
  GPtrArray *args = command->args;

  if (program[0] != 'p')
    return FALSE;
  if (program[1] == 'i' && program[2] == 'p')
    return cmd_has_arg (command, "install");
  if (strncmp (program, "python", 6) == 0)
    for (guint i = 0; i + 2 < args->len; i++)
      if (strcmp (g_ptr_array_index (args, i), "-m") == 0 &&
          strcmp (g_ptr_array_index (args, i + 1), "pip") == 0 &&
          strcmp (g_ptr_array_index (args, i + 2), "install") == 0)
        return TRUE;

  return FALSE;
}

/* pip: a version operator, a VCS URL with @ref, a wheel or sdist file,
 * or a path. */
static gboolean
pip_pinned (const char *package)
{
  gboolean vcs = g_str_has_prefix (package, "git") || g_str_has_prefix (package, "svn") ||
                 g_str_has_prefix (package, "hg+") || g_str_has_prefix (package, "bzr+");

  if (strstr (package, "==") != NULL || strstr (package, "!=") != NULL ||
      strstr (package, "~=") != NULL || strpbrk (package, "<>") != NULL)
    return TRUE;
  if (vcs)
    return strchr (package, '@') != NULL;

  return g_str_has_suffix (package, ".whl") || g_str_has_suffix (package, ".tar.gz") ||
         strchr (package, '/') != NULL;
}

static gboolean
dl3013_fails (const PodliftShellCommand *command)
{
  static const char * const values[] = {
    "abi", "b", "build", "e", "editable", "extra-index-url", "f", "find-links",
    "i", "index-url", "implementation", "no-binary", "only-binary", "platform",
    "prefix", "progress-bar", "proxy", "python-version", "root", "src", "t",
    "target", "trusted-host", "upgrade-strategy", NULL
  };
  PodliftShellArgIter iter = { 0 };
  const char *arg;

  if (!is_pip_install (command) ||
      cmd_has_arg (command, "--requirement") || cmd_has_arg (command, "-r") ||
      cmd_has_arg (command, ".") ||
      podlift_shell_command_has_flag (command, "constraint") ||
      podlift_shell_command_has_flag (command, "c"))
    return FALSE;

  /* The packages are the words after "install". */
  while ((arg = podlift_shell_command_next_arg (command, values, &iter)) != NULL &&
         strcmp (arg, "install") != 0)
    ;
  while (arg != NULL && strcmp (arg, "install") == 0)
    arg = podlift_shell_command_next_arg (command, values, &iter);
  for (; arg != NULL; arg = podlift_shell_command_next_arg (command, values, &iter))
    if (!pip_pinned (arg))
      return TRUE;

  return FALSE;
}

/* -y, --yes, --assume-yes, or quiet level 2 (-qq, -q -q, -q=2), which
 * implies -y. hadolint counts exactly two q's, so -qqq is not enough. */
static gboolean
apt_get_assumes_yes (const PodliftShellCommand *command)
{
  guint q = 0, quiet = 0;

  if (podlift_shell_command_has_flag (command, "y") ||
      podlift_shell_command_has_flag (command, "yes") ||
      podlift_shell_command_has_flag (command, "assume-yes") ||
      podlift_shell_command_has_flag (command, "qq"))
    return TRUE;

  for (guint i = 0; i < command->args->len; i++)
    {
      const char *arg = g_ptr_array_index (command->args, i);

      if (strcmp (arg, "-q=2") == 0)
        return TRUE;
      if (g_str_has_prefix (arg, "--"))
        quiet += strcmp (arg, "--quiet") == 0;
      else if (arg[0] == '-')
        for (const char *c = arg + 1; *c != '\0' && *c != '='; c++)
          q += *c == 'q';
    }

  return q == 2 || quiet == 2;
}

static gboolean
dl3014_fails (const PodliftShellCommand *command)
{
  return cmd_runs (command, "apt-get", "install") && !apt_get_assumes_yes (command);
}

static gboolean
dl3015_fails (const PodliftShellCommand *command)
{
  return cmd_runs (command, "apt-get", "install") &&
         !podlift_shell_command_has_flag (command, "no-install-recommends") &&
         !cmd_has_arg (command, "APT::Install-Recommends=false");
}

/* npm: name@version (the @ of a scope does not count), a git URL with
 * #ref, a tarball or a folder. */
static gboolean
npm_pinned (const char *package)
{
  static const char * const git[] = { "git://", "git+ssh://", "git+http://", "git+https://", NULL };
  static const char * const folders[] = { "/", "./", "../", "~/", NULL };
  const char *name = package;

  for (guint i = 0; git[i] != NULL; i++)
    if (g_str_has_prefix (package, git[i]))
      return strchr (package, '#') != NULL;
  if (g_str_has_suffix (package, ".tar") || g_str_has_suffix (package, ".tgz") ||
      g_str_has_suffix (package, ".tar.gz"))
    return TRUE;
  for (guint i = 0; folders[i] != NULL; i++)
    if (g_str_has_prefix (package, folders[i]))
      return TRUE;

  /* hadolint drops a scope by skipping the characters above '/'. */
  if (*name == '@')
    while (*name != '\0' && *name > '/')
      name++;

  return strchr (name, '@') != NULL;
}

static gboolean
dl3016_fails (const PodliftShellCommand *command)
{
  static const char * const values[] = { "loglevel", NULL };
  PodliftShellArgIter iter = { 0 };
  const char *arg;

  if (!cmd_runs (command, "npm", "install"))
    return FALSE;

  /* Only "npm install …", not "npm --prefix x install". */
  arg = podlift_shell_command_next_arg (command, values, &iter);
  if (arg == NULL || strcmp (arg, "install") != 0)
    return FALSE;

  while (arg != NULL && strcmp (arg, "install") == 0)
    arg = podlift_shell_command_next_arg (command, values, &iter);
  for (; arg != NULL; arg = podlift_shell_command_next_arg (command, values, &iter))
    if (!npm_pinned (arg))
      return TRUE;

  return FALSE;
}

static gboolean
apk_pinned (const char *package)
{
  return strpbrk (package, "=~<>") != NULL || g_str_has_suffix (package, ".apk");
}

static gboolean
dl3018_fails (const PodliftShellCommand *command)
{
  static const char * const values[] = { "t", "virtual", "repository", "X", NULL };

  return cmd_runs (command, "apk", "add") &&
         any_unpinned (command, values, "add", NULL, apk_pinned);
}

static gboolean
dl3019_fails (const PodliftShellCommand *command)
{
  return cmd_runs (command, "apk", "add") &&
         !podlift_shell_command_has_flag (command, "no-cache");
}

static gboolean
dl3019_skips (const PodliftInstruction *run)
{
  return run_has_mount (run, "/var/cache/apk", target_contains, TRUE);
}

static gboolean
dl3027_fails (const PodliftShellCommand *command)
{
  return cmd_is (command, "apt");
}

/* apt → apt-get only for what apt-get does the same way. */
static gboolean
dl3027_fix_applies (const PodliftShellCommand *command)
{
  static const char * const same[] = {
    "install", "update", "upgrade", "remove", "purge", "autoremove", "dist-upgrade",
    "clean", "autoclean", "source", "build-dep", "download", "check", "satisfy", NULL
  };
  PodliftShellArgIter iter = { 0 };

  return str_in (podlift_shell_command_next_arg (command, no_flag_values, &iter), same);
}

static gboolean
gem_pinned (const char *package)
{
  return strchr (package, ':') != NULL;
}

static gboolean
dl3028_fails (const PodliftShellCommand *command)
{
  if (!cmd_is (command, "gem") ||
      !(cmd_has_arg (command, "install") || cmd_has_arg (command, "i")) ||
      cmd_has_arg (command, "-v") || cmd_has_arg (command, "--version"))
    return FALSE;

  for (guint i = 0; i < command->args->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (command->args, i), "--version="))
      return FALSE;

  return any_unpinned (command, no_flag_values, "install", "i", gem_pinned);
}

/* The rules on RUN commands are checked together, in one pass over the
 * RUNs: the table gives that pass to DL3001 and no check of their own to
 * the others (the linter runs every check and filters the findings). */
static const CommandRule command_rules[] = {
  { .code = "DL3001", .fails = dl3001_fails },
  { .code = "DL3003", .program = "cd", .fails = dl3003_fails },
  { .code = "DL3004", .program = "sudo", .fails = dl3004_fails },
  { .code = "DL3008", .program = "apt-get", .fails = dl3008_fails },
  { .code = "DL3013", .onbuild = TRUE, .fails = dl3013_fails },
  { .code = "DL3014", .onbuild = TRUE, .program = "apt-get", .fails = dl3014_fails,
    .fix_program = "apt-get", .fix_after = "install", .fix_text = " -y",
    .fix_title = N_("Add -y") },
  { .code = "DL3015", .onbuild = TRUE, .program = "apt-get", .fails = dl3015_fails,
    .fix_program = "apt-get", .fix_after = "install", .fix_text = " --no-install-recommends",
    .fix_title = N_("Add --no-install-recommends") },
  { .code = "DL3016", .onbuild = TRUE, .program = "npm", .fails = dl3016_fails },
  { .code = "DL3018", .onbuild = TRUE, .program = "apk", .fails = dl3018_fails },
  { .code = "DL3019", .onbuild = TRUE, .program = "apk", .fails = dl3019_fails,
    .skips = dl3019_skips,
    .fix_program = "apk", .fix_after = "add", .fix_text = " --no-cache",
    .fix_title = N_("Add --no-cache") },
  { .code = "DL3027", .onbuild = TRUE, .program = "apt", .fails = dl3027_fails,
    .fix_program = "apt", .fix_text = "apt-get", .fix_title = N_("Use apt-get"),
    .fix_applies = dl3027_fix_applies },
  { .code = "DL3028", .onbuild = TRUE, .program = "gem", .fails = dl3028_fails },
};

/* A RUN fails a rule when one of its commands does: one finding. */
static void
check_run (PodliftLintContext   *ctx,
           const CommandRule    *rule,
           const PodliftRunSite *site)
{
  const PodliftInstruction *instruction = site->instruction;
  const PodliftInstruction *run = site->run;
  const PodliftShellScript *script = site->script;

  if ((run != instruction && !rule->onbuild) ||
      (rule->program != NULL && (site->programs & PODLIFT_PROGRAM_LETTER (rule->program[0])) == 0) ||
      (rule->skips != NULL && rule->skips (run)))
    return;

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);

      /* The first letter of the program rules most rules out. */
      if (rule->program != NULL && rule->program[0] != podlift_shell_command_program (command)[0])
        continue;
      if (rule->fails (command))
        {
          report_command (ctx, rule, instruction, run, script, i);
          return;
        }
    }
}

void
podlift_rules_check_dl3001 (PodliftLintContext *ctx)
{
  guint n_runs;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);

  for (guint i = 0; i < n_runs; i++)
    for (guint r = 0; r < G_N_ELEMENTS (command_rules); r++)
      check_run (ctx, &command_rules[r], &runs[i]);
}

/* --- DL3009: apt lists ---------------------------------------------------- */

static gboolean
forgets_apt_lists (const PodliftShellScript *script)
{
  gboolean update = FALSE;

  /* hadolint takes any rm with -rf, or with the lists, as the clean-up. */
  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *command = g_ptr_array_index (script->commands, i);

      if (cmd_runs (command, "rm", "-rf") || cmd_runs (command, "rm", "/var/lib/apt/lists/*"))
        return FALSE;
      update |= cmd_runs (command, "apt-get", "update");
    }

  return update;
}

static gboolean
caches_apt_lists (const PodliftInstruction *run)
{
  return run_has_mount (run, "/var/lib/apt/lists", target_has_prefix, FALSE) ||
         (run_has_mount (run, "/var/lib/apt", target_has_prefix, FALSE) &&
          run_has_mount (run, "/var/cache/apt", target_has_prefix, FALSE));
}

static void
dl3009_report (PodliftLintContext       *ctx,
               const PodliftInstruction *instruction,
               const PodliftInstruction *run)
{
  static const char cleanup[] = " && rm -rf /var/lib/apt/lists/*";
  gsize len;
  const char *text = trimmed (run->arguments, &len);
  PodliftRange fix_range = { run->arguments_range.end, run->arguments_range.end };

  /* Appending the clean-up is safe on a plain shell line only. */
  if (run->exec_form || (run->heredocs != NULL && run->heredocs->len > 0) || len == 0 ||
      memchr (text, '#', len) != NULL || strchr (";&|\\", text[len - 1]) != NULL)
    podlift_lint_report (ctx, "DL3009", instruction);
  else
    podlift_lint_report_full (ctx, "DL3009", instruction, NULL, NULL,
                              &fix_range, cleanup, N_("Delete the apt lists"));
}

static gboolean
same_from (const PodliftDockerfileAst *ast,
           const PodliftInstruction   *a,
           const PodliftInstruction   *b)
{
  const PodliftFlag *pa = find_flag (a, "platform");
  const PodliftFlag *pb = find_flag (b, "platform");

  return g_strcmp0 (a->image, b->image) == 0 &&
         g_strcmp0 (stage_alias (ast, a->stage), stage_alias (ast, b->stage)) == 0 &&
         g_strcmp0 (pa != NULL ? pa->value : NULL, pb != NULL ? pb->value : NULL) == 0;
}

/* Whether a RUN of @stage counts: hadolint looks at the final stage, at
 * any stage whose FROM reads exactly like the final one, and at stages
 * that a FROM uses as its image. */
static gboolean
dl3009_stage_counts (const PodliftDockerfileAst *ast,
                     guint                       stage,
                     GHashTable                 *from_names,
                     const PodliftInstruction   *last_from)
{
  const PodliftStage *info;
  const PodliftInstruction *from;

  if (stage >= ast->stages->len)
    return ast->stages->len == 0;
  if (stage + 1 == ast->stages->len)
    return TRUE;

  info = g_ptr_array_index (ast->stages, stage);
  from = g_ptr_array_index (ast->instructions, info->from);

  return (info->name != NULL && g_hash_table_contains (from_names, info->name)) ||
         (last_from != NULL && same_from (ast, from, last_from));
}

void
podlift_rules_check_dl3009 (PodliftLintContext *ctx)
{
  const PodliftDockerfileAst *ast = podlift_lint_context_get_ast (ctx);
  g_autoptr(GHashTable) from_names = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  const PodliftInstruction *last_from = NULL;
  guint n_runs, n_froms;
  const PodliftRunSite *runs = podlift_lint_context_get_runs (ctx, &n_runs);
  const guint *froms;

  for (guint i = 0; i < n_runs; i++)
    {
      const PodliftInstruction *instruction = runs[i].instruction;
      const PodliftInstruction *run = runs[i].run;

      /* No apt-get, no apt-get update. */
      if ((runs[i].programs & PODLIFT_PROGRAM_LETTER ('a')) == 0 || caches_apt_lists (run) ||
          !forgets_apt_lists (runs[i].script))
        continue;

      /* ONBUILD runs in a child image's last stage: always counts. */
      if (run != instruction)
        dl3009_report (ctx, instruction, run);
      else
        {
          if (pending == NULL)
            pending = g_ptr_array_new ();
          g_ptr_array_add (pending, (gpointer) instruction);
        }
    }

  if (pending == NULL)
    return;

  froms = podlift_lint_context_get_kind (ctx, PODLIFT_INSTRUCTION_FROM, &n_froms);
  from_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n_froms; i++)
    {
      const PodliftInstruction *from = g_ptr_array_index (ast->instructions, froms[i]);
      const char *registry, *name;
      gsize registry_len, name_len;

      if (from->image == NULL)
        continue;
      split_image (from->image, &registry, &registry_len, &name, &name_len);
      g_hash_table_add (from_names, g_strndup (name, name_len));
      last_from = from;
    }

  for (guint i = 0; i < pending->len; i++)
    {
      const PodliftInstruction *run = g_ptr_array_index (pending, i);

      if (dl3009_stage_counts (ast, run->stage, from_names, last_from))
        dl3009_report (ctx, run, run);
    }
}

