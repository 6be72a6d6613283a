"""Controlled probes: pairs of mentions of one person that differ in exactly one way, and hard negatives.

    .venv/bin/python bench/linkgen_scenario/probes.py [--background DIR/mentions.jsonl] [--n 40]

Each probe is a rich police mention A and a second mention B of the same (or, for hard negatives, another)
person. B carries the name plus one supporting field set ("dob": birth date and city; "addr": street,
house number, postcode; "phone"; "bsn": BSN and birth date and address), so whether A and B end up in one
cluster shows whether the linker understands that one difference. Probes are appended to a background of
benchmark mentions so blocking and frequencies are realistic. Prints the share of probe pairs joined.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from linkgen_scenario import _bsn  # noqa: E402

# probe streets: many, so that probe persons do not crowd one street
STREETS = [
    f"{a}{b}"
    for a in ("Vlas", "Merel", "Eiken", "IJssel", "Reiger", "Tulp", "Texel", "Graan", "Linde", "Kievit", "Anjer",
              "Hennep", "Berken", "Zwaluw", "Lijster", "Iepen", "Krokus", "Maas", "Roer", "Dommel")
    for b in ("hof", "straat", "laan", "weg", "plein", "singel", "kade", "dreef", "pad", "erf", "gracht", "dijk",
              "steeg", "park", "ring")
]  # fmt: skip
CITIES = ["Rotterdam", "Schiedam", "Almere", "Zaandam", "Venlo", "Emmen"]

TR = [("Hüseyin", "Öztürk"), ("Ayşe", "Yılmaz"), ("Gökhan", "Şahin"), ("Büşra", "Çelik"), ("Özlem", "Doğan"),
      ("Yiğit", "Kılıç"), ("Şeyma", "Güneş"), ("Ömer", "Özdemir"), ("Süleyman", "Aydın"), ("Kübra", "Yıldız")]  # fmt: skip
TR_I = [("İbrahim", "Yılmaz"), ("İsmail", "Çetin"), ("İbrahim", "Karataş"), ("İsmail", "Aktaş")]
PL = [("Łukasz", "Wójcik"), ("Małgorzata", "Wiśniewska"), ("Paweł", "Dąbrowski"), ("Michał", "Kozłowski"),
      ("Przemysław", "Stępień"), ("Agnieszka", "Jabłońska"), ("Rafał", "Wróbel"), ("Wojciech", "Woźniak")]  # fmt: skip
PL_F = [("Katarzyna", "Kowalska", "Kowalski"), ("Anna", "Wiśniewska", "Wiśniewski"), ("Joanna", "Zielińska", "Zieliński"),
        ("Magdalena", "Lewandowska", "Lewandowski"), ("Monika", "Kamińska", "Kamiński")]  # fmt: skip
PL_NICK = [("Katarzyna", "Kasia"), ("Małgorzata", "Gosia"), ("Jakub", "Kuba"), ("Aleksandra", "Ola"),
           ("Tomasz", "Tomek"), ("Wojciech", "Wojtek")]  # fmt: skip
PL_SUR = ["Nowak", "Mazur", "Krawczyk", "Dudek", "Sikora", "Walczak"]
BG = [("Georgiev", "Georgiew"), ("Yordanov", "Jordanov"), ("Stoyanov", "Stojanov"), ("Hristov", "Christov"),
      ("Zhelev", "Jelev"), ("Mihaylov", "Mihailov"), ("Tsvetkov", "Cvetkov")]  # fmt: skip
BG_FIRST = ["Georgi", "Dimitar", "Nikolay", "Stefan", "Plamen"]
MA_SUR = ["El Amrani", "El Idrissi", "El Khatib", "El Bakkali", "El Ouahabi", "El Yaakoubi"]
MA_FIRST = [("Mohamed", "Mohammed"), ("Mohamed", "Mohamet"), ("Youssef", "Joesoef"), ("Rachid", "Rashid"),
            ("Khalid", "Chalid"), ("Noureddine", "Nordin"), ("Soufiane", "Sofyan")]  # fmt: skip
NL_TV = ["van der Meer", "van den Berg", "van der Heijden", "van den Broek", "van der Linden", "van der Wal"]
NL_PLAIN = ["Bakker", "Visser", "Smit", "Mulder", "Bos", "Kok", "Jansen", "Peters"]
NL_ROEP = [("Johannes Petrus", "Jan"), ("Hendrikus", "Henk"), ("Petronella Maria", "Nel"), ("Cornelis", "Kees"),
           ("Wilhelmina", "Willy"), ("Jacobus Antonius", "Koos"), ("Geertruida", "Truus"), ("Gerardus", "Gert")]  # fmt: skip
NL_FIRST = ["Daan", "Sem", "Lotte", "Emma", "Thijs", "Noor", "Mila", "Bram", "Sanne", "Luuk"]
HI = [("Soenil", "Sunil", "Djagroep", "Jagroep"), ("Tjandra", "Chandra", "Ramtjaran", "Ramcharan"),
      ("Oesha", "Usha", "Soekhoe", "Sukhu"), ("Radjesh", "Rajesh", "Raghoebier", "Raghubir")]  # fmt: skip
IJ = [("van Dijk", "van Dyk"), ("de Bruijn", "de Bruyn"), ("Meijer", "Meyer"), ("IJzerman", "Yzerman"),
      ("van der Heijden", "van der Heyden")]  # fmt: skip
RESIDENT = [("Mohamed", "Mo"), ("Katarzyna", "Kasia"), ("Georgi", "Gosho"), ("Hüseyin", "Hüso"),
            ("Youssef", "Yous"), ("Jakub", "Kuba")]  # fmt: skip
DIAER = [("Zoë", "Zoe"), ("Daniël", "Daniel"), ("Noël", "Noel"), ("Chloë", "Chloe"), ("Naïma", "Naima")]


STRIP_TR = str.maketrans("ıİşŞçÇğĞöÖüÜ", "iIsScCgGoOuU")
GERM_TR = str.maketrans(
    {"ö": "oe", "Ö": "Oe", "ü": "ue", "Ü": "Ue", "ş": "s", "Ş": "S", "ı": "i", "ç": "c", "Ç": "C", "ğ": "g"}
)


def tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


class Probe:
    def __init__(self, rng: random.Random, used_bsn: set):
        self.rng = rng
        self.used = used_bsn

    def base(self, first: str, last: str, gender: str | None = None, born: date | None = None) -> dict:
        rng = self.rng
        born = born or date(1960, 1, 1) + timedelta(days=rng.randint(0, 17000))
        street = rng.choice(STREETS)
        num = rng.randint(1, 300)
        return {
            "source": "politie",
            "first_name": first,
            "last_name": last,
            "bsn": _bsn(rng, self.used),
            "birth_date": born.isoformat(),
            "gender": gender or rng.choice("mf"),
            "street": street,
            "house_number": str(num),
            "postcode": f"{rng.randint(1011, 9999)} {rng.choice('ABDEGHJKLMNPRT')}{rng.choice('ABDEGHJKLMNPRT')}",
            "city": rng.choice(CITIES),
            "phone": "06" + str(rng.randint(10000000, 59999999)),
        }


def _b(a: dict, kind: str, **over) -> dict:
    keep = {"first_name", "last_name", "gender"}
    if kind == "dob":
        keep |= {"birth_date", "city"}
    elif kind == "addr":
        keep |= {"street", "house_number", "postcode", "city"}
    elif kind == "phone":
        keep |= {"phone", "city"}
    elif kind == "bsn":
        keep |= {"bsn", "birth_date", "street", "house_number", "postcode", "city"}
    elif kind == "none":
        keep = {"first_name", "last_name"}
    b = {k: v for k, v in a.items() if k in keep}
    b["source"] = "ggd"
    b.update(over)
    return {k: v for k, v in b.items() if v is not None}


def build(rng: random.Random, n: int) -> list[tuple[str, bool, dict, dict]]:
    """(aspect, should_link, A, B). Every probe gets its own A (own BSN, date, address, phone)."""
    P = Probe(rng, set())
    out = []

    def add(aspect, a_fn, b_fn, link=True):
        a = a_fn()
        out.append((aspect, link, a, b_fn(a)))

    for _ in range(n):
        f, s = rng.choice(NL_FIRST), rng.choice(NL_PLAIN)

        def nl(f=f, s=s):
            return P.base(f, s)

        add("control: identical name, + birth date", nl, lambda a: _b(a, "dob"))
        add("control: identical name, + address", nl, lambda a: _b(a, "addr"))
        add("control: identical name, + phone", nl, lambda a: _b(a, "phone"))
        add("control: name + BSN only", nl, lambda a: _b(a, "none", bsn=a["bsn"]))
        add(
            "name all lower case, + birth date",
            nl,
            lambda a: _b(a, "dob", first_name=a["first_name"].lower(), last_name=a["last_name"].lower()),
        )
        add(
            "name all upper case, + birth date",
            nl,
            lambda a: _b(a, "dob", first_name=a["first_name"].upper(), last_name=a["last_name"].upper()),
        )
        add(
            "first/last swapped, + birth date",
            nl,
            lambda a: _b(a, "dob", first_name=a["last_name"], last_name=a["first_name"]),
        )
        add(
            "first/last swapped, + BSN/date/address",
            nl,
            lambda a: _b(a, "bsn", first_name=a["last_name"], last_name=a["first_name"]),
        )
        add(
            "birth date day/month swapped, + address",
            lambda: dict(nl(), birth_date=f"{rng.randint(1960, 2010)}-{rng.randint(1, 12):02d}-05"),
            lambda a: _b(a, "addr", birth_date=a["birth_date"][:5] + "05-" + a["birth_date"][5:7]),
        )
        add(
            "postcode '1234ab' / house number int, + address",
            nl,
            lambda a: _b(
                a,
                "addr",
                postcode=a["postcode"].replace(" ", "").lower(),
                house_number=int(a["house_number"]),
            ),
        )
        add(
            "house number '12a' vs '12 A', + address",
            lambda: (lambda a: dict(a, house_number=a["house_number"] + "a"))(nl()),
            lambda a: _b(a, "addr", house_number=a["house_number"][:-1] + " A"),
        )
        add(
            "house number '12-2' vs '12 II', + address",
            lambda: (lambda a: dict(a, house_number=a["house_number"] + "-2"))(nl()),
            lambda a: _b(a, "addr", house_number=a["house_number"][:-2] + " II"),
        )
        add(
            "phone '06…' vs '+31 6 …', name + phone",
            nl,
            lambda a: _b(a, "phone", phone="+31 6 " + a["phone"][2:]),
        )
        add(
            "phone '06…' vs '0031 6…', name + phone",
            nl,
            lambda a: _b(a, "phone", phone="0031" + a["phone"][1:]),
        )
        add("BSN as JSON number, name + BSN only", nl, lambda a: _b(a, "none", bsn=int(a["bsn"])))
        add(
            "BSN dotted '1234.56.789', name + BSN only",
            nl,
            lambda a: _b(a, "none", bsn=f"{a['bsn'][:4]}.{a['bsn'][4:6]}.{a['bsn'][6:]}"),
        )
        add(
            "city 'Den Haag' vs \"'s-Gravenhage\", name + date + city",
            lambda: dict(nl(), city="'s-Gravenhage"),
            lambda a: _b(a, "dob", city="Den Haag"),
        )
        add(
            "plate '12-ABC-3' vs '12abc3', name + plate",
            lambda: dict(
                nl(),
                license_plate=f"{rng.randint(10, 99)}-{rng.choice('BDFGHJKL')}{rng.choice('NPRSTVXZ')}F-3",
            ),
            lambda a: _b(
                a, "none", license_plate=a["license_plate"].replace("-", "").lower(), city=a["city"]
            ),
        )
        add("gender missing on B, + birth date", nl, lambda a: _b(a, "dob", gender=None))
        off, nick = rng.choice(RESIDENT)

        def young(off=off):
            born = date(2026, 11, 24) - timedelta(days=rng.randint(14 * 365, 19 * 365))
            return P.base(off, rng.choice(MA_SUR + NL_PLAIN + PL_SUR), "m", born=born)

        def resident(a, nick=nick, first=False):
            age = (date(2026, 11, 24) - date.fromisoformat(a["birth_date"])).days // 365
            b = {"source": "bewoner", "age_estimate": age, "gender": a["gender"], "street": a["street"]}
            b["first_name" if first else "nickname"] = a["first_name"] if first else nick
            return b

        add("resident: nickname ('Mo') + age + street", young, resident)
        add("resident: first name + age + street", young, lambda a: resident(a, first=True))
        # Dutch names
        tv = rng.choice(NL_TV)
        core = tv.split(" ")[-1]
        prefix = tv[: -len(core) - 1]

        def nltv(tv=tv):
            return P.base(rng.choice(NL_FIRST), tv)

        add(
            "'van der Meer' vs 'Meer, van der', + birth date",
            nltv,
            lambda a, c=core, p=prefix: _b(a, "dob", last_name=f"{c}, {p}"),
        )
        add(
            "'van der Meer' vs 'v.d. Meer', + birth date",
            nltv,
            lambda a, c=core: _b(a, "dob", last_name=f"v.d. {c}"),
        )
        add(
            "'van der Meer' vs 'VAN DER MEER', + birth date",
            nltv,
            lambda a: _b(a, "dob", last_name=a["last_name"].upper()),
        )
        own, partner = rng.sample(NL_PLAIN, 2)

        def wife(own=own):
            return P.base(rng.choice(["Linda", "Sandra", "Petra", "Esther"]), own, "f")

        add(
            "married 'Bakker' vs 'de Vries-Bakker', + birth date",
            wife,
            lambda a, o=own, p=partner: _b(a, "dob", last_name=f"{p}-{o}"),
        )
        add(
            "married 'Bakker' vs 'Bakker-de Vries', + birth date",
            wife,
            lambda a, o=own, p=partner: _b(a, "dob", last_name=f"{o}-{p}"),
        )
        add(
            "married 'Bakker' vs 'de Vries-Bakker', + BSN/date/address",
            wife,
            lambda a, o=own, p=partner: _b(a, "bsn", last_name=f"{p}-{o}"),
        )
        add(
            "married 'Bakker' vs partner's name only, + BSN/date/address",
            wife,
            lambda a, p=partner: _b(a, "bsn", last_name=p),
        )
        official, roep = rng.choice(NL_ROEP)

        def old(official=official):
            return P.base(official, rng.choice(NL_PLAIN))

        initials = "".join(t[0] + "." for t in official.split(" "))
        add(
            "several given names vs first given name, + birth date",
            old,
            lambda a, o=official: _b(a, "dob", first_name=o.split(" ")[0]),
        )
        add(
            "official 'Johannes Petrus' vs roepnaam 'Jan', + birth date",
            old,
            lambda a, r=roep: _b(a, "dob", first_name=r),
        )
        add("official vs roepnaam, + BSN/date/address", old, lambda a, r=roep: _b(a, "bsn", first_name=r))
        add(
            "given names vs initials 'J.P.', + birth date",
            old,
            lambda a, i=initials: _b(a, "dob", first_name=i),
        )
        add(
            "given names vs initials 'JP' (no dots), + birth date",
            old,
            lambda a, i=initials: _b(a, "dob", first_name=i.replace(".", "")),
        )
        add(
            "given names vs initials 'J. P.', + birth date",
            old,
            lambda a, o=official: _b(a, "dob", first_name=" ".join(t[0] + "." for t in o.split(" "))),
        )
        add(
            "given names vs initials 'J.P.', + address",
            old,
            lambda a, i=initials: _b(a, "addr", first_name=i),
        )
        add(
            "given names vs initials 'JP' (no dots), + BSN/date/address",
            old,
            lambda a, i=initials: _b(a, "bsn", first_name=i.replace(".", "")),
        )
        o, v = rng.choice(IJ)
        add(
            "ij vs y (van Dijk/van Dyk), + birth date",
            lambda o=o: P.base(rng.choice(NL_FIRST), o),
            lambda a, v=v: _b(a, "dob", last_name=v),
        )
        o, v = rng.choice(DIAER)
        add(
            "diaeresis (Zoë/Zoe), + birth date",
            lambda o=o: P.base(o, rng.choice(NL_PLAIN)),
            lambda a, v=v: _b(a, "dob", first_name=v),
        )
        # Turkish
        f, s = rng.choice(TR)

        def tr(f=f, s=s):
            return P.base(f, s)

        add(
            "Turkish letters dropped (Öztürk/Ozturk), + birth date",
            tr,
            lambda a: _b(
                a,
                "dob",
                first_name=a["first_name"].translate(STRIP_TR),
                last_name=a["last_name"].translate(STRIP_TR),
            ),
        )
        add(
            "Turkish letters upper case (ÖZTÜRK, İ), + birth date",
            tr,
            lambda a: _b(a, "dob", first_name=tr_upper(a["first_name"]), last_name=tr_upper(a["last_name"])),
        )
        add(
            "Turkish letters Germanised (Oeztuerk), + birth date",
            tr,
            lambda a: _b(
                a,
                "dob",
                first_name=a["first_name"].translate(GERM_TR),
                last_name=a["last_name"].translate(GERM_TR),
            ),
        )
        f, s = rng.choice(TR_I)
        add(
            "'İbrahim' lower-cased by Python ('i̇brahim'), + birth date",
            lambda f=f, s=s: P.base(f, s, "m"),
            lambda a: _b(a, "dob", first_name=a["first_name"].lower(), last_name=a["last_name"].lower()),
        )
        # Polish
        f, s = rng.choice(PL)
        add(
            "Polish letters dropped (Wójcik/Wojcik), + birth date",
            lambda f=f, s=s: P.base(f, s),
            lambda a: _b(
                a,
                "dob",
                first_name=a["first_name"].translate(str.maketrans("łŁśżźńąęóć", "lLszznaeoc")),
                last_name=a["last_name"].translate(str.maketrans("łŁśżźńąęóćŚŻ", "lLszznaeocSZ")),
            ),
        )
        f, fem, masc = rng.choice(PL_F)
        add(
            "Polish feminine vs masculine surname (Kowalska/Kowalski), + birth date",
            lambda f=f, fem=fem: P.base(f, fem, "f"),
            lambda a, m=masc: _b(a, "dob", last_name=m),
        )
        off, nick = rng.choice(PL_NICK)
        add(
            "Polish diminutive as first name (Katarzyna/Kasia), + birth date",
            lambda off=off: P.base(off, rng.choice(PL_SUR)),
            lambda a, k=nick: _b(a, "dob", first_name=k),
        )
        # Bulgarian
        o, v = rng.choice(BG)
        g = rng.choice(BG_FIRST)
        pat = rng.choice(["Ivanov", "Petrov", "Dimitrov"])
        add(
            "Bulgarian transliteration (Georgiev/Georgiew), + birth date",
            lambda g=g, o=o: P.base(g, o, "m"),
            lambda a, v=v: _b(a, "dob", last_name=v),
        )
        add(
            "Bulgarian patronymic as 2nd given name vs without, + birth date",
            lambda g=g, o=o, pat=pat: P.base(f"{g} {pat}", o, "m"),
            lambda a, g=g: _b(a, "dob", first_name=g),
        )
        add(
            "Bulgarian patronymic taken for surname, + BSN/date/address",
            lambda g=g, o=o, pat=pat: P.base(f"{g} {pat}", o, "m"),
            lambda a, g=g, pat=pat: _b(a, "bsn", first_name=g, last_name=pat),
        )
        # Moroccan
        s = rng.choice(MA_SUR)
        core = s.split(" ", 1)[1]

        def ma(s=s):
            return P.base(rng.choice(["Bilal", "Hamza", "Imane", "Salma"]), s)

        add(
            "'El Amrani' vs 'Elamrani', + birth date",
            ma,
            lambda a, c=core: _b(a, "dob", last_name="El" + c.lower()),
        )
        add(
            "'El Amrani' vs 'el-Amrani', + birth date",
            ma,
            lambda a, c=core: _b(a, "dob", last_name="el-" + c),
        )
        add("'El Amrani' vs 'Amrani', + birth date", ma, lambda a, c=core: _b(a, "dob", last_name=c))
        o, v = rng.choice(MA_FIRST)
        add(
            "Moroccan first-name transliteration (Mohamed/Mohammed), + birth date",
            lambda o=o: P.base(o, rng.choice(MA_SUR), "m"),
            lambda a, v=v: _b(a, "dob", first_name=v),
        )
        add(
            "'Fatima Zahra' vs 'Zahra', + birth date",
            lambda: P.base("Fatima Zahra", rng.choice(MA_SUR), "f"),
            lambda a: _b(a, "dob", first_name="Zahra"),
        )
        # Hindustani
        f1, f2, s1, s2 = rng.choice(HI)
        add(
            "Hindustani Dutch-era spelling (Soenil Djagroep/Sunil Jagroep), + birth date",
            lambda f2=f2, s2=s2: P.base(f2, s2),
            lambda a, f1=f1, s1=s1: _b(a, "dob", first_name=f1, last_name=s1),
        )
        add(
            "Hindustani Dutch-era spelling, + BSN/date/address",
            lambda f2=f2, s2=s2: P.base(f2, s2),
            lambda a, f1=f1, s1=s1: _b(a, "bsn", first_name=f1, last_name=s1),
        )
        # partial dates
        y = rng.randint(1945, 1970)
        add(
            "unknown day/month: 01-01 vs 07-01, + address",
            lambda y=y: P.base(
                rng.choice(["Mohamed", "Fatima", "Ahmed"]), rng.choice(MA_SUR), born=date(y, 1, 1)
            ),
            lambda a, y=y: _b(a, "addr", birth_date=f"{y}-07-01"),
        )
        # ----- hard negatives (should not link)
        s = rng.choice(NL_PLAIN + MA_SUR)
        x, yname = rng.sample(NL_FIRST, 2)

        def twin_of(a, yname=yname):
            t = P.base(yname, a["last_name"])
            return dict(t, birth_date=a["birth_date"], street=a["street"], house_number=a["house_number"],
                        postcode=a["postcode"], city=a["city"], source="school")  # fmt: skip

        add(
            "NEG twins: same surname, date, address; other first name",
            lambda x=x, s=s: P.base(x, s),
            lambda a: {k: v for k, v in twin_of(a).items() if k not in ("bsn", "phone")},
            link=False,
        )
        add("NEG twins, both with BSN", lambda x=x, s=s: P.base(x, s), twin_of, link=False)

        def father():
            return P.base(
                "Mohamed",
                rng.choice(MA_SUR),
                "m",
                born=date(1975, 1, 1) + timedelta(days=rng.randint(0, 3000)),
            )

        def son_of(a):
            born = date.fromisoformat(a["birth_date"]) + timedelta(days=9000 + rng.randint(0, 900))
            return {k: v for k, v in a.items() if k not in ("bsn", "phone")} | {"birth_date": born.isoformat(),
                                                                                "source": "school"}  # fmt: skip

        add("NEG father and son, same name and address, no BSN", father, son_of, link=False)
        add(
            "NEG father and son, same name and address, son with age estimate only",
            father,
            lambda a: (
                {k: v for k, v in son_of(a).items() if k != "birth_date"}
                | {
                    "source": "bewoner",
                    "age_estimate": (date(2026, 11, 24) - date.fromisoformat(son_of(a)["birth_date"])).days
                    // 365,
                }
            ),
            link=False,
        )

        def namesake(a):
            o = P.base(a["first_name"], a["last_name"])
            return {k: v for k, v in o.items() if k not in ("bsn", "phone")} | {"source": "ggd"}

        add(
            "NEG namesakes: same name, other date, other address",
            lambda: P.base(
                rng.choice(["Mohamed", "Daan", "Emma", "Ayşe"]),
                rng.choice(["El Amrani", "de Jong", "Yılmaz"]),
            ),
            namesake,
            link=False,
        )

        def sibling(a):
            o = P.base(rng.choice([x for x in NL_FIRST if x != a["first_name"]]), a["last_name"])
            o = dict(
                o, street=a["street"], house_number=a["house_number"], postcode=a["postcode"], city=a["city"]
            )
            return {k: v for k, v in o.items() if k not in ("bsn", "phone")} | {"source": "school"}

        add(
            "NEG siblings at one address (other first name, other date)",
            lambda: P.base(rng.choice(NL_FIRST), rng.choice(NL_PLAIN)),
            sibling,
            link=False,
        )
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--background", help="mentions.jsonl of a benchmark run (recommended)")
    ap.add_argument("--n", type=int, default=40, help="probes per aspect")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--json", help="write the results here")
    ap.add_argument("--src", default=str(ROOT / "src"), help="source tree of the linker to run")
    ap.add_argument("--show", type=int, default=0, help="print this many wrong pairs per aspect")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    probes = build(rng, args.n)
    lines = Path(args.background).read_text("utf-8").splitlines() if args.background else []
    for i, (_aspect, _link, a, b) in enumerate(probes):
        lines.append(json.dumps(dict(a, id=f"probe{i}A"), ensure_ascii=False))
        lines.append(json.dumps(dict(b, id=f"probe{i}B"), ensure_ascii=False))
    with tempfile.TemporaryDirectory() as d:
        inp, out = Path(d) / "in.jsonl", Path(d) / "out.jsonl"
        inp.write_text("\n".join(lines) + "\n", "utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "doortastend.linkage.cli", "--input", str(inp), "--output", str(out)],
            env={"PYTHONPATH": args.src, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            print(proc.stderr[-3000:])
            return 1
        pred = {o["id"]: o["cluster"] for o in map(json.loads, out.read_text("utf-8").splitlines())}
    res: dict[str, list] = {}
    wrong: dict[str, list] = {}
    for i, (aspect, link, a, b) in enumerate(probes):
        joined = pred.get(f"probe{i}A") == pred.get(f"probe{i}B") and f"probe{i}A" in pred
        r = res.setdefault(aspect, [link, 0, 0])
        r[1] += joined
        r[2] += 1
        if joined != link:
            wrong.setdefault(aspect, []).append((a, b))
    print(f"{'joined':>7}  aspect (B carries the name and what follows '+')")
    for aspect, (link, j, n) in res.items():
        flag = "" if (j / n >= 0.9 if link else j / n <= 0.05) else "   <--"
        print(f"{j:>3}/{n:<3}  {aspect}{flag}")
    if args.show:
        for aspect, pairs in wrong.items():
            print(f"\n{aspect}: {len(pairs)} wrong, e.g.")
            for a, b in pairs[: args.show]:
                print("   A", json.dumps({k: v for k, v in a.items() if k != "source"}, ensure_ascii=False))
                print("   B", json.dumps({k: v for k, v in b.items() if k != "source"}, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"results": res, "wrong": wrong}, indent=1, ensure_ascii=False), "utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
