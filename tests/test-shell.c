/* test-shell.c
 *
 * Copyright 2026 The Podlift developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>

#include "podlift-shell.h"

/* A script as one line: "{A=1} name arg … OP name …", a word with a
 * space (or empty) in «», the operators as written (";" for a newline). */
static void
append_word (GString    *out,
             const char *word)
{
  if (*word == '\0' || strpbrk (word, " \t\n") != NULL)
    g_string_append_printf (out, "«%s»", word);
  else
    g_string_append (out, word);
}

static char *
dump (const PodliftShellScript *script)
{
  static const char * const ops[] = { "", " && ", " || ", " ; ", " | ", " & " };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < script->commands->len; i++)
    {
      const PodliftShellCommand *cmd = g_ptr_array_index (script->commands, i);

      for (guint j = 0; j < cmd->assignments->len; j++)
        g_string_append_printf (out, "{%s} ",
                                (const char *)g_ptr_array_index (cmd->assignments, j));

      append_word (out, cmd->name);

      for (guint j = 0; j < cmd->args->len; j++)
        {
          g_string_append_c (out, ' ');
          append_word (out, g_ptr_array_index (cmd->args, j));
        }

      g_string_append (out, ops[cmd->next]);
    }

  return g_string_free (out, FALSE);
}

static void
assert_parse (const char *text,
              const char *expected)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);
  g_autofree char *got = dump (script);

  if (g_strcmp0 (got, expected) != 0)
    g_error ("parsing\n  %s\ngave\n  %s\nexpected\n  %s", text, got, expected);
}

static PodliftShellCommand *
first_command (PodliftShellScript *script,
               const char         *name)
{
  for (guint i = 0; i < script->commands->len; i++)
    {
      PodliftShellCommand *cmd = g_ptr_array_index (script->commands, i);

      if (g_strcmp0 (cmd->name, name) == 0)
        return cmd;
    }

  g_error ("no command %s", name);
  return NULL;
}

static gboolean
has_pipe (const char *text)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);

  return script->has_pipe;
}

static void
test_operators (void)
{
  assert_parse ("a && b || c ; d | e & f", "a && b || c ; d | e & f");
  assert_parse ("a&&b||c;d|e&f", "a && b || c ; d | e & f");
  assert_parse ("a |& b", "a | b");
  assert_parse ("apt-get update\napt-get install -y foo\n",
                "apt-get update ; apt-get install -y foo");
  assert_parse ("a\n\n\n  b  \n", "a ; b");
  assert_parse ("a;", "a");
  assert_parse ("", "");
  assert_parse ("   \n\t ", "");
  assert_parse (NULL, "");
  assert_parse ("a && \\\n  b", "a && b");
}

static void
test_pipes (void)
{
  g_assert_true (has_pipe ("wget -O - http://x | tar xz"));
  g_assert_true (has_pipe ("a |& b"));
  g_assert_true (has_pipe ("echo $(a | b)"));
  g_assert_false (has_pipe ("a || b"));
  g_assert_false (has_pipe ("echo 'a | b' \"c | d\" e\\|f"));
  g_assert_false (has_pipe ("# a | b"));
  /* hadolint (ShellCheck) does not look inside an sh -c string. */
  g_assert_false (has_pipe ("bash -c 'a | b'"));
}

static void
test_quotes (void)
{
  assert_parse ("echo 'a b' \"c $HOME d\" e\\ f", "echo «a b» «c $HOME d» «e f»");
  assert_parse ("echo \"a\\\"b\\\\c\\d\"", "echo a\"b\\c\\d");
  assert_parse ("echo 'a\\b' '' x", "echo a\\b «» x");
  assert_parse ("echo $'a\\tb\\'c'", "echo «a\tb'c»");
  assert_parse ("echo $\"x y\"", "echo «x y»");
  assert_parse ("echo \"a && b\" 'c; d' e\\;f", "echo «a && b» «c; d» e;f");
  assert_parse ("echo ab'c d'ef", "echo «abc def»");
  assert_parse ("echo \"multi\nline\"", "echo «multi\nline»");
  /* Unterminated quotes end with the text, never crash. */
  assert_parse ("echo 'abc", "echo abc");
  assert_parse ("echo \"abc", "echo abc");
  assert_parse ("echo `abc", "abc ; echo `abc");
  assert_parse ("echo \\", "echo \\");
}

