"""Demo content for Inkluderingsportalen, as plain Python data.

Kept free of Django imports so that it can be read by the ``load_demo`` command,
by tests and by plain scripts alike. All text is written for the demo: it holds
no personal data about children, and all kindergartens, addresses and people
are fictional. Visual supports carry a ``drawing`` spec that
``portal.demo.pictograms.draw_pictogram`` turns into a PNG.
"""

DEMO_LICENCE = "CC BY 4.0"
DEMO_ATTRIBUTION = "Inkluderingsteamet, bydel (demo)"
DEMO_SOURCE = "Egenprodusert av inkluderingsteamet for demoinnholdet i portalen"

# Same simple password for every demo user; only ever used on demo installations.
DEMO_PASSWORD = "portal-demo-2026"  # noqa: S105

# The focus areas themselves are defined by the measures app; these are their slugs.
FOCUS_AREA_SLUGS = ["organisering-og-struktur", "emosjonell-stotte", "lek-og-laering"]

AGE_GROUPS = ["1-3", "3-6", "1-6"]
LEVELS = ["hele-barnegruppen", "smagruppe", "enkeltbarn"]
VISUAL_SUPPORT_KINDS = [
    "piktogram",
    "dagtavle",
    "forst-sa-tavle",
    "sekvens",
    "valgtavle",
    "sosial-historie",
    "illustrasjon",
]
MEETING_TYPES = [
    "avdelingsmote",
    "kveldsmote",
    "planleggingsdag",
    "personalmote",
    "veiledning",
]

SITUATIONS = [
    {"slug": "pakledning", "name": "Påkledning"},
    {"slug": "maltid", "name": "Måltid"},
    {"slug": "samlingsstund", "name": "Samlingsstund"},
    {"slug": "overganger", "name": "Overganger"},
    {"slug": "vente-pa-tur", "name": "Vente på tur"},
    {"slug": "lek", "name": "Lek"},
    {"slug": "hvile", "name": "Hvile"},
    {"slug": "ute", "name": "Ute"},
    {"slug": "tur", "name": "Tur"},
    {"slug": "hygiene-og-toalett", "name": "Hygiene og toalett"},
    {"slug": "levering-og-henting", "name": "Levering og henting"},
    {"slug": "aktiviteter", "name": "Aktiviteter"},
    {"slug": "hoytlesning", "name": "Høytlesning"},
    {"slug": "konflikter", "name": "Konflikter"},
]

SYNONYM_GROUPS = [
    ["påkledning", "kle på seg", "garderobe", "av- og påkledning", "yttertøy"],
    ["dagtavle", "dagsplan", "timeplan", "dagsrytme"],
    ["først–så-tavle", "først-så-tavle", "først og så"],
    ["samlingsstund", "samling", "morgensamling"],
    ["måltid", "lunsj", "spising", "matsituasjon"],
    ["piktogram", "bildestøtte", "visuell støtte", "bildekort"],
    ["overgang", "skifte av aktivitet", "overgangssituasjon"],
    ["vente på tur", "turtaking", "ta tur"],
    ["hvile", "soving", "sovetid", "hvilestund"],
    ["håndvask", "vaske hender", "håndhygiene"],
    ["trøst", "samregulering", "co-regulering"],
    ["følelseskort", "følelsesbilder", "følelsesansikter"],
    ["rolig krok", "rolig hjørne", "skjermet krok", "pusterom"],
    ["rollelek", "late som-lek", "fantasilek"],
    ["timer", "tidtaker", "timeglass", "eggeklokke"],
    ["toalett", "do", "dobesøk"],
    ["levering", "bringing", "morgenlevering"],
    ["valgtavle", "valgkort"],
    ["sosial historie", "sosiale historier", "bildefortelling"],
    ["utetid", "utelek", "ute"],
]

TEAM_MEMBERS = [
    {
        "key": "ingrid-berg",
        "first_name": "Ingrid",
        "last_name": "Berg",
        "role_title": "spesialpedagog",
        "email": "ingrid.berg@example.org",
        "phone": "+47 900 00 101",
        "areas": (
            "Organisering og struktur, dagtavler og annen visuell støtte, påkledning "
            "og måltider."
        ),
    },
    {
        "key": "tariq-aziz",
        "first_name": "Tariq",
        "last_name": "Aziz",
        "role_title": "PPT-rådgiver",
        "email": "tariq.aziz@example.org",
        "phone": "+47 900 00 102",
        "areas": (
            "Systemrettet arbeid, ståstedsanalyse, veiledning av avdelinger og "
            "ledergrupper."
        ),
    },
    {
        "key": "marte-lunde",
        "first_name": "Marte",
        "last_name": "Lunde",
        "role_title": "spesialpedagog",
        "email": "marte.lunde@example.org",
        "phone": "+47 900 00 103",
        "areas": (
            "Emosjonell støtte, trøst og samregulering, rolige soner og trygge "
            "overganger."
        ),
    },
    {
        "key": "eirik-holm",
        "first_name": "Eirik",
        "last_name": "Holm",
        "role_title": "pedagogisk veileder",
        "email": "eirik.holm@example.org",
        "phone": "+47 900 00 104",
        "areas": "Lek og læring, lekeveiledning, rollelek og lek ute.",
    },
    {
        "key": "linh-tran",
        "first_name": "Linh",
        "last_name": "Tran",
        "role_title": "logoped i PPT",
        "email": "linh.tran@example.org",
        "phone": "+47 900 00 105",
        "areas": (
            "Språk og kommunikasjon, bildestøtte, dialogisk lesing og språk i lek."
        ),
    },
]

KINDERGARTENS = [
    {
        "slug": "solsikken",
        "name": "Solsikken barnehage",
        "address": "Solsikkeveien 4, 0990 Oslo (fiktiv adresse)",
        "departments": [
            {"slug": "blabaer", "name": "Blåbær", "age_group": "1-3"},
            {"slug": "ekorn", "name": "Ekorn", "age_group": "3-6"},
            {"slug": "reven", "name": "Reven", "age_group": "3-6"},
        ],
    },
    {
        "slug": "trollskogen",
        "name": "Trollskogen barnehage",
        "address": "Trollstien 12, 0991 Oslo (fiktiv adresse)",
        "departments": [
            {"slug": "mauren", "name": "Mauren", "age_group": "1-3"},
            {"slug": "humla", "name": "Humla", "age_group": "1-3"},
            {"slug": "bjornen", "name": "Bjørnen", "age_group": "3-6"},
            {"slug": "elgen", "name": "Elgen", "age_group": "3-6"},
        ],
    },
    {
        "slug": "regnbuen",
        "name": "Regnbuen barnehage",
        "address": "Regnbuegata 7, 0992 Oslo (fiktiv adresse)",
        "departments": [
            {"slug": "tyttebaer", "name": "Tyttebær", "age_group": "1-3"},
            {"slug": "multe", "name": "Multe", "age_group": "3-6"},
        ],
    },
    {
        "slug": "kantarellen",
        "name": "Kantarellen barnehage",
        "address": "Soppsankerveien 3, 0993 Oslo (fiktiv adresse)",
        "departments": [
            {"slug": "spurven", "name": "Spurven", "age_group": "1-3"},
            {"slug": "uglen", "name": "Uglen", "age_group": "3-6"},
            {"slug": "ornen", "name": "Ørnen", "age_group": "3-6"},
        ],
    },
    {
        "slug": "fjellbekken",
        "name": "Fjellbekken barnehage",
        "address": "Bekkefaret 21, 0994 Oslo (fiktiv adresse)",
        "departments": [
            {"slug": "froskene", "name": "Froskene", "age_group": "1-3"},
            {"slug": "laksen", "name": "Laksen", "age_group": "3-6"},
        ],
    },
]

DEMO_USERS = [
    {
        "username": "redaktor",
        "password": DEMO_PASSWORD,
        "group": "Redaktører",
        "first_name": "Hanne",
        "last_name": "Vik",
        "kindergarten": "solsikken",
        "department": None,
        "role_title": "spesialpedagog i inkluderingsteamet",
    },
    {
        "username": "styrer",
        "password": DEMO_PASSWORD,
        "group": "Styrere",
        "first_name": "Per",
        "last_name": "Dahl",
        "kindergarten": "trollskogen",
        "department": None,
        "role_title": "styrer",
    },
    {
        "username": "ansatt",
        "password": DEMO_PASSWORD,
        "group": "Ansatte",
        "first_name": "Amina",
        "last_name": "Rustad",
        "kindergarten": "trollskogen",
        "department": "bjornen",
        "role_title": "pedagogisk leder",
    },
]


# --- Visual supports -----------------------------------------------------------
# Drawing specs: see portal/demo/pictograms.py. Coordinates are on a 0-100 grid.


def _one(shape, size=78, at=(50, 50), **extra):
    """Spec for a pictogram with one centred shape."""
    return {"shapes": [{"shape": shape, "at": list(at), "size": size, **extra}]}


def _panel(label, *shapes):
    return {"label": label, "shapes": list(shapes)}


def _s(shape, x=50, y=50, size=80, **extra):
    return {"shape": shape, "at": [x, y], "size": size, **extra}


