"""Streamlit pieces: show(key=...) -> value for inputs, render(...) for display."""
