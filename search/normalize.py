"""Norwegian text normalisation shared by indexing and querying, on every backend.

Staff type fast on tablets: without æøå ("pakledning"), in inflected forms
("dagtavla", "måltidene"), as parts of compounds ("tavle" for "dagtavle"). No
backend handles all of that (SQLite FTS5 knows no Norwegian at all), so both the
indexed text and the query are reduced to the same *terms* here, before any
backend sees them:

1. lower-case and split into words;
2. drop Norwegian stop words;
3. map irregular forms to their base word (bøker → bok), which a stemmer cannot;
4. stem with the Snowball Norwegian stemmer, until the stem no longer changes
   (vinter and vinteren both give vint); a doubled final consonant is
   collapsed unless that gives a stop word (sinne stays apart from «sin»);
5. fold æ/ø/å (and their ASCII spellings ae/oe/aa) to plain letters, so a word
   typed with or without them gives the same term;
6. on the indexing side only, add the parts of compound words whose last part is
   a known base word (dagtavle → dag + tavle), so a search for a part finds the
   compound.

The result is a space-separated string of terms that the backend indexes as
ordinary text. Its own analysis (PostgreSQL's ``norwegian`` configuration, the
engine's Norwegian analyzer) then works on those terms the same way for index and
query, so it cannot undo the match.
"""

import re
import unicodedata
from functools import lru_cache

import Stemmer

WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Norwegian function words (bokmål and the commonest nynorsk forms), written as
# they are typed; matched after folding so "pa" is as much a stop word as "på".
STOP_WORDS_TEXT = """
og i jeg det at en et den til er som på de med han av ikke der så var meg seg men
ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man
kan hans hvor eller hva skal selv sjøl her alle vil bli ble blitt kunne inn når
være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine
sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme
hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn fordi før
mange også slik vært begge siden dei eg ein eit eitt ho kva kvar kven korleis no
dei deira me mi mykje noko nokon so um vere
"""

# Irregular plurals and strong verbs the stemmer cannot join to their base word.
# Keys and values as written in Norwegian; keys are looked up after folding.
IRREGULAR_FORMS = {
    "bøker": "bok",
    "bøkene": "bok",
    "bøkenes": "bok",
    "hender": "hånd",
    "hendene": "hånd",
    "føtter": "fot",
    "føttene": "fot",
    "tenner": "tann",
    "tennene": "tann",
    "knær": "kne",
    "knærne": "kne",
    "tær": "tå",
    "tærne": "tå",
    "klærne": "klær",
    "netter": "natt",
    "nettene": "natt",
    "menn": "mann",
    "mennene": "mann",
    "brødre": "bror",
    "mødre": "mor",
    "fedre": "far",
    "døtre": "datter",
    "søstre": "søster",
    "barna": "barn",
    "barnas": "barn",
    "øyne": "øye",
    "øynene": "øye",
    "ører": "øre",
    "ørene": "øre",
    "gikk": "gå",
    "gått": "gå",
    "går": "gå",
    "sov": "sove",
    "sovet": "sove",
    "tok": "ta",
    "tatt": "ta",
    "tar": "ta",
    "ga": "gi",
    "gav": "gi",
    "gitt": "gi",
    "gir": "gi",
    "sa": "si",
    "sagt": "si",
    "sier": "si",
    "så": "se",
    "sett": "se",
    "ser": "se",
    "lå": "ligge",
    "ligger": "ligge",
    "satt": "sitte",
    "sitter": "sitte",
    "sto": "stå",
    "stod": "stå",
    "står": "stå",
    "fikk": "få",
    "får": "få",
    "gjorde": "gjøre",
    "gjort": "gjøre",
    "gjør": "gjøre",
    "visste": "vite",
    "vet": "vite",
    "sang": "synge",
    "sunget": "synge",
    "drakk": "drikke",
    "drukket": "drikke",
    "skrev": "skrive",
    "skrevet": "skrive",
    "fant": "finne",
    "funnet": "finne",
    "hjalp": "hjelpe",
    "hjulpet": "hjelpe",
    "spiste": "spise",
    "spist": "spise",
    "lekte": "leke",
    "lekt": "leke",
    "valgte": "velge",
    "valgt": "velge",
    "fortalte": "fortelle",
    "fortalt": "fortelle",
    "satte": "sette",
    "lagde": "lage",
    "laget": "lage",
    "kledde": "kle",
    "kledd": "kle",
    "tok på": "ta",
}

