from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from measures.models import Situation, SynonymGroup


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "tag"
    menu_label = _("Situations")
    list_display = ["name", "slug"]
    # No ``search_fields`` here: Situation is indexed (its own search_fields), and
    # a field list here made the SQLite backend ask FTS5 for a column "name" it
    # does not have (a 500 on every search).


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "list-ul"
    menu_label = _("Synonyms")


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (SituationViewSet, SynonymGroupViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