static void
test_comments (void)
{
  assert_parse ("apt-get update # and && rm -rf x", "apt-get update");
  assert_parse ("# only a comment", "");
  assert_parse ("a # one\n# two\nb", "a ; b");
  assert_parse ("echo a#b", "echo a#b");
  assert_parse ("echo '# not' \"# not\"", "echo «# not» «# not»");
  assert_parse ("a;#comment\nb", "a ; b");
}

static void
test_groups (void)
{
  assert_parse ("(cd /tmp && make) && rm -rf /tmp/x", "cd /tmp && make && rm -rf /tmp/x");
  assert_parse ("{ apt-get update; apt-get install -y foo; } > /dev/null",
                "apt-get update ; apt-get install -y foo");
  assert_parse ("( a ) | b", "a | b");
  assert_parse ("( ( a ; b ) )", "a ; b");
  assert_parse ("echo {a,b} }", "echo {a,b} }");
  assert_parse ("(( i = 1 + 2 )) && a", "a");
  assert_parse ("f() { apt-get update; }; f", "apt-get update ; f");
  assert_parse ("function g { b; }", "b");
  assert_parse ("a )", "a");
}

static void
test_substitutions (void)
{
  assert_parse ("echo $(apt-get install -y foo) x",
                "apt-get install -y foo ; echo «$(apt-get install -y foo)» x");
  assert_parse ("echo `pip install foo`", "pip install foo ; echo «`pip install foo`»");
  assert_parse ("echo \"$(uname -m)\"", "uname -m ; echo «$(uname -m)»");
  assert_parse ("echo \"$(echo \"a b\")\"", "echo «a b» ; echo «$(echo \"a b\")»");
  assert_parse ("echo $(a $(b))", "b ; a $(b) ; echo «$(a $(b))»");
  assert_parse ("echo $((1 + 2)) ${FOO:-a b}", "echo «$((1 + 2))» «${FOO:-a b}»");
  assert_parse ("V=$(curl -s x)", "curl -s x");
  assert_parse ("diff <(sort a) <(sort b)", "sort a ; sort b ; diff «<(sort a)» «<(sort b)»");
  assert_parse ("echo $(a) && b", "a ; echo $(a) && b");
  assert_parse ("echo `echo \\`date\\``", "date ; echo `date` ; echo «`echo \\`date\\``»");
}

static void
test_deep_nesting (void)
{
  g_autoptr(GString) text = g_string_new ("echo ");
  g_autoptr(PodliftShellScript) script = NULL;
  PodliftShellCommand *last;

  for (guint i = 0; i < 200; i++)
    g_string_append (text, "$(a ");
  for (guint i = 0; i < 200; i++)
    g_string_append (text, ")");

  script = podlift_shell_parse (text->str);
  g_assert_cmpuint (script->commands->len, >, 0);
  last = g_ptr_array_index (script->commands, script->commands->len - 1);
  g_assert_cmpstr (last->name, ==, "echo");

  g_string_assign (text, "");
  for (guint i = 0; i < 200; i++)
    g_string_append (text, "sh -c \"");
  g_clear_pointer (&script, podlift_shell_script_free);
  script = podlift_shell_parse (text->str);
  g_assert_cmpuint (script->commands->len, >, 0);
}

/* Any text ends, never crashes: pieces of shell syntax in random order. */
static void
test_garbage (void)
{
  static const char * const pieces[] = {
    "'", "\"", "`", "$(", "$((", "${", ")", "(", "}", "{", "\\", "\n", ";", ";;", "&", "&&",
    "|", "||", "<<", "<<-", "<<<", ">", "2>&1", "<(", "#", " ", "\t", "EOF", "sh", "-c", "$'",
    "\\\n", "case", "in", "esac", "for", "do", "done", "if", "[[", "]]", "[", "]", "env", "A=",
    "exec", "=(", "x", "\xff", "\r",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260101);

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(PodliftShellScript) script = NULL;
      guint n = g_rand_int_range (rand, 1, 40);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

      script = podlift_shell_parse (text->str);
      for (guint i = 0; i < script->commands->len; i++)
        {
          const PodliftShellCommand *cmd = g_ptr_array_index (script->commands, i);

          g_assert_nonnull (cmd->name);
          g_assert_nonnull (cmd->args);
          g_assert_nonnull (cmd->assignments);
          g_assert_cmpint (cmd->next, <=, PODLIFT_SHELL_OP_BACKGROUND);
        }
    }
}

