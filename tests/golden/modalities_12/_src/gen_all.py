"""Write all 60 files of modalities_12: /work/main/.venv/bin/python _src/gen_all.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write
from gen_us import US
from gen_mri import MRI
from gen_cem import CEM

ITEMS = US + MRI + CEM

if __name__ == "__main__":
    write(ITEMS)
    print("wrote", len(ITEMS), "reports")