# Last parts of compounds common in the kindergarten day; a compound ending in
# one of these also indexes its parts (dagtavle → dag, tavle).
COMPOUND_BASES_TEXT = """
tavle plan stund kort bok lek leke tid mat klær tøy sekvens historie bilde bilder
støtte rom krok plass møte dag kveld samling overgang hvile garderobe kledning
måltid følelse timer klokke sang spill regel gruppe avdeling rutine tegn ord språk
lyd vask hånd tur sted stasjon plakat pause signal varsel område analyse veiledning
materiell oppgave tema hjul ark liste skjema trening lesing situasjon aktivitet skap
"""

_stemmer = Stemmer.Stemmer("norwegian")
_FOLD_TABLE = str.maketrans({"æ": "e", "ø": "o", "å": "a", "ä": "e", "ö": "o"})
_ASCII_SPELLINGS = re.compile(r"ae|oe|aa")
_ASCII_REPLACEMENT = {"ae": "e", "oe": "o", "aa": "a"}
_DOUBLE_FINAL = re.compile(r"([bcdfghjklmnpqrstvwxz])\1$")


def fold(text):
    """Lower-case and fold æøå (and ae/oe/aa) to plain letters, accents removed."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD_TABLE)
    text = _ASCII_SPELLINGS.sub(lambda m: _ASCII_REPLACEMENT[m.group()], text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text):
    """The words of a text, lower-cased, as typed."""
    return WORD_RE.findall(unicodedata.normalize("NFKC", text or "").lower())


STOP_WORDS = frozenset(fold(w) for w in STOP_WORDS_TEXT.split())
IRREGULAR = {fold(k): v for k, v in IRREGULAR_FORMS.items() if " " not in k}


@lru_cache(maxsize=50_000)
def term(word):
    """The search term for one word: base form, stemmed, folded; '' for stop words."""
    folded = fold(word)
    if folded in STOP_WORDS:
        return ""
    stem = fold(stem_fully(IRREGULAR.get(folded, word)))
    # Stems of the same word can differ only by a doubled final consonant
    # (piktogram / piktogrammer → piktogram / piktogramm) — but not when that
    # makes a stop word: sinne → sinn must not become the possessive «sin»,
    # which the backends' own analysis drops and every «sin» in a text matches.
    collapsed = _DOUBLE_FINAL.sub(r"\1", stem)
    return stem if collapsed in STOP_WORDS else collapsed


def stem_fully(word):
    """The Snowball stem, stemmed again until it no longer changes.

    One pass is not enough for base forms that end like an ending: «vinter»
    loses «er» (vint) while «vinteren» only loses «en» (vinter), so the two
    forms of one word would never meet. Stemming the stem joins them, as it
    joins sommer/sommeren, lærer/læreren and aktivitet/aktiviteter.
    """
    stem = _stemmer.stemWord(word)
    while True:
        again = _stemmer.stemWord(stem)
        if again == stem:
            return stem
        stem = again


COMPOUND_BASES = tuple(
    sorted({term(w) for w in COMPOUND_BASES_TEXT.split()} - {""}, key=len, reverse=True)
)
MIN_PART = 3


def compound_parts(t):
    """Parts of a compound whose last part is a known base: dagtavl → dag, tavl."""
    for base in COMPOUND_BASES:
        if not t.endswith(base) or len(t) - len(base) < MIN_PART:
            continue
        head = t[: -len(base)]
        if head.endswith("s") and len(head) > MIN_PART:
            head = head[:-1]  # the linking s of samling-s-stund
        return [p for p in (term(head), base) if p]
    return []


def query_terms(text):
    """Terms of a query, in order, without duplicates."""
    seen = []
    for word in words(text):
        t = term(word)
        if t and t not in seen:
            seen.append(t)
    return seen


def index_text(*texts):
    """What to index for a document: its terms plus the parts of its compounds."""
    out = []
    for text in texts:
        for word in words(text):
            t = term(word)
            if not t:
                continue
            out.append(t)
            out.extend(compound_parts(t))
    return " ".join(out)


def folded_text(*texts):
    """Text folded but not stemmed, for autocomplete on titles typed without æøå."""
    return " ".join(fold(t) for t in texts if t)
