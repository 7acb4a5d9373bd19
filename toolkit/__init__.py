"""newsroom-toolkit: wire articles to validated, consistent news documents."""

__version__ = "0.1.0"
