"""Writes every <id>.txt and <id>.expected.json of modalities_4."""
import common
import gen_us_a, gen_us_b, gen_mri_a, gen_mri_b, gen_cem_a, gen_cem_b

ALL = gen_us_a.R + gen_us_b.R + gen_mri_a.R + gen_mri_b.R + gen_cem_a.R + gen_cem_b.R

if __name__ == "__main__":
    print(common.write(ALL), "reports written")
