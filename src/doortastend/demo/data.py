"""The fictional municipality Gemeente Havenstad (GM9999): areas, organisations, people and stories.

All names are invented. Bulk signals are drawn from the project's own synthetic triage corpus (train split);
the story signals below are written for the demo so the core loop and the linkage across organisations can be
clicked through.
"""

MUNICIPALITY_CODE = "GM9999"
DEMO_PASSWORD = "havenstad-demo"

DISTRICTS = [
    ("WK999901", "Havenkwartier", ["Kadebuurt", "Visserijbuurt", "Pakhuizen"]),
    ("WK999902", "Noordoever", ["Vlashof", "Lijnbaan", "Molenwijk"]),
    ("WK999903", "Zuiderpark", ["Parkflats", "Sportlaan", "Rozenhof"]),
    ("WK999904", "Oude Dorp", ["Kerkbuurt", "Dijkzicht", "Bedrijventerrein De Pier"]),
]

STREETS = {
    "Kadebuurt": ["Kadeweg", "Loswal"], "Visserijbuurt": ["Netstraat", "Kotterstraat"],
    "Pakhuizen": ["Pakhuisplein", "Zoutkade"], "Vlashof": ["Vlashof", "Hennepstraat"],
    "Lijnbaan": ["Lijnbaan", "Touwslagerij"], "Molenwijk": ["Molenstraat", "Wiekenlaan"],
    "Parkflats": ["Parkflat", "Vijverlaan"], "Sportlaan": ["Sportlaan", "Atletiekpad"],
    "Rozenhof": ["Rozenhof", "Tulpstraat"], "Kerkbuurt": ["Kerkstraat", "Torenpad"],
    "Dijkzicht": ["Dijkweg", "Polderstraat"], "Bedrijventerrein De Pier": ["Pierweg", "Industrieweg"],
}

# (name, type)
ORGANISATIONS = [
    ("Gemeente Havenstad", "gemeente"),
    ("Politie Eenheid Havenregio", "politie"),
    ("Wijkteam Havenstad", "wijkteam"),
    ("Jongerenwerk De Kade", "jongerenwerk"),
    ("Woonstichting Havenstad", "corporatie"),
    ("Havencollege", "school"),
    ("Werk & Inkomen Havenstad", "werk_inkomen"),
    ("Veilig Thuis Havenregio", "veilig_thuis"),
    ("GGD Havenregio", "ggd"),
]

TEAMS = [
    ("Gemeente Havenstad", "Zorgmariniers", True),
    ("Gemeente Havenstad", "Signaalcoördinatie", False),
    ("Wijkteam Havenstad", "Wijkteam Noordoever", True),
]

# username, first, last, role, organisation, team, job title, case owner
PROFESSIONALS = [
    ("coordinator", "Sanne", "Verbeek", "coordinator", "Gemeente Havenstad", "Signaalcoördinatie",
     "Signaalcoördinator (aandachtsfunctionaris)", False),
    ("zorgmarinier", "Rachid", "Bouzerda", "professional", "Gemeente Havenstad", "Zorgmariniers",
     "Zorgmarinier", True),
    ("zorgmarinier2", "Ingrid", "Hoekstra", "professional", "Gemeente Havenstad", "Zorgmariniers",
     "Zorgmarinier", True),
    ("wijkagent", "Jeroen", "Stam", "melder", "Politie Eenheid Havenregio", None, "Wijkagent Noordoever", False),
    ("agent", "Naima", "Ouali", "melder", "Politie Eenheid Havenregio", None, "Agent basisteam", False),
    ("jongerenwerker", "Samira", "El Khatib", "melder", "Jongerenwerk De Kade", None, "Jongerenwerker", False),
    ("straatcoach", "Dennis", "Wolters", "melder", "Jongerenwerk De Kade", None, "Straatcoach", False),
    ("docent", "Koen", "Brouwer", "melder", "Havencollege", None, "Docent maatschappijleer", False),
    ("zorgcoordinator", "Esra", "Yildiz", "professional", "Havencollege", None, "Zorgcoördinator school", False),
    ("woonconsulent", "Marloes", "de Graaf", "melder", "Woonstichting Havenstad", None, "Woonconsulent", False),
    ("consulent", "Tomasz", "Nowak", "melder", "Werk & Inkomen Havenstad", None, "Consulent werk en inkomen",
     False),
    ("wijkteam", "Priya", "Ramdin", "professional", "Wijkteam Havenstad", "Wijkteam Noordoever",
     "Wijkteammedewerker", True),
    ("veiligthuis", "Hanneke", "Bos", "professional", "Veilig Thuis Havenregio", None, "Aandachtsfunctionaris",
     False),
    ("ggd", "Lotte", "Verhoef", "melder", "GGD Havenregio", None, "Sociaal verpleegkundige", False),
    ("analist", "Bram", "Kuipers", "analist", "Gemeente Havenstad", None, "Informatieanalist", False),
    ("beheer", "Femke", "Jansen", "beheerder", "Gemeente Havenstad", None, "Functioneel beheerder", False),
]

