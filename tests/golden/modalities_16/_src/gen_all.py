import gen_us, gen_mri, gen_cem
from common import write
n = sum(write(m.R) for m in (gen_us, gen_mri, gen_cem))
print(n, "reports written")
