import common, data_us, data_mri, data_cem
items = data_us.ITEMS + data_mri.ITEMS + data_cem.ITEMS
ids = [i["id"] for i in items]
assert len(ids) == len(set(ids)), "duplicate id"
common.write(items)
print(len(items), "reports written")