# Corpus reporter roles -> demo reporter usernames.
ROLE_TO_USER = {
    "politie": "agent", "wijkagent": "wijkagent", "handhaving": "agent", "jongerenwerker": "jongerenwerker",
    "leerkracht": "docent", "zorgcoordinator_school": "zorgcoordinator", "woonconsulent": "woonconsulent",
    "consulent_werk_inkomen": "consulent", "schuldhulp": "consulent", "wijkteam": "wijkteam",
    "veilig_thuis": "veiligthuis", "ggd": "ggd", "huisarts": "ggd", "zorgaanbieder": "wijkteam",
    "gemeente": "coordinator", "bewoner": None, "buurtpreventie": None,
}

# The story of one boy seen by three organisations: the linkage brings him together.
# (reporter, buurt, hours ago, text, mention fields)
STORY_SIGNALS = [
    ("jongerenwerker", "Vlashof", 20,
     "Mo (±16) hangt sinds een paar weken elke avond bij de JOP aan de Vlashof. Draagt ineens dure kleding en "
     "heeft twee telefoons. Wordt rond 23:00 opgehaald door een grijze auto met oudere jongens.",
     {"nickname": "Mo", "age_estimate": 16, "gender": "m", "street": "Vlashof", "city": "Havenstad",
      "roles": ["mogelijk_slachtoffer"]}),
    ("docent", "Vlashof", 44,
     "Mohamed el Amrani uit 4 havo spijbelt steeds vaker, vooral op maandag. Hij heeft nieuwe sneakers en is "
     "snel boos. Vorige week zat hij onder de blauwe plekken en wilde niet zeggen wat er was gebeurd.",
     {"first_name": "Mohamed", "last_name": "el Amrani", "birth_date": "2010-03-14", "gender": "m",
      "school": "Havencollege", "city": "Havenstad", "roles": ["mogelijk_slachtoffer"]}),
    ("wijkagent", "Vlashof", 70,
     "Gisteravond M. El-Amrani staande gehouden op een scooter zonder kenteken bij de Vlashof. Had 400 euro "
     "contant en een pakketje bij zich, zei dat hij het 'voor iemand' moest wegbrengen.",
     {"first_name": "M.", "last_name": "El-Amrani", "birth_date": "2010-03-14", "gender": "m",
      "street": "Vlashof", "house_number": "12a", "postcode": "9991 AB", "city": "Havenstad",
      "roles": ["mogelijk_slachtoffer", "mogelijke_dader"]}),
]

