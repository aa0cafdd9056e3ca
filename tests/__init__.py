"""ReadingScan tests (a package, so `tests.conftest` is this folder, not a stray site-packages `tests`)."""
