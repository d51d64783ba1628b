/* podlift-diagnostic.c — placeholder, being written */

#include "config.h"