# A girl stored twice: the school's report and the youth worker's nickname-only note share nothing the online
# matcher can use, so the note becomes a person of its own; the police report a week later links to the school's
# person. The nightly batch comparison (linkage.consolidate) sees all three at once and proposes to merge the two
# persons, for the coordinator to decide on the Koppelingen page. (reporter, buurt, hours ago, text, mention)
MERGE_STORY_SIGNALS = [
    ("docent", "Sportlaan", 300,
     "Shanice Koster uit 3 vmbo mist de laatste weken veel lessen. Ze heeft een nieuwe telefoon en een dure tas "
     "en zegt dat een 'vriend' alles betaalt. Thuis weten ze van niets, zegt ze.",
     {"first_name": "Shanice", "last_name": "Koster", "birth_date": "2011-09-03", "gender": "f",
      "school": "Havencollege", "city": "Havenstad", "roles": ["mogelijk_slachtoffer"]}),
    ("jongerenwerker", "Sportlaan", 150,
     "Meisje dat zich Shan noemt (±15) stapt 's avonds bij het Atletiekpad in auto's van mannen die veel ouder "
     "zijn. Ze gaf me haar nummer zodat we contact kunnen houden.",
     {"nickname": "Shan", "age_estimate": 15, "gender": "f", "street": "Atletiekpad", "city": "Havenstad",
      "phone": "0641234567", "roles": ["mogelijk_slachtoffer"]}),
    ("agent", "Sportlaan", 40,
     "Auto gecontroleerd op het Atletiekpad: bestuurder van 32 met een meisje van 15 naast zich. Zij had twee "
     "telefoons en een hotelpasje bij zich. Bestuurder zei dat hij 'een vriend van de familie' is.",
     {"first_name": "Shanice", "last_name": "Koster", "birth_date": "2011-09-03", "gender": "f",
      "street": "Atletiekpad", "house_number": "8", "city": "Havenstad", "phone": "06-41234567",
      "roles": ["mogelijk_slachtoffer"]}),
]

# Extra story signals for the cases (reporter, buurt, hours ago, text, mention or None)
CASE_SIGNALS = [
    ("consulent", "Bedrijventerrein De Pier", 30,
     "Bij een huisbezoek vertelde een uitkeringsgerechtigde dat de baas van zijn neef de paspoorten van negen "
     "Bulgaarse arbeiders bewaart. Ze slapen met z'n negenen boven een loods en de huur wordt van hun loon "
     "ingehouden.",
     {"first_name": "Stoyan", "last_name": "Petrov", "age_estimate": 30, "gender": "m", "street": "Pierweg",
      "city": "Havenstad", "roles": ["mogelijk_slachtoffer"]}),
    ("woonconsulent", "Parkflats", 100,
     "Bij een controle in de Parkflat kwam een sterke hennepgeur uit de achterkamer. De huurder, een man met een "
     "lichte verstandelijke beperking, zegt dat 'vrienden' die kamer huren en dat hij er niet in mag.",
     {"first_name": "Gerrit", "last_name": "van der Linden", "birth_date": "1979-07-02", "gender": "m",
      "street": "Parkflat", "house_number": "87", "postcode": "9993 KL", "city": "Havenstad",
      "roles": ["mogelijk_slachtoffer"]}),
    (None, "Rozenhof", 160,
     "Mijn dochter van 15 heeft een nieuwe vriend van in de twintig met een dure auto. Ze komt laat thuis, "
     "heeft nieuwe spullen en wil niet zeggen waar ze is geweest. Ik maak me grote zorgen.",
     {"first_name": "Jaimy", "age_estimate": 15, "gender": "f", "street": "Rozenhof", "city": "Havenstad",
      "roles": ["mogelijk_slachtoffer"]}),
    ("straatcoach", "Kadebuurt", 8,
     "02:10 bij de gokhal aan de Kadeweg: dun geklede jongeman, zegt dat hij gokt om gokschulden af te betalen "
     "en zijn kamer dreigt kwijt te raken. Wilde zijn nummer niet geven.",
     {"description": "jongeman ±22, dunne jas, bij de gokhal", "age_estimate": 22, "gender": "m",
      "street": "Kadeweg", "city": "Havenstad", "roles": ["mogelijk_slachtoffer"]}),
    ("veiligthuis", "Molenwijk", 26,
     "Moeder belde vrijdagavond in paniek: haar zoon van 15 is na ruzie met stiefvader op straat gezet en heeft "
     "vannacht geen slaapplek. Hij zit nu bij een tante aan de Molenstraat.",
     {"first_name": "Kevin", "last_name": "Martis", "age_estimate": 15, "gender": "m", "street": "Molenstraat",
      "city": "Havenstad", "roles": ["mogelijk_slachtoffer"]}),
]
