"""Benchmarks: `make bench` prints accuracy and speed figures. Nothing here is a test."""
