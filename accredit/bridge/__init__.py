"""Between two regulations: evidence filed for one offered to the standards of the other (editorial crosswalks)."""
