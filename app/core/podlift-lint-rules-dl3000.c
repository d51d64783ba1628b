/* podlift-lint-rules-dl3000.c — placeholder, being written */

#include "config.h"

#include "podlift-lint-rules-private.h"

const PodliftRule podlift_rules_dl3000[] = {
  { NULL }
};
