from common import write
from data_t import T
from data_r import R
write("teaching", T); write("reports", R); print(len(T), len(R))
