import common
import gen_us  # noqa
try:
    import gen_mri  # noqa
except ImportError:
    pass
try:
    import gen_cem  # noqa
except ImportError:
    pass
print(common.write_all(), "reports written")