static void
test_shell_c (void)
{
  assert_parse ("sh -c 'apt-get update && apt-get install -y foo'",
                "sh -c «apt-get update && apt-get install -y foo» ; "
                "apt-get update && apt-get install -y foo");
  assert_parse ("/bin/bash -ec \"cd /x; make\" && b",
                "/bin/bash -ec «cd /x; make» ; cd /x ; make && b");
  assert_parse ("bash -o pipefail -c 'a | b'", "bash -o pipefail -c «a | b» ; a | b");
  assert_parse ("sh script.sh -c x", "sh script.sh -c x");
  assert_parse ("sh -c", "sh -c");
  assert_parse ("python -c 'import os'", "python -c «import os»");
  assert_parse ("su -c 'apt-get update'", "su -c «apt-get update»");
  assert_parse ("sh -c 'sh -c \"pip install x\"'",
                "sh -c «sh -c \"pip install x\"» ; sh -c «pip install x» ; pip install x");
}

static void
test_assignments (void)
{
  g_autoptr(PodliftShellScript) script = NULL;
  PodliftShellCommand *cmd;

  assert_parse ("DEBIAN_FRONTEND=noninteractive apt-get install -y foo",
                "{DEBIAN_FRONTEND=noninteractive} apt-get install -y foo");
  assert_parse ("A=\"a b\" B+=2 cmd X=1", "{A=a b} {B+=2} cmd X=1");
  assert_parse ("FOO=1", "");
  assert_parse ("FOO=1; bar", "bar");
  assert_parse ("arr=(a b c) cmd", "{arr=(a b c)} cmd");
  assert_parse ("'A=1' cmd", "A=1 cmd");
  assert_parse ("1A=1 cmd", "1A=1 cmd");
  assert_parse ("A-B=1 cmd", "A-B=1 cmd");
  assert_parse ("=x cmd", "=x cmd");

  script = podlift_shell_parse ("PIP_NO_CACHE_DIR=1 pip install x");
  cmd = first_command (script, "pip");
  g_assert_cmpuint (cmd->assignments->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cmd->assignments, 0), ==, "PIP_NO_CACHE_DIR=1");
  g_assert_cmpuint (cmd->args->len, ==, 2);
}

static void
test_wrappers (void)
{
  assert_parse ("env DEBIAN_FRONTEND=noninteractive apt-get install foo",
                "{DEBIAN_FRONTEND=noninteractive} apt-get install foo");
  assert_parse ("env -i PATH=/bin -u HOME make all", "{PATH=/bin} make all");
  assert_parse ("env", "env");
  assert_parse ("env FOO=1", "env FOO=1");
  assert_parse ("/usr/bin/env python3 x.py", "python3 x.py");
  /* hadolint sees sudo as the command (DL3004 needs it). */
  assert_parse ("sudo apt-get install foo", "sudo apt-get install foo");
  assert_parse ("command -v foo", "command -v foo");
  assert_parse ("command apt-get update", "apt-get update");
  assert_parse ("exec -a name gosu app run", "gosu app run");
  assert_parse ("busybox wget http://x", "wget http://x");
  assert_parse ("env sh -c 'yum install x'", "sh -c «yum install x» ; yum install x");
}

static void
test_heredocs (void)
{
  assert_parse ("cat <<EOF > /etc/x\nsudo rm -rf / && bad\nEOF\napt-get update",
                "cat ; apt-get update");
  assert_parse ("cat <<-'END' | tee x\n\tpip install a\n\tEND\nb",
                "cat | tee x ; b");
  assert_parse ("cat <<A <<\"B\"\nx\nA\ny\nB\nz", "cat ; z");
  assert_parse ("cat << EOF\nnever closed\n", "cat");
  assert_parse ("grep x <<< \"a b\" && c", "grep x && c");
  assert_parse ("cat <<EOF\r\nx\r\nEOF\r\nb", "cat ; b");
}

static void
test_redirections (void)
{
  assert_parse ("make 2>&1 > /dev/null | tee log", "make | tee log");
  assert_parse ("cmd &> out && cmd2 >> f 2> err < in", "cmd && cmd2");
  assert_parse ("cmd >| f <> g >&2 <&- x", "cmd x");
  assert_parse ("echo 2 > f", "echo 2");
  assert_parse ("> f", "");
  assert_parse ("cmd > $(mktemp)", "mktemp ; cmd");
}

