"""Pages work without node_modules: NL Design System CSS and htmx are optional enhancements."""

import pytest

from doortastend.web.templatetags import doortastend_web


@pytest.fixture
def no_node_modules(monkeypatch):
    doortastend_web._static_url_if_present.cache_clear()
    monkeypatch.setattr(doortastend_web.finders, "find", lambda path: None)
    yield
    doortastend_web._static_url_if_present.cache_clear()


@pytest.fixture
def with_node_modules(monkeypatch):
    doortastend_web._static_url_if_present.cache_clear()
    monkeypatch.setattr(doortastend_web.finders, "find", lambda path: f"/fake/{path}")
    yield
    doortastend_web._static_url_if_present.cache_clear()


def test_page_renders_without_node_modules(client, db, no_node_modules):
    r = client.get("/melden/")
    html = r.content.decode()
    assert r.status_code == 200
    assert "component-library-css" not in html and "htmx" not in html.split("</head>")[0]
    assert "web/doortastend.css" in html  # own layout is always there


def test_assets_are_linked_when_installed(client, db, with_node_modules):
    html = client.get("/melden/").content.decode()
    assert "@utrecht/component-library-css/dist/index.css" in html.replace("%40", "@")
    assert "@utrecht/design-tokens/dist/index.css" in html.replace("%40", "@")
    assert "htmx.org/dist/htmx.min.js" in html
