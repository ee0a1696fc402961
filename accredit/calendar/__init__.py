"""The calendar of the self-assessment cycle, from the regulations' own deadlines (pure: today is passed in)."""