static void
test_keywords (void)
{
  assert_parse ("if [ -f x ]; then apt-get update; else yum update; fi",
                "apt-get update ; yum update");
  assert_parse ("if ! command -v x; then a; elif b; then c; fi", "command -v x ; a ; b ; c");
  assert_parse ("for p in a b; do pip install $p; done", "pip install $p");
  assert_parse ("for i in $(seq 3); do echo $i; done", "seq 3 ; echo $i");
  assert_parse ("for ((i=0; i<3; i++)); do x; done", "x");
  assert_parse ("while read line; do echo $line; done < file", "read line ; echo $line");
  assert_parse ("until false; do sleep 1; done | cat", "false ; sleep 1 | cat");
  assert_parse ("case \"$(uname -m)\" in x86_64) A=amd64 ;; "
                "aarch64|arm64) curl -o x y ;; *) exit 1 ;; esac",
                "uname -m ; curl -o x y ; exit 1");
  assert_parse ("case $x in (a) b;; esac; c", "b ; c");
  assert_parse ("[[ -f a && -f b ]] && rm a", "rm a");
  assert_parse ("[ \"$a\" ] || [ b > c ] || echo x", "echo x");
  assert_parse ("test -f a && rm a", "test -f a && rm a");
  assert_parse ("time make", "make");
  assert_parse ("echo if then fi", "echo if then fi");
  assert_parse ("\"if\" x", "if x");
}

static void
test_program (void)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse ("/usr/bin/pip3 install x; pip; ./run.sh");
  GPtrArray *commands = script->commands;

  g_assert_cmpstr (podlift_shell_command_get_program (g_ptr_array_index (commands, 0)), ==, "pip3");
  g_assert_cmpstr (podlift_shell_command_get_program (g_ptr_array_index (commands, 1)), ==, "pip");
  g_assert_cmpstr (podlift_shell_command_get_program (g_ptr_array_index (commands, 2)), ==, "run.sh");
}

static gboolean
flag_of (const char *text,
         const char *flag)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);

  return podlift_shell_command_has_flag (g_ptr_array_index (script->commands, 0), flag);
}

static void
test_has_flag (void)
{
  g_assert_true (flag_of ("apt-get install -y foo", "y"));
  g_assert_true (flag_of ("apt-get install -qy foo", "y"));
  g_assert_true (flag_of ("apt-get install -qy foo", "q"));
  g_assert_false (flag_of ("apt-get install -qy foo", "yes"));
  g_assert_false (flag_of ("apt-get install foo-y", "y"));
  g_assert_true (flag_of ("apt-get install --yes foo", "yes"));
  g_assert_false (flag_of ("apt-get install --yes foo", "y"));
  g_assert_true (flag_of ("apt-get install --assume-yes=true foo", "assume-yes"));
  g_assert_false (flag_of ("apt-get install --assume-yes-please foo", "assume-yes"));
  g_assert_true (flag_of ("apt-get install --no-install-recommends foo", "no-install-recommends"));
  g_assert_false (flag_of ("apt-get install --no-install-recommends foo", "no-install"));
  g_assert_false (flag_of ("rm -- -y", "y"));
  g_assert_false (flag_of ("cat - x", "x"));
  g_assert_true (flag_of ("apk add \"--no-cache\" x", "no-cache"));
}

static const char *
value_of (const char *text,
          const char *flag)
{
  static char buffer[64];
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);
  const char *value = podlift_shell_command_get_flag_value (g_ptr_array_index (script->commands, 0),
                                                            flag);

  if (value == NULL)
    return NULL;

  g_strlcpy (buffer, value, sizeof buffer);
  return buffer;
}

static void
test_flag_value (void)
{
  g_assert_cmpstr (value_of ("useradd -u 1000 app", "u"), ==, "1000");
  g_assert_cmpstr (value_of ("useradd -u1000 app", "u"), ==, "1000");
  g_assert_cmpstr (value_of ("useradd -lu 1000 app", "u"), ==, "1000");
  g_assert_cmpstr (value_of ("useradd --uid=1000 app", "uid"), ==, "1000");
  g_assert_cmpstr (value_of ("useradd --uid 1000 app", "uid"), ==, "1000");
  g_assert_cmpstr (value_of ("useradd --uid= app", "uid"), ==, "");
  g_assert_null (value_of ("useradd app", "u"));
  g_assert_null (value_of ("useradd -u", "u"));
  g_assert_null (value_of ("useradd --uidx=3 app", "uid"));
  g_assert_null (value_of ("useradd -- -u 1000", "u"));
  g_assert_cmpstr (value_of ("apt-get -t stable-backports install x", "t"), ==, "stable-backports");
}

