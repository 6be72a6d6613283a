"""Doortastend: find and help victims of (organised) crime and exploitation."""

__version__ = "0.1.0"
