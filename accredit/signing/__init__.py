"""Signatures: the school's and the inspector's Ed25519 keys, signed packages, the trust folder.

- :mod:`accredit.signing.keys` creates, stores (passphrase-protected) and loads key pairs;
- :mod:`accredit.signing.trust` reads the Sở's trust folder (registered keys, revocation list);
- :mod:`accredit.signing.manifest` signs a package's manifest and says which signature state holds;
- :mod:`accredit.signing.cover` writes the cover letter (công văn) that goes with a package.
"""
