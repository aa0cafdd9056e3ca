"""Writes every <id>.txt and <id>.expected.json of modalities_5 (json only; the engine is never imported)."""
import common
import gen_cem
import gen_mri
import gen_us

ALL = gen_us.R + gen_mri.R + gen_cem.R

if __name__ == "__main__":
    common.write(ALL)
    print("wrote %d reports" % len(ALL))
