"""Writes all modalities_10 files: /work/main/.venv/bin/python _src/gen_all.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write_all  # noqa: E402
from gen_us import US  # noqa: E402
from gen_mri import MRI  # noqa: E402
from gen_cem import CEM  # noqa: E402

if __name__ == "__main__":
    n = write_all(US + MRI + CEM)
    print("wrote %d reports" % n)
