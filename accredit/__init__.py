"""accredit: quality self-assessment of Vietnamese vocational schools."""
