"""Real-browser tests: the system Chromium, driven by Playwright, against `streamlit run app.py`."""
