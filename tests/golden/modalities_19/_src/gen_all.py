import common, gen_us, gen_mri, gen_cem
n = common.write(gen_us.R + gen_mri.R + gen_cem.R)
print(n, 'reports written')
