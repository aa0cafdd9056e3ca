# ReadingScan: the README's commands. Everything a fresh machine needs is installed from here.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
# Debian packages: packages.txt is what the app needs (Streamlit Community Cloud reads it too): Tesseract for
# photos, and WenQuanYi Micro Hei, which a Chinese PDF embeds so it shows every character on any device (Latin
# text uses the viewer's built-in Helvetica). The tests also drive a real Chromium, draw generated scans in
# DejaVu and Liberation fonts, and render exported PDFs to PNG with poppler's pdftoppm.
APP_PACKAGES  := $(shell grep -v '^\#' packages.txt)
TEST_PACKAGES := $(APP_PACKAGES) chromium fonts-dejavu-core fonts-liberation poppler-utils
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test bench lint peers system-deps clean

run: $(VENV)/.runtime
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(APP_PACKAGES)"
	$(PY) -m streamlit run app.py --server.port $(PORT) --server.address localhost

test: $(VENV)/.dev
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(TEST_PACKAGES)"
	$(PY) -m pytest -n auto --dist loadfile

bench: $(VENV)/.dev peers
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(TEST_PACKAGES)"
	$(PY) -m bench

# negspaCy and medspaCy for the peer benchmark, in their own venv (spaCy needs numpy < 2).
peers: .venv-peers/.installed

.venv-peers/.installed: requirements-peers.txt
	$(PYTHON) -m venv .venv-peers
	.venv-peers/bin/python -m pip install --quiet -r requirements-peers.txt
	touch $@

lint: $(VENV)/.dev
	$(PY) -m ruff check .
	$(PY) -m mypy
	$(VENV)/bin/lint-imports

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	touch $@

$(VENV)/.runtime: $(VENV)/.created requirements.txt
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

system-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

clean:
	rm -rf $(VENV) .venv-peers .pytest_cache .mypy_cache .ruff_cache
