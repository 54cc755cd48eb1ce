"""The registry of content kinds (portal/kinds.py) and the layering around it.

Saved items, search, the vocabulary and the page cache read the kinds from the
registry: a kind registered here shows up in each of them, with no second list
to keep in step. The kernel and the saved-items package import no domain app.
"""

import ast
from pathlib import Path

import pytest
from django.utils.translation import gettext

from measures.models import MeasurePage, VisualSupport
from portal import kinds, page_cache
from portal.kinds import ContentKind
from portal.models import ContentPage, HomePage, MeetingMaterialPage, WheelPeriodPage
from portal.saved import services as saved
from portal.saved.forms import SaveToggleForm
from search import service, vocabulary
from team.factories import KindergartenFactory, UserFactory
from team.models import Kindergarten

ROOT = Path(__file__).resolve().parents[2]
TEST_KEY = "testsider"


def test_the_four_kinds_in_order_with_their_models_and_labels():
    found = [
        (k.key, k.model, str(k.label), str(k.singular), k.is_page)
        for k in kinds.all_kinds()
    ]
    assert found == [
        ("tiltak", MeasurePage, gettext("Measures"), gettext("measure"), True),
        (
            "visuell-stotte",
            VisualSupport,
            gettext("Visual supports"),
            gettext("visual support"),
            False,
        ),
        (
            "motemateriell",
            MeetingMaterialPage,
            gettext("Meeting materials"),
            gettext("meeting material"),
            True,
        ),
        ("arshjul", WheelPeriodPage, gettext("Annual wheel"), gettext("period"), True),
    ]
    assert kinds.page_models() == [MeasurePage, MeetingMaterialPage, WheelPeriodPage]
    assert kinds.by_key("arshjul").model is WheelPeriodPage
    assert kinds.by_key("ukjent") is None
    assert kinds.for_model(MeasurePage).key == "tiltak"
    assert kinds.for_model(ContentPage) is None


def test_a_key_cannot_be_registered_twice_for_different_kinds():
    measures = kinds.by_key("tiltak")
    assert kinds.register(measures) is measures  # the same kind again: no change
    with pytest.raises(ValueError):
        kinds.register(
            ContentKind("tiltak", "portal.ContentPage", "Sider", "side", order=99)
        )
    assert kinds.by_key("tiltak") is measures


def test_every_feature_reads_the_same_kinds():
    keys = [k.key for k in kinds.all_kinds()]
    messages = []
    for key in keys:
        filters = service.clean_filters({"type": key}, service.Facets(), messages)
        assert filters.type == key
    assert messages == []
    assert {key for _model, key in service.page_kinds()} == {
        k.key for k in kinds.page_kinds()
    }
    assert vocabulary.searchable_models() == [
        MeasurePage,
        MeetingMaterialPage,
        WheelPeriodPage,
        VisualSupport,
    ]


@pytest.fixture
def test_kind():
    """A fifth kind, registered the way an app would; gone again afterwards."""
    kind = kinds.register(
        ContentKind(
            key=TEST_KEY,
            model_label="portal.ContentPage",
            label="Testsider",
            singular="testside",
            order=50,
        )
    )
    yield kind
    kinds.unregister(TEST_KEY)


@pytest.fixture
def content_page(db):
    home = HomePage.objects.first()
    page = home.add_child(instance=ContentPage(title="Testside", slug="testside"))
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.mark.django_db
def test_a_registered_kind_appears_in_search_and_vocabulary(test_kind, content_page):
    assert [k.key for k in kinds.all_kinds()][-1] == TEST_KEY
    messages = []
    filters = service.clean_filters({"type": TEST_KEY}, service.Facets(), messages)
    assert filters.type == TEST_KEY and messages == []
    assert (ContentPage, TEST_KEY) in service.page_kinds()
    assert test_kind.content_type.pk in service.kinds_by_content_type()
    assert service.candidate_pages().filter(pk=content_page.pk).exists()
    hits = [(TEST_KEY, content_page.pk, 1.0)]
    type_facet = service.count_facets(hits, service.Facets(), service.Filters())
    assert [(f.value, f.label, f.count) for f in type_facet["type"]] == [
        (TEST_KEY, "Testsider", 1)
    ]
    assert ContentPage in vocabulary.searchable_models()


@pytest.mark.django_db
def test_a_registered_kind_can_be_saved(test_kind, content_page):
    user = UserFactory()
    form = SaveToggleForm(
        {"type": TEST_KEY, "id": content_page.pk, "action": "save", "next": ""}
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["type"] is test_kind
    assert form.cleaned_data["target"] == content_page
    item, created = saved.save(user, content_page)
    assert created and item.content_type_id == test_kind.content_type.pk
    assert saved.find_target(TEST_KEY, content_page.pk) == content_page
    assert saved.type_counts(user) == [(test_kind, 1)]


@pytest.mark.django_db
def test_an_unregistered_kind_cannot_be_saved(content_page):
    form = SaveToggleForm(
        {"type": TEST_KEY, "id": content_page.pk, "action": "save", "next": ""}
    )
    assert not form.is_valid()
    assert saved.find_target(TEST_KEY, content_page.pk) is None


@pytest.mark.django_db
def test_the_page_cache_watches_the_kinds_models():
    kindergarten = KindergartenFactory()
    before = page_cache.current_generation()
    kindergarten.save()
    assert page_cache.current_generation() == before  # not shown on pages
    kinds.register(
        ContentKind(
            key=TEST_KEY,
            model_label="team.Kindergarten",
            label="Barnehager",
            singular="barnehage",
            order=50,
            is_page=False,
        )
    )
    try:
        Kindergarten.objects.get(pk=kindergarten.pk).save()
    finally:
        kinds.unregister(TEST_KEY)
    assert page_cache.current_generation() == before + 1


# --- Layers: what the kernel and the saved-items package may import ---

KERNEL = [
    "portal/kinds.py",
    "portal/choices.py",
    "portal/blocks.py",
    "portal/mixins.py",
    "portal/uploads.py",
    "portal/page_cache.py",
    "portal/access.py",
    "portal/wheel_svg.py",
    "portal/formats",
    "portal/logs.py",
    "portal/security.py",
    "search/index.py",
    "search/normalize.py",
    "search/conf.py",
]
OUR_PACKAGES = ("portal", "measures", "team", "search", "bench")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def python_files(relative):
    path = ROOT / relative
    return sorted(path.rglob("*.py")) if path.is_dir() else [path]


def our_imports(path):
    """The modules of ours that ``path`` imports, also inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            names = [n if module_exists(n) else node.module for n in names]
        else:
            continue
        found.update(n for n in names if n.split(".")[0] in OUR_PACKAGES)
    return found


def module_exists(name):
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def allowed(name, modules):
    return any(name == m or name.startswith(m + ".") for m in modules)


def test_the_kernel_imports_no_app_module():
    kernel = {module_name(p) for rel in KERNEL for p in python_files(rel)}
    wrong = {
        module_name(path): sorted(
            n for n in our_imports(path) if not allowed(n, kernel)
        )
        for rel in KERNEL
        for path in python_files(rel)
    }
    assert {m: names for m, names in wrong.items() if names} == {}


def test_saved_items_import_only_the_kernel_and_themselves():
    kernel = {module_name(p) for rel in KERNEL for p in python_files(rel)}
    wrong = {
        module_name(path): sorted(
            n for n in our_imports(path) if not allowed(n, kernel | {"portal.saved"})
        )
        for path in python_files("portal/saved")
    }
    assert {m: names for m, names in wrong.items() if names} == {}
