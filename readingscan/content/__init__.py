"""Content: every sentence a person reads, per language, as validated data (content/<language>/*.yaml)."""
