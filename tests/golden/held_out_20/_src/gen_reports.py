import common, rep_data_1, rep_data_2
common.write("reports", rep_data_1.ITEMS + rep_data_2.ITEMS)
