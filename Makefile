# Hai lệnh chính: `make site` (dựng trang vào site/) và `make test` (chạy mọi kiểm thử).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: site test serve check lint goldens clean setup

setup: $(VENV)/.installed

$(VENV)/.installed: requirements.txt pyproject.toml scripts/setup.sh scripts/system-packages.txt package-lock.json
	@scripts/setup.sh

site: setup
	$(BIN)/campaign build

serve: setup
	$(BIN)/campaign serve

check: setup
	$(BIN)/campaign check

lint: setup
	$(BIN)/ruff check campaign tests scripts
	$(BIN)/ruff format --check campaign tests scripts
	$(BIN)/mypy campaign

test: setup lint
	$(BIN)/pytest -q

goldens: setup
	$(BIN)/pytest -q tests --update-goldens

clean:
	rm -rf site .cache
