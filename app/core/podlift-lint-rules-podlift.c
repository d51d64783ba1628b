/* podlift-lint-rules-podlift.c — placeholder, being written */

#include "config.h"

#include "podlift-lint-rules-private.h"

const PodliftRule podlift_rules_podlift[] = {
  { NULL }
};
