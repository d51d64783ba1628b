/* podlift-reachability.c — placeholder, being written */

#include "config.h"
