"""Settings split by environment: base (shared), dev, test, prod.

Select with DJANGO_SETTINGS_MODULE (default: doortastend.settings.dev).
Everything environment-specific is read from environment variables.
"""
