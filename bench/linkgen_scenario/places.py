"""Municipalities, streets, postcodes and schools for the scenario generator.

Eight municipalities of different sizes. Each gets a set of streets drawn from Dutch naming themes (birds,
trees, flowers, rivers, islands, crafts, royals), with names that recur in many towns (Kerkstraat,
Julianalaan). A postcode covers one side of a stretch of about twenty house numbers of one street, as in
the Dutch postcode system, so neighbours share a postcode and a street has several. Schools: primary
schools (denominational prefixes obs/cbs/rkbs/IKC), secondary schools and an MBO college per municipality.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass, field

# name, share of persons, woonplaatsen (name, share), postcode 4-digit range, ethnic mix weights,
# (dutch, moroccan, turkish, hindustani, creole, antillean, polish, bulgarian)
# fmt: off
MUNICIPALITIES = [
    ("Rotterdam", 0.27, [("Rotterdam", 0.93), ("Hoogvliet Rotterdam", 0.05), ("Rozenburg", 0.02)],
     (3011, 3089), (0.42, 0.15, 0.12, 0.08, 0.08, 0.06, 0.06, 0.03)),
    ("'s-Gravenhage", 0.21, [("'s-Gravenhage", 1.0)],
     (2491, 2597), (0.45, 0.13, 0.12, 0.12, 0.06, 0.03, 0.06, 0.03)),
    ("Almere", 0.10, [("Almere", 1.0)],
     (1311, 1363), (0.55, 0.09, 0.05, 0.07, 0.12, 0.06, 0.04, 0.02)),
    ("'s-Hertogenbosch", 0.09, [("'s-Hertogenbosch", 0.82), ("Rosmalen", 0.18)],
     (5211, 5249), (0.70, 0.10, 0.06, 0.02, 0.02, 0.02, 0.05, 0.03)),
    ("Zaanstad", 0.09, [("Zaandam", 0.65), ("Krommenie", 0.15), ("Wormerveer", 0.2)],
     (1501, 1509), (0.58, 0.10, 0.18, 0.03, 0.03, 0.01, 0.05, 0.02)),
    ("Venlo", 0.08, [("Venlo", 0.85), ("Tegelen", 0.15)],
     (5911, 5932), (0.62, 0.05, 0.06, 0.01, 0.01, 0.01, 0.14, 0.10)),
    ("Schiedam", 0.07, [("Schiedam", 1.0)],
     (3111, 3125), (0.56, 0.12, 0.12, 0.04, 0.04, 0.04, 0.05, 0.03)),
    ("Emmen", 0.09, [("Emmen", 0.8), ("Klazienaveen", 0.2)],
     (7811, 7891), (0.75, 0.02, 0.04, 0.01, 0.01, 0.02, 0.09, 0.06)),
]

ETHNICITIES = ("dutch", "moroccan", "turkish", "hindustani", "creole", "antillean", "polish", "bulgarian")

# ways a city is written for a woonplaats (first = the BAG form)
CITY_FORMS = {
    "'s-Gravenhage": ["'s-Gravenhage", "Den Haag", "DEN HAAG", "s-Gravenhage", "Den Haag"],
    "'s-Hertogenbosch": ["'s-Hertogenbosch", "Den Bosch", "'S-HERTOGENBOSCH", "s Hertogenbosch", "Den Bosch"],
    "Hoogvliet Rotterdam": ["Hoogvliet Rotterdam", "Hoogvliet", "Rotterdam"],
    "Zaandam": ["Zaandam", "Zaanstad", "ZAANDAM"],
    "Krommenie": ["Krommenie", "Zaanstad"],
    "Wormerveer": ["Wormerveer", "Zaanstad"],
    "Tegelen": ["Tegelen", "Venlo"],
    "Rosmalen": ["Rosmalen", "'s-Hertogenbosch"],
    "Klazienaveen": ["Klazienaveen", "Emmen"],
}

COMMON_STREETS = [
    "Kerkstraat", "Molenstraat", "Stationsweg", "Dorpsstraat", "Schoolstraat", "Nieuwstraat", "Hoofdstraat",
    "Marktplein", "Prinses Julianalaan", "Wilhelminastraat", "Prinses Beatrixlaan", "Oranjestraat",
    "Burgemeester Visserstraat", "Sint Jozefstraat", "Prins Hendrikstraat", "Parallelweg", "Julianastraat",
]

THEMES = {
    "birds": ["Merel", "Lijster", "Spreeuw", "Kievit", "Zwaluw", "Meeuw", "Reiger", "Valk", "Havik", "Uil",
              "Mus", "Vink", "Specht", "Wielewaal", "Grutto", "Fazant", "Kraai", "Ekster", "Roodborst",
              "Koekoek"],
    "trees": ["Eiken", "Beuken", "Linde", "Kastanje", "Berken", "Populieren", "Wilgen", "Esdoorn", "Iepen",
              "Platanen", "Elzen", "Acacia", "Lariks", "Hazelaar", "Vlier"],
    "flowers": ["Rozen", "Tulp", "Narcissen", "Lelie", "Anjer", "Hyacint", "Iris", "Madelief", "Krokus",
                "Zonnebloem", "Klaver", "Goudsbloem", "Dahlia", "Viooltjes", "Akelei"],
    "rivers": ["Maas", "Rijn", "Waal", "IJssel", "Amstel", "Dommel", "Vecht", "Lek", "Schelde", "Dinkel",
               "Berkel", "Regge", "Linge", "Roer", "Geul"],
    "islands": ["Texel", "Vlieland", "Ameland", "Terschelling", "Schiermonnikoog", "Urk", "Marken",
                "Tholen", "Walcheren", "Goeree"],
    "crafts": ["Smids", "Bakkers", "Kuipers", "Wevers", "Vlas", "Hennep", "Graan", "Touw", "Zeilmakers",
               "Timmer", "Molenaars", "Brouwers", "Kaarsen", "Lakens", "Tichel"],
    "planets": ["Mercurius", "Venus", "Mars", "Jupiter", "Saturnus", "Uranus", "Neptunus", "Pluto",
                "Orion", "Pegasus"],
}
SUFFIXES = ["straat", "laan", "weg", "hof", "plein", "singel", "kade", "dreef", "pad", "erf"]

# abbreviated spellings some registrations use for the same street
STREET_ABBREV = [
    ("Prinses ", "Pr. "), ("Prins ", "Pr. "), ("Burgemeester ", "Burg. "), ("Sint ", "St. "),
    ("Sint ", "St "), ("straat", "str."), ("laan", "ln"), ("plein", "pl."), ("singel", "sngl"),
]

PRIMARY_NAMES = ["De Regenboog", "De Fontein", "Het Kompas", "De Wereldwijzer", "De Springplank",
                 "Het Palet", "De Vlinder", "De Klimop", "De Horizon", "Het Mozaïek", "De Sterrenwacht",
                 "De Toermalijn", "Sint Jozef", "De Piramide", "Het Anker", "De Kameleon", "De Boomgaard",
                 "Het Startpunt"]
PRIMARY_PREFIX = ["obs", "cbs", "rkbs", "IKC", "Basisschool", "OBS", "PCBS"]
SECONDARY_NAMES = ["Erasmus College", "Montessori Lyceum", "Het Stedelijk", "Calvijn College",
                   "Wolfert Lyceum", "Maasland College", "Da Vinci College", "Vathorst College",
                   "De Hoven vmbo", "Lentiz Lyceum", "Comenius College", "Vakcollege Noord"]
MBO_NAMES = ["ROC Rijnmond", "ROC Zuidrand", "ROC Midden", "Techniek College", "Zorgcollege Oost"]
# fmt: on


@dataclass
class Street:
    name: str
    municipality: str
    woonplaats: str
    pc4_base: int
    max_number: int
    postcodes: dict = field(default_factory=dict)

    def postcode(self, number: int, rng: random.Random) -> str:
        key = (number // 20, number % 2)
        pc = self.postcodes.get(key)
        if pc is None:
            letters = "ABCDEFGHJKLMNPRTVWXZ"
            while True:
                pc = f"{self.pc4_base + (number // 120)} {rng.choice(letters)}{rng.choice(letters)}"
                if pc[-2:] not in ("SA", "SD", "SS"):
                    break
            self.postcodes[key] = pc
        return pc


@dataclass
class Municipality:
    name: str
    share: float
    woonplaatsen: list
    pc_range: tuple
    ethnic_mix: tuple
    streets: list = field(default_factory=list)
    streets_by_wp: dict = field(default_factory=dict)
    street_cum: dict = field(default_factory=dict)
    primary: list = field(default_factory=list)
    secondary: list = field(default_factory=list)
    mbo: list = field(default_factory=list)


def build_municipalities(rng: random.Random, n_persons: int) -> list[Municipality]:
    """Streets scale with the benchmark size so the address density (persons per street) stays realistic."""
    out = []
    for name, share, wps, pc_range, mix in MUNICIPALITIES:
        m = Municipality(name, share, wps, pc_range, mix)
        # about 10 benchmark persons per street, at least 25 streets per municipality
        n_streets = max(25, int(n_persons * share / 10))
        seen: set[str] = set()
        for wp, wp_share in wps:
            k = max(8, int(n_streets * wp_share))
            street_names: list[str] = []
            for s in rng.sample(COMMON_STREETS, min(len(COMMON_STREETS), max(3, k // 8))):
                if s not in seen:
                    street_names.append(s)
            guard = 0
            while len(street_names) < k and guard < 20 * k:
                guard += 1
                theme = rng.choice(list(THEMES))
                stem = rng.choice(THEMES[theme])
                suffix = rng.choice(SUFFIXES)
                if stem.endswith("s") and suffix == "straat" and rng.random() < 0.5:
                    s = stem + "traat"
                else:
                    s = stem + suffix
                s = s[0].upper() + s[1:] if not s.startswith("IJ") else s
                # a name may recur in another woonplaats of the municipality once this one's names run out
                if s in street_names or (s in seen and guard < 10 * k):
                    continue
                street_names.append(s)
            lo, hi = pc_range
            wp_streets = []
            for s in street_names:
                seen.add(s)
                st = Street(
                    s, name, wp, rng.randint(lo, max(lo, hi - 2)), rng.choice([20, 40, 60, 90, 140, 220])
                )
                wp_streets.append(st)
                m.streets.append(st)
            m.streets_by_wp[wp] = wp_streets
            m.street_cum[wp] = list(itertools.accumulate(st.max_number for st in wp_streets))
        n_primary = max(4, int(n_streets / 6))
        used: set[str] = set()
        for _ in range(n_primary):
            base = rng.choice(PRIMARY_NAMES)
            if base in used:
                base = f"{base} {rng.choice(['Noord', 'Zuid', 'West', 'Oost', 'Centrum'])}"
                if base in used:
                    continue
            used.add(base)
            m.primary.append(f"{rng.choice(PRIMARY_PREFIX)} {base}")
        m.secondary = rng.sample(SECONDARY_NAMES, max(2, min(len(SECONDARY_NAMES), n_streets // 25)))
        m.mbo = rng.sample(MBO_NAMES, 1)
        out.append(m)
    return out
