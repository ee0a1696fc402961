"""Evidence: scan a school's files, identify them, map them to requirements, keep a register."""
