# Resilience Planner: set-up, tests, demo, packaging.
# `make demo` and `make test` each do their own set-up on a fresh Debian 12 machine.

SHELL := /bin/bash
VENV ?= .venv
LINT_VENV ?= .venv-lint
PY := $(VENV)/bin/python
SYSPY := /usr/bin/python3
BUILD := build
PLUGIN := resilience_planner
ZIP := $(BUILD)/$(PLUGIN).zip
DEMO_DIR := $(BUILD)/demo
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
# postgresql and postgresql-postgis are Debian's metapackages for the suite's own PostgreSQL and PostGIS
# (15 on Debian 12, 17 on Debian 13, newer on testing): the PostGIS register's tests start a server of their own
# from them (tests/pg.py).
APT_PACKAGES := qgis python3-qgis qgis-providers python3-rasterio python3-fiona python3-venv \
                python3-scipy xvfb xauth poppler-utils pyqt5-dev-tools qttools5-dev-tools \
                postgresql postgresql-postgis
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
RUN_ENV := QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj XDG_RUNTIME_DIR=/tmp/runtime-$$(id -u)

.PHONY: setup system test test-core test-matrix demo bench screenshots screenshots-languages i18n package check-package changelog deploy lint clean

## setup: Debian packages (once) and the venv with the test tools
setup: $(VENV)/.ready

system:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  echo "Installing Debian packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

$(VENV)/.ready: requirements-dev.txt Makefile
	@$(MAKE) --no-print-directory system
	@[ -x $(PY) ] || $(SYSPY) -m venv --system-site-packages $(VENV)
	@# Pin numpy to Debian's, or pip pulls numpy 2 and breaks rasterio and QGIS.
	@$(SYSPY) -c 'import numpy; print("numpy==" + numpy.__version__)' > $(VENV)/constraints.txt
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-dev.txt
	@touch $@

## test: the whole suite, headless: the engine tests without QGIS (as test-core), then the rest with
## QGIS. PYTEST_ARGS's options go to both, its paths to the run they belong to (tools/run_tests.py).
test: setup
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(RUN_ENV) $(PY) tools/run_tests.py $(PYTEST_ARGS)

## test-core: the engine tests (tests/core) in a pytest where importing qgis, qgis.PyQt or PyQt5
## fails: RP_ENGINE_ONLY=1 makes tests/core/conftest.py block them, pytest-qgis and pytest-qt are off
test-core: setup
	$(RUN_ENV) $(PY) tools/run_tests.py --engine-only $(PYTEST_ARGS)

## test-matrix: the suite on the host's QGIS (3.22 on Debian 12), then in cached Debian chroots
## with QGIS 3.40 (Debian 13) and 3.44 (Debian testing); one summary line per version.
## RP_MATRIX_CACHE (default /var/cache/resilience-planner) and RP_MATRIX_TARGETS choose.
test-matrix:
	APT_PACKAGES="$(APT_PACKAGES)" PYTEST_ARGS="$(PYTEST_ARGS)" tools/test_matrix.sh

## demo: generate the sample city and run settlement exposure on it, headless
demo: setup
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(RUN_ENV) $(PY) -m resilience_planner.demo $(DEMO_DIR)

## bench: exposure against exactextract, rasterstats and QGIS; writes benchmarks/RESULTS.md
## (BENCH_SIZE=small,large by default; huge = 20,000^2 cells and 100,000 settlements)
BENCH_SIZE ?= small,large
bench: setup $(VENV)/.bench
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	$(RUN_ENV) $(PY) benchmarks/run.py --sizes $(BENCH_SIZE)

$(VENV)/.bench: requirements-bench.txt $(VENV)/.ready
	$(PY) -m pip install -q --disable-pip-version-check -c $(VENV)/constraints.txt -r requirements-bench.txt
	@touch $@

## screenshots: the real QGIS desktop under Xvfb at 1366 x 768 with the packaged plugin in a throw-away
## profile: the sample city loaded, every item of the plugin's menu opened, one screenshot each into
## docs/screenshots/ and report.json (minimum sizes, buttons off screen); QGIS is killed after
## SCREENSHOTS_TIMEOUT seconds (tools/screenshots.py)
SCREENSHOTS_TIMEOUT ?= 600
screenshots: system
	$(SYSPY) tools/screenshots.py --out docs/screenshots --timeout $(SCREENSHOTS_TIMEOUT)

