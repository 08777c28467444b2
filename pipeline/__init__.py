"""summit-extract: French news articles in, validated announcement data out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("summit-extract")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
