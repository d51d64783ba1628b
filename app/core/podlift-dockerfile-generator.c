/* podlift-dockerfile-generator.c — placeholder, being written */

#include "config.h"

#include "podlift-dockerfile-generator.h"
#include "podlift-error.h"

char *
podlift_dockerfile_generate (PodliftAppProfile  *profile,
                             PodliftDockerfile  *container,
                             GError            **error)
{
  g_set_error (error, PODLIFT_ERROR, PODLIFT_ERROR_FAILED, "not written yet");
  return NULL;
}

char *
podlift_dockerignore_generate (PodliftAppProfile *profile)
{
  return NULL;
}

char *
podlift_dockerfile_final_base (PodliftAppProfile *profile,
                               PodliftDockerfile *container)
{
  return NULL;
}
