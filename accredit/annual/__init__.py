"""The annual cycle: a new assessment year opened from the previous one (carried ratings, never counted)."""
