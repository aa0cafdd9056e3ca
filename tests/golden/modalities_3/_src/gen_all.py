"""Write every modalities_3 report: /work/main/.venv/bin/python _src/gen_all.py"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import gen_cem_a, gen_cem_b, gen_mri_a, gen_mri_b, gen_us_a, gen_us_b  # noqa: E402,E401

ALL = (gen_us_a.R + gen_us_b.R + gen_mri_a.R + gen_mri_b.R + gen_cem_a.R + gen_cem_b.R)

if __name__ == "__main__":
    print(common.write(ALL), "reports written")
