"""Write all modalities_9 files: /work/main/.venv/bin/python _src/gen_all.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402
from gen_us import US  # noqa: E402
from gen_mri import MRI  # noqa: E402
from gen_cem import CEM  # noqa: E402

ALL = US + MRI + CEM

if __name__ == "__main__":
    write(ALL)
    print("wrote %d reports" % len(ALL))
