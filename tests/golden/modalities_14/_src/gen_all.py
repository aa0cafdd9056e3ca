"""Write all reports of the set."""
import gen_us, gen_mri, gen_cem
from common import write

ALL = gen_us.R + gen_mri.R + gen_cem.R

if __name__ == "__main__":
    print(write(ALL), "reports written")
