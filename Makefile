# Hai lệnh chính: `make site` (dựng trang vào site/) và `make test` (chạy mọi kiểm thử).
# Chiến dịch khác: `make site CAMPAIGN=examples/chi-thi-06` (trang vào examples/chi-thi-06/site/).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Compiled Python (.pyc) goes into the virtual environment, never beside the sources:
# no __pycache__ folder in the campaign, the package or the tests, and no module compiled
# again at every run (about 2.8 s of CPU per `make test-fast` run, ~0.2 s per build).
# `unexport`: a PYTHONDONTWRITEBYTECODE set in the shell would turn the cache off.
unexport PYTHONDONTWRITEBYTECODE
export PYTHONPYCACHEPREFIX := $(CURDIR)/$(VENV)/pycache
# The campaign folder (mkdocs.yml + campaign.yml + docs/) that site, serve and check work on.
CAMPAIGN ?= .
EXAMPLE := examples/chi-thi-06

.PHONY: site example test test-fast serve check admin publish rollback lint goldens clean setup

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml scripts/setup.sh scripts/system-packages.txt package-lock.json
	@scripts/setup.sh

site: setup
	$(BIN)/campaign -C $(CAMPAIGN) build

example: setup
	$(BIN)/campaign -C $(EXAMPLE) build

serve: setup
	$(BIN)/campaign -C $(CAMPAIGN) serve

check: setup
	$(BIN)/campaign -C $(CAMPAIGN) check

# Gửi lên máy chủ web (mục publish: trong campaign.yml) và quay lại bản trước.
# The web editor for the centre's staff (first run prints the first account's password once).
admin: setup
	$(BIN)/campaign -C $(CAMPAIGN) admin

publish: setup
	$(BIN)/campaign -C $(CAMPAIGN) publish

rollback: setup
	$(BIN)/campaign -C $(CAMPAIGN) rollback

lint: setup
	$(BIN)/ruff check campaign tests scripts
	$(BIN)/ruff format --check campaign tests scripts
	$(BIN)/mypy campaign

test: setup lint
	$(BIN)/pytest -q

# The unit tier for the inner loop (under a minute): no site build, no browser, no server,
# no integration-sized test (marked slow: whole kit, audio, corpus-wide scoring). Run by
# pytest-xdist on CAMPAIGN_JOBS processes (default: one per core): one process took 57-59 s
# for 6,108 tests at the end of round 11 (idle, 2 cores), two take 36 s.
test-fast: setup
	CAMPAIGN_TEST_TIER=fast $(BIN)/pytest -q -n $${CAMPAIGN_JOBS:-auto} -m "not build and not browser and not server and not slow"

goldens: setup
	$(BIN)/pytest -q tests --update-goldens

clean:
	rm -rf site .cache $(EXAMPLE)/site $(EXAMPLE)/.cache
