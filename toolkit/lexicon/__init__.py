"""Word lists shared by readers and check rules: countries, demonyms, titles (stdlib only)."""
