"""Every URL reachable from the demo: works for staff, hidden from everyone else.

The crawl starts at ``/`` as a logged-in staff member (the demo's ``ansatt``),
follows same-site links breadth-first and then asks for each URL anonymously.
"""

import re
from collections import Counter, deque
from html.parser import HTMLParser
from urllib.parse import parse_qsl, quote, urldefrag, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

MAX_URLS = 400
PUBLIC = {"/logg-inn/", "/helse/"}
# Logging out ends the crawl's session; the admin is not the front end (the
# permission matrix covers it); static files are public by design.
SKIP_PREFIXES = ("/logg-ut/", "/admin/", "/static/")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []
        self.inline_scripts = 0
        self.event_handlers = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag == "script" and not attrs.get("src"):
            self.inline_scripts += 1
        self.event_handlers += [name for name in attrs if name.startswith("on")]


def same_site(href, current):
    href, _ = urldefrag(href)
    if not href or href.startswith(("mailto:", "tel:", "javascript:")):
        return None
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        if parts.netloc not in ("testserver", ""):
            return None
        href = parts.path + (f"?{parts.query}" if parts.query else "")
    if href.startswith("?"):
        href = urlsplit(current).path + href
    if not href.startswith("/"):
        return None
    return href


# The search box is a form on every page, not a link: start from a search too.
START = ["/", "/sok/?q=lek"]
# 44 pictures x (detail, download, three print sizes) would be most of the crawl:
# staff fetch a few URLs of each shape; anonymous visitors are tried on all.
PER_SHAPE = 6


def shape(url):
    parts = urlsplit(url)
    keys = sorted(key for key, _ in parse_qsl(parts.query, keep_blank_values=True))
    return re.sub(r"\d+", "N", parts.path), tuple(keys)


TEMPLATE_SYNTAX = re.compile(r"\{#|#\}|\{%|%\}|\{\{|\}\}")


def crawl(client):
    seen, order, problems = set(START), [], []
    shapes = Counter()
    queue = deque(START)
    while queue and len(order) < MAX_URLS:
        url = queue.popleft()
        shapes[shape(url)] += 1
        if shapes[shape(url)] > PER_SHAPE:
            order.append((url, None))
            continue
        response = client.get(url)
        order.append((url, response.status_code))
        if response.status_code >= 400:
            problems.append(f"{url} -> {response.status_code}")
            continue
        if response.status_code in (301, 302):
            target = same_site(response["Location"], url)
            if target and target not in seen and not target.startswith(SKIP_PREFIXES):
                seen.add(target)
                queue.append(target)
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        # A template comment or tag that reached the page (a multi-line {# … #}
        # is not a comment in Django): staff would read it as text.
        leftover = TEMPLATE_SYNTAX.search(html)
        if leftover:
            problems.append(f"{url} shows template syntax: {leftover.group()!r}")
        parser = LinkParser()
        parser.feed(html)
        if parser.inline_scripts or parser.event_handlers:
            problems.append(f"{url} has inline script/handlers (CSP would block)")
        for href in parser.links:
            target = same_site(href, url)
            if target and target not in seen and not target.startswith(SKIP_PREFIXES):
                seen.add(target)
                queue.append(target)
    return order, problems


@pytest.mark.django_db
def test_demo_site_crawl_staff_sees_everything_anonymous_nothing(client):
    call_command("load_demo", verbosity=0)
    staff = get_user_model().objects.get(username="ansatt")
    client.force_login(staff)

    order, problems = crawl(client)
    assert not problems, "\n".join(problems)
    urls = [url for url, _ in order]
    # The crawl reached the whole site, not just the front page.
    assert len(urls) >= 60
    for section in ("/tiltak/", "/visuell-stotte/", "/arshjul/", "/motemateriell/"):
        assert any(url.startswith(section) and url != section for url in urls), urls
    assert any(url.startswith("/sok/") for url in urls), urls
    assert any("last-ned" in url for url in urls), urls

    client.logout()
    leaks = []
    for url in urls:
        response = client.get(url)
        path = urlsplit(url).path
        if path in PUBLIC:
            assert response.status_code == 200, url
            continue
        expected = f"/logg-inn/?next={quote(url, safe='/')}"
        if response.status_code != 302 or response["Location"] != expected:
            leaks.append(f"{url} -> {response.status_code} {response.get('Location')}")
    assert not leaks, "\n".join(leaks)