## screenshots-languages: the same tour with QGIS in French, Spanish and Portuguese, into docs/screenshots/<lang>/
screenshots-languages: system
	for language in fr es pt; do \
	  $(SYSPY) tools/screenshots.py --language $$language --timeout $(SCREENSHOTS_TIMEOUT) || exit 1; done

## i18n: extract every string of the code (pylupdate5) and every help paragraph (tools/help_ts.py) into
## $(PLUGIN)/i18n/resilience_planner_{fr,es,pt}.ts, keeping their translations (tools/i18n.py)
I18N_TS ?= $(PLUGIN)/i18n
i18n: system
	$(SYSPY) tools/i18n.py extract --ts-dir $(I18N_TS)

## package: the zip that QGIS's "Install from ZIP" accepts; the .ts files of $(I18N_TS) that hold
## translations are compiled (lrelease) into its i18n/*.qm, and the .ts sources are left out
package:
	@rm -rf $(BUILD)/package $(ZIP)
	@mkdir -p $(BUILD)/package/$(PLUGIN)/processing/models
	cp -r $(PLUGIN)/. $(BUILD)/package/$(PLUGIN)/
	rm -f $(BUILD)/package/$(PLUGIN)/i18n/*.ts $(BUILD)/package/$(PLUGIN)/i18n/*.qm
	$(SYSPY) tools/i18n.py compile --ts-dir $(I18N_TS) --into $(BUILD)/package/$(PLUGIN)/i18n
	cp -r resources metadata.txt LICENSE README.md $(BUILD)/package/$(PLUGIN)/
	find processing/models -name '*.model3' -exec cp {} $(BUILD)/package/$(PLUGIN)/processing/models/ \;
	find $(BUILD)/package -name '__pycache__' -prune -exec rm -rf {} +
	find $(BUILD)/package -name '*.pyc' -delete
	cd $(BUILD)/package && $(SYSPY) -m zipfile -c ../$(PLUGIN).zip $(PLUGIN)/
	@echo "Built $(ZIP)"

## check-package: the zip against the QGIS plugin repository's upload rules, its security scan (bandit
## over the packaged code), and a .qm for each translated .ts. RELEASE=1 also fails on placeholder URLs.
check-package: package $(LINT_VENV)/.ready
	@rm -rf $(BUILD)/scan && mkdir -p $(BUILD)/scan
	cd $(BUILD)/scan && $(SYSPY) -m zipfile -e ../$(PLUGIN).zip .
	$(LINT_VENV)/bin/bandit -r -q $(BUILD)/scan/$(PLUGIN)
	$(SYSPY) tools/package_check.py $(ZIP) --ts-dir $(I18N_TS) $(if $(RELEASE),--release)

## changelog: metadata.txt's changelog, written from CHANGELOG.md's released sections
changelog:
	$(SYSPY) tools/package_check.py --write-changelog

## deploy: install the packaged plugin into a QGIS profile and enable it
deploy: package system
	@mkdir -p $(QGIS_PROFILE)/python/plugins
	rm -rf $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	cd $(QGIS_PROFILE)/python/plugins && $(SYSPY) -m zipfile -e $(CURDIR)/$(ZIP) .
	@mkdir -p /tmp/runtime-$$(id -u) && chmod 700 /tmp/runtime-$$(id -u)
	QGIS_CUSTOM_CONFIG_PATH=$$(dirname $$(dirname $(QGIS_PROFILE))) $(RUN_ENV) \
	  qgis_process.bin plugins enable $(PLUGIN)
	@echo "Installed into $(QGIS_PROFILE); try: qgis_process.bin help resilienceplanner:settlementexposure"

## lint: ruff, then QGIS's Qt6 migration checker in dry-run (fails if it would change anything)
lint: setup $(LINT_VENV)/.ready
	$(VENV)/bin/ruff check $(PLUGIN) tests benchmarks tools
	tools/check_qt6.sh $(LINT_VENV)/bin/pyqt5to6 $(PLUGIN) tests tools benchmarks

# A venv of its own, without Debian's site packages: the checker imports PyQt6, which must not
# meet Debian's PyQt5. qgis-pyqt5to6 declares Python >= 3.12 but runs on Debian 12's 3.11.
$(LINT_VENV)/.ready: requirements-lint.txt
	@[ -x $(LINT_VENV)/bin/python ] || $(SYSPY) -m venv $(LINT_VENV)
	$(LINT_VENV)/bin/python -m pip install -q --disable-pip-version-check --ignore-requires-python -r requirements-lint.txt
	@touch $@

clean:
	rm -rf $(BUILD) .pytest_cache
