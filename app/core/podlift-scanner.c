/* podlift-scanner.c — placeholder, being written */

#include "config.h"

#include "podlift-scan-private.h"
