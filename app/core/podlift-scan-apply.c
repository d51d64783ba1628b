/* podlift-scan-apply.c — placeholder, being written */

#include "config.h"