VISUAL_SUPPORTS = [
    # Piktogrammer: påkledning
    {
        "key": "pikto-jakke",
        "title": "Jakke",
        "alt": "Piktogram av en rød jakke med glidelås og knapper.",
        "kind": "piktogram",
        "situations": ["pakledning", "ute"],
        "keywords": ["jakke", "yttertøy", "garderobe", "kle på seg"],
        "drawing": _one("jacket", color="red"),
    },
    {
        "key": "pikto-regnbukse",
        "title": "Bukse",
        "alt": "Piktogram av en mørkeblå regnbukse med strikk i livet.",
        "kind": "piktogram",
        "situations": ["pakledning", "ute"],
        "keywords": ["bukse", "regntøy", "dress", "garderobe"],
        "drawing": _one("trousers", color="navy"),
    },
    {
        "key": "pikto-sko",
        "title": "Sko",
        "alt": "Piktogram av en grønn sko eller støvel med mørk såle.",
        "kind": "piktogram",
        "situations": ["pakledning", "ute"],
        "keywords": ["sko", "støvler", "skotøy", "garderobe"],
        "drawing": _one("shoe", color="green"),
    },
    {
        "key": "pikto-lue",
        "title": "Lue",
        "alt": "Piktogram av en lilla strikkelue med hvit kant og dusk.",
        "kind": "piktogram",
        "situations": ["pakledning", "ute"],
        "keywords": ["lue", "vinter", "hodeplagg", "garderobe"],
        "drawing": _one("hat", color="purple", at=(50, 55)),
    },
    # Piktogrammer: måltid og hygiene
    {
        "key": "pikto-spise",
        "title": "Spise",
        "alt": (
            "Piktogram av en tallerken med mat, med gaffel til venstre og kniv til "
            "høyre."
        ),
        "kind": "piktogram",
        "situations": ["maltid"],
        "keywords": ["spise", "mat", "lunsj", "måltid", "tallerken"],
        "drawing": _one("plate", size=60),
    },
    {
        "key": "pikto-drikke",
        "title": "Drikke",
        "alt": "Piktogram av en blå kopp med hank, fylt med vann.",
        "kind": "piktogram",
        "situations": ["maltid"],
        "keywords": ["drikke", "kopp", "vann", "melk", "måltid"],
        "drawing": _one("cup", size=70, at=(46, 52)),
    },
    {
        "key": "pikto-vaske-hender",
        "title": "Vaske hender",
        "alt": "Piktogram av en åpen hånd med en stor vanndråpe ved siden av.",
        "kind": "piktogram",
        "situations": ["hygiene-og-toalett", "maltid"],
        "keywords": ["håndvask", "vaske hender", "såpe", "hygiene"],
        "drawing": {
            "shapes": [
                _s("hand", 36, 54, 66),
                _s("drop", 76, 44, 44, color="lightblue"),
            ]
        },
    },
    {
        "key": "pikto-toalett",
        "title": "Toalett",
        "alt": "Piktogram av et hvitt toalett med sete og sisterne, sett fra siden.",
        "kind": "piktogram",
        "situations": ["hygiene-og-toalett"],
        "keywords": ["toalett", "do", "dobesøk", "bleieskift"],
        "drawing": _one("toilet", size=76, at=(50, 52)),
    },
    # Piktogrammer: dagens aktiviteter
    {
        "key": "pikto-samlingsstund",
        "title": "Samlingsstund",
        "alt": (
            "Piktogram av tre personer som sitter ved siden av hverandre i en samling."
        ),
        "kind": "piktogram",
        "situations": ["samlingsstund"],
        "keywords": ["samling", "samlingsstund", "sitte sammen", "morgensamling"],
        "drawing": {
            "shapes": [
                _s("ellipse", 50, 66, w=98, h=30, color="#f6d9a8"),
                _s("figure", 20, 50, 50, pose="sit", color="red"),
                _s("figure", 50, 50, 50, pose="sit", color="green"),
                _s("figure", 80, 50, 50, pose="sit", color="blue"),
            ]
        },
    },
    {
        "key": "pikto-hvile",
        "title": "Hvile",
        "alt": "Piktogram av en seng med pute og lyseblå dyne, og bokstavene z z over.",
        "kind": "piktogram",
        "situations": ["hvile"],
        "keywords": ["hvile", "sove", "soving", "madrass", "rolig"],
        "drawing": _one("bed", size=86, at=(50, 56)),
    },
    {
        "key": "pikto-ute",
        "title": "Ute",
        "alt": "Piktogram av et grønt tre og en gul sol på himmelen.",
        "kind": "piktogram",
        "situations": ["ute"],
        "keywords": ["ute", "utetid", "utelek", "uteområde"],
        "drawing": {
            "bg": "#f1f8ff",
            "shapes": [
                _s("sun", 74, 26, 40),
                _s("tree", 36, 50, 74),
                _s("rect", box=[0, 86, 100, 92], color="green", radius=2),
            ],
        },
    },
    {
        "key": "pikto-tur",
        "title": "Tur",
        "alt": "Piktogram av en oransje tursekk foran et tre.",
        "kind": "piktogram",
        "situations": ["tur"],
        "keywords": ["tur", "sekk", "skogen", "gå på tur"],
        "drawing": {
            "shapes": [
                _s("tree", 70, 44, 66),
                _s("backpack", 38, 52, 70, color="orange"),
            ]
        },
    },
    {
        "key": "pikto-lek",
        "title": "Lek",
        "alt": "Piktogram av byggeklosser i rødt, blått og gult, og en rød ball.",
        "kind": "piktogram",
        "situations": ["lek"],
        "keywords": ["lek", "frilek", "leke", "klosser", "leker"],
        "drawing": {
            "shapes": [
                _s("blocks", 34, 52, 66),
                _s("ball", 82, 74, 28, color="red"),
            ]
        },
    },
    {
        "key": "pikto-lese-bok",
        "title": "Lese bok",
        "alt": "Piktogram av en oppslått blå bok med linjer på sidene.",
        "kind": "piktogram",
        "situations": ["hoytlesning", "samlingsstund", "hvile"],
        "keywords": ["bok", "bøker", "lese", "høytlesning", "bildebok"],
        "drawing": _one("book", size=80),
    },
    {
        "key": "pikto-male",
        "title": "Male",
        "alt": "Piktogram av en pensel med rød maling på tuppen og tre fargeklatter.",
        "kind": "piktogram",
        "situations": ["aktiviteter"],
        "keywords": ["male", "forming", "tegne", "aktivitet"],
        "drawing": {
            "shapes": [
                _s("brush", 40, 50, 80, color="red", rotate=20),
                _s("circle", 74, 30, 16, color="blue"),
                _s("circle", 80, 56, 16, color="yellow"),
                _s("circle", 70, 80, 16, color="green"),
            ]
        },
    },
    {
        "key": "pikto-synge",
        "title": "Synge",
        "alt": "Piktogram av to lilla musikknoter ved siden av et smilende ansikt.",
        "kind": "piktogram",
        "situations": ["samlingsstund", "overganger"],
        "keywords": ["synge", "sang", "musikk", "sangkort"],
        "drawing": {
            "shapes": [
                _s("face", 34, 56, 52, mood="happy"),
                _s("music", 74, 46, 52, color="purple"),
            ]
        },
    },
    {
        "key": "pikto-hjem",
        "title": "Hjem",
        "alt": "Piktogram av et gult hus med rødt tak, dør og vindu.",
        "kind": "piktogram",
        "situations": ["levering-og-henting"],
        "keywords": ["hjem", "henting", "gå hjem", "hus"],
        "drawing": _one("house", size=80, at=(50, 52)),
    },
    # Piktogrammer: vente, overganger og samspill
    {
        "key": "pikto-vente",
        "title": "Vente",
        "alt": "Piktogram av en person som står rolig ved siden av et timeglass.",
        "kind": "piktogram",
        "situations": ["vente-pa-tur", "overganger", "maltid"],
        "keywords": ["vente", "vente på tur", "timeglass", "kø"],
        "drawing": {
            "shapes": [
                _s("figure", 34, 50, 80, color="blue"),
                _s("timer", 74, 52, 56, color="red"),
            ]
        },
    },
    {
        "key": "pikto-min-tur",
        "title": "Min tur",
        "alt": (
            "Piktogram av en glad person med armene i været og en gul stjerne over seg."
        ),
        "kind": "piktogram",
        "situations": ["vente-pa-tur", "lek"],
        "keywords": ["min tur", "turtaking", "ta tur", "stjerne"],
        "drawing": {
            "shapes": [
                _s("figure", 50, 58, 76, pose="arms-up", color="green"),
                _s("star", 78, 18, 26, color="yellow"),
            ]
        },
    },
    {
        "key": "pikto-ferdig",
        "title": "Ferdig",
        "alt": "Piktogram av en grønn sirkel med et hvitt hakemerke.",
        "kind": "piktogram",
        "situations": ["overganger", "maltid", "aktiviteter"],
        "keywords": ["ferdig", "slutt", "avslutte", "overgang"],
        "drawing": _one("check", size=70),
    },
    {
        "key": "pikto-stopp",
        "title": "Stopp",
        "alt": (
            "Piktogram av en åpen hånd som holdes opp foran en rød sirkel, tegnet for "
            "stopp."
        ),
        "kind": "piktogram",
        "situations": ["konflikter", "lek"],
        "keywords": ["stopp", "nei", "grense", "konflikt"],
        "drawing": {
            "shapes": [
                _s("circle", 50, 50, 86, color="red"),
                _s("hand", 50, 54, 62),
            ]
        },
    },
    {
        "key": "pikto-rydde",
        "title": "Rydde",
        "alt": "Piktogram av en pil som viser at klossene skal legges i en blå kasse.",
        "kind": "piktogram",
        "situations": ["overganger", "lek"],
        "keywords": ["rydde", "rydde opp", "rydding", "overgang"],
        "drawing": {
            "shapes": [
                _s("blocks", 24, 36, 40),
                _s("arrow", **{"from": [44, 36], "to": [62, 62]}, width=4),
                _s("rect", box=[56, 62, 94, 90], color="blue", radius=3),
            ]
        },
    },
    {
        "key": "pikto-snart",
        "title": "Snart",
        "alt": "Piktogram av en klokke der viserne viser fem minutter på hel time.",
        "kind": "piktogram",
        "situations": ["overganger"],
        "keywords": ["snart", "klokke", "overgangsvarsel", "fem minutter"],
        "drawing": _one("clock", size=80, hour=10, minute=55),
    },
    {
        "key": "pikto-si-det-med-ord",
        "title": "Si det med ord",
        "alt": (
            "Piktogram av en hvit snakkeboble med tre prikker, over en person som står."
        ),
        "kind": "piktogram",
        "situations": ["konflikter", "lek"],
        "keywords": ["snakke", "si fra", "ord", "konflikt", "språk"],
        "drawing": {
            "shapes": [
                _s("speech", 62, 28, 56),
                _s("figure", 30, 60, 70, color="orange"),
            ]
        },
    },
    {
        "key": "pikto-trost",
        "title": "Trøst",
        "alt": (
            "Piktogram av en voksen og et barn som står tett inntil hverandre under "
            "et rødt hjerte."
        ),
        "kind": "piktogram",
        "situations": ["konflikter", "levering-og-henting", "hvile"],
        "keywords": ["trøst", "klem", "samregulering", "omsorg"],
        "drawing": {
            "shapes": [
                _s("figure", 38, 56, 80, color="purple"),
                _s("figure", 64, 68, 56, color="yellow"),
                _s("heart", 70, 18, 26, color="red"),
            ]
        },
    },
    # Følelsesansikter
    {
        "key": "pikto-glad",
        "title": "Glad",
        "alt": "Piktogram av et gult, rundt ansikt med stort smil.",
        "kind": "piktogram",
        "situations": ["samlingsstund", "konflikter"],
        "keywords": ["glad", "følelser", "følelseskort", "smil"],
        "drawing": _one("face", mood="happy"),
    },
    {
        "key": "pikto-lei-seg",
        "title": "Lei seg",
        "alt": (
            "Piktogram av et gult, rundt ansikt med munnvikene ned og en tåre på "
            "kinnet."
        ),
        "kind": "piktogram",
        "situations": ["samlingsstund", "konflikter"],
        "keywords": ["lei seg", "trist", "følelser", "følelseskort", "gråte"],
        "drawing": _one("face", mood="sad"),
    },
    {
        "key": "pikto-sint",
        "title": "Sint",
        "alt": (
            "Piktogram av et oransje, rundt ansikt med rynkede øyenbryn og sur munn."
        ),
        "kind": "piktogram",
        "situations": ["samlingsstund", "konflikter"],
        "keywords": ["sint", "sinne", "følelser", "følelseskort"],
        "drawing": _one("face", mood="angry", color="orange"),
    },
    {
        "key": "pikto-redd",
        "title": "Redd",
        "alt": (
            "Piktogram av et lyseblått, rundt ansikt med store øyne og liten, åpen "
            "munn."
        ),
        "kind": "piktogram",
        "situations": ["samlingsstund", "konflikter"],
        "keywords": ["redd", "skummelt", "følelser", "følelseskort"],
        "drawing": _one("face", mood="scared", color="lightblue"),
    },
    {
        "key": "pikto-rolig",
        "title": "Rolig",
        "alt": "Piktogram av et grønt, rundt ansikt med lukkede øyne og rett munn.",
        "kind": "piktogram",
        "situations": ["hvile", "konflikter", "overganger"],
        "keywords": ["rolig", "puste", "ro", "følelser", "følelseskort"],
        "drawing": _one("face", mood="calm", color="#9ad19c"),
    },
    # Dagtavler
    {
        "key": "dagtavle-formiddag",
        "title": "Dagtavle formiddag",
        "alt": "Dagtavle med fire bilder fra venstre mot høyre: hus for levering, "
        "samlingsstund, lek med klosser og måltid med tallerken.",
        "kind": "dagtavle",
        "situations": ["samlingsstund", "overganger", "levering-og-henting"],
        "keywords": ["dagtavle", "dagsplan", "formiddag", "oversikt"],
        "drawing": {
            "bg": "#f5f9ff",
            "panels": [
                _panel("Levering", _s("house")),
                _panel("Samling", _s("figure", 50, 54, 90, pose="sit", color="green")),
                _panel("Lek", _s("blocks")),
                _panel("Spise", _s("plate", size=58)),
            ],
        },
    },
    {
        "key": "dagtavle-hele-dagen",
        "title": "Dagtavle hele dagen",
        "alt": "Dagtavle med seks bilder i to rader: samling, ute, spise, hvile, "
        "lek og hjem. Bildene viser dagens rekkefølge.",
        "kind": "dagtavle",
        "situations": ["samlingsstund", "overganger", "hvile", "ute"],
        "keywords": ["dagtavle", "dagsplan", "timeplan", "dagsrytme"],
        "drawing": {
            "bg": "#f5f9ff",
            "panels": [
                _panel("Samling", _s("figure", 50, 54, 90, pose="sit", color="green")),
                _panel("Ute", _s("sun", 72, 26, 40), _s("tree", 40, 54, 80)),
                _panel("Spise", _s("plate", size=58)),
                _panel("Hvile", _s("bed", size=96)),
                _panel("Lek", _s("blocks")),
                _panel("Hjem", _s("house")),
            ],
        },
    },
    # Først–så-tavler
    {
        "key": "forst-sa-jakke-ute",
        "title": "Først jakke, så ute",
        "alt": "Først–så-tavle med to felt. Til venstre står «Først» med en rød jakke, "
        "til høyre står «Så» med et tre og en sol.",
        "kind": "forst-sa-tavle",
        "situations": ["pakledning", "ute", "overganger"],
        "keywords": ["først–så", "først-så-tavle", "jakke", "ute", "påkledning"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                {**_panel("Først", _s("jacket", color="red")), "bg": "#fff4e0"},
                {
                    **_panel("Så", _s("sun", 74, 24, 38), _s("tree", 42, 52, 80)),
                    "bg": "#eaf6ea",
                },
            ],
        },
    },
    {
        "key": "forst-sa-vaske-spise",
        "title": "Først vaske, så spise",
        "alt": "Først–så-tavle med to felt. «Først» viser en hånd og en vanndråpe, "
        "«Så» viser en tallerken med mat.",
        "kind": "forst-sa-tavle",
        "situations": ["hygiene-og-toalett", "maltid", "overganger"],
        "keywords": ["først–så", "håndvask", "måltid", "spise"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                {
                    **_panel(
                        "Først",
                        _s("hand", 40, 54, 70),
                        _s("drop", 78, 40, 40),
                    ),
                    "bg": "#fff4e0",
                },
                {**_panel("Så", _s("plate", size=56)), "bg": "#eaf6ea"},
            ],
        },
    },
    {
        "key": "forst-sa-rydde-samling",
        "title": "Først rydde, så samling",
        "alt": "Først–så-tavle med to felt. «Først» viser klosser og en kasse, "
        "«Så» viser en person som sitter i samlingsstund.",
        "kind": "forst-sa-tavle",
        "situations": ["overganger", "lek", "samlingsstund"],
        "keywords": ["først–så", "rydde", "samling", "overgang"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                {
                    **_panel(
                        "Først",
                        _s("blocks", 32, 36, 50),
                        _s("rect", box=[48, 62, 92, 90], color="blue", radius=3),
                    ),
                    "bg": "#fff4e0",
                },
                {
                    **_panel("Så", _s("figure", 50, 54, 90, pose="sit", color="green")),
                    "bg": "#eaf6ea",
                },
            ],
        },
    },
    # Sekvenser
    {
        "key": "sekvens-handvask",
        "title": "Håndvask steg for steg",
        "alt": "Sekvens i fem bilder: vann på hendene, såpe, gni hendene, skyll "
        "med vann og tørk på papir. En pil viser rekkefølgen.",
        "kind": "sekvens",
        "situations": ["hygiene-og-toalett", "maltid"],
        "keywords": ["håndvask", "sekvens", "rekkefølge", "såpe", "hygiene"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                _panel("Vann", _s("drop", 50, 50, 80)),
                _panel("Såpe", _s("drop", 50, 50, 80, color="pink")),
                _panel("Gni", _s("hand", 40, 52, 70), _s("hand", 62, 52, 70)),
                _panel("Skyll", _s("hand", 40, 58, 70), _s("drop", 74, 28, 36)),
                _panel(
                    "Tørk", _s("rect", box=[18, 14, 82, 86], color="white", radius=6)
                ),
            ],
        },
    },
    {
        "key": "sekvens-pakledning-vinter",
        "title": "Påkledning om vinteren",
        "alt": "Sekvens i fire bilder for påkledning: først bukse, så jakke, så lue "
        "og til slutt sko.",
        "kind": "sekvens",
        "situations": ["pakledning", "ute"],
        "keywords": ["påkledning", "rekkefølge", "vinter", "garderobe", "sekvens"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                _panel("Bukse", _s("trousers", color="navy")),
                _panel("Jakke", _s("jacket", color="red")),
                _panel("Lue", _s("hat", color="purple")),
                _panel("Sko", _s("shoe", color="green")),
            ],
        },
    },
    {
        "key": "sekvens-toalett",
        "title": "Toalettbesøk",
        "alt": "Sekvens i fire bilder: toalett, spyle, vaske hender og ferdig "
        "med et grønt hakemerke.",
        "kind": "sekvens",
        "situations": ["hygiene-og-toalett"],
        "keywords": ["toalett", "do", "sekvens", "hygiene", "rekkefølge"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                _panel("Do", _s("toilet")),
                _panel("Spyl", _s("toilet", 42, 56, 70), _s("drop", 80, 24, 30)),
                _panel("Vask", _s("hand", 42, 54, 70), _s("drop", 76, 32, 34)),
                _panel("Ferdig", _s("check", size=76)),
            ],
        },
    },
    # Valgtavler
    {
        "key": "valgtavle-lek",
        "title": "Hva vil du leke med?",
        "alt": "Valgtavle med fire valg: klosser, ball, bok og maling. Over "
        "bildene står «Jeg vil leke med …».",
        "kind": "valgtavle",
        "situations": ["lek", "overganger"],
        "keywords": ["valgtavle", "valg", "frilek", "leker"],
        "drawing": {
            "header": "Jeg vil leke med …",
            "panels": [
                _panel("Klosser", _s("blocks")),
                _panel("Ball", _s("ball", size=70)),
                _panel("Bok", _s("book")),
                _panel("Male", _s("brush", color="blue", rotate=20)),
            ],
        },
    },
    {
        "key": "valgtavle-hva-hjelper",
        "title": "Hva hjelper meg nå?",
        "alt": "Valgtavle med fire valg for å roe seg: en klem, en pause på madrassen, "
        "noe å drikke og en bok.",
        "kind": "valgtavle",
        "situations": ["konflikter", "overganger", "hvile"],
        "keywords": ["valgtavle", "roe seg", "pause", "rolig krok", "selvregulering"],
        "drawing": {
            "header": "Det som hjelper meg:",
            "panels": [
                _panel("Klem", _s("heart", size=70)),
                _panel("Pause", _s("bed", size=96)),
                _panel("Drikke", _s("cup", 46, 52, 66)),
                _panel("Bok", _s("book")),
            ],
        },
    },
    # Sosiale historier
    {
        "key": "sosial-historie-vente-pa-tur",
        "title": "Når jeg venter på tur",
        "alt": "Sosial historie i tre bilder: barn står etter hverandre i kø, en "
        "person venter ved et timeglass, og en glad person med armene i været "
        "når det er min tur.",
        "kind": "sosial-historie",
        "situations": ["vente-pa-tur", "lek"],
        "keywords": ["sosial historie", "vente på tur", "turtaking", "kø"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                _panel(
                    "Vi står i kø",
                    _s("figure", 24, 54, 60, color="red"),
                    _s("figure", 50, 54, 60, color="green"),
                    _s("figure", 76, 54, 60, color="blue"),
                ),
                _panel(
                    "Jeg venter",
                    _s("figure", 34, 54, 76, color="blue"),
                    _s("timer", 76, 56, 44),
                ),
                _panel(
                    "Min tur!", _s("figure", 50, 58, 76, pose="arms-up", color="blue")
                ),
            ],
        },
    },
    {
        "key": "sosial-historie-sint",
        "title": "Når jeg blir sint",
        "alt": "Sosial historie i tre bilder: et sint ansikt, en hånd som viser stopp, "
        "og en voksen som står sammen med et barn under et hjerte.",
        "kind": "sosial-historie",
        "situations": ["konflikter"],
        "keywords": ["sosial historie", "sinne", "sint", "stopp", "hjelp"],
        "drawing": {
            "connector": "arrow",
            "panels": [
                _panel("Jeg blir sint", _s("face", mood="angry", color="orange")),
                _panel(
                    "Jeg sier stopp",
                    _s("circle", size=86, color="red"),
                    _s("hand", 50, 54, 62),
                ),
                _panel(
                    "Voksen hjelper",
                    _s("figure", 36, 56, 80, color="purple"),
                    _s("figure", 66, 68, 56, color="orange"),
                    _s("heart", 74, 16, 24),
                ),
            ],
        },
    },
    # Illustrasjoner
    {
        "key": "illustrasjon-rolig-krok",
        "title": "Rolig krok",
        "alt": "Illustrasjon av en rolig krok med madrass og pute, en bok og en "
        "person som sitter og hviler.",
        "kind": "illustrasjon",
        "situations": ["hvile", "konflikter", "overganger"],
        "keywords": ["rolig krok", "pusterom", "skjerming", "hvile"],
        "drawing": {
            "bg": "#eef5fb",
            "shapes": [
                _s("rect", box=[4, 70, 96, 92], color="lightblue", radius=6),
                _s("ellipse", 24, 64, w=30, h=16, color="white"),
                _s("figure", 56, 40, 56, pose="sit", color="green"),
                _s("book", 84, 58, 24, color="red"),
                _s("face", 84, 18, 22, mood="calm", color="#9ad19c"),
            ],
        },
    },
    {
        "key": "illustrasjon-fast-plass",
        "title": "Fast plass ved bordet",
        "alt": "Illustrasjon av et bord sett ovenfra med fire tallerkener og en "
        "fargekode ved hver plass: rød, blå, gul og grønn.",
        "kind": "illustrasjon",
        "situations": ["maltid", "samlingsstund"],
        "keywords": ["fast plass", "bordplassering", "måltid", "struktur"],
        "drawing": {
            "shapes": [
                _s("rect", box=[10, 18, 90, 82], color="#e8c9a0", radius=8),
                _s("plate", 30, 36, 20, food=False),
                _s("plate", 70, 36, 20, food=False),
                _s("plate", 30, 66, 20, food=False),
                _s("plate", 70, 66, 20, food=False),
                _s("circle", 30, 8, 10, color="red"),
                _s("circle", 70, 8, 10, color="blue"),
                _s("circle", 30, 92, 10, color="yellow"),
                _s("circle", 70, 92, 10, color="green"),
            ]
        },
    },
]


