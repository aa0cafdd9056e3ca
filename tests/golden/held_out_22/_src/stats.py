from collections import Counter
from data_t import T
from data_r import R
for name, X in (("teaching", T), ("reports", R)):
    fs = [f for x in X for f in x[4]]
    print(name, len(X), "items", len(fs), "findings", dict(Counter(f.split()[0] for f in fs)), dict(Counter(f.split()[2] for f in fs)), dict(Counter(f.split()[1] for f in fs)), "stable", sum(" s" in f for f in fs))
    print(" overall", dict(Counter(x[2] for x in X)), "density", dict(Counter(x[1] for x in X)))
