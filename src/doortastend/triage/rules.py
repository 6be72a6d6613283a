"""Explicit urgency cues: acute danger and social emergencies.

The cues are written in the same trigger syntax as the indicator catalogue and matched by the same
``Matcher`` (so negation, past tense, typos and abbreviations are handled the same way). Each cue group
yields a flag; ``acute_reasons`` combines flags into the reasons that make a signal ``acuut``. The flags
are also features of the statistical urgency model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import compress

from .matcher import Match
from .text import Doc

# Cue groups (pseudo indicator codes start with "!" so they never clash with catalogue codes).
CUE_TRIGGERS: dict[str, list[str]] = {
    "!wapen": [
        "mes|messen|keukenmes*|steekwapen*|pistool*|vuurwapen*|wapen|wapens|geweer*|jachtgeweer*|machete*"
        "|bijl|knuppel*|honkbalknuppel*|boksbeugel*|schietwapen*|taser|gun|blaffer|vlindermes*|zakmes*"
        "|koevoet*|hamer|ijzeren|schaar|stanleymes*|slagersmes*|staaf",
        "stuk hout|ijzer",
        "gewapend|bewapend",
        "knife|knives|gun|guns|pistol|weapon|machete",
        "onder schot",
    ],
    "!geweld": [
        "slaat|sloeg|slaan|geslagen|schopt|schoppen|geschopt|steekt|gestoken|neergestoken|steekpartij*"
        "|schiet|schieten|geschoten|beschoten|schietpartij*|wurg*|gewurgd|mishandel*|afmaken|vermoorden"
        "|doodmaken|doodsteken|kapotmaken|aangevallen|aanvallen|vechten|vecht|bebloed*|bloed|bloedt"
        "|gewond*|verwond*|afgetuigd|aftuigen|gilt|gillen|gegild",
        "in elkaar geslagen|getrapt|geschopt|slaan|trappen",
        "om hulp",
        "lek steken",
        "ingetrapt|intrappen|ingeslagen",
        "keel gegrepen|dichtgeknepen|geknepen|vastgepakt",
        "vastgehouden|vastgebonden|ontvoerd|ontvoering|opgesloten|gegijzeld|meegetrokken|meegesleurd",
        "houden|houdt|hielden|hebben me|mij|hem|haar vast",
        "vasthouden|vasthielden|vastzit|vastzitten|vastgezet",
        "mag|mogen niet weg",
        "gebroken|hoofdwond|bloedend|bloedde|letsel|verwondingen|steekwond*|schotwond*",
        "eerste hulp",
        "ambulance|traumaheli*|ziekenhuis",
        "dwingen|dwongen|gedwongen|dwingt",
        "brand|rook|vlammen|explosie*|ontploff*|molotov*|brandbom*|aanslag",
        "vechtpartij*|knokpartij*|kloppartij*|matpartij*",
        "gooit|gooien|gooide|smijt|smijten|smeet met|naar stoel|stoelen|borden|glas|glazen|fles|flessen|pannen|stenen",
        "ligt|lag grond|bloed|bewusteloos",
        "hit|hits|beat|beats|beating|stab|stabbed|hurt|hurts|blood|bleeding|attack|attacked|fight|fighting",
        "kick|kicks|kicked|punch|punched|choke|choked|strangle*",
        "lock|locks|locked in|up|inside",
    ],
    "!dreiging": [
        "bedreig*|dreig*|dreigement*",
        "anders weet",
        "anders sturen|pakken|komen|slaan|doen|steken|schieten|vermoorden|afmaken|verspreiden|zetten",
        "pakken ze|jou|je",
        "fik|brand zetten|steken|gestoken",
        "komen halen|pakken",
        "komen ze binnen|halen|pakken",
        "staan|staat|stonden voor de deur",
        "afmaken|vermoorden|doodmaken|kapotmaken",
        "maak|maakt|maken je|jou|hem|haar|jullie af|kapot|dood",
        "kill|kills|killing|threaten|threatens|threatened|threat",
        "vinger|vingers|knieen|benen afknippen|afknipt|afhakken|breken",
        "weet|weten waar je|jij|jullie|jouw wonen|woont",
    ],
    "!suicide": [
        "suicid*|suicidaal|zelfmoord*|zelfdoding*|suicidepoging*",
        "eind|einde aan maken|maakt|leven",
        "dood wil|willen|wilde",
        "niet meer leven|verder",
        "springen|springt|spring",
        "overdosis|verhangen",
        "mezelf|zichzelf|zich ophangen",
        "pillen geslikt|ingenomen",
        "leven beeindigen",
        "geen zin meer",
        "reling|rand|dak|brug staat|staan|zit|hangt|klimt|klimmen",
        "staat|zit|hangt|klimt op|over reling|rand|brug",
        "er een eind|einde aan",
        "afscheidsbrief*|afscheidsbericht*",
        "dit|mijn laatste bericht|berichtje|appje",
        "liever dood",
        "pillen|medicijnen|touw|paracetamol|slaappillen|strips|oxazepam|temazepam klaar|klaarliggen|klaargelegd"
        "|verzameld|gespaard|opgespaard",
        "zaken geregeld",
        "verkeerde kant reling|brug|balkon",
        "zie niet meer zitten",
        "klaar mee|met leven",
        "zichzelf iets aandoen",
        "zichzelf wat aandoen",
        "zelfbeschadiging",
        "snijdt|snijden zichzelf",
    ],
    "!nu": [
        "nu|zojuist|vannacht|vanavond|momenteel|onmiddellijk|112|onderweg|gisternacht|meldkamer|noodknop",
        "op dit moment",
        "ter plaatse",
        "net gebeurd|gezien|gehoord|gebeld|binnengekomen",
        "eenheid|eenheden|politie|ambulance|brandweer onderweg|gestuurd|ingezet|ter|gebeld|gealarmeerd",
        "meldlijn|crisislijn|alarmnummer|zoekactie|crisisdienst",
        "help|helpen snel|alsjeblieft|nu",
        "now|tonight|emergency",
        "please help|come",
        "help me|ons|mij",
        "kan|kunnen er iemand komen|langskomen",
        "kom|komen snel|alsjeblieft|nu",
    ],
    "!noodgeval": [
        "bewusteloos|reanimatie|reanimeren|gereanimeerd|onwel|ademt|uitgedroogd|onderkoeld|vermist",
        "brand|brandt|rook|vlammen|explosie*|ontploff*|benzine|gaslucht|koolmonoxide|co-melder|rookmelder",
        "gasgeur|gaslek",
        "gas ruik|ruiken|ruikt|open|openstaan|lekt",
        "ruik|ruiken|ruikt naar gas",
        "fire|smoke|burning",
        "geen teken|tekenen van leven",
        "schoten|geschoten|beschoten|schietpartij*|kogel*|handgranaat|explosief|explosieven|vuurwerkbom*",
        "auto|busje|bus|waggie|wagen geduwd|getrokken|gesleurd|gesleept",
        "aansteker|overgoten",
    ],
    "!meegenomen": [
        "ingestapt|instappen|stapte|stapt in|bij man|mannen|auto|busje|waggie",
        "meegenomen|meegetrokken|meegesleurd|weggevoerd|ontvoerd",
        "auto|busje|waggie|hotel|hotelkamer|appartement met|bij man|mannen|volwassen*",
    ],
    "!agressie": ["schreeuw*|tiert|raast|agressief|dreigend|zwaait|zwaaiend|bedreigend|scheldt|woedend"],
    "!letsel": [
        "brandwond*|striemen|botbreuk*|gebroken|hoofdwond*|bloedt|bloedend|bloed",
        "blauwe|blauw plek|plekken|oog|ogen",
        "letsel|verwond*|gewond|wond|wonden|kneuzing*|hersenschudding",
    ],
    # weak-signal wording (pushes towards monitoren)
    "!vaag": [
        "misschien|vermoedelijk|wellicht|onduidelijk|onderbuikgevoel|gevoel|vaag|geruchten|gerucht|verhalen",
        "geen idee",
        "ter info|informatie|kennisname",
        "in de gaten houden|gehouden",
        "meenemen|noteren|genoteerd|buurtbeeld|wijkbeeld|vastleggen",
        "niks|niets aan de hand|bijzonders|geks|ernstigs",
        "geen bijzonderheden|zorgen",
        "bleek|bleken|gecontroleerd|nagelopen|afgehandeld|afgesloten|verklaard",
        "geen concrete persoon|aanwijzing|aanwijzingen",
    ],
    # social-emergency wording (pushes towards spoed)
    "!spoedcue": [
        "wil eruit|weg|stoppen|vluchten|praten",
        "vraagt|vroeg om hulp",
        "morgen|overmorgen|weekend|maandag|binnen|uiterlijk",
        "uit huis gezet|geplaatst|gegooid",
        "ontruiming|ontruimd|huisuitzetting|deurwaarder|afsluiting|afgesloten",
        "geen eten|geld|slaapplek|onderdak",
        "escaleert|escaleren|escalatie|erger|verergert",
        "afgelopen|laatste|paar dagen|nachten",
    ],
    "!zacht_nu": ["vandaag|vanmiddag|vanochtend|vanmorgen|gisteravond|direct|meteen|zsm|spoed|dringend|snel"],
    "!geen_slaapplek": [
        "geen|nergens slaapplek*|slaapplaats*|onderdak|dak|bed|plek",
        "nergens slapen|heen|naartoe|terecht",
        "waar slapen|overnachten|heen|naartoe|terecht",
        "op straat slapen|geslapen|staan|gezet|gegooid|leven",
        "buiten slapen|geslapen",
        "eruit gegooid|gezet|getrapt|geschopt",
        "uit huis gegooid|gezet|getrapt|geschopt",
        "buitengezet|thuisloos|dakloos",
        "portiek|park|station|bankje|auto slapen|slaapt|sliep|geslapen|overnachten",
        "fietsenkelder|fietsenstalling|schuur|trappenhuis|speeltuin|garage|bushokje|tent|bosje|tuinhuis|parkeergarage"
        " slapen|slaapt|sliep|geslapen|overnachten",
        "slapen|slaapt|sliep|geslapen|overnacht fietsenkelder|fietsenstalling|schuur|trappenhuis|speeltuin|garage"
        "|bushokje|tent|bankje|portiek|stationshal",
        "mag|mogen niet meer in|binnen",
        "laten|laat hem|haar|mij niet binnen|erin",
        "deur uitgezet|uitgegooid",
        "weggestuurd|weggejaagd|buitengesloten",
    ],
    "!vannacht": ["vannacht|vanavond|vanacht|straks|nacht|tonight"],
    "!minderjarig": [
        "minderjarig*|tiener*|brugklas*|brugklasser*|leerling*|scholier*|basisschool|basisschoolleerling*"
        "|kind|kinderen|kindje*|baby|peuter*|kleuter*|meisje|meisjes|dochter|zoon|zusje|broertje|puber*",
    ],
    "!seks": [
        "seks*|sex*|prostitu*|escort*|hotel*|hotelkamer*|naaktfoto*|naakt|sexting|loverboy*|pooier*"
        "|misbruik*|verkracht*|aanrand*|klant|klanten|lachgas|pijpen|neuken|webcam*",
        "foto's|foto|beelden|filmpje* sturen|verspreiden|delen|online",
        "aangeboden|aanbieden|verkocht|gebracht voor geld|seks",
        "mannen|man|klanten hebben|heeft|hadden betaald",
        "met mannen slapen|afspraken|mee",
        "klanten|mannen ontvangen|afwerken",
        "geld verdienen|werken met mannen|lichaam",
        "massagesalon*|privehuis|raamprostitutie|seksclub",
        "moet|moest werken voor vriend|vriendje",
    ],
    "!alleen_thuis": [
        "alleen thuis",
        "alleen gelaten|achtergelaten",
        "niemand bereikbaar",
        "onbereikbaar",
        "alleen in huis|galerij|auto",
        "zonder toezicht|volwassene|volwassenen",
        "geen volwassene|volwassenen|ouder thuis|aanwezig",
        "niemand thuis",
    ],
    "!wilweg": [
        "wil eruit|weg|stoppen|vluchten|hulp",
        "gevlucht|ontsnapt|weggelopen|weggevlucht",
        "vraagt om hulp",
    ],
    # the person is safe now (sheltered, placed, in hospital, the perpetrator arrested): acute -> spoed
    "!veilig": [
        "is|zijn|zit|zitten|voelt veilig",
        "in veiligheid",
        "opgevangen|ondergebracht|geplaatst|opgenomen|aangehouden|opgepakt|gearresteerd|ingesloten",
        "slaapt|slapen|logeert|logeren|verblijft|verblijven|zit|zitten nu bij",
        "bij opa|oma|tante|oom|vriendin|vriend|familie|zus|broer|moeder|vader|ouders|buren slapen|slaapt|logeert"
        "|verblijft|opgevangen",
        "vrouwenopvang|blijf-van-mijn-lijfhuis|crisisopvang|noodopvang|opvang|crisisplek|crisisbed|safehouse",
        "huisverbod opgelegd|gekregen",
        "in de cel|bak",
        "rust|rustig teruggekeerd|weergekeerd",
        "situatie is rustig|stabiel|onder controle",
    ],
    # the person is explicitly not safe (yet)
    "!onveilig": [
        "niet veilig|onveilig",
        "durft niet naar huis|terug",
        "bang dat hij|ze terugkomt|terugkomen|komt|komen",
    ],
    # wordings of acute danger the other groups miss (urgency feature only)
    "!acuut_extra": [
        "gasgeur|gaslucht|gaskraan|koolmonoxide",
        "reageert|reageren niet|nergens",
        "doet|doen|aandoet|aandoen wat|iets aan",
        "wat|iets aandoen|aandoet|overkomt|overkomen",
        "paracetamol|slaappillen|doos pillen|strip pillen|fles",
        "niet meer is|zijn|wakker",
        "voor gezien",
        "geen insuline|medicatie|medicijnen|eten|drinken",
        "kunnen|kan niet naar buiten|weg|eruit",
        "ketting|hangslot|opgesloten|buitengesloten",
        "niet thuisgekomen|thuis gekomen|thuis geweest|teruggekomen",
        "vermist|weggelopen|zoek|spoorloos",
        "perron|spoor|rails|snelweg|vangrail|balkon|dak",
        "sloten vervangen|veranderd",
    ],
    "!schuld": ["schuld|schulden|schuldig|afbetalen|afbetaling|terugbetalen", "in het krijt"],
}

# a number of one or two digits, not preceded by a digit, '.', ',' or ':' and not part of a longer number,
# a time or a decimal; written to start with the digit (the look-behind after it) so the regex engine
# can skip quickly to the next digit
_NUMBER_RE = re.compile(r"(\d(?<![\d.,:]\d)\d?)(?![\d]|[:.,]\d)")
_AGE_AFTER_RE = re.compile(r"\s*(?:-\s*)?(?:jarige?n?|jaar|jr)\b")
_AGE_BEFORE_RE = re.compile(
    r"(?:\(\s*[±~+]?\s*"  # (14), (±16)
    r"|[±~]\s*"  # ±16
    r"|\bjaar\s+of\s+"  # een jaar of 14
    r"|\b(?:jongen|jongetje|meisje|meid|knul|kind|zoon|dochter|tiener|leerling|broertje|zusje|neefje|nichtje)s?"
    r"\s+van\s+(?:een\s+jaar\s+of\s+|ongeveer\s+|ong\.?\s*|rond\s+de\s+|ca\.?\s*|[±~]\s*)?"
    r")$"
)
# "ik ben 17", "ze is pas 15", "she is 16" (a number after these needs no unit, but must not be followed by one)
_AGE_STATED_BEFORE_RE = re.compile(
    r"\b(?:ik\s+ben|ze\s+is|zij\s+is|hij\s+is|i\s+am|she\s+is|he\s+is)\s+(?:pas\s+|nog\s+maar\s+|net\s+|only\s+)?$"
    r"|\b(?:is|ben)\s+(?:pas|nog\s+maar)\s+$"
)
_AGE_NOUN_BEFORE_RE = re.compile(r"\b(?:jongen|meisje|meid|knul|kind|zoon|dochter|broertje|zusje)\s+$")
_NOT_AGE_AFTER_RE = re.compile(r"\s*(?:euro|eur|uur|u\b|minuten|min\b|keer|dagen|weken|%|x\b|man\b|mensen)")


_DIGIT_RE = re.compile(r"\d")
_DIGITS_RE = re.compile(r"\d+")
# for a text of ASCII characters (most signals) \d is exactly [0-9], which the regex engine checks with a
# bitmap instead of a Unicode category lookup per character
_ASCII_DIGIT_RE = re.compile(r"[0-9]")
_ASCII_DIGITS_RE = re.compile(r"[0-9]+")
_ASCII_NUMBER_RE = re.compile(r"([0-9](?<![0-9.,:][0-9])[0-9]?)(?![0-9]|[:.,][0-9])")
_CLOCK_RE = re.compile(r"\b([01]?\d|2[0-3])[:.u]([0-5]\d)\b|\b([01]?\d|2[0-3])\s?(?:uur|u)\b")


def late_hour(text: str) -> bool:
    """A clock time between 21:00 and 05:59 is mentioned (night-time dispatch notes)."""
    # the same as ``_CLOCK_RE.finditer(text)``: a clock time starts where a run of digits starts (\b before a
    # digit), so the regex is only tried there (\b still sees the text before ``pos``), and not inside the
    # clock time found before
    after = 0
    for run in (_ASCII_DIGITS_RE if text.isascii() else _DIGITS_RE).finditer(text):
        pos = run.start()
        if pos < after:
            continue
        m = _CLOCK_RE.match(text, pos)
        if m is not None:
            h = int(m.group(1) or m.group(3))
            if h >= 21 or h <= 5:
                return True
            after = m.end()
    return False


def minor_ages(text: str) -> list[int]:
    """Ages below 18 mentioned in the text: "(14)", "15 jaar", "15-jarige", "±16", "jongen van 15",
    "een jaar of 14", "jongen 14"."""
    out: list[int] = []
    ascii = text.isascii()
    first = (_ASCII_DIGIT_RE if ascii else _DIGIT_RE).search(text)
    if first is None:
        return out
    lower = None
    # every number starts with a digit; the look-behind still sees the text before ``pos``
    for m in (_ASCII_NUMBER_RE if ascii else _NUMBER_RE).finditer(text, first.start()):
        n = int(m.group(1))
        if not 0 < n < 18:
            continue
        if lower is None:
            lower = text.lower()
        s, e = m.span()
        after = lower[e : e + 12]
        before = lower[max(0, s - 45) : s]
        if (
            _AGE_AFTER_RE.match(after)
            or _AGE_BEFORE_RE.search(before)
            or (
                (_AGE_NOUN_BEFORE_RE.search(before) or _AGE_STATED_BEFORE_RE.search(before))
                and not _NOT_AGE_AFTER_RE.match(after)
            )
        ):
            out.append(n)
    return out


@dataclass
class CueFlags:
    present: dict[str, list[Match]]  # cue group -> present (not negated, not past) matches
    sentences: dict[str, set[int]]  # cue group -> sentence numbers with a present match
    minor: bool
    late: bool = False

    def has(self, group: str) -> bool:
        return bool(self.present.get(group))

    def same_sentence(self, a: str, b: str) -> bool:
        return bool(self.sentences.get(a, set()) & self.sentences.get(b, set()))

    def names(self) -> list[str]:
        out = sorted(g for g in self.present if self.present[g])
        if self.minor:
            out.append("!minor_age")
        if self.late:
            out.append("!laat_uur")
        return out


def _drop_contradicted(matches: list[Match]) -> list[Match]:
    """'niet veilig' also matches the '!veilig' pattern 'is ... veilig'; the '!onveilig' match wins."""
    unsafe = [m for m in matches if m.indicator == "!onveilig" and not m.negated]
    if not unsafe:
        return matches
    return [
        m for m in matches
        if m.indicator != "!veilig" or not any(u.start < m.end and m.start < u.end for u in unsafe)
    ]


def cue_flags(doc: Doc, matches: list[Match]) -> CueFlags:
    present: dict[str, list[Match]] = {}
    sentences: dict[str, set[int]] = {}
    sents = doc.sents
    for m in _drop_contradicted(matches):
        if not m.indicator.startswith("!") or m.negated or m.past:
            continue
        present.setdefault(m.indicator, []).append(m)
        sentences.setdefault(m.indicator, set()).add(sents[m.first_token])
    # the cue group first: when it is present the (pure) age search cannot change the flag
    minor = bool(present.get("!minderjarig")) or bool(minor_ages(doc.text))
    return CueFlags(present, sentences, minor, late_hour(doc.text))


def acute_reasons(f: CueFlags) -> list[str]:
    """Plain Dutch reasons why the signal is acute; empty when no hard acute rule fires.

    Only high-precision combinations are hard rules; weaker cues are features of the urgency model.
    """
    reasons = []
    if f.has("!wapen") and (f.has("!dreiging") or f.has("!geweld") or f.has("!nu")):
        reasons.append("een wapen in combinatie met geweld, dreiging of 'nu'")
    if f.has("!suicide"):
        reasons.append("uitspraken over zelfdoding")
    if f.has("!geweld") and f.has("!nu") and f.same_sentence("!geweld", "!nu"):
        reasons.append("geweld dat nu of vannacht plaatsvindt")
    if f.minor and f.has("!seks") and (f.has("!nu") or f.has("!vannacht")):
        reasons.append("een minderjarige in een acute seksuele situatie")
    if f.has("!geen_slaapplek") and f.minor and (f.has("!vannacht") or f.has("!nu")):
        reasons.append("een minderjarige zonder veilige slaapplek vannacht")
    if (
        f.has("!dreiging")
        and (f.has("!vannacht") or f.has("!nu"))
        and (f.same_sentence("!dreiging", "!vannacht") or f.same_sentence("!dreiging", "!nu"))
    ):
        reasons.append("een dreiging die nu of vannacht uitgevoerd kan worden")
    if f.has("!wapen") and f.has("!agressie"):
        reasons.append("een wapen bij iemand die agressief is")
    if f.has("!noodgeval") and (f.has("!nu") or f.late):
        reasons.append("een noodsituatie (brand, schoten, ontvoering of medisch) die nu speelt")
    if f.minor and f.has("!seks") and f.late and f.has("!dreiging"):
        reasons.append("een minderjarige die vanavond onder dwang wordt opgehaald")
    if f.minor and f.has("!letsel") and (f.has("!nu") or f.has("!vannacht")):
        reasons.append("een kind met letsel dat nu gezien wordt")
    if f.has("!letsel") and (f.has("!dreiging") or f.has("!geweld")) and (f.has("!nu") or f.late):
        reasons.append("letsel na geweld of dreiging, en de daders zijn er nog")
    if f.has("!alleen_thuis") and f.minor and (f.has("!nu") or f.has("!vannacht")):
        reasons.append("kinderen zonder toezicht, nu")
    if f.minor and f.has("!seks") and f.late and not f.has("!nu") and not f.has("!vannacht"):
        reasons.append("een minderjarige in een seksuele situatie, 's nachts")
    if f.has("!wapen") and f.late:
        reasons.append("een wapen, 's nachts")
    if f.has("!dreiging") and f.late:
        reasons.append("een dreiging, 's nachts")
    return reasons


# -- time and safety state ---------------------------------------------------------------------------
# What decides urgency is mostly WHEN the danger is (now / tonight / today / the past days / the coming
# days / long-standing / long ago) and whether the person is safe now. Each sentence gets the time buckets
# of the expressions it contains; a sentence without one inherits those of the sentence before it
# ("Gisteren kwam hij langs. Hij sloeg haar." is violence yesterday).

TIME_BUCKETS = ("NOW", "TONIGHT", "TODAY", "RECENT", "SOON", "LONG", "PAST")

# phrases over normalised tokens; "#" is a number (digits or a number word), "#y" a year (19xx/20xx)
_TIME_PHRASES: dict[str, tuple[str, ...]] = {
    "NOW": (
        "nu", "zojuist", "net", "momenteel", "op dit moment", "op het moment", "op dit ogenblik", "inmiddels",
        "nog steeds", "op dit uur", "ter plaatse", "terwijl ik",
    ),
    "TONIGHT": (
        "vanavond", "vannacht", "vanacht", "straks", "over een uur", "over # uur", "over een half uur",
        "over een kwartier", "zo meteen", "zometeen", "deze avond", "deze nacht", "vanavond laat",
        "voor vanavond", "nog vanavond", "nog vannacht",
    ),
    "TODAY": (
        "vandaag", "vanmiddag", "vanochtend", "vanmorgen", "deze ochtend", "deze middag", "vannamiddag",
        "nog vandaag",
    ),
    "RECENT": (
        "gisteren", "gisteravond", "gisternacht", "gistermiddag", "gisterochtend", "gistermorgen", "eergisteren",
        "afgelopen nacht", "afgelopen dagen", "afgelopen weekend", "afgelopen week", "afgelopen maandag",
        "afgelopen dinsdag", "afgelopen woensdag", "afgelopen donderdag", "afgelopen vrijdag",
        "afgelopen zaterdag", "afgelopen zondag", "vorige nacht", "vorig weekend", "deze week",
        "# dagen geleden", "paar dagen geleden", "# dagen terug", "paar dagen terug", "recent", "onlangs",
        "laatst", "de laatste dagen", "het afgelopen weekend", "zaterdagnacht", "zondagnacht",
        "vrijdagnacht", "zaterdagavond", "vrijdagavond", "zondagavond",
    ),
    "SOON": (
        "morgen", "overmorgen", "morgenochtend", "morgenavond", "morgenmiddag", "maandag", "dinsdag",
        "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "dit weekend", "volgende week",
        "volgende maand", "komende week", "komende dagen", "komend weekend", "komende maandag",
        "binnen # dagen", "binnen # weken", "binnen een week", "over # dagen", "over # weken",
        "over een week", "eind van de week", "einde van de week", "deze maand", "uiterlijk", "per #",
    ),
    "LONG": (
        "al maanden", "al jaren", "al weken", "al tijden", "al lang", "al langer", "al een tijd",
        "al een tijdje", "al # maanden", "al # weken", "al # jaar", "al # jaren", "sinds", "steeds", "regelmatig",
        "vaak", "telkens", "elke dag", "elke week", "elke avond", "elke nacht", "iedere dag", "iedere week",
        "iedere avond", "herhaaldelijk", "geregeld", "structureel", "keer op keer", "de laatste tijd",
        "de afgelopen maanden", "de afgelopen weken", "afgelopen maanden", "afgelopen weken",
    ),
    "PAST": (
        "vorige week", "vorige maand", "vorig jaar", "vorige jaar", "afgelopen maand", "afgelopen jaar",
        "afgelopen zomer", "afgelopen winter", "# weken geleden", "# maanden geleden", "# jaar geleden",
        "# jaren geleden", "paar weken geleden", "paar maanden geleden", "jaren geleden", "maanden geleden",
        "weken geleden", "lang geleden", "in #y", "#y", "destijds", "vroeger", "ooit", "in het verleden",
        "jaren terug", "maanden terug", "weken terug", "toentertijd", "voorheen", "eerder dit jaar",
    ),
}
_NUMBER_WORDS = frozenset(
    "een twee drie vier vijf zes zeven acht negen tien elf twaalf paar aantal enkele ruim bijna".split()
)
_PHRASES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _bucket, _phrases in _TIME_PHRASES.items():
    for _p in _phrases:
        _w = tuple(_p.split())
        _PHRASES_BY_FIRST.setdefault(_w[0], []).append((_w, _bucket))
for _lst in _PHRASES_BY_FIRST.values():
    _lst.sort(key=lambda x: -len(x[0]))  # longest phrase first ("afgelopen week" before "afgelopen")
_NUM_PHRASES = _PHRASES_BY_FIRST.pop("#", [])
_YEAR_PHRASES = _PHRASES_BY_FIRST.pop("#y", [])
_DIGIT_PHRASES = _YEAR_PHRASES + _NUM_PHRASES  # what a token of digits can start


def _word_ok(pat: str, norm: str) -> bool:
    if pat == "#":
        return norm.isdigit() or norm in _NUMBER_WORDS
    if pat == "#y":
        return len(norm) == 4 and norm.isdigit() and norm[:2] in ("19", "20")
    return pat == norm


# per normalised word: the phrases it can start (empty for most words)
_TIME_CANDS: dict[str, list[tuple[tuple[str, ...], str]]] = {}


def _time_cands(norm: str) -> list[tuple[tuple[str, ...], str]]:
    cands = _TIME_CANDS.get(norm)
    if cands is None:
        if norm.isdigit():
            cands = _DIGIT_PHRASES
        else:
            cands = _PHRASES_BY_FIRST.get(norm)
            if cands is None and norm in _NUMBER_WORDS:
                cands = _NUM_PHRASES
        cands = cands or []
        if len(_TIME_CANDS) >= 200_000:
            _TIME_CANDS.clear()
        _TIME_CANDS[norm] = cands
    return cands


# per (word, next word): the phrases starting with the word that the next word does not rule out
_TIME_PAIR_CANDS: dict[tuple[str, str | None], list[tuple[tuple[str, ...], str]]] = {}


def _pair_cands(
    cands: list[tuple[tuple[str, ...], str]], key: tuple[str, str | None]
) -> list[tuple[tuple[str, ...], str]]:
    nxt = key[1]
    out = [
        (words, bucket)
        for words, bucket in cands
        if len(words) == 1
        or (nxt is not None and (words[1] == nxt or (words[1][0] == "#" and _word_ok(words[1], nxt))))
    ]
    if len(_TIME_PAIR_CANDS) >= 200_000:
        _TIME_PAIR_CANDS.clear()
    _TIME_PAIR_CANDS[key] = out
    return out


def sentence_time_buckets(doc: Doc) -> list[frozenset[str]]:
    """Time buckets of the expressions in each sentence (empty when a sentence has none)."""
    norms, sents = doc.norms, doc.sents
    n = len(norms)
    found: dict[int, set[str]] = {}
    cands_per_token = list(map(_TIME_CANDS.get, norms))
    if None in cands_per_token:
        for k, cands in enumerate(cands_per_token):
            if cands is None:
                cands_per_token[k] = _time_cands(norms[k])
    after = 0  # a matched phrase is not searched again from its own later words
    pair_get = _TIME_PAIR_CANDS.get
    for i in compress(range(n), cands_per_token):  # only the tokens that can start a phrase
        if i < after:
            continue
        key = (norms[i], norms[i + 1] if i + 1 < n else None)
        cands = pair_get(key)
        if cands is None:
            cands = _pair_cands(cands_per_token[i], key)
        if not cands:
            continue
        sent = sents[i]
        for words, bucket in cands:
            k = len(words)
            if i + k > n or sents[i + k - 1] != sent:
                continue
            # the first word matched when the candidates were picked (a year still has to be checked)
            start = 0 if words[0] == "#y" else 1
            for q in range(start, k):
                pat = words[q]
                if pat != norms[i + q] and (pat[0] != "#" or not _word_ok(pat, norms[i + q])):
                    break
            else:
                found.setdefault(sent, set()).add(bucket)
                after = i + k
                break
    if not found:
        return [frozenset()] * doc.n_sents
    return [frozenset(found.get(s, ())) for s in range(doc.n_sents)]


def effective_time_buckets(own: list[frozenset[str]]) -> list[frozenset[str]]:
    """A sentence without a time expression inherits the buckets of the nearest sentence before it."""
    out = []
    last: frozenset[str] = frozenset()
    for s in own:
        if s:
            last = s
        out.append(last)
    return out


# danger cue groups whose timing decides between acuut and spoed/regulier
TIMED_GROUPS = (
    "!wapen", "!geweld", "!dreiging", "!suicide", "!noodgeval", "!letsel", "!seks", "!geen_slaapplek",
    "!meegenomen", "!agressie", "!alleen_thuis", "!veilig", "!wilweg", "!spoedcue",
)


_ADULT_AGE_RE = re.compile(
    r"\b(?:vriend|man|mannen|jongen|kerel|vent|neef|oom)\s+(?:van\s+)?(?:een\s+jaar\s+of\s+|ongeveer\s+|rond\s+de\s+)?"
    r"(1[89]|[2-6]\d)\b|\((1[89]|[2-6]\d)\)|\b(1[89]|[2-6]\d)-?jarige\b|\bvan\s+(?:ongeveer\s+)?(?:[2-6]\d)\+?\b"
)


def adult_age(text: str) -> bool:
    """An adult age (18-69) is mentioned: 'vriend van 24', '(23)', '30-jarige', 'mannen van 20+'."""
    # every alternative has an ASCII digit: without one (most texts) the whole scan is skipped
    return _ASCII_DIGIT_RE.search(text) is not None and _ADULT_AGE_RE.search(text.lower()) is not None



def time_features(doc: Doc, matches: list[Match]) -> list[str]:
    """Urgency features from time and state: the buckets in the text ('t:RECENT'), the bucket of the first
    and the last time expression, and each danger cue group with the bucket(s) of ITS sentence
    ('t:!geweld@RECENT', 't:!wapen@NOW', 't:!dreiging@SOON'; '@-' when no time is given, '@PASTFLAG' for a
    match the tense rules put in the past)."""
    if not doc.norms:
        return []
    own = sentence_time_buckets(doc)
    eff = effective_time_buckets(own)
    feats: set[str] = set()
    timed = [b for b in own if b]
    for b in own:
        for x in b:
            feats.add("t:" + x)
    if timed:
        for x in timed[-1]:
            feats.add("t:last:" + x)
        for x in timed[0]:
            feats.add("t:first:" + x)
    else:
        feats.add("t:none")
    groups = set(TIMED_GROUPS)
    sents = doc.sents
    for m in _drop_contradicted(matches):
        g = m.indicator
        if g not in groups:
            continue
        if m.negated:
            feats.add("t:" + g + "@NEG")
            continue
        if m.past:
            feats.add("t:" + g + "@PASTFLAG")
            continue
        b = eff[sents[m.first_token]]
        if not b:
            feats.add("t:" + g + "@-")
        for x in b:
            feats.add("t:" + g + "@" + x)
    return sorted(feats)
