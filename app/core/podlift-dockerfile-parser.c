/* podlift-dockerfile-parser.c — placeholder, being written */

#include "config.h"

#include "podlift-dockerfile-ast.h"

PodliftDockerfileAst *
podlift_dockerfile_parse (const char *text,
                          gssize      length)
{
  PodliftDockerfileAst *ast = g_new0 (PodliftDockerfileAst, 1);

  ast->instructions = g_ptr_array_new ();
  ast->directives = g_ptr_array_new ();
  ast->stages = g_ptr_array_new ();
  ast->errors = g_ptr_array_new ();
  ast->escape = '\\';

  return ast;
}

void
podlift_dockerfile_ast_free (PodliftDockerfileAst *ast)
{
  g_ptr_array_unref (ast->instructions);
  g_ptr_array_unref (ast->directives);
  g_ptr_array_unref (ast->stages);
  g_ptr_array_unref (ast->errors);
  g_free (ast);
}
