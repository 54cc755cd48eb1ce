"""A small Norwegian library of measures for relevance tests, published for real."""

from measures.factories import MeasurePageFactory, SituationFactory
from measures.models import SynonymGroup

SYNONYMS = [
    ["påkledning", "kle på seg", "garderobe"],
    ["dagtavle", "dagsplan", "timeplan"],
    ["måltid", "lunsj", "spising"],
    ["vente på tur", "turtaking"],
]

MEASURES = [
    {
        "slug": "dagtavle",
        "title": "Dagtavle i samlingsstunden",
        "summary": "Gå gjennom dagen med bilder hver morgen.",
        "purpose": "Barna ser hva som skal skje, og i hvilken rekkefølge.",
        "situations": ["Samlingsstund"],
        "tags": ["forutsigbarhet"],
    },
    {
        "slug": "forst-sa",
        "title": "Først–så-tavle ved påkledningen",
        "summary": "Vis først jakka, så ute, for barn som strever med å komme i gang.",
        "purpose": "Påkledning i en full gang er krevende for mange.",
        "situations": ["Påkledning"],
        "tags": ["overgang"],
    },
    {
        "slug": "maltid",
        "title": "Faste plasser ved måltidene",
        "summary": "Hvert barn har sin plass ved bordet, merket med bilde.",
        "purpose": "Forutsigbare måltider gir ro rundt bordet.",
        "situations": ["Måltid"],
        "tags": ["ro"],
    },
    {
        "slug": "timer",
        "title": "Timer gjør ventetiden synlig",
        "summary": "En timer viser hvor lenge barnet må vente før det blir dets tur.",
        "purpose": "Det er lettere å vente når man ser at tiden går.",
        "situations": ["Vente på tur"],
        "tags": ["tid"],
    },
    {
        "slug": "folelseskort",
        "title": "Følelseskort i hverdagen",
        "summary": "Bilder av glad, lei seg, sint og redd hjelper barna å sette ord "
        "på følelsene sine.",
        "purpose": "Barn som kan vise hvordan de har det, får hjelp tidligere.",
        "situations": ["Samlingsstund"],
        "tags": ["følelser"],
        "focus_area": "emosjonell-stotte",
    },
    {
        "slug": "hvilestund",
        "title": "Rolig hvilestund etter lunsj",
        "summary": "Dempet lys, rolig musikk og faste plasser på madrassene.",
        "purpose": "Kroppen trenger hvile midt på dagen.",
        "situations": ["Hvile"],
        "tags": ["ro"],
    },
    {
        "slug": "bokkrok",
        "title": "Lesekrok med bildebøker",
        "summary": "En rolig krok der barna kan se i bøkene sammen med en voksen.",
        "purpose": "Felles lesing gir språk og nærhet.",
        "situations": ["Lek"],
        "tags": ["språk"],
        "focus_area": "lek-og-laering",
    },
    {
        "slug": "handvask",
        "title": "Sekvens for håndvask",
        "summary": "Bilder i riktig rekkefølge over vasken: vann, såpe, skyll, tørk.",
        "purpose": "Barna klarer mer selv når stegene henger foran dem.",
        "situations": ["Hygiene"],
        "tags": ["selvstendighet"],
    },
    {
        "slug": "overganger",
        "title": "Varsle overgangene",
        "summary": "Si fra fem minutter før en aktivitet slutter, og vis hva som "
        "kommer etterpå.",
        "purpose": "Overganger uten varsel gir uro.",
        "situations": ["Overganger"],
        "tags": ["forutsigbarhet"],
    },
    {
        "slug": "rollelek",
        "title": "Lekeveiledning i rolleleken",
        "summary": "Den voksne går inn i leken og gir barnet en rolle.",
        "purpose": "Noen barn trenger hjelp for å komme inn i leken.",
        "situations": ["Lek"],
        "tags": ["samspill"],
        "focus_area": "lek-og-laering",
    },
    {
        "slug": "vinterpakledning",
        "title": "Påkledning om vinteren",
        "summary": "Ta på i fast rekkefølge: ullundertøy, dress, lue, votter og "
        "støvler.",
        "purpose": "Kalde dager krever mange lag med klær.",
        "situations": ["Påkledning"],
        "tags": ["ute"],
    },
    {
        "slug": "sinne",
        "title": "Et rolig hjørne når sinnet tar over",
        "summary": "Puter og en myk ball i et fast hjørne der barnet kan roe seg "
        "ned etter sinne.",
        "purpose": "Sinne er en naturlig følelse, og barnet trenger hjelp til å "
        "finne roen igjen.",
        "situations": ["Konflikter"],
        "tags": ["følelser"],
        "focus_area": "emosjonell-stotte",
    },
]

# (kind, query, slug expected in the top five)
CASES = [
    ("exact", "dagtavle", "dagtavle"),
    ("exact", "påkledning", "forst-sa"),
    ("exact", "håndvask", "handvask"),
    ("exact", "timer", "timer"),
    ("exact", "rollelek", "rollelek"),
    ("exact", "sinne", "sinne"),
    ("inflected", "dagtavla", "dagtavle"),
    ("inflected", "måltid", "maltid"),
    ("inflected", "følelsene", "folelseskort"),
    ("inflected", "bøker", "bokkrok"),
    ("inflected", "samlingsstund", "dagtavle"),
    ("inflected", "overgang", "overganger"),
    ("inflected", "vinter", "vinterpakledning"),
    ("without-aeoeaa", "pakledning", "forst-sa"),
    ("without-aeoeaa", "maltidene", "maltid"),
    ("without-aeoeaa", "folelseskort", "folelseskort"),
    ("without-aeoeaa", "handvask", "handvask"),
    ("without-aeoeaa", "forst sa tavle", "forst-sa"),
    ("typo", "dagtavel", "dagtavle"),
    ("typo", "samlignsstund", "dagtavle"),
    ("typo", "påkledninng", "forst-sa"),
    ("typo", "håndvsk", "handvask"),
    ("typo", "rolelek", "rollelek"),
    ("synonym", "kle på seg", "forst-sa"),
    ("synonym", "garderobe", "forst-sa"),
    ("synonym", "timeplan", "dagtavle"),
    ("synonym", "lunsj", "maltid"),
    ("synonym", "turtaking", "timer"),
    ("compound", "tavle", "forst-sa"),
    ("compound", "hvile", "hvilestund"),
    ("compound", "stund", "dagtavle"),
    ("compound", "bok", "bokkrok"),
]

# (query, slug that must not be found at all): words that only look alike.
UNRELATED = [
    # «sinne» (anger) is not the possessive «sin» in "har sin plass ved bordet".
    ("sinne", "maltid"),
]


def publish_corpus():
    """Create and publish the measures the way editors do (revision + publish)."""
    for words in SYNONYMS:
        SynonymGroup.objects.create(words="\n".join(words))
    pages = {}
    for item in MEASURES:
        situations = [
            SituationFactory(name=name, slug=name.lower().replace(" ", "-"))
            for name in item["situations"]
        ]
        page = MeasurePageFactory(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            purpose=f"<p>{item['purpose']}</p>",
            focus_area=item.get("focus_area", "organisering-og-struktur"),
            situations=situations,
            live=False,
        )
        page.tags.add(*item["tags"])
        page.save_revision().publish()
        pages[item["slug"]] = page
    return pages
