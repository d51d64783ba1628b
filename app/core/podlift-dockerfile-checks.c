/* podlift-dockerfile-checks.c — placeholder, being written */

#include "config.h"

#include "podlift-dockerfile-checks.h"

GListModel *
podlift_dockerfile_check_answers (const char        *text,
                                  PodliftAppProfile *profile)
{
  return G_LIST_MODEL (g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC));
}

GListModel *
podlift_dockerfile_get_findings (PodliftDockerfile *container,
                                 PodliftAppProfile *profile,
                                 PodliftLintConfig *config)
{
  return G_LIST_MODEL (g_list_store_new (PODLIFT_TYPE_DIAGNOSTIC));
}

char *
podlift_text_diff (const char *old_text,
                   const char *new_text,
                   const char *label)
{
  return NULL;
}

void
podlift_app_profile_apply_env_file (PodliftAppProfile *profile,
                                    const char        *text,
                                    gboolean           secret)
{
}
