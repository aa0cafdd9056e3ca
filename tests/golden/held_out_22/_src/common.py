import json, os
ORDER = ["1","2","3","6","0","4","4A","4B","4C","5"]
KIND = {"calc":"calcification","mass":"mass","asym":"asymmetry","ad":"architectural_distortion","ln":"lymph_node","skin":"skin","other":"other"}
SIDE = {"L":"left","R":"right","B":"both","N":None}
STAT = {"p":"present","a":"absent","q":"possible"}
def finding(code):
    w = code.split(); f = {"kind":KIND[w[0]],"breast":SIDE[w[1]],"status":STAT[w[2]],"stable":False,"morphology":[],"distribution":None}
    for x in w[3:]:
        if x == "s": f["stable"] = True
        elif x.startswith("m:"): f["morphology"] = sorted(x[2:].split(","))
        elif x.startswith("d:"): f["distribution"] = x[2:]
        else: raise ValueError(code)
    return f
def expected(dens, ov, bb, fs):
    by = {}
    for tok in bb.split():
        by[{"R":"right","L":"left"}[tok[0]]] = tok[1:]
    for c in by.values(): assert ORDER.index(ov) >= ORDER.index(c), (ov, bb)
    return {"density":dens,"assessment":{"overall":ov,"by_breast":by},"findings":[finding(c) for c in fs]}
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
def write(sub, items):
    d = os.path.join(ROOT, sub); os.makedirs(d, exist_ok=True)
    for i, dens, ov, bb, fs, text in items:
        open(os.path.join(d, i+".txt"), "w").write(text)
        json.dump(expected(dens, ov, bb, fs), open(os.path.join(d, i+".expected.json"), "w"), indent=2); 
