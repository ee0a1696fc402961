"""The application service layer: every operation of the product, one frozen result each."""
