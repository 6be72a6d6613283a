"""Views of the web UI, one module per area: auth, signals, public (residents), inbox (coordinator).

Later areas (cases, handovers, persons, overview) add their own module and their own block in web/urls.py.
"""