static char *
args_of (const char         *text,
         const char * const *flags_with_values)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);
  const PodliftShellCommand *cmd = g_ptr_array_index (script->commands, 0);
  g_autoptr(GPtrArray) words = podlift_shell_command_get_args_no_flags (cmd, flags_with_values);

  g_ptr_array_add (words, NULL);
  return g_strjoinv (" ", (char **)words->pdata);
}

static void
test_args_no_flags (void)
{
  const char * const apt_flags[] = { "t", "o", "target-release", NULL };
  g_autofree char *a = args_of ("apt-get install -y -t backports foo bar=1 -- -weird", apt_flags);
  g_autofree char *b = args_of ("apt-get install --target-release x foo --target-release=y bar",
                                apt_flags);
  g_autofree char *c = args_of ("apt-get install -qt x foo -tx bar", apt_flags);
  g_autofree char *d = args_of ("pip install -r req.txt foo", NULL);
  g_autofree char *e = args_of ("cat - x", NULL);

  g_assert_cmpstr (a, ==, "install foo bar=1 -weird");
  g_assert_cmpstr (b, ==, "install foo bar");
  g_assert_cmpstr (c, ==, "install foo bar");
  g_assert_cmpstr (d, ==, "install req.txt foo");
  g_assert_cmpstr (e, ==, "- x");
}

static gboolean
is_of (const char *text,
       const char *program,
       const char *subcommand)
{
  g_autoptr(PodliftShellScript) script = podlift_shell_parse (text);

  return podlift_shell_command_is (g_ptr_array_index (script->commands, 0), program, subcommand);
}

static void
test_is (void)
{
  g_assert_true (is_of ("apt-get install foo", "apt-get", "install"));
  g_assert_true (is_of ("apt-get -y install foo", "apt-get", "install"));
  g_assert_true (is_of ("apt-get -o Dpkg::Options::=--force-confnew install x", "apt-get", "install"));
  g_assert_true (is_of ("/usr/bin/apt-get install foo", "apt-get", "install"));
  g_assert_true (is_of ("/usr/bin/apt-get install foo", "/usr/bin/apt-get", "install"));
  g_assert_true (is_of ("apt-get", "apt-get", NULL));
  g_assert_false (is_of ("apt-get update", "apt-get", "install"));
  g_assert_false (is_of ("apt-get update install", "apt-get", "install"));
  g_assert_false (is_of ("apt-get", "apt-get", "install"));
  g_assert_false (is_of ("apt install foo", "apt-get", "install"));
  g_assert_false (is_of ("pip download install", "pip", "install"));
  g_assert_false (is_of ("apt-get install-foo", "apt-get", "install"));
  g_assert_true (is_of ("pip --no-cache-dir install x", "pip", "install"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/podlift/shell/operators", test_operators);
  g_test_add_func ("/podlift/shell/pipes", test_pipes);
  g_test_add_func ("/podlift/shell/quotes", test_quotes);
  g_test_add_func ("/podlift/shell/comments", test_comments);
  g_test_add_func ("/podlift/shell/groups", test_groups);
  g_test_add_func ("/podlift/shell/substitutions", test_substitutions);
  g_test_add_func ("/podlift/shell/deep-nesting", test_deep_nesting);
  g_test_add_func ("/podlift/shell/garbage", test_garbage);
  g_test_add_func ("/podlift/shell/sh-c", test_shell_c);
  g_test_add_func ("/podlift/shell/assignments", test_assignments);
  g_test_add_func ("/podlift/shell/wrappers", test_wrappers);
  g_test_add_func ("/podlift/shell/heredocs", test_heredocs);
  g_test_add_func ("/podlift/shell/redirections", test_redirections);
  g_test_add_func ("/podlift/shell/keywords", test_keywords);
  g_test_add_func ("/podlift/shell/program", test_program);
  g_test_add_func ("/podlift/shell/has-flag", test_has_flag);
  g_test_add_func ("/podlift/shell/flag-value", test_flag_value);
  g_test_add_func ("/podlift/shell/args-no-flags", test_args_no_flags);
  g_test_add_func ("/podlift/shell/is", test_is);

  return g_test_run ();
}
