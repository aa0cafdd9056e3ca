import gen_us, gen_mri, gen_cem
from common import write
for m in (gen_us, gen_mri, gen_cem): write(m.CASES)
print(sum(len(m.CASES) for m in (gen_us, gen_mri, gen_cem)), "reports written")
