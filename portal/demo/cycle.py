"""Demo data for the development cycle: statements, staff, answers, plan, meetings.

Fictional adults only; nothing here describes a child. Answers are fixed numbers
(not random) so the director's demo aggregate is the same on every machine.
"""

from .content import DEMO_PASSWORD

STATEMENTS = {
    "organisering-og-struktur": [
        (
            "Barna på avdelingen vet hva som skal skje gjennom dagen, fordi vi "
            "viser det med dagtavle eller bilder.",
            "Tenk på en vanlig dag, ikke på turdager eller fester.",
        ),
        (
            "Vi varsler overganger i god tid, slik at barna rekker å avslutte "
            "det de holder på med.",
            "",
        ),
        (
            "Hver voksen vet hvilken rolle hen har i garderoben og ved måltidene.",
            "",
        ),
        (
            "Vi har faste plasser og rutiner som gjør at barna kan mestre "
            "påkledning og måltider mest mulig selv.",
            "",
        ),
        (
            "Ventetid er kort, og når barna må vente, vet de hva de kan gjøre "
            "mens de venter.",
            "",
        ),
    ],
    "emosjonell-stotte": [
        (
            "Jeg setter ord på barnas følelser når de er lei seg, sinte eller redde.",
            "",
        ),
        (
            "Jeg er i nærheten og tilgjengelig når barn trenger trøst eller hjelp "
            "til å roe seg.",
            "",
        ),
        (
            "Jeg møter barn som strever med å regulere seg, med ro og forutsigbarhet "
            "heller enn irettesettelser.",
            "",
        ),
        (
            "Vi voksne snakker sammen om hvordan vi møter sterke følelser, slik at "
            "barna møter de samme forventningene.",
            "",
        ),
    ],
    "lek-og-laering": [
        (
            "Jeg deltar aktivt i leken og hjelper barn inn i leken når de står "
            "utenfor.",
            "",
        ),
        (
            "Rommene våre er organisert slik at barna ser hva de kan leke med og "
            "kan velge selv.",
            "",
        ),
        (
            "Jeg tilpasser aktivitetene slik at alle barna kan delta på sin måte.",
            "",
        ),
        (
            "Vi planlegger lek i små grupper, slik at barn som trenger det får "
            "mer støtte.",
            "",
        ),
    ],
}

# Extra staff in Trollskogen barnehage, department Bjørnen, beside "ansatt"
# (the department's pedagogical leader) from content.DEMO_USERS.
STAFF = [
    {
        "username": "jonas",
        "password": DEMO_PASSWORD,
        "group": "Ansatte",
        "first_name": "Jonas",
        "last_name": "Berge",
        "role": "barnehagelaerer",
        "role_title": "barnehagelærer",
    },
    {
        "username": "sofie",
        "password": DEMO_PASSWORD,
        "group": "Ansatte",
        "first_name": "Sofie",
        "last_name": "Lind",
        "role": "assistent",
        "role_title": "barne- og ungdomsarbeider",
    },
    {
        "username": "mari",
        "password": DEMO_PASSWORD,
        "group": "Ansatte",
        "first_name": "Mari",
        "last_name": "Haugen",
        "role": "assistent",
        "role_title": "assistent",
    },
]
KINDERGARTEN = "trollskogen"
DEPARTMENT = "bjornen"

# Answers (1–5) per person, statement by statement (cycled when a theme has more
# statements than numbers). "ansatt" answered last year only, so that the demo
# shows both the aggregate of three and "since last year" after answering.
ANSWERS = {
    "jonas": [4, 3, 4, 3, 2],
    "sofie": [3, 3, 4, 4, 2],
    "mari": [5, 2, 3, 4, 3],
}
LAST_YEAR = {
    "ansatt": [3, 2, 3, 3, 2],
    "jonas": [3, 2, 3, 3, 2],
    "sofie": [2, 2, 3, 3, 1],
}
COMMENT = "Vi er blitt flinkere, men det varierer mellom vaktene."

PLAN = {
    "keep_area": (
        "Dagtavla brukes hver morgen i samlingsstunden, og barna viser hverandre "
        "hva som skjer."
    ),
    "improve_area": (
        "Overgangen fra utelek til lunsj: vi vil varsle tidligere og fordele "
        "rollene i garderoben fast."
    ),
    "note": (
        "Vi prøvde fast rollefordeling i garderoben i to uker. Det ble roligere; "
        "vi fortsetter og evaluerer på neste avdelingsmøte."
    ),
}

# (days from today, hour, minute, type, title, department or None, minutes, place)
MEETINGS = [
    (
        6,
        13,
        0,
        "avdelingsmote",
        "Avdelingsmøte Bjørnen: gjennomgang av ståstedsanalysen",
        DEPARTMENT,
        60,
        "Personalrommet",
    ),
    (
        13,
        18,
        0,
        "kveldsmote",
        "Kveldsmøte for hele personalet",
        None,
        120,
        "Fellesrommet",
    ),
    (
        27,
        8,
        30,
        "planleggingsdag",
        "Planleggingsdag: neste tema i årshjulet",
        None,
        390,
        "Fellesrommet",
    ),
    (
        20,
        10,
        0,
        "veiledning",
        "Veiledning med inkluderingsteamet på Bjørnen",
        DEPARTMENT,
        45,
        "Bjørnen",
    ),
]