# --- Measures (tiltak) -------------------------------------------------------------

MEASURES = [
    # Organisering og struktur ----------------------------------------------------
    {
        "slug": "dagtavle-i-samlingsstunden",
        "title": "Dagtavle i samlingsstunden",
        "summary": (
            "Gå gjennom dagtavla sammen med barna hver morgen, slik at alle vet hva "
            "som skal skje og i hvilken rekkefølge."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["samlingsstund", "overganger"],
        "tags": ["dagtavle", "forutsigbarhet", "bildestøtte", "rutiner"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Mange barn blir urolige når de ikke vet hva som kommer. Når dagen er "
            "synlig på veggen, kan barna se framover og forberede seg. Dagtavla "
            "hjelper særlig barn som forstår lite norsk eller strever med å huske "
            "beskjeder, men den gir ro for hele gruppen. De voksne får også et felles "
            "utgangspunkt, og det blir lettere å snakke om endringer i planen."
        ),
        "steps": [
            "Heng dagtavla i barnas øyehøyde, der dere har samlingsstund.",
            "Bruk ett bilde for hver del av dagen, og hold rekkefølgen fast.",
            "Pek på hvert bilde og si ordet høyt mens dere går gjennom dagen.",
            "La et barn flytte pilen eller klypa når en aktivitet er ferdig.",
            "Vis endringer med et eget bilde, og fortell om dem tidlig.",
            "Gå tilbake til tavla ved hver overgang gjennom dagen.",
        ],
        "materials": (
            "Dagtavle med borrelås eller magneter, laminerte bildekort, en pil eller "
            "klype som viser hvor dere er."
        ),
        "time_needed": "5–10 minutter",
        "visual_supports": [
            "dagtavle-hele-dagen",
            "dagtavle-formiddag",
            "pikto-samlingsstund",
        ],
        "related": [
            "overgangsvarsel",
            "forst-sa-tavle-ved-pakledning",
            "samlingsstund-i-sma-grupper",
        ],
        "sources": (
            "Inkluderingsteamets erfaringer fra barnehagene i bydelen; Rammeplan for "
            "barnehagen."
        ),
        "owner": "ingrid-berg",
    },
    {
        "slug": "forst-sa-tavle-ved-pakledning",
        "title": "Først–så-tavle ved påkledningen",
        "summary": (
            "En enkel tavle med to bilder viser hva barnet skal gjøre først, og hva "
            "som skjer etterpå."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["pakledning", "ute", "overganger"],
        "tags": ["først–så", "motivasjon", "garderobe", "bildestøtte"],
        "age_group": "1-6",
        "level": "enkeltbarn",
        "purpose": (
            "I garderoben er det mye lyd, mange barn og mange beskjeder. Noen barn "
            "mister oversikten og stopper opp. En først–så-tavle gjør oppgaven liten "
            "og konkret, og viser at noe hyggelig venter etterpå. Barnet trenger "
            "færre muntlige påminnelser, og den voksne slipper å mase."
        ),
        "steps": [
            "Velg én oppgave barnet skal gjøre først, for eksempel jakke.",
            "Velg noe barnet har lyst til etterpå, for eksempel å gå ut.",
            "Vis tavla og si kort: «Først jakke, så ute.»",
            "Pek på bildet igjen i stedet for å gjenta beskjeden mange ganger.",
            "Ros med en gang oppgaven er gjort, og snu til «så»-bildet.",
            "Bruk samme ord og samme tavle hver dag i en periode.",
        ],
        "materials": (
            "Først–så-tavle i A5 eller A4, piktogrammer for klær og aktiviteter."
        ),
        "time_needed": "1–2 minutter hver gang",
        "visual_supports": ["forst-sa-jakke-ute", "pikto-jakke", "pikto-ute"],
        "related": [
            "bildesekvens-i-garderoben",
            "voksenroller-i-garderoben",
            "dagtavle-i-samlingsstunden",
        ],
        "sources": (
            "Inkluderingsteamets erfaringer; praksis fra veiledning i bydelens "
            "barnehager."
        ),
        "owner": "ingrid-berg",
    },
    {
        "slug": "bildesekvens-i-garderoben",
        "title": "Bildesekvens i garderoben",
        "summary": (
            "Bilder av klærne i riktig rekkefølge henger ved hver garderobeplass, "
            "slik at barna kan kle på seg mer selvstendig."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["pakledning", "ute"],
        "tags": ["sekvens", "selvstendighet", "garderobe", "rekkefølge"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Påkledningen tar lang tid når barna må vente på at en voksen forteller "
            "hva som kommer nå. Med en bildesekvens kan barna selv se neste plagg. "
            "Det gir mestring og mer tid for de voksne til å hjelpe der det trengs "
            "mest. Sekvensen kan byttes etter årstid."
        ),
        "steps": [
            "Lag en sekvens for årstiden: bukse, jakke, lue, votter, sko.",
            "Heng den ved hver plass eller på en felles vegg i garderoben.",
            "Gå gjennom bildene sammen med barna de første dagene.",
            "Spør «Hva kommer nå?» i stedet for å si plagget selv.",
            "Bytt ut sekvensen når været og klærne endrer seg.",
        ],
        "materials": (
            "Laminerte piktogrammer av klesplagg, borrelås, en stripe per "
            "garderobeplass."
        ),
        "time_needed": "Et par minutter per påkledning",
        "visual_supports": [
            "sekvens-pakledning-vinter",
            "pikto-regnbukse",
            "pikto-lue",
            "pikto-sko",
        ],
        "related": ["forst-sa-tavle-ved-pakledning", "voksenroller-i-garderoben"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "ingrid-berg",
    },
    {
        "slug": "voksenroller-i-garderoben",
        "title": "Fordel de voksne i garderoben",
        "summary": (
            "Avtal på forhånd hvem som gjør hva når gruppen skal kle seg, så blir det "
            "roligere for barna."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["pakledning", "ute", "overganger"],
        "tags": ["voksenrolle", "organisering", "garderobe", "små grupper"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Når alle barna går til garderoben samtidig, blir det trangt og bråkete, "
            "og konflikter oppstår lett. Med faste roller vet hver voksen hvor de "
            "skal stå og hvilke barn de hjelper. Barna møter samme voksen hver gang, "
            "og det blir enklere å se dem som trenger litt ekstra."
        ),
        "steps": [
            "Del barna i to eller tre puljer som går ut i garderoben etter hverandre.",
            "Gi én voksen ansvaret for garderoben og én for dem som venter.",
            "La den tredje voksne gå ut først og ta imot barna på uteområdet.",
            "Skriv fordelingen på en lapp som henger synlig for de voksne.",
            "Evaluer ordningen etter to uker på avdelingsmøtet.",
        ],
        "materials": (
            "Oversikt over puljer og voksenroller, gjerne på en tavle på "
            "personalrommet."
        ),
        "time_needed": "15 minutter å planlegge, deretter daglig",
        "visual_supports": ["sekvens-pakledning-vinter"],
        "related": [
            "bildesekvens-i-garderoben",
            "forst-sa-tavle-ved-pakledning",
            "overgangsvarsel",
        ],
        "sources": (
            "Inkluderingsteamets erfaringer; avdelingsmøter i bydelens barnehager."
        ),
        "owner": "tariq-aziz",
    },
    {
        "slug": "sekvens-for-handvask",
        "title": "Sekvens for håndvask",
        "summary": "En bildestripe over vasken viser håndvasken steg for steg.",
        "focus_area": "organisering-og-struktur",
        "situations": ["hygiene-og-toalett", "maltid"],
        "tags": ["håndvask", "sekvens", "hygiene", "selvstendighet"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Håndvask før måltidene skjer mange ganger om dagen, og er en fin sjanse "
            "til å øve på selvstendighet. Bildene hjelper barna å huske alle stegene "
            "og gjør det lettere for voksne å gi samme veiledning. Barn som ikke "
            "forstår beskjeden muntlig, kan følge bildene."
        ),
        "steps": [
            "Heng sekvensen rett over vasken i barnas høyde.",
            "Vis stegene én gang med egne hender mens du peker på bildene.",
            "Pek på neste bilde når et barn stopper opp.",
            "Syng gjerne en kort sang mens barna gnir hendene.",
            "Avslutt med «ferdig» og pek på bildet av måltidet som kommer.",
        ],
        "materials": "Laminert sekvens for håndvask, såpe og papir i barnehøyde.",
        "time_needed": "2–3 minutter",
        "visual_supports": [
            "sekvens-handvask",
            "forst-sa-vaske-spise",
            "pikto-vaske-hender",
        ],
        "related": ["faste-plasser-ved-maltidene", "sekvens-for-toalettbesok"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "ingrid-berg",
    },
    {
        "slug": "sekvens-for-toalettbesok",
        "title": "Bildestøtte på toalettet",
        "summary": (
            "En kort sekvens på toalettet viser hva som skjer fra barnet går inn til "
            "det er ferdig."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["hygiene-og-toalett"],
        "tags": ["toalett", "do", "sekvens", "hygiene", "selvstendighet"],
        "age_group": "1-6",
        "level": "enkeltbarn",
        "purpose": (
            "Toalettbesøk kan være utrygt og uoversiktlig. Når rekkefølgen er den "
            "samme hver gang og vises med bilder, blir situasjonen mer forutsigbar. "
            "Barnet kan gjøre mer selv, og den voksne kan trekke seg litt tilbake."
        ),
        "steps": [
            "Heng sekvensen på veggen ved siden av toalettet.",
            "Bruk få bilder: do, spyle, vaske hender, ferdig.",
            "Følg barnet gjennom stegene og pek på bildene underveis.",
            "Gi etter hvert mindre hjelp, men la bildene henge.",
        ],
        "materials": "Laminert sekvens for toalettbesøk, tape eller borrelås.",
        "time_needed": "Noen minutter, flere ganger om dagen",
        "visual_supports": ["sekvens-toalett", "pikto-toalett"],
        "related": ["sekvens-for-handvask"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "ingrid-berg",
    },
    {
        "slug": "faste-plasser-ved-maltidene",
        "title": "Faste plasser ved måltidene",
        "summary": (
            "Hvert barn har sin faste plass ved bordet, merket med farge eller bilde."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["maltid"],
        "tags": ["måltid", "fast plass", "bordplassering", "ro"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Når barna vet hvor de skal sitte, blir starten på måltidet roligere. De "
            "voksne kan tenke gjennom hvem som sitter sammen, og plassere barn som "
            "trenger støtte nær en voksen. Faste plasser gir også barna trygghet og "
            "tilhørighet ved bordet."
        ),
        "steps": [
            "Bestem plassene ut fra hvem som trenger ro, hjelp eller en god lekevenn.",
            "Merk plassene med farge, symbol eller bilde av en gjenstand barnet liker.",
            "La den samme voksne sitte ved det samme bordet hver dag.",
            "Vis barna plassen sin de første dagene og ros når de finner den selv.",
            "Bytt plasser sjelden, og forbered barna på det når det skjer.",
        ],
        "materials": (
            "Bordkort eller brikker i ulike farger, oversikt over bordplassering for "
            "personalet."
        ),
        "time_needed": "20 minutter å planlegge",
        "visual_supports": ["illustrasjon-fast-plass", "pikto-spise", "pikto-drikke"],
        "related": [
            "gode-samtaler-rundt-bordet",
            "sekvens-for-handvask",
            "timer-gjor-ventetiden-synlig",
        ],
        "sources": "Inkluderingsteamets erfaringer; erfaringsdeling på kveldsmøter.",
        "owner": "ingrid-berg",
    },
    {
        "slug": "overgangsvarsel",
        "title": "Varsle overgangene",
        "summary": (
            "Gi beskjed et par minutter før en aktivitet slutter, med ord, bilde og "
            "gjerne et fast signal."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["overganger", "lek", "ute"],
        "tags": ["overgangsvarsel", "forutsigbarhet", "signal", "rydding"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Overganger er mange av de vanskeligste øyeblikkene i løpet av dagen. Et "
            "barn som er dypt inne i leken, kan oppleve det som brått og urettferdig "
            "å måtte stoppe. Et varsel i god tid gir barna tid til å avslutte, og "
            "gjør det lettere å gå videre til neste aktivitet."
        ),
        "steps": [
            "Bli enige om et fast signal, for eksempel en sang eller en liten bjelle.",
            "Gå bort til barna og si: «Snart er det rydding» mens du viser bildet.",
            "Gi et nytt varsel når det er ett minutt igjen.",
            "Vis hva som kommer etterpå med en først–så-tavle eller dagtavla.",
            (
                "Hjelp barna å rydde sammen med dem i stedet for å gi beskjeder fra "
                "avstand."
            ),
        ],
        "materials": (
            "Piktogram for «snart» og «rydde», en bjelle eller sang, eventuelt timer."
        ),
        "time_needed": "2–5 minutter per overgang",
        "visual_supports": [
            "pikto-snart",
            "pikto-rydde",
            "forst-sa-rydde-samling",
            "pikto-ferdig",
        ],
        "related": [
            "timer-gjor-ventetiden-synlig",
            "dagtavle-i-samlingsstunden",
            "fast-voksen-i-overganger",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "ingrid-berg",
    },
    {
        "slug": "timer-gjor-ventetiden-synlig",
        "title": "Timer gjør ventetiden synlig",
        "summary": (
            "Et timeglass eller en visuell timer viser hvor lenge barna må vente, og "
            "når det er slutt."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["vente-pa-tur", "overganger", "maltid", "lek"],
        "tags": ["timer", "ventetid", "timeglass", "tid"],
        "age_group": "3-6",
        "level": "smagruppe",
        "purpose": (
            "Tid er abstrakt for små barn. «Vent litt» kan bety ti sekunder eller en "
            "halv time. Når tiden renner ut foran øynene deres, blir ventingen "
            "lettere å holde ut. En timer hjelper også når flere barn vil ha den "
            "samme leken."
        ),
        "steps": [
            "Velg en timer barna kan se tydelig, og som ikke piper høyt.",
            "Start med korte perioder, for eksempel to minutter.",
            "Si hva som skjer når tiden er ute: «Når sanden er nede, er det din tur.»",
            "Hold det du lover: bytt med en gang timeren er ferdig.",
            "Gi ros til barna som venter, også mens de venter.",
        ],
        "materials": "Timeglass eller visuell timer, piktogram for «vente».",
        "time_needed": "1–5 minutter",
        "visual_supports": ["pikto-vente", "pikto-min-tur"],
        "related": [
            "turtaking-i-lek-og-spill",
            "sosial-historie-om-a-vente",
            "overgangsvarsel",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "marte-lunde",
    },
    {
        "slug": "samlingsstund-i-sma-grupper",
        "title": "Samlingsstund i små grupper",
        "summary": (
            "Del barna i mindre grupper i samlingsstunden, slik at alle kommer til "
            "orde og klarer å følge med."
        ),
        "focus_area": "organisering-og-struktur",
        "situations": ["samlingsstund"],
        "tags": ["små grupper", "samling", "deltakelse", "organisering"],
        "age_group": "1-6",
        "level": "smagruppe",
        "purpose": (
            "I en stor samling må barna sitte lenge og vente, og noen faller ut. I en "
            "liten gruppe blir det kortere ventetid, mer kontakt med den voksne og "
            "flere sjanser til å delta. Det er også lettere å tilpasse innholdet til "
            "barna som er med."
        ),
        "steps": [
            "Del barna i grupper på fire til seks, med en fast voksen per gruppe.",
            (
                "Sett av hvert sitt rom eller hjørne så gruppene ikke forstyrrer "
                "hverandre."
            ),
            "Bruk den samme strukturen hver gang: hilse, dagtavle, sang, avslutning.",
            "Hold samlingen kort, og avslutt mens barna ennå er med.",
            "Gi hvert barn en oppgave, for eksempel å velge sang på et sangkort.",
        ],
        "materials": "Sitteputer eller faste plasser, dagtavle, sangkort.",
        "time_needed": "10–15 minutter",
        "visual_supports": ["pikto-samlingsstund", "pikto-synge", "dagtavle-formiddag"],
        "related": ["dagtavle-i-samlingsstunden", "dialogisk-lesing-av-bildeboker"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "tariq-aziz",
    },
    # Emosjonell støtte -----------------------------------------------------------
    {
        "slug": "folelseskort-i-hverdagen",
        "title": "Følelseskort i hverdagen",
        "summary": (
            "Bilder av ansikter med ulike følelser hjelper barna å vise og sette ord "
            "på hvordan de har det."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["samlingsstund", "konflikter"],
        "tags": ["følelser", "følelseskort", "språk", "selvregulering"],
        "age_group": "3-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Det er vanskelig å snakke om følelser man ikke har ord for. "
            "Følelseskortene gir barna et felles språk, også før de har mange ord. "
            "Når de voksne bruker kortene i rolige stunder, blir det lettere å ta dem "
            "fram når noe er vanskelig."
        ),
        "steps": [
            "Start med fire følelser: glad, lei seg, sint og redd.",
            "Snakk om ett kort om gangen i samlingsstunden: «Når blir du glad?»",
            "Heng kortene på et fast sted der barna kan peke på dem.",
            "Spør barnet «Hvordan har du det?» og la det peke på et kort.",
            "Godta alle svar, og si hva du ser: «Du er visst lei deg nå.»",
            "Bygg på med flere følelser når barna kjenner de første.",
        ],
        "materials": (
            "Følelseskort i A6-størrelse, gjerne en plakat med de samme ansiktene."
        ),
        "time_needed": "5–10 minutter",
        "visual_supports": [
            "pikto-glad",
            "pikto-lei-seg",
            "pikto-sint",
            "pikto-redd",
            "pikto-rolig",
        ],
        "related": [
            "speiling-av-folelser",
            "trost-og-samregulering",
            "nar-sinnet-tar-over",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "marte-lunde",
    },
    {
        "slug": "trost-og-samregulering",
        "title": "Trøst og samregulering",
        "summary": (
            "Den voksne hjelper barnet å roe seg ved å være nær, rolig og "
            "tilgjengelig, før det snakkes om hva som skjedde."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["konflikter", "levering-og-henting", "overganger"],
        "tags": ["trøst", "samregulering", "co-regulering", "tilknytning"],
        "age_group": "1-6",
        "level": "enkeltbarn",
        "purpose": (
            "Små barn kan ikke regulere sterke følelser alene. De låner roen fra en "
            "voksen. Når den voksne senker stemmen, kommer ned på barnets høyde og "
            "tåler følelsen, får barnet hjelp til å finne tilbake til ro. Over tid "
            "lærer barnet selv å roe seg."
        ),
        "steps": [
            "Gå ned i barnets høyde og vær nær, uten å kreve blikkontakt.",
            "Snakk lavt og langsomt, og bruk få ord.",
            "Pust rolig selv; barnet kjenner roen din.",
            "Tilby trøst, for eksempel et fang eller en hånd, og respekter et nei.",
            "Vent med å snakke om hva som skjedde til barnet er roligere.",
            "Sett ord på følelsen og hjelp barnet tilbake til fellesskapet.",
        ],
        "materials": (
            "Ingen spesielle; gjerne en rolig krok og valgtavla «Hva hjelper meg nå?»."
        ),
        "time_needed": "Så lenge det trengs",
        "visual_supports": ["pikto-trost", "valgtavle-hva-hjelper", "pikto-rolig"],
        "related": [
            "speiling-av-folelser",
            "rolig-krok-pa-avdelingen",
            "trygg-start-ved-levering",
        ],
        "sources": "Inkluderingsteamets erfaringer; veiledning i bydelens barnehager.",
        "owner": "marte-lunde",
    },
    {
        "slug": "speiling-av-folelser",
        "title": "Sett ord på følelsene",
        "summary": (
            "Den voksne speiler det barnet ser ut til å føle, med varm stemme og "
            "enkle ord."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["lek", "konflikter", "maltid"],
        "tags": ["speiling", "følelser", "anerkjennelse", "språk"],
        "age_group": "1-6",
        "level": "enkeltbarn",
        "purpose": (
            "Barn som blir forstått, blir tryggere. Når den voksne sier høyt hva "
            "barnet kanskje kjenner, får barnet både ord og bekreftelse på at "
            "følelsen er lov. Speiling handler ikke om å gi barnet rett i alt, men om "
            "å vise at vi ser det."
        ),
        "steps": [
            "Se på barnet og legg merke til kropp, ansikt og stemme.",
            "Si hva du ser: «Du knyter nevene. Jeg tror du ble sint.»",
            "Bruk en spørrende tone så barnet kan rette deg.",
            "Vent litt før du foreslår en løsning.",
            "Bruk følelseskortene hvis barnet har lite språk.",
        ],
        "materials": "Følelseskort ved behov.",
        "time_needed": "1–3 minutter",
        "visual_supports": ["pikto-sint", "pikto-lei-seg", "pikto-glad"],
        "related": ["folelseskort-i-hverdagen", "trost-og-samregulering"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "marte-lunde",
    },
    {
        "slug": "rolig-krok-pa-avdelingen",
        "title": "Rolig krok på avdelingen",
        "summary": (
            "Et lite, skjermet sted med myke puter og bøker der barn kan trekke seg "
            "litt unna når det blir for mye."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["overganger", "konflikter", "hvile"],
        "tags": ["rolig krok", "skjerming", "pause", "sanser"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "En travel avdeling har mye lyd, lys og bevegelse. Noen barn trenger en "
            "pause for å klare å være med resten av dagen. En rolig krok er ikke et "
            "straffested, men et tilbud alle barn kan bruke. Målet er en kort pause "
            "og så tilbake til fellesskapet."
        ),
        "steps": [
            (
                "Finn et hjørne med lite gjennomgang, og skjerm det med en hylle "
                "eller et teppe."
            ),
            "Legg inn madrass, puter og noen få bøker eller sansesaker.",
            "Vis alle barna kroken og fortell hva den er til.",
            "Heng opp valgtavla «Hva hjelper meg nå?» ved kroken.",
            "Følg med fra avstand, og hjelp barnet tilbake når det er klart.",
        ],
        "materials": (
            "Madrass eller puter, et teppe eller en skjerm, noen bøker, valgtavle."
        ),
        "time_needed": "En time å sette opp, deretter noen minutter per pause",
        "visual_supports": [
            "illustrasjon-rolig-krok",
            "valgtavle-hva-hjelper",
            "pikto-hvile",
        ],
        "related": [
            "trost-og-samregulering",
            "nar-sinnet-tar-over",
            "rolig-hvilestund",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "marte-lunde",
    },
    {
        "slug": "trygg-start-ved-levering",
        "title": "Trygg start ved levering",
        "summary": (
            "En fast voksen tar imot barnet på samme måte hver morgen, slik at "
            "avskjeden med foreldrene blir forutsigbar."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["levering-og-henting", "overganger"],
        "tags": ["levering", "avskjed", "tilknytning", "foreldresamarbeid"],
        "age_group": "1-3",
        "level": "enkeltbarn",
        "purpose": (
            "Morgenen setter tonen for resten av dagen. En avskjed som er kort, varm "
            "og lik fra dag til dag, gjør det lettere for barnet å slippe foreldrene. "
            "Når den samme voksne tar imot, har barnet noen å knytte seg til med en "
            "gang."
        ),
        "steps": [
            "Avtal med foreldrene hvordan avskjeden skal være, og hold den kort.",
            "Møt barnet i døra med navn og et smil.",
            (
                "Ha en fast start, for eksempel å vinke i vinduet eller se i en bok "
                "sammen."
            ),
            "Vis bildet av «hjem» og fortell når foreldrene kommer igjen.",
            "Gi foreldrene en kort melding senere om hvordan morgenen gikk.",
        ],
        "materials": (
            "Piktogram for «hjem», eventuelt en liten bildebok fra avdelingen."
        ),
        "time_needed": "5–10 minutter",
        "visual_supports": ["pikto-hjem", "pikto-trost", "dagtavle-formiddag"],
        "related": ["trost-og-samregulering", "fast-voksen-i-overganger"],
        "sources": (
            "Inkluderingsteamets erfaringer; samarbeid med foreldre i bydelens "
            "barnehager."
        ),
        "owner": "marte-lunde",
    },
    {
        "slug": "fast-voksen-i-overganger",
        "title": "Fast voksen i sårbare situasjoner",
        "summary": (
            "Barn som trenger det, har en fast voksen som følger dem gjennom de "
            "vanskeligste delene av dagen."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["overganger", "hvile", "pakledning"],
        "tags": ["relasjon", "trygghet", "voksenrolle", "overgang"],
        "age_group": "1-6",
        "level": "enkeltbarn",
        "purpose": (
            "Noen barn blir utrygge når de voksne bytter på hvem som hjelper dem. En "
            "fast voksen i overgangene gir forutsigbarhet og en trygg base. Det er "
            "ikke meningen at barnet skal tas ut av gruppen; den voksne hjelper "
            "barnet å være med sammen med de andre."
        ),
        "steps": [
            "Finn sammen ut hvilke situasjoner som er mest sårbare for barnet.",
            "Avtal hvem som er fast voksen i hver situasjon, også når noen er borte.",
            "La den faste voksne forberede barnet på det som skal skje.",
            "Skriv avtalen inn i ukeplanen for personalet.",
            "Snakk om hvordan det går på avdelingsmøtet etter noen uker.",
        ],
        "materials": "Oversikt over situasjoner og faste voksne.",
        "time_needed": "20 minutter å planlegge",
        "visual_supports": ["pikto-trost", "dagtavle-hele-dagen"],
        "related": [
            "overgangsvarsel",
            "trygg-start-ved-levering",
            "trost-og-samregulering",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "tariq-aziz",
    },
    {
        "slug": "sosial-historie-om-a-vente",
        "title": "Sosial historie om å vente",
        "summary": (
            "En kort bildefortelling forbereder barna på hva som skjer når de må "
            "vente på tur."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["vente-pa-tur", "lek", "ute"],
        "tags": ["sosial historie", "vente på tur", "forberedelse", "bildefortelling"],
        "age_group": "3-6",
        "level": "smagruppe",
        "purpose": (
            "Det er lettere å vente når man vet at turen kommer. En sosial historie "
            "beskriver situasjonen fra barnets ståsted, med få ord og tydelige "
            "bilder. Den leses i rolige stunder, slik at barna kjenner den igjen når "
            "ventingen skjer."
        ),
        "steps": [
            "Les historien i en rolig stund, før situasjonen oppstår.",
            "Pek på bildene og la barna fortelle med.",
            "Les den igjen rett før dere skal gjøre noe der dere må vente.",
            "Knytt den til timeren: «Nå venter vi, slik som i historien.»",
            "Ros barna når de venter, og si hva de gjorde bra.",
        ],
        "materials": "Utskrevet sosial historie, timeglass.",
        "time_needed": "5 minutter",
        "visual_supports": [
            "sosial-historie-vente-pa-tur",
            "pikto-vente",
            "pikto-min-tur",
        ],
        "related": ["timer-gjor-ventetiden-synlig", "turtaking-i-lek-og-spill"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "linh-tran",
    },
    {
        "slug": "nar-sinnet-tar-over",
        "title": "Når sinnet tar over",
        "summary": (
            "Felles og rolig voksenrespons når et barn blir veldig sint: sikre, roe "
            "ned og snakke etterpå."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["konflikter", "lek", "ute"],
        "tags": ["sinne", "konflikt", "samregulering", "felles praksis"],
        "age_group": "3-6",
        "level": "enkeltbarn",
        "purpose": (
            "Sterkt sinne skremmer både barnet selv og de rundt. Når alle voksne "
            "svarer på samme rolige måte, blir situasjonen mer forutsigbar og "
            "kortere. Målet er å hjelpe barnet tilbake til ro, ikke å vinne en "
            "diskusjon. Læringen skjer etterpå, når alle har roet seg."
        ),
        "steps": [
            "Sørg for at ingen blir skadet, og flytt andre barn litt unna ved behov.",
            "Vær én voksen som snakker; de andre holder seg i bakgrunnen.",
            "Bruk få ord og rolig stemme, og vis stopp-bildet hvis det hjelper.",
            "Tilby rolig krok eller noe fra valgtavla når barnet kan ta imot.",
            "Snakk om det som skjedde etterpå, gjerne med den sosiale historien.",
            "Avslutt med å hjelpe barnet tilbake til leken.",
        ],
        "materials": (
            "Piktogram for stopp, sosial historie «Når jeg blir sint», valgtavle."
        ),
        "time_needed": "Så lenge det trengs, samtale etterpå 5 minutter",
        "visual_supports": [
            "sosial-historie-sint",
            "pikto-stopp",
            "valgtavle-hva-hjelper",
        ],
        "related": [
            "trost-og-samregulering",
            "rolig-krok-pa-avdelingen",
            "speiling-av-folelser",
        ],
        "sources": "Inkluderingsteamets erfaringer; veiledning fra PPT.",
        "owner": "tariq-aziz",
    },
    {
        "slug": "rolig-hvilestund",
        "title": "Rolig hvilestund",
        "summary": (
            "En fast og forutsigbar rutine før og under hvilen gir kroppen beskjed om "
            "at nå er det tid for ro."
        ),
        "focus_area": "emosjonell-stotte",
        "situations": ["hvile", "overganger"],
        "tags": ["hvile", "søvn", "ro", "rutiner"],
        "age_group": "1-3",
        "level": "hele-barnegruppen",
        "purpose": (
            "Mange barn trenger hjelp til å gå fra lek til hvile. Når rekkefølgen er "
            "lik hver dag, og rommet er roligere, blir det lettere å slappe av. Også "
            "barn som ikke sover, får en pause som hjelper dem resten av dagen."
        ),
        "steps": [
            "Gjør rommet klart på forhånd: dempet lys og madrasser på faste plasser.",
            "Følg samme rekkefølge hver dag: do, bleieskift, sokker av, madrass.",
            "Les eller syng den samme rolige sangen.",
            "Sitt i rommet og vær tilgjengelig uten å snakke mye.",
            "Vekk barna rolig, og vis bildet av det som kommer etter hvilen.",
        ],
        "materials": (
            "Madrasser, pledd, rolig musikk eller en bok, piktogram for hvile."
        ),
        "time_needed": "30–60 minutter",
        "visual_supports": ["pikto-hvile", "pikto-rolig", "dagtavle-hele-dagen"],
        "related": ["rolig-krok-pa-avdelingen", "fast-voksen-i-overganger"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "marte-lunde",
    },
    # Lek og læring ---------------------------------------------------------------
    {
        "slug": "lekeveiledning-i-rollelek",
        "title": "Lekeveiledning i rollelek",
        "summary": (
            "Den voksne går inn i rolleleken for en periode og hjelper barna å bygge "
            "opp leken sammen."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["lek"],
        "tags": ["rollelek", "lekeveiledning", "voksenrolle", "samspill"],
        "age_group": "3-6",
        "level": "smagruppe",
        "purpose": (
            "Rollelek krever at barna forstår hverandres signaler, forhandler og "
            "finner på sammen. Noen barn står utenfor fordi de ikke kjenner reglene i "
            "leken. En voksen som leker med, kan vise hvordan man tar en rolle, "
            "foreslår noe og følger andres ideer, og så trekke seg ut når leken går "
            "av seg selv."
        ),
        "steps": [
            "Se på leken en stund før du går inn, så du forstår hva barna leker.",
            "Ta en rolle som passer i leken, for eksempel kunde i butikken.",
            "Foreslå handlinger og replikker som trekker flere barn med.",
            "Gi barn som står utenfor en konkret rolle og noe å gjøre.",
            "Trekk deg gradvis ut når leken fungerer uten deg.",
        ],
        "materials": (
            "Rekvisitter til rollelek: utkledningsklær, kasse, telefon, dukker."
        ),
        "time_needed": "10–20 minutter",
        "visual_supports": ["pikto-lek", "valgtavle-lek"],
        "related": ["hjelp-inn-i-leken", "sprakstotte-i-leken", "sma-lekegrupper"],
        "sources": "Inkluderingsteamets erfaringer; Rammeplan for barnehagen.",
        "owner": "eirik-holm",
    },
    {
        "slug": "hjelp-inn-i-leken",
        "title": "Hjelp inn i leken",
        "summary": (
            "Øv sammen med barnet på hvordan man spør om å være med, og hva man kan "
            "gjøre når svaret er nei."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["lek", "ute"],
        "tags": ["lek", "vennskap", "inkludering", "sosial kompetanse"],
        "age_group": "3-6",
        "level": "enkeltbarn",
        "purpose": (
            "Å komme inn i en lek som allerede er i gang, er en av de vanskeligste "
            "sosiale oppgavene i barnehagen. Barn som ofte blir avvist, trenger "
            "konkrete måter å starte på. Den voksne kan vise gode innganger og hjelpe "
            "de andre barna å ta imot."
        ),
        "steps": [
            "Stå sammen med barnet og se på leken før dere går inn.",
            "Finn en rolle eller oppgave som mangler i leken.",
            "Øv på en setning, for eksempel «Skal jeg være brannmann?»",
            "Bli med inn den første gangen og hjelp leken i gang.",
            (
                "Ros barnet og de andre når det går bra, og prøv igjen om det ikke "
                "gjør det."
            ),
        ],
        "materials": "Ingen spesielle.",
        "time_needed": "5–15 minutter",
        "visual_supports": ["pikto-si-det-med-ord", "pikto-lek"],
        "related": ["lekeveiledning-i-rollelek", "sma-lekegrupper"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "eirik-holm",
    },
    {
        "slug": "sprakstotte-i-leken",
        "title": "Språkstøtte i leken",
        "summary": (
            "Den voksne setter ord på det barna gjør og utvider setningene deres, "
            "midt i leken."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["lek", "maltid", "ute"],
        "tags": ["språk", "begreper", "flerspråklighet", "samtale"],
        "age_group": "1-6",
        "level": "smagruppe",
        "purpose": (
            "Barn lærer språk best når de er engasjert i noe. I leken er "
            "oppmerksomheten delt, og ordene henger sammen med det barna gjør. Barn "
            "som lærer norsk som andrespråk, og barn med svakt språk, får mange nye "
            "ord uten at det blir en øvingsoppgave."
        ),
        "steps": [
            "Sett deg ned i høyde med barna og følg det de er opptatt av.",
            "Beskriv handlingene: «Du legger den røde klossen øverst.»",
            "Ta barnets ord og utvid litt: «Bil. Ja, en stor, blå bil.»",
            "Still åpne spørsmål som «Hva tror du skjer nå?»",
            "Vent på svar; gi barna tid til å tenke.",
            "Bruk bilder og gester som støtte for nye ord.",
        ],
        "materials": "Leker barna er opptatt av, gjerne bildekort for nye ord.",
        "time_needed": "5–15 minutter",
        "visual_supports": ["pikto-lek", "pikto-si-det-med-ord"],
        "related": [
            "dialogisk-lesing-av-bildeboker",
            "gode-samtaler-rundt-bordet",
            "lekeveiledning-i-rollelek",
        ],
        "sources": "Inkluderingsteamets erfaringer; innspill fra logoped i PPT.",
        "owner": "linh-tran",
    },
    {
        "slug": "turtaking-i-lek-og-spill",
        "title": "Turtaking i lek og spill",
        "summary": (
            "Enkle spill og leker der barna bytter på, gir trening i å vente og å gi "
            "plass til andre."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["vente-pa-tur", "lek", "samlingsstund"],
        "tags": ["turtaking", "vente på tur", "spill", "samspill"],
        "age_group": "3-6",
        "level": "smagruppe",
        "purpose": (
            "Å vente på tur øves best i korte, morsomme situasjoner med en voksen som "
            "hjelper. Når barna opplever at turen alltid kommer, tåler de mer venting "
            "også i andre situasjoner. Spillene gir samtidig felles glede og nye "
            "lekekamerater."
        ),
        "steps": [
            "Velg et enkelt spill med korte turer, for eksempel å trille ball.",
            "Begynn med to eller tre barn og en voksen.",
            "Vis hvem sin tur det er med et kort eller en gjenstand som går rundt.",
            "Si høyt: «Nå er det din tur. Så er det min tur.»",
            "Gjør gruppen større når barna mestrer det.",
        ],
        "materials": "Ball, enkle brettspill eller lottospill, kort for «min tur».",
        "time_needed": "10–15 minutter",
        "visual_supports": [
            "pikto-min-tur",
            "pikto-vente",
            "sosial-historie-vente-pa-tur",
        ],
        "related": [
            "timer-gjor-ventetiden-synlig",
            "sosial-historie-om-a-vente",
            "sma-lekegrupper",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "eirik-holm",
    },
    {
        "slug": "valgtavle-for-frilek",
        "title": "Valgtavle for frileken",
        "summary": (
            "Barna velger lek fra en tavle med bilder, slik at overgangen til frilek "
            "blir tydelig og rolig."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["lek", "overganger"],
        "tags": ["valgtavle", "frilek", "medvirkning", "valg"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Når frileken starter, vet ikke alle barn hva de vil, eller hvordan de "
            "skal komme i gang. En valgtavle gjør mulighetene synlige. Barn med lite "
            "språk kan peke og bli forstått, og barnas medvirkning blir konkret."
        ),
        "steps": [
            "Sett opp tre eller fire lekeområder og lag et bilde for hvert.",
            (
                "Vis valgtavla og la hvert barn peke eller sette navnelappen sin på "
                "et valg."
            ),
            "Begrens antall barn per område hvis det trengs.",
            "Følg barna til området de valgte og hjelp leken i gang.",
            "Bytt ut bildene når dere får nye leker eller lekeområder.",
        ],
        "materials": "Valgtavle, bildekort for lekeområder, navnelapper eller klyper.",
        "time_needed": "5 minutter",
        "visual_supports": [
            "valgtavle-lek",
            "pikto-lek",
            "pikto-male",
            "pikto-lese-bok",
        ],
        "related": ["sma-lekegrupper", "overgangsvarsel", "lekeveiledning-i-rollelek"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "linh-tran",
    },
    {
        "slug": "sma-lekegrupper",
        "title": "Små lekegrupper med voksenstøtte",
        "summary": (
            "Sett sammen små, faste lekegrupper der en voksen hjelper barna å bli "
            "kjent og finne på ting sammen."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["lek", "ute", "aktiviteter"],
        "tags": ["små grupper", "vennskap", "lek", "inkludering"],
        "age_group": "1-6",
        "level": "smagruppe",
        "purpose": (
            "I en stor gruppe er det lett å bli stående utenfor. I en liten gruppe "
            "med de samme barna over tid, får alle flere sjanser til å bli sett og "
            "til å leke sammen. Gruppene kan bygge vennskap som varer utover den "
            "voksenstyrte tiden."
        ),
        "steps": [
            (
                "Sett sammen grupper på tre til fire barn, med tanke på hvem som kan "
                "leke godt sammen."
            ),
            "Hold gruppene faste i noen uker.",
            "Start med en lek eller aktivitet alle kan delta i.",
            "Pek på det barna får til sammen: «Dere bygde et høyt tårn sammen.»",
            "La barna ta mer styring etter hvert.",
        ],
        "materials": "Leker og materiell som passer gruppen, et fast sted å være.",
        "time_needed": "15–30 minutter, to til tre ganger i uka",
        "visual_supports": ["pikto-lek", "valgtavle-lek"],
        "related": [
            "hjelp-inn-i-leken",
            "lekeveiledning-i-rollelek",
            "voksenstottet-lek-ute",
        ],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "eirik-holm",
    },
    {
        "slug": "dialogisk-lesing-av-bildeboker",
        "title": "Dialogisk lesing av bildebøker",
        "summary": (
            "Les bøker i små grupper og snakk om bildene underveis, slik at barna "
            "blir med i fortellingen."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["hoytlesning", "samlingsstund", "hvile"],
        "tags": ["bøker", "lesing", "språk", "bildebok"],
        "age_group": "1-6",
        "level": "smagruppe",
        "purpose": (
            "Når barna får snakke om bildene, blir boka et felles utgangspunkt for "
            "samtale. Barna lærer nye ord, øver på å lytte og fortelle, og deler en "
            "opplevelse. Å lese den samme boka flere ganger gjør at også barn med "
            "lite språk etter hvert kan fortelle med."
        ),
        "steps": [
            "Velg en bildebok med tydelige bilder og en enkel handling.",
            "Les for tre til fem barn, slik at alle ser bildene.",
            "Stopp og spør: «Hva ser du her?» og «Hva tror du skjer nå?»",
            "Gjenta og utvid det barna sier.",
            "Les boka flere ganger i løpet av en uke eller to.",
            "La barna leke eller tegne noe fra boka etterpå.",
        ],
        "materials": "Bildebøker, gjerne i flere eksemplarer og på flere språk.",
        "time_needed": "10–15 minutter",
        "visual_supports": ["pikto-lese-bok"],
        "related": ["sprakstotte-i-leken", "samlingsstund-i-sma-grupper"],
        "sources": "Inkluderingsteamets erfaringer; innspill fra logoped i PPT.",
        "owner": "linh-tran",
    },
    {
        "slug": "gode-samtaler-rundt-bordet",
        "title": "Gode samtaler rundt bordet",
        "summary": (
            "Bruk måltidene til samtaler der alle barna får si noe, med en voksen som "
            "leder samtalen."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["maltid"],
        "tags": ["samtale", "språk", "måltid", "fellesskap"],
        "age_group": "1-6",
        "level": "smagruppe",
        "purpose": (
            "Måltidene er en av få stunder der barna sitter samlet med en voksen hver "
            "dag. Samtalene rundt bordet gir språktrening, fellesskap og trening i å "
            "lytte til hverandre. Når den voksne fordeler ordet, får også de stille "
            "barna plass."
        ),
        "steps": [
            "Sitt ved bordet sammen med barna og spis sammen med dem.",
            "Ta opp et tema alle kan si noe om, for eksempel hva dere så på tur.",
            "Spør barna etter tur, og hjelp dem å høre på hverandre.",
            "Sett ord på maten, smakene og det som skjer ved bordet.",
            "Avslutt med å takke for maten og si hva som skjer etterpå.",
        ],
        "materials": "Ingen spesielle; gjerne piktogrammer for mat og drikke.",
        "time_needed": "Under måltidet, 20–30 minutter",
        "visual_supports": ["pikto-spise", "pikto-drikke"],
        "related": ["faste-plasser-ved-maltidene", "sprakstotte-i-leken"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "linh-tran",
    },
    {
        "slug": "voksenstottet-lek-ute",
        "title": "Voksenstøttet lek ute",
        "summary": (
            "De voksne fordeler seg på uteområdet og er med i leken, i stedet for "
            "bare å passe på."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["ute", "lek"],
        "tags": ["utelek", "voksenrolle", "utetid", "samspill"],
        "age_group": "1-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Ute er det mye plass og mange muligheter, men det er også lett for noen "
            "barn å vandre rundt alene. Når de voksne er aktive og tilgjengelige i "
            "leken, blir det flere gode samspill og færre konflikter. Voksne som "
            "leker med, ser også lettere hvem som trenger hjelp."
        ),
        "steps": [
            "Del uteområdet i soner, og avtal hvem som har ansvar for hver sone.",
            "Sett i gang en lek i din sone, for eksempel sisten eller sandkakebakeri.",
            "Se etter barn som står alene og inviter dem med.",
            (
                "Snakk med barna om det dere gjør, i stedet for å samtale med andre "
                "voksne."
            ),
            "Bytt sone med en kollega etter en stund, så alle ser alle barna.",
        ],
        "materials": "Uteleker, spader og bøtter, ball, eventuelt kritt.",
        "time_needed": "Hele utetiden",
        "visual_supports": ["pikto-ute", "pikto-lek"],
        "related": ["sma-lekegrupper", "utforsk-sammen-pa-tur", "hjelp-inn-i-leken"],
        "sources": "Inkluderingsteamets erfaringer.",
        "owner": "eirik-holm",
    },
    {
        "slug": "utforsk-sammen-pa-tur",
        "title": "Utforsk sammen på tur",
        "summary": (
            "Forbered turen med bilder, og gi barna felles oppdrag underveis slik at "
            "alle har noe å gjøre sammen."
        ),
        "focus_area": "lek-og-laering",
        "situations": ["tur", "ute", "aktiviteter"],
        "tags": ["tur", "natur", "utforsking", "felles opplevelser"],
        "age_group": "3-6",
        "level": "hele-barnegruppen",
        "purpose": (
            "Turer gir nye inntrykk og felles opplevelser å snakke om etterpå. Noen "
            "barn blir urolige av å dra til nye steder. Når turen er forberedt med "
            "bilder og har et tydelig oppdrag, blir den tryggere, og barna får noe å "
            "samarbeide om."
        ),
        "steps": [
            "Vis bilder av turmålet og av det dere skal gjøre, dagen før.",
            "Gi barna et felles oppdrag, for eksempel å finne tre ulike blader.",
            "Gå i makkerpar, og la makkerne hjelpe hverandre med oppdraget.",
            "Stopp underveis og snakk om det barna finner.",
            "Ta med funnene hjem og bruk dem i en aktivitet etterpå.",
        ],
        "materials": "Tursekk, bilder av turmålet, poser til funn, førstehjelpsutstyr.",
        "time_needed": "1–3 timer",
        "visual_supports": ["pikto-tur", "pikto-ute", "sekvens-pakledning-vinter"],
        "related": ["voksenstottet-lek-ute", "sprakstotte-i-leken"],
        "sources": "Inkluderingsteamets erfaringer; Rammeplan for barnehagen.",
        "owner": "eirik-holm",
    },
]


# --- Annual wheel ----------------------------------------------------------------

YEAR_PLAN = {
    "title": "Årshjul 2026–2027",
    "slug": "arshjul-2026-2027",
    "intro": (
        "Årshjulet viser hva alle barnehagene i bydelen jobber med gjennom "
        "barnehageåret. Hvert tema starter med en ståstedsanalyse. Deretter velger "
        "hver avdeling ett område de vil bevare og ett de vil forbedre, og hver "
        "ansatt velger sitt eget øvingsområde."
    ),
    "periods": [
        {
            "slug": "organisering-og-struktur-host-2026",
            "title": "Organisering og struktur",
            "focus_area": "organisering-og-struktur",
            "start_month": 9,
            "end_month": 11,
            "goals": [
                "Alle avdelinger har en dagtavle som brukes hver dag.",
                (
                    "Overgangene i løpet av dagen er planlagt, og de voksne kjenner "
                    "rollene sine."
                ),
                (
                    "Påkledning og måltider er organisert slik at barna kan mestre "
                    "mer selv."
                ),
            ],
            "activities": [
                {
                    "title": "Ståstedsanalyse: organisering og struktur",
                    "month": 9,
                    "description": (
                        "Alle ansatte svarer på ståstedsanalysen. Avdelingen går "
                        "gjennom resultatet og velger et bevaringsområde og et "
                        "forbedringsområde."
                    ),
                },
                {
                    "title": "Avdelingsmøte: dagtavla i praksis",
                    "month": 9,
                    "description": (
                        "Avdelingen lager eller fornyer dagtavla og avtaler hvordan "
                        "den skal brukes."
                    ),
                },
                {
                    "title": "Veiledning om overganger",
                    "month": 10,
                    "description": (
                        "Inkluderingsteamet observerer en overgang på avdelingen og "
                        "veileder personalet etterpå."
                    ),
                },
                {
                    "title": "Kveldsmøte: struktur som inkluderer",
                    "month": 11,
                    "description": (
                        "Felles kveldsmøte for hele personalet med erfaringsdeling "
                        "fra avdelingene."
                    ),
                },
            ],
            "measures": [
                "dagtavle-i-samlingsstunden",
                "forst-sa-tavle-ved-pakledning",
                "bildesekvens-i-garderoben",
                "voksenroller-i-garderoben",
                "faste-plasser-ved-maltidene",
                "overgangsvarsel",
                "timer-gjor-ventetiden-synlig",
            ],
            "meeting_materials": [
                "avdelingsmote-dagtavla-i-praksis",
                "veiledning-overganger-som-fungerer",
                "kveldsmote-struktur-som-inkluderer",
            ],
        },
        {
            "slug": "emosjonell-stotte-vinter-2027",
            "title": "Emosjonell støtte",
            "focus_area": "emosjonell-stotte",
            "start_month": 1,
            "end_month": 3,
            "goals": [
                "De voksne møter barnas følelser med ro, nysgjerrighet og varme.",
                "Alle avdelinger har et sted der barn kan ta en pause.",
                (
                    "Personalet har en felles måte å hjelpe barn som blir veldig "
                    "sinte eller lei seg."
                ),
            ],
            "activities": [
                {
                    "title": "Ståstedsanalyse: emosjonell støtte",
                    "month": 1,
                    "description": (
                        "Alle ansatte svarer på ståstedsanalysen, og hver ansatt "
                        "velger et øvingsområde for perioden."
                    ),
                },
                {
                    "title": "Planleggingsdag: emosjonell støtte i hverdagen",
                    "month": 1,
                    "description": (
                        "Hele personalet jobber med trøst, samregulering og følelser, "
                        "med øvelser og eksempler fra egen hverdag, uten barnas navn."
                    ),
                },
                {
                    "title": "Avdelingsmøter om samregulering",
                    "month": 2,
                    "description": (
                        "Avdelingene reflekterer over egne erfaringer med trøst og "
                        "samregulering."
                    ),
                },
                {
                    "title": "Veiledning i barnegruppen",
                    "month": 3,
                    "description": (
                        "Spesialpedagog eller PPT-rådgiver observerer og gir "
                        "veiledning knyttet til avdelingens forbedringsområde."
                    ),
                },
            ],
            "measures": [
                "folelseskort-i-hverdagen",
                "trost-og-samregulering",
                "speiling-av-folelser",
                "rolig-krok-pa-avdelingen",
                "trygg-start-ved-levering",
                "nar-sinnet-tar-over",
            ],
            "meeting_materials": [
                "planleggingsdag-emosjonell-stotte",
                "avdelingsmote-trost-og-samregulering",
                "personalmote-folelser-har-alle",
            ],
        },
        {
            "slug": "lek-og-laering-var-2027",
            "title": "Støtte til utvikling, lek og læring",
            "focus_area": "lek-og-laering",
            "start_month": 4,
            "end_month": 6,
            "goals": [
                "Alle barn har noen å leke med hver dag.",
                "De voksne er aktive i leken, både inne og ute.",
                (
                    "Samtaler i lek, ved måltider og rundt bøker gir alle barn "
                    "språklig støtte."
                ),
            ],
            "activities": [
                {
                    "title": "Ståstedsanalyse: lek og læring",
                    "month": 4,
                    "description": (
                        "Personalmøte med ståstedsanalyse og valg av bevarings- og "
                        "forbedringsområde."
                    ),
                },
                {
                    "title": "Veiledning: voksenrollen i rollelek",
                    "month": 5,
                    "description": (
                        "Veileder filmer eller observerer en lekesituasjon, og "
                        "avdelingen reflekterer sammen etterpå."
                    ),
                },
                {
                    "title": "Kveldsmøte: alle med i leken",
                    "month": 5,
                    "description": (
                        "Kveldsmøte om lekeveiledning og om hvordan vi hjelper barn "
                        "inn i leken."
                    ),
                },
                {
                    "title": "Avslutning av barnehageåret",
                    "month": 6,
                    "description": (
                        "Avdelingene oppsummerer året og ser hva de vil ta med seg "
                        "videre til høsten."
                    ),
                },
            ],
            "measures": [
                "lekeveiledning-i-rollelek",
                "hjelp-inn-i-leken",
                "sprakstotte-i-leken",
                "turtaking-i-lek-og-spill",
                "sma-lekegrupper",
                "dialogisk-lesing-av-bildeboker",
                "voksenstottet-lek-ute",
            ],
            "meeting_materials": [
                "personalmote-staastedsanalyse-lek",
                "veiledning-voksenrollen-i-rollelek",
                "kveldsmote-alle-med-i-leken",
            ],
        },
    ],
}


# --- Meeting materials -----------------------------------------------------------

MEETING_MATERIALS = [
    {
        "slug": "avdelingsmote-dagtavla-i-praksis",
        "title": "Dagtavla i praksis",
        "meeting_type": "avdelingsmote",
        "focus_area": "organisering-og-struktur",
        "duration_minutes": 45,
        "goal": (
            "Avdelingen har en felles dagtavle og felles avtaler om hvordan den "
            "brukes gjennom dagen."
        ),
        "agenda": [
            {"title": "Runde: hvordan bruker vi dagtavla i dag?", "minutes": 10},
            {"title": "Se på eksempler fra portalen", "minutes": 10},
            {"title": "Lag eller forny dagtavla for avdelingen", "minutes": 15},
            {"title": "Avtal hvem som gjør hva, og når", "minutes": 10},
        ],
        "reflection_questions": [
            "Når i løpet av dagen ser vi at barna er usikre på hva som skal skje?",
            (
                "Hvem av barna har mest nytte av dagtavla, og bruker vi den når de "
                "trenger den?"
            ),
            "Hva gjør vi når planen endrer seg?",
        ],
        "practice_task": (
            "Bruk dagtavla i samlingsstunden hver dag fram til neste møte, og legg "
            "merke til én overgang der den hjalp."
        ),
        "related_measures": ["dagtavle-i-samlingsstunden", "overgangsvarsel"],
        "kindergarten": None,
    },
    {
        "slug": "veiledning-overganger-som-fungerer",
        "title": "Overganger som fungerer",
        "meeting_type": "veiledning",
        "focus_area": "organisering-og-struktur",
        "duration_minutes": 60,
        "goal": (
            "Personalet ser hva som gjør overgangene vanskelige, og velger ett grep "
            "de prøver ut."
        ),
        "agenda": [
            {"title": "Veilederen deler det som ble observert", "minutes": 15},
            {"title": "Refleksjon i gruppen", "minutes": 20},
            {"title": "Velg ett grep å prøve ut", "minutes": 15},
            {"title": "Avtal oppfølging", "minutes": 10},
        ],
        "reflection_questions": [
            "Hva skjedde rett før overgangen ble vanskelig?",
            "Hvor var de voksne, og hva gjorde de?",
            "Hva ville gjort overgangen lettere for barna som strevde mest?",
        ],
        "practice_task": (
            "Prøv ut overgangsvarsel med bilde og fast signal i to uker, og noter hva "
            "som endret seg."
        ),
        "related_measures": [
            "overgangsvarsel",
            "timer-gjor-ventetiden-synlig",
            "voksenroller-i-garderoben",
        ],
        "kindergarten": None,
    },
    {
        "slug": "kveldsmote-struktur-som-inkluderer",
        "title": "Struktur som inkluderer",
        "meeting_type": "kveldsmote",
        "focus_area": "organisering-og-struktur",
        "duration_minutes": 120,
        "goal": (
            "Hele personalet deler erfaringer fra høstens arbeid med organisering og "
            "struktur, og lærer av hverandre."
        ),
        "agenda": [
            {"title": "Velkommen og kort om høstens tema", "minutes": 10},
            {"title": "Avdelingene presenterer sitt forbedringsområde", "minutes": 40},
            {"title": "Pause", "minutes": 15},
            {"title": "Gruppearbeid på tvers av avdelinger", "minutes": 35},
            {"title": "Oppsummering og veien videre", "minutes": 20},
        ],
        "reflection_questions": [
            "Hva har vi endret i hverdagen denne høsten, og hva merker barna?",
            "Hva vil vi bevare når temaet er over?",
            "Hvilke tiltak fra andre avdelinger vil vi prøve hos oss?",
        ],
        "practice_task": (
            "Hver ansatt skriver ned ett grep fra en annen avdeling og prøver det ut "
            "før jul."
        ),
        "related_measures": [
            "dagtavle-i-samlingsstunden",
            "faste-plasser-ved-maltidene",
            "bildesekvens-i-garderoben",
        ],
        "kindergarten": None,
    },
    {
        "slug": "planleggingsdag-emosjonell-stotte",
        "title": "Emosjonell støtte i hverdagen",
        "meeting_type": "planleggingsdag",
        "focus_area": "emosjonell-stotte",
        "duration_minutes": 330,
        "goal": (
            "Personalet får felles forståelse av samregulering og lager en felles "
            "plan for hvordan vi møter sterke følelser."
        ),
        "agenda": [
            {"title": "Innledning: hvorfor emosjonell støtte?", "minutes": 30},
            {"title": "Ståstedsanalyse og samtale i avdelingene", "minutes": 60},
            {"title": "Pause", "minutes": 15},
            {"title": "Praktiske øvelser: speiling og rolig stemme", "minutes": 60},
            {"title": "Lunsj", "minutes": 30},
            {"title": "Lag en felles plan for sinne og uro", "minutes": 75},
            {
                "title": "Avdelingene velger bevarings- og forbedringsområde",
                "minutes": 45,
            },
            {"title": "Oppsummering", "minutes": 15},
        ],
        "reflection_questions": [
            "Hva skjer i min egen kropp når et barn blir veldig sint?",
            "Hvordan viser vi barna at alle følelser er lov, men ikke all oppførsel?",
            "Hvor på avdelingen kan et barn ta en pause uten å bli sendt bort?",
        ],
        "practice_task": (
            "Hver ansatt velger et øvingsområde, for eksempel å sette ord på følelser "
            "tre ganger om dagen."
        ),
        "related_measures": [
            "trost-og-samregulering",
            "speiling-av-folelser",
            "nar-sinnet-tar-over",
            "rolig-krok-pa-avdelingen",
        ],
        "kindergarten": "trollskogen",
    },
    {
        "slug": "avdelingsmote-trost-og-samregulering",
        "title": "Trøst og samregulering",
        "meeting_type": "avdelingsmote",
        "focus_area": "emosjonell-stotte",
        "duration_minutes": 45,
        "goal": (
            "Avdelingen blir enige om hvordan vi trøster og hjelper barn å roe seg."
        ),
        "agenda": [
            {"title": "Runde: en situasjon der trøsten virket", "minutes": 15},
            {"title": "Les tiltaket om trøst og samregulering sammen", "minutes": 10},
            {"title": "Hva gjør vi likt, og hva gjør vi ulikt?", "minutes": 15},
            {"title": "Avtaler fram til neste møte", "minutes": 5},
        ],
        "reflection_questions": [
            "Hvilke barn søker trøst hos oss, og hvilke gjør det ikke?",
            "Hvordan merker vi at et barn er i ferd med å bli overveldet?",
            "Hva trenger vi voksne for å holde roen selv?",
        ],
        "practice_task": (
            "Legg merke til én situasjon hver uke der du hjalp et barn å roe seg, og "
            "fortell om den på neste møte uten å bruke navn."
        ),
        "related_measures": [
            "trost-og-samregulering",
            "trygg-start-ved-levering",
            "fast-voksen-i-overganger",
        ],
        "kindergarten": None,
    },
    {
        "slug": "personalmote-folelser-har-alle",
        "title": "Følelser har alle",
        "meeting_type": "personalmote",
        "focus_area": "emosjonell-stotte",
        "duration_minutes": 60,
        "goal": (
            "Personalet kjenner følelseskortene og bruker dem på samme måte i alle "
            "avdelinger."
        ),
        "agenda": [
            {"title": "Kort innledning om følelsesspråk", "minutes": 10},
            {"title": "Prøv følelseskortene i par", "minutes": 20},
            {"title": "Hvordan bruker vi kortene i samlingsstunden?", "minutes": 20},
            {"title": "Oppsummering", "minutes": 10},
        ],
        "reflection_questions": [
            "Hvilke følelser snakker vi lett om med barna, og hvilke unngår vi?",
            "Hvordan kan barn med lite språk vise oss hvordan de har det?",
        ],
        "practice_task": (
            "Bruk følelseskortene i minst tre samlingsstunder før neste møte."
        ),
        "related_measures": [
            "folelseskort-i-hverdagen",
            "speiling-av-folelser",
            "sosial-historie-om-a-vente",
        ],
        "kindergarten": None,
    },
    {
        "slug": "personalmote-staastedsanalyse-lek",
        "title": "Ståstedsanalyse: lek og læring",
        "meeting_type": "personalmote",
        "focus_area": "lek-og-laering",
        "duration_minutes": 90,
        "goal": (
            "Alle har svart på ståstedsanalysen, og hver avdeling har valgt et "
            "bevaringsområde og et forbedringsområde for våren."
        ),
        "agenda": [
            {"title": "Hvorfor ståstedsanalyse?", "minutes": 10},
            {"title": "Hver ansatt svarer i portalen", "minutes": 20},
            {"title": "Avdelingene ser på resultatet sammen", "minutes": 30},
            {"title": "Velg bevaringsområde og forbedringsområde", "minutes": 20},
            {"title": "Hver ansatt velger sitt øvingsområde", "minutes": 10},
        ],
        "reflection_questions": [
            "Hva er vi allerede gode på når det gjelder lek?",
            "Hvilke barn leker sjelden med andre, og hvorfor?",
            "Hvor er de voksne når barna leker?",
        ],
        "practice_task": (
            "Observer frileken i ti minutter én gang i uka, og noter hvem som leker "
            "med hvem, uten navn i notatene som deles."
        ),
        "related_measures": [
            "lekeveiledning-i-rollelek",
            "sma-lekegrupper",
            "hjelp-inn-i-leken",
        ],
        "kindergarten": None,
    },
    {
        "slug": "veiledning-voksenrollen-i-rollelek",
        "title": "Voksenrollen i rollelek",
        "meeting_type": "veiledning",
        "focus_area": "lek-og-laering",
        "duration_minutes": 60,
        "goal": (
            "Personalet ser hvordan de kan gå inn i og ut av rolleleken for å støtte "
            "samspillet."
        ),
        "agenda": [
            {"title": "Se et kort opptak eller hør observasjonen", "minutes": 15},
            {"title": "Refleksjon: hva gjorde den voksne?", "minutes": 25},
            {"title": "Øv på innganger og replikker", "minutes": 15},
            {"title": "Avtal oppfølging", "minutes": 5},
        ],
        "reflection_questions": [
            (
                "Når er det lurt at den voksne går inn i leken, og når bør vi holde "
                "oss unna?"
            ),
            "Hvordan kan vi gi et barn en rolle uten å ta over leken?",
        ],
        "practice_task": (
            "Gå inn i en rollelek to ganger i uka, og øv på å trekke deg ut når leken "
            "går av seg selv."
        ),
        "related_measures": [
            "lekeveiledning-i-rollelek",
            "hjelp-inn-i-leken",
            "sprakstotte-i-leken",
        ],
        "kindergarten": "solsikken",
    },
    {
        "slug": "kveldsmote-alle-med-i-leken",
        "title": "Alle med i leken",
        "meeting_type": "kveldsmote",
        "focus_area": "lek-og-laering",
        "duration_minutes": 120,
        "goal": (
            "Hele personalet deler erfaringer med lekeveiledning og lager en felles "
            "liste over gode lekegrep."
        ),
        "agenda": [
            {"title": "Velkommen", "minutes": 5},
            {"title": "Erfaringer fra avdelingene", "minutes": 40},
            {"title": "Pause", "minutes": 15},
            {"title": "Lek selv: prøv lekene vi bruker med barna", "minutes": 30},
            {"title": "Felles liste over gode lekegrep", "minutes": 20},
            {"title": "Avslutning", "minutes": 10},
        ],
        "reflection_questions": [
            "Hva kjennetegner en lek der alle får være med?",
            "Hvordan kan vi bruke uteområdet bedre til lek i små grupper?",
            "Hva tar vi med oss inn i neste barnehageår?",
        ],
        "practice_task": (
            "Hver avdeling velger to lekegrep fra den felles lista og bruker dem ut "
            "juni."
        ),
        "related_measures": [
            "sma-lekegrupper",
            "voksenstottet-lek-ute",
            "turtaking-i-lek-og-spill",
            "valgtavle-for-frilek",
        ],
        "kindergarten": None,
    },
]


# --- Texts for the fixed sections ----------------------------------------------

SECTION_INTROS = {
    "measures": (
        "Konkrete tiltak dere kan bruke i hverdagen for at alle barn skal kunne "
        "delta. Filtrer på fokusområde eller situasjon, eller bruk søket."
    ),
    "visual_supports": (
        "Piktogrammer, dagtavler og først–så-tavler til utskrift. Velg størrelse "
        "og skriv ut, eller last ned originalen."
    ),
    "meeting_materials": (
        "Opplegg til avdelingsmøter, kveldsmøter, planleggingsdager og veiledning, "
        "med dagsorden, refleksjonsspørsmål og en øvingsoppgave til neste gang."
    ),
    "team": (
        "Inkluderingsteamet er spesialpedagoger og PPT-rådgivere som hjelper "
        "barnehagene med tiltak, veiledning og kompetanseheving. Ta kontakt med "
        "den som kan mest om det du lurer på."
    ),
}

ACCESSIBILITY_STATEMENT = [
    (
        "Inkluderingsportalen skal kunne brukes av alle ansatte, også med "
        "skjermleser, bare tastatur eller forstørrelse. Vi følger kravene i "
        "WCAG 2.1 nivå AA, som gjelder for offentlige nettløsninger i Norge."
    ),
    (
        "Alle bilder har alternativ tekst, alle sider kan brukes med tastatur, og "
        "sidene tilpasser seg nettbrett og mobil. Tiltak og visuell støtte har egne "
        "utskriftsversjoner."
    ),
    (
        "Har du funnet noe som ikke fungerer for deg? Si fra til "
        "inkluderingsteamet, så retter vi det så raskt vi kan."
    ),
]
