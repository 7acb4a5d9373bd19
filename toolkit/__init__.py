"""newsroom-toolkit: wire articles to validated, consistent news documents.

The Python API (see :mod:`toolkit.api`): ``toolkit.read``, ``toolkit.convert``,
``toolkit.check`` and ``toolkit.validate`` do what the commands of the same names do.
"""

from toolkit.api import check, convert, read, validate

__version__ = "0.1.0"
__all__ = ["__version__", "check", "convert", "read", "validate"]
