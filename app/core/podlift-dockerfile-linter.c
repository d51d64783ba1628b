/* podlift-dockerfile-linter.c — placeholder, being written */

#include "config.h"

#include "podlift-dockerfile-linter.h"

GListModel *
podlift_dockerfile_lint (const char        *text,
                         gssize             length,
                         const char        *filename,
                         PodliftLintConfig *config)
{
  return G_LIST_MODEL (g_list_store_new (G_TYPE_OBJECT));
}
