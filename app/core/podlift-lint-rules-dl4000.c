/* podlift-lint-rules-dl4000.c — placeholder, being written */

#include "config.h"

#include "podlift-lint-rules-private.h"

const PodliftRule podlift_rules_dl4000[] = {
  { NULL }
};
