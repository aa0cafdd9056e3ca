import common, data_us, data_mri, data_cem
items = data_us.ITEMS + data_mri.ITEMS + data_cem.ITEMS
common.write(items)
print(len(items), "reports written")
