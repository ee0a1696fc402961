"""Training programmes of a workspace (``[[programmes]]`` in accredit.toml) and their assessment."""
