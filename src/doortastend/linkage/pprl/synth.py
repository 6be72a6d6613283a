"""A small generator of synthetic Dutch persons and mentions, for PPRL tests and weight estimation.

All people are invented. The benchmark proper uses the shared generator in ``bench/linkgen``; this one
exists so that the PPRL package can be trained and tested on its own. It deliberately contains the hard
cases of issue 4: twins and siblings at one address, father and son with the same name, namesakes in other
towns, sparse resident reports (nickname, age guess, street), typos, day/month swaps and movers.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

REFERENCE = date(2026, 6, 1)

FIRST_M = [
    "Mohamed", "Youssef", "Ayoub", "Bilal", "Hamza", "Emre", "Mehmet", "Burak", "Kerem", "Daan", "Sem",
    "Lucas", "Levi", "Finn", "Jayden", "Dylan", "Hendrik", "Johannes", "Pieter", "Jan", "Kacper", "Jakub",
    "Mateusz", "Georgi", "Ivan", "Dimitar", "Rayen", "Milan", "Noah", "Thijs", "Anouar", "Soufiane",
]
FIRST_F = [
    "Fatima", "Salma", "Nour", "Aya", "Elif", "Zeynep", "Esra", "Emma", "Julia", "Sophie", "Tess", "Lotte",
    "Anna", "Sanne", "Katarzyna", "Agnieszka", "Zofia", "Maria", "Elena", "Desislava", "Shanice", "Naomi",
    "Kimberly", "Chayenne", "Yasmina", "Ilse", "Fenna", "Lieke",
]
NICK = {
    "Mohamed": "Mo", "Youssef": "Yous", "Hendrik": "Henk", "Johannes": "Hans", "Katarzyna": "Kasia",
    "Mehmet": "Memo", "Pieter": "Piet", "Jakub": "Kuba", "Dimitar": "Mitko", "Elena": "Lena",
    "Agnieszka": "Aga", "Kimberly": "Kim", "Soufiane": "Souf", "Bilal": "Bil",
}
LAST = [
    "el Amrani", "Benali", "el Idrissi", "Bouzid", "Ouali", "Yilmaz", "Kaya", "Demir", "Şahin", "Öztürk",
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer",
    "van der Meer", "Mulder", "de Graaf", "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Ivanov", "Petrov",
    "Georgiev", "Dimitrova", "Martina", "Doelwijt", "Pinas", "Sno", "Wijngaarde", "Koster", "Brouwer",
]
STREETS = [
    "Vlashof", "Kerkstraat", "Dorpsweg", "Molenlaan", "Lindenstraat", "Stationsweg", "Prins Hendrikkade",
    "Beukenlaan", "Havenstraat", "Schoolstraat", "Julianastraat", "Burgemeester de Withstraat", "Eikenhof",
    "Wilhelminaplein", "Zuiderdiep", "Akkerweg",
]
CITIES = ["Rotterdam", "Tilburg", "Zwolle", "Almere", "Den Haag", "Utrecht", "Venlo", "Lelystad"]
SCHOOLS = ["Het Baken", "De Horizon", "Grafisch Lyceum", "ROC Midden", "Sint Jozef College"]


def _bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(1, 9)
        s = sum((9 - i) * d[i] for i in range(8))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d)) + str(last)


def _invalid_bsn(b: str) -> str:
    """A typo in the last digit: fails the 11-proef, so it must not count as an identifier."""
    return b[:-1] + str((int(b[-1]) + 1) % 10)


def _typo(rng: random.Random, s: str) -> str:
    if len(s) < 4:
        return s
    i = rng.randrange(1, len(s) - 1)
    op = rng.randrange(3)
    if op == 0:
        return s[:i] + s[i + 1 :]
    if op == 1:
        return s[:i] + s[i + 1] + s[i] + s[i + 2 :]
    return s[:i] + rng.choice("aeiounrst") + s[i + 1 :]


def _phone(rng: random.Random) -> str:
    return "06" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def _plate(rng: random.Random) -> str:
    letters = "BDFGHJKLNPRSTVXZ"
    return f"{rng.randint(1, 99)}-{rng.choice(letters)}{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(1, 9)}"


def _household(rng: random.Random, hid: int) -> list[dict]:
    last = rng.choice(LAST)
    city = rng.choice(CITIES)
    addr = {
        "street": rng.choice(STREETS),
        "house_number": str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b"]),
        "postcode": f"{rng.randint(1000, 9999)} {rng.choice('ABCDEGHJKLMN')}{rng.choice('ABCDEGHJKLMN')}",
        "city": city,
    }
    people = []
    n_kids = rng.choice([1, 1, 2, 2, 3])
    base = REFERENCE - timedelta(days=rng.randint(12 * 365, 22 * 365))
    twins = rng.random() < 0.15
    father_name = None
    if rng.random() < 0.5:
        father_name = rng.choice(FIRST_M)
        fb = base - timedelta(days=rng.randint(24 * 365, 35 * 365))
        people.append({"first_name": father_name, "gender": "m", "birth_date": fb})
    for i in range(n_kids):
        g = rng.choice("mf")
        if i == 0 and father_name and rng.random() < 0.4:
            first = father_name  # son named after father
            g = "m"
        else:
            first = rng.choice(FIRST_M if g == "m" else FIRST_F)
        bd = base if (twins and i == 1) else base - timedelta(days=rng.randint(300, 4 * 365) * i)
        people.append({"first_name": first, "gender": g, "birth_date": bd})
    out = []
    for j, p in enumerate(people):
        p.update(
            {
                "entity": f"h{hid}p{j}",
                "last_name": last,
                "bsn": _bsn(rng),
                "phone": _phone(rng) if rng.random() < 0.7 else None,
                "plate": _plate(rng) if rng.random() < 0.2 else None,
                "school": rng.choice(SCHOOLS) if (REFERENCE - p["birth_date"]).days < 20 * 365 else None,
                **addr,
            }
        )
        out.append(p)
    return out


def _mention(rng: random.Random, p: dict, mid: int) -> dict:
    kind = rng.choices(["pro", "resident", "police", "school", "housing"], [4, 3, 3, 2, 1])[0]
    if kind == "school" and not p["school"]:
        kind = "police"
    m: dict = {"id": f"m{mid}", "source": kind}
    first = p["first_name"]
    last = p["last_name"]
    if rng.random() < 0.12:
        first = _typo(rng, first)
    if rng.random() < 0.12:
        last = _typo(rng, last)
    bd: date = p["birth_date"]
    age = (REFERENCE - bd).days // 365
    street = p["street"]
    if rng.random() < 0.1:  # mover: another address
        street = rng.choice(STREETS)
    if kind == "pro":
        m.update(first_name=first, last_name=last, birth_date=bd.isoformat(), gender=p["gender"])
        m["bsn"] = p["bsn"] if rng.random() < 0.9 else _invalid_bsn(p["bsn"])
        m.update(street=street, house_number=p["house_number"], postcode=p["postcode"], city=p["city"])
    elif kind == "resident":
        nick = NICK.get(p["first_name"])
        if nick and rng.random() < 0.7:
            m["nickname"] = nick
        else:
            m["first_name"] = first
        if rng.random() < 0.4:
            m["last_name"] = last
        m["age_estimate"] = max(8, age + rng.choice([-2, -1, 0, 0, 1, 2]))
        m["street"] = street
        m["city"] = p["city"]
        m["gender"] = p["gender"]
    elif kind == "police":
        m.update(first_name=first, last_name=last)
        d = bd.strftime("%d-%m-%Y")
        if rng.random() < 0.1 and bd.day <= 12:
            d = bd.strftime("%m-%d-%Y")
        m["birth_date"] = d
        if p["phone"] and rng.random() < 0.6:
            m["phone"] = p["phone"].replace("06", "+31 6 ", 1)
        if p["plate"]:
            m["license_plate"] = p["plate"]
        if rng.random() < 0.5:
            m.update(street=street, house_number=p["house_number"], city=p["city"])
    elif kind == "school":
        m.update(first_name=first, last_name=last, school=p["school"])
        if rng.random() < 0.5:
            m["birth_date"] = bd.isoformat()
        m["city"] = p["city"]
    else:
        m.update(first_name=first[0] + ".", last_name=last, street=street, house_number=p["house_number"])
        m["postcode"] = p["postcode"]
        if p["phone"]:
            m["phone"] = p["phone"]
    return m


def generate(n_households: int = 200, seed: int = 1, mentions_per_person: tuple[int, int] = (1, 4)):
    """Return (records, truth) with truth mapping mention id -> entity id."""
    rng = random.Random(seed)
    records: list[dict] = []
    truth: dict[str, str] = {}
    mid = 0
    for h in range(n_households):
        for p in _household(rng, h):
            for _ in range(rng.randint(*mentions_per_person)):
                m = _mention(rng, p, mid)
                m["reference_date"] = REFERENCE.isoformat()
                records.append(m)
                truth[m["id"]] = p["entity"]
                mid += 1
    rng.shuffle(records)
    return records, truth
