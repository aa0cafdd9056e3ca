import common, teach_data_1, teach_data_2
common.write("teaching", teach_data_1.ITEMS + teach_data_2.ITEMS)
