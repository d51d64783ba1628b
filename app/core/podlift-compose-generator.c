/* podlift-compose-generator.c — placeholder, being written */

#include "config.h"

#include "podlift-compose-generator.h"

char *
podlift_compose_generate (PodliftProject *project)
{
  return NULL;
}

GPtrArray *
podlift_project_list_config_keys (PodliftProject *project,
                                  gboolean        secret)
{
  return g_ptr_array_new_with_free_func (g_free);
}
