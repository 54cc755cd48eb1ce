"""Every page type can be created where allowed, and renders for staff."""

import re

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasureIndexPage, MeasurePage, VisualSupportGalleryPage
from portal.factories import MeetingMaterialPageFactory, WheelPeriodPageFactory
from portal.models import (
    AnnualWheelPage,
    ContentPage,
    HomePage,
    MeetingMaterialIndexPage,
    MeetingMaterialPage,
    PeriodMeetingMaterial,
    WheelPeriodPage,
)
from team.factories import TeamMemberFactory
from team.models import InclusionTeamPage


class TestPageTree(WagtailPageTestCase):
    def test_sections_live_under_the_home_page(self):
        for section in (
            MeasureIndexPage,
            VisualSupportGalleryPage,
            AnnualWheelPage,
            MeetingMaterialIndexPage,
            InclusionTeamPage,
            ContentPage,
        ):
            self.assertAllowedParentPageTypes(
                section,
                {HomePage} | ({ContentPage} if section is ContentPage else set()),
            )

    def test_content_pages_go_in_their_own_section_only(self):
        self.assertAllowedSubpageTypes(MeasureIndexPage, {MeasurePage})
        self.assertAllowedSubpageTypes(MeetingMaterialIndexPage, {MeetingMaterialPage})
        self.assertAllowedSubpageTypes(AnnualWheelPage, {WheelPeriodPage})
        self.assertCanNotCreateAt(MeetingMaterialIndexPage, MeasurePage)
        self.assertCanNotCreateAt(HomePage, MeasurePage)
        self.assertCanCreateAt(HomePage, ContentPage)
        self.assertCanCreateAt(Page, HomePage)

    def test_sections_are_singletons(self):
        home = HomePage.objects.get()
        for section in (MeasureIndexPage, AnnualWheelPage, MeetingMaterialIndexPage):
            self.assertFalse(section.can_create_at(home))


STABLE_URLS = [
    "/",
    "/tiltak/",
    "/visuell-stotte/",
    "/arshjul/",
    "/motemateriell/",
    "/inkluderingsteamet/",
    "/tilgjengelighet/",
]


@pytest.mark.django_db
@pytest.mark.parametrize("path", STABLE_URLS)
def test_stable_urls_render_for_staff(staff_client, path):
    response = staff_client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nb"' in html
    assert html.count("<h1") == 1


@pytest.mark.django_db
def test_measure_page_shows_its_content(staff_client):
    situation = SituationFactory(name="Påkledning", slug="pakledning")
    image = VisualSupportFactory(title="Jakke", description="Tegning av en rød jakke")
    owner = TeamMemberFactory(first_name="Ingrid", last_name="Berg")
    page = MeasurePageFactory(
        title="Først–så-tavle i garderoben",
        situations=[situation],
        visual_supports=[image],
        owner_contact=owner,
    )
    response = staff_client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Først–så-tavle i garderoben" in html
    assert "Påkledning" in html
    assert "Tegning av en rød jakke" in html  # the alt text
    assert "Ingrid Berg" in html
    assert "Vis dagtavla." in html  # a step


@pytest.mark.django_db
def test_period_and_meeting_material_render(staff_client):
    material = MeetingMaterialPageFactory(title="Kveldsmøte om følelser")
    period = WheelPeriodPageFactory(title="Emosjonell støtte")
    PeriodMeetingMaterial.objects.create(page=period, material=material)
    for page in (material, period):
        response = staff_client.get(page.url)
        assert response.status_code == 200
        assert page.title in response.content.decode()
    assert "Kveldsmøte om følelser" in staff_client.get(period.url).content.decode()


@pytest.mark.django_db
def test_visual_support_detail_and_print_render(staff_client):
    image = VisualSupportFactory(
        title="Dagtavle", description="En dagtavle med seks bilder"
    )
    detail = staff_client.get(f"/visuell-stotte/{image.pk}/")
    assert detail.status_code == 200
    assert "En dagtavle med seks bilder" in detail.content.decode()
    sizes = ("a4", "a5", "kort")
    # An unknown size falls back to A4.
    for asked, shown in [*((size, size) for size in sizes), ("ukjent", "a4")]:
        response = staff_client.get(
            f"/visuell-stotte/{image.pk}/skriv-ut/?storrelse={asked}"
        )
        assert response.status_code == 200
        html = response.content.decode()
        # The sheet has the chosen size's layout (print.css sizes it by class),
        # and the size switcher marks that size, and only it, as the current one.
        for size in sizes:
            has_layout = f'class="print-sheet print-sheet--{size}"' in html
            assert has_layout == (size == shown), (asked, size)
        current = re.findall(r'href="\?storrelse=(\w+)" aria-current="page"', html)
        assert current == [shown], asked


@pytest.mark.django_db
def test_unknown_visual_support_is_404(staff_client):
    assert staff_client.get("/visuell-stotte/999999/").status_code == 404


@pytest.mark.django_db
def test_draft_measure_is_not_listed_or_served(staff_client):
    draft = MeasurePageFactory(title="Hemmelig utkast", live=False)
    assert "Hemmelig utkast" not in staff_client.get("/tiltak/").content.decode()
    assert staff_client.get(f"/tiltak/{draft.slug}/").status_code == 404


@pytest.mark.django_db
def test_measure_list_filters_by_focus_area_and_ignores_bad_values(staff_client):
    MeasurePageFactory(title="Dagtavle", focus_area="organisering-og-struktur")
    MeasurePageFactory(title="Følelseskort", focus_area="emosjonell-stotte")
    html = staff_client.get("/tiltak/?fokusomrade=emosjonell-stotte").content.decode()
    assert "Følelseskort" in html
    assert "Dagtavle" not in html
    response = staff_client.get("/tiltak/?fokusomrade=%3Cscript%3E&side=abc")
    assert response.status_code == 200
    assert "Dagtavle" in response.content.decode()


@pytest.mark.django_db
def test_editors_get_wagtails_userbar_with_the_accessibility_checker(
    client, editor_user, staff_user
):
    client.force_login(editor_user)
    editor_html = client.get("/tiltak/").content.decode()
    assert "<wagtail-userbar" in editor_html
    assert "checker-axe-configuration" in editor_html  # the accessibility checker
    client.force_login(staff_user)
    assert "<wagtail-userbar" not in client.get("/tiltak/").content.decode()
