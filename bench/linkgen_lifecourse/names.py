"""Hand-compiled, synthetic name, street, school and town lists for the life-course generator.

Nothing here names a real person: given names and surnames are common names of each community, combined at
random by the generator.  Street names are generic Dutch street names (trees, birds, flowers, painters,
composers, trades, landscape words), built from roots and suffixes so that plain names (Kerkstraat,
Molenweg) recur in every town.  Schools are invented from generic parts.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------------
# Towns.  Postcode ranges are plausible four-digit ranges for the region; ``villages`` are woonplaatsen in
# the municipality that sources write either as the village or as the municipality; ``merged`` gives the
# year from which the village's own name is written less often (a municipal merger).
# --------------------------------------------------------------------------------------------------------

TOWNS: dict[str, dict] = {
    "Enschede": {
        "weight": 0.22,
        "pc": (7511, 7548),
        "streets": 340,
        "student": True,
        "region": "Twente",
        "villages": ["Glanerbrug", "Boekelo"],
    },
    "Hengelo": {
        "weight": 0.13,
        "pc": (7550, 7559),
        "streets": 240,
        "student": False,
        "region": "Twente",
        "villages": ["Beckum"],
    },
    "Almelo": {
        "weight": 0.11,
        "pc": (7601, 7609),
        "streets": 220,
        "student": False,
        "region": "Twente",
        "villages": ["Aadorp"],
    },
    "Zwolle": {
        "weight": 0.15,
        "pc": (8011, 8043),
        "streets": 280,
        "student": True,
        "region": "IJssel",
        "villages": ["Windesheim"],
    },
    "Nijmegen": {
        "weight": 0.16,
        "pc": (6511, 6546),
        "streets": 300,
        "student": True,
        "region": "Gelderland",
        "villages": ["Lent"],
    },
    "Groningen": {
        "weight": 0.15,
        "pc": (9711, 9747),
        "streets": 300,
        "student": True,
        "region": "Noord",
        "villages": ["Haren", "Ten Boer"],
        "merged": 2019,
    },
    "Lelystad": {
        "weight": 0.08,
        "pc": (8211, 8245),
        "streets": 200,
        "student": False,
        "region": "Flevoland",
        "villages": [],
    },
}

# Sources write these town spellings now and then (upper case and the like are added by the generator).
TOWN_VARIANTS: dict[str, list[str]] = {
    "Enschede": ["Enschede", "ENSCHEDE", "Enschde"],
    "Hengelo": ["Hengelo", "Hengelo (O)", "Hengelo Ov", "HENGELO"],
    "Almelo": ["Almelo", "ALMELO"],
    "Zwolle": ["Zwolle", "ZWOLLE"],
    "Nijmegen": ["Nijmegen", "Nijmwegen", "NIJMEGEN"],
    "Groningen": ["Groningen", "Gron.", "GRONINGEN", "Stad"],
    "Lelystad": ["Lelystad", "LELYSTAD"],
}

# --------------------------------------------------------------------------------------------------------
# Streets: plain names that occur in every town, plus roots x suffixes.
# --------------------------------------------------------------------------------------------------------

PLAIN_STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Molenstraat",
    "Molenweg",
    "Schoolstraat",
    "Stationsweg",
    "Stationsstraat",
    "Nieuwstraat",
    "Hoofdstraat",
    "Marktstraat",
    "Julianastraat",
    "Wilhelminastraat",
    "Beatrixstraat",
    "Oranjestraat",
    "Prins Bernhardstraat",
    "Emmastraat",
    "Kastanjelaan",
    "Stationsplein",
    "Marktplein",
    "Parallelweg",
    "Industrieweg",
    "Havenstraat",
    "Kanaalweg",
    "Veldweg",
    "Tuinstraat",
]

STREET_ROOTS = [
    "Beuken", "Eiken", "Berken", "Linden", "Populieren", "Wilgen", "Iepen", "Esdoorn", "Kastanje", "Elzen",
    "Platanen", "Acacia", "Hazelaar", "Vlier", "Meidoorn", "Lijsterbes", "Merel", "Lijster", "Spreeuw",
    "Zwaluw", "Mussen", "Vinken", "Kievit", "Reiger", "Ooievaar", "Buizerd", "Havik", "Valk", "Uilen",
    "Koolmees", "Roodborst", "Winterkoning", "Tulp", "Rozen", "Narcissen", "Iris", "Jasmijn", "Lavendel",
    "Anjer", "Dahlia", "Goudsbloem", "Klaproos", "Korenbloem", "Zonnebloem", "Seringen", "Hyacint",
    "Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Van Gogh", "Mondriaan", "Ruisdael", "Breitner",
    "Mozart", "Beethoven", "Bach", "Chopin", "Schubert", "Haydn", "Vivaldi", "Sweelinck", "Bakkers",
    "Smeden", "Kuipers", "Wevers", "Molenaars", "Timmermans", "Schilders", "Pottenbakkers", "Zadelmakers",
    "Touwslagers", "Ververs", "Essen", "Heide", "Veen", "Beek", "Brink", "Kamp", "Horst", "Hoeve", "Akker",
    "Weide", "Dijk", "Zand", "Hof", "Wal", "Gracht", "Singel", "Haven", "Sluis", "Dam", "Ree", "Hertog",
    "Graaf", "Ridder", "Abdij", "Klooster", "Kapel", "Burcht", "Poort", "Toren", "Vest", "Bolwerk",
    "Zuider", "Noorder", "Ooster", "Wester", "Midden", "Hooge", "Lage", "Oude", "Nieuwe", "Groene",
    "Blauwe", "Zilver", "Goud", "Koper", "Tin", "Ijzer", "Saturnus", "Jupiter", "Mars", "Venus", "Orion",
    "Poolster", "Komeet", "Planeet", "Aster", "Hortensia", "Clematis", "Vlas", "Rogge", "Haver", "Gerst",
    "Tarwe", "Hop", "Klaver", "Distel", "Varen", "Riet", "Biezen", "Lis", "Kroos", "Egel", "Das", "Vos",
    "Otter", "Bever", "Marter", "Hermelijn", "Eekhoorn", "Haas", "Konijn", "Dollard", "Eems", "Regge",
    "Dinkel", "Vecht", "Berkel", "Schipbeek", "Lauwers", "Hunze", "Drentse Aa", "Waal", "Maas", "Linge",
    "Amstel", "Zaan", "Eem", "Spaarne", "Thorbecke", "Schaepman", "Troelstra", "Drees", "Kuyper",
    "Domela Nieuwenhuis", "Aletta Jacobs", "Multatuli", "Vondel", "Bredero", "Hooft", "Huygens",
    "Bilderdijk", "Da Costa", "Potgieter", "Tollens", "Staring", "Gezelle", "Heijermans", "Couperus",
]  # fmt: skip

STREET_SUFFIXES = [
    ("straat", 30),
    ("laan", 16),
    ("weg", 12),
    ("hof", 6),
    ("plein", 4),
    ("singel", 3),
    ("erf", 3),
    ("hoek", 2),
    ("kamp", 3),
    ("es", 2),
    ("pad", 2),
    ("dreef", 3),
    ("park", 2),
    ("gaarde", 2),
    ("veld", 3),
    ("stede", 1),
    ("hove", 1),
]

# Title-like parts that get abbreviated by some systems.
STREET_ABBREV = [
    ("straat", "str."),
    ("laan", "ln."),
    ("weg", "wg."),
    ("plein", "pl."),
    ("Prins ", "Pr. "),
    ("singel", "sngl."),
    ("dreef", "drf."),
]

# --------------------------------------------------------------------------------------------------------
# Schools (invented): per town ~16 primary, ~5 secondary, 1-2 MBO colleges.
# --------------------------------------------------------------------------------------------------------

PRIMARY_KINDS = ["OBS", "CBS", "RKBS", "Basisschool", "IKC", "Montessorischool", "Daltonschool"]
PRIMARY_NAMES = [
    "De Regenboog", "De Wegwijzer", "De Zonnewijzer", "Het Palet", "De Vlinder", "De Boomgaard",
    "De Klimop", "Het Kompas", "De Sterrenwacht", "De Vuurtoren", "De Horizon", "Het Startpunt",
    "De Toermalijn", "De Springplank", "Het Mozaïek", "De Schakel", "De Windroos", "De Ster",
    "De Bolster", "De Fontein", "Het Anker", "De Triangel", "De Linde", "De Esch", "De Bongerd",
    "De Wilgenhoek", "De Kameleon", "De Ontdekking", "Het Baken", "De Meander", "De Driemaster",
    "De Kleine Prins", "De Eekhoorn", "De Uilenburcht", "De Tamboerijn", "Het Talent", "De Zevensprong",
]  # fmt: skip
SECONDARY_PARTS = [
    "Stedelijk", "Zuiderpark", "Noorderpoort", "Het Oosterlicht", "Erasmus", "Thomas a Kempis",
    "Het Rietveld", "Augustinus", "Het Vechtdal", "De Waalburcht", "Dalton", "Het Lindenborg",
    "Sint Jozef", "Het Kroonenburg", "De Esschermaat", "Het Maartens", "Het Groene Hart",
]  # fmt: skip
SECONDARY_KINDS = ["College", "Lyceum", "Scholengemeenschap", "vmbo", "Mavo"]
MBO_NAMES = ["ROC {region}", "{town} Vakcollege", "MBO College {town}", "Techniek College {region}"]

# --------------------------------------------------------------------------------------------------------
# Communities.  Given names per sex; ``old`` lists are for people born before about 1975.
# --------------------------------------------------------------------------------------------------------

# Dutch official (Latin/baptismal) name -> roepnaam options, for older Dutch people.
DUTCH_OLD_M = {
    "Johannes": ["Jan", "Hans", "Johan", "Joop"],
    "Hendrik": ["Henk", "Hennie", "Rik"],
    "Cornelis": ["Kees", "Cor", "Niels"],
    "Petrus": ["Piet", "Peter"],
    "Gerardus": ["Gerard", "Gerrit", "Geert"],
    "Wilhelmus": ["Wim", "Willem", "Pim"],
    "Jacobus": ["Jaap", "Koos", "Jacques"],
    "Theodorus": ["Theo", "Ruud", "Dirk"],
    "Antonius": ["Toon", "Ton", "Anton"],
    "Franciscus": ["Frank", "Frans", "Cees"],
    "Adrianus": ["Ad", "Arie", "Adrie"],
    "Albertus": ["Bert", "Albert"],
    "Gerrit": ["Gerrit", "Gert"],
    "Bernardus": ["Ben", "Bernard", "Benny"],
    "Everhardus": ["Evert", "Eef"],
    "Martinus": ["Martin", "Tinus"],
    "Hermanus": ["Herman", "Harm"],
    "Lambertus": ["Bert", "Lambert"],
    "Dirk": ["Dick", "Dirk"],
    "Marinus": ["Rinus", "Marien"],
}
DUTCH_OLD_F = {
    "Johanna": ["Jo", "Hanneke", "Annie", "Joke"],
    "Maria": ["Marie", "Mies", "Ria", "Mieke"],
    "Cornelia": ["Corrie", "Nel", "Cora"],
    "Hendrika": ["Riek", "Henny", "Rika"],
    "Wilhelmina": ["Willy", "Mien", "Mina"],
    "Geertruida": ["Truus", "Trudy", "Geertje"],
    "Elisabeth": ["Els", "Lies", "Betty", "Liesbeth"],
    "Adriana": ["Adrie", "Jeanne", "Janny"],
    "Antonia": ["Toos", "Tonny", "Antoinette"],
    "Margaretha": ["Greet", "Grietje", "Margriet"],
    "Catharina": ["Toos", "Trijntje", "Karin"],
    "Aaltje": ["Alie", "Aaltje"],
    "Gerarda": ["Gerda", "Ger"],
    "Bernadina": ["Dini", "Bernadette"],
    "Jacoba": ["Coby", "Jacqueline"],
    "Petronella": ["Nel", "Petra", "Nelleke"],
}
DUTCH_MID_M = [
    "Martijn", "Dennis", "Jeroen", "Marco", "Erik", "Patrick", "Mark", "Michel", "Rob", "Sander", "Bas",
    "Remco", "Arjan", "Wouter", "Edwin", "Ronald", "Richard", "Robert", "Maarten", "Niels", "Jasper",
    "Roy", "Kevin", "Jeffrey", "Ricardo", "Danny", "Raymond", "Vincent", "Rick", "Bart", "Tom", "Joost",
    "Gijs", "Stefan", "Marcel", "Paul", "Frank", "Peter", "Marc", "Sjoerd",
]  # fmt: skip
DUTCH_MID_F = [
    "Sandra", "Monique", "Linda", "Marieke", "Esther", "Wendy", "Ingrid", "Petra", "Miranda", "Marjolein",
    "Yvonne", "Chantal", "Kim", "Sabine", "Ilse", "Anouk", "Femke", "Karin", "Bianca", "Jolanda",
    "Simone", "Manon", "Natasja", "Mariska", "Priscilla", "Tamara", "Nicole", "Judith", "Sanne", "Eva",
    "Marloes", "Danielle", "Wilma", "Angela", "Anja", "Saskia",
]  # fmt: skip
DUTCH_YOUNG_M = [
    "Daan", "Sem", "Luuk", "Milan", "Levi", "Bram", "Thijs", "Jesse", "Ruben", "Tim", "Lars", "Stijn",
    "Dylan", "Jordy", "Mike", "Sven", "Koen", "Joris", "Mees", "Finn", "Noah", "Lucas", "Julian",
    "Thomas", "Max", "Ties", "Jayden", "Stan", "Nick", "Sam", "Rens", "Wessel", "Niek", "Jelle", "Gijs",
    "Teun", "Hugo", "Olivier", "Jens", "Quinten", "Jurre", "Damian", "Kyan", "Mats", "Tygo", "Jason",
    "Kay", "Ryan", "Dani", "Youri",
]  # fmt: skip
DUTCH_YOUNG_F = [
    "Emma", "Julia", "Sophie", "Lisa", "Anna", "Fleur", "Lotte", "Eva", "Noa", "Tess", "Demi", "Naomi",
    "Britt", "Romy", "Esmee", "Shanna", "Kimberley", "Melissa", "Isa", "Sara", "Lieke", "Roos", "Floor",
    "Jasmijn", "Mila", "Zoë", "Lynn", "Nina", "Femke", "Iris", "Amber", "Anouk", "Merel", "Maud", "Jade",
    "Kiki", "Luna", "Noor", "Yara", "Elin", "Fenna", "Sanne", "Lara", "Joy", "Chelsey", "Dewi", "Bo",
    "Indy", "Tamara", "Nikki",
]  # fmt: skip

DUTCH_SURNAMES = [
    "de Vries", "Jansen", "de Jong", "Bakker", "van den Berg", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "Willems", "van Dijk", "Hoekstra", "Maas", "Verhoeven",
    "Koster", "Prins", "Blom", "Huisman", "Postma", "Kuipers", "Veenstra", "Kramer", "van der Wal",
    "Hermans", "Nijhuis", "ter Horst", "Oude Vrielink", "Lansink", "Bruggink", "Wessels", "Scholten",
    "Kamphuis", "Wolters", "Tijhuis", "Nijenhuis", "ter Brake", "Aalderink", "Brinkhuis", "Pierik",
    "Kuiper", "Timmerman", "Groen", "Koning", "van der Laan", "Bosch", "Wijnen", "Haverkamp",
    "Leferink", "Oude Nijhuis", "Hofstede", "Bouwman", "Zwart", "Hulshof", "Boerman", "Bloemendaal",
    "Veldhuis", "Meulenbelt", "van Wijk", "Pots", "Stegeman", "Snijders", "Kroeze", "Schuurman",
    "Kok", "de Lange", "Boersma", "Wiersma", "Bosma", "Hoogland", "de Ruiter", "Kruijsen", "van Vliet",
    "Vink", "Jonker", "van Doorn", "Evers", "Martens", "van Dam", "Molenaar", "Gerritsen", "Vonk",
]  # fmt: skip
# parts for a long tail of Dutch surnames
DUTCH_SUR_PREFIX = ["", "", "", "", "van ", "van de ", "van der ", "van den ", "de ", "ter ", "ten ", "Oude "]
DUTCH_SUR_ROOT = [
    "Berg", "Broek", "Veld", "Hof", "Kamp", "Horst", "Beek", "Dijk", "Hoek", "Heuvel", "Brink", "Bosch",
    "Haar", "Kolk", "Laar", "Loo", "Molen", "Ven", "Weerd", "Wiel", "Zande", "Esch", "Stroet", "Kotte",
    "Klein", "Groot", "Nij", "Olde", "Wolf", "Hegge", "Hulst", "Scheper", "Roelof", "Harm", "Geert",
    "Lubbers", "Jonk", "Arend", "Wessel", "Steen", "Mors", "Veer", "Tiem", "Reef", "Bult", "Koers",
]  # fmt: skip
DUTCH_SUR_SUFFIX = ["", "", "", "ink", "huis", "man", "s", "ing", "er", "kamp", "hof", "horst", "sen", "link"]

MOROCCAN_M = [
    "Mohamed", "Ahmed", "Youssef", "Mustafa", "Abdelkader", "Hassan", "Hamid", "Rachid", "Khalid", "Said",
    "Abdel", "Driss", "Omar", "Ali", "Karim", "Nordin", "Bilal", "Soufiane", "Anouar", "Zakaria", "Ayoub",
    "Ilias", "Hamza", "Amine", "Adam", "Ibrahim", "Younes", "Mehdi", "Nabil", "Redouan", "Tarik",
    "Marouane", "Othman", "Yassin", "Imad", "Jamal", "Samir", "Mounir", "Abdelilah", "Badr", "Noah",
    "Rayan", "Anas", "Sami", "Idris", "Walid",
]  # fmt: skip
MOROCCAN_F = [
    "Fatima", "Khadija", "Aicha", "Naima", "Malika", "Samira", "Nadia", "Karima", "Latifa", "Hanane",
    "Loubna", "Salma", "Imane", "Houda", "Sanae", "Yasmina", "Siham", "Meryem", "Nora", "Hafsa", "Ikram",
    "Soumaya", "Chaimae", "Hajar", "Ilham", "Najat", "Rachida", "Zineb", "Fadoua", "Amal", "Asmae",
    "Nouhaila", "Sara", "Lina", "Amira", "Nisrine", "Safae", "Dounia",
]  # fmt: skip
MOROCCAN_SURNAMES = [
    "El Amrani", "Bouzid", "El Idrissi", "Benyahia", "Ouali", "El Khatib", "Azzouzi", "Bakkali", "Boukhari",
    "El Haddaoui", "Chaouch", "Amezian", "Boulahrouz", "Tahiri", "Ziani", "El Ouardi", "Mansouri",
    "Belhaj", "Hamdaoui", "Akhiat", "Bouazza", "El Mokhtari", "Rifi", "Aharrouch", "Ben Haddou",
    "Ait Ouali", "El Hamdi", "Touzani", "Lamrani", "Chakir", "Ouahabi", "Bouchtaoui", "Meziane",
    "El Farissi", "Karroumi", "Azarkan", "Boutaleb", "El Marzouki", "Amrani", "Daoudi",
]  # fmt: skip
MOROCCAN_SUR_PARTICLE = ["", "", "", "El ", "El ", "Ben ", "Ait ", "Bou", "Ou"]
MOROCCAN_SUR_ROOT = [
    "Amrani", "Hadji", "Azzouz", "Mokhtar", "Khattabi", "Haddou", "Moussaoui", "Ouriaghli", "Ghazi",
    "Hamdouchi", "Yahyaoui", "Boujjat", "Fakir", "Majdoubi", "Kaddouri", "Mimouni", "Ourrad", "Zaroual",
    "Harrak", "Jabri", "Laghmouchi", "Messaoudi", "Nachit", "Rahali", "Saidi", "Taouil", "Yachou",
    "Ziyadi", "Allouch", "Bakri", "Chergui", "Dahhan", "Ftouh", "Guerrouj", "Hilali", "Idrissi",
]  # fmt: skip

TURKISH_M = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
    "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Recep", "Emre", "Burak",
    "Kerem", "Serkan", "Cem", "Kemal", "Erkan", "Hakan", "Volkan", "Tolga", "Onur", "Barış", "Yiğit",
    "Eren", "Emir", "Enes", "Furkan", "Kaan", "Mert", "Berkay", "Oğuz", "Doğukan", "Çağlar", "Şükrü",
    "Selçuk", "Taner",
]  # fmt: skip
TURKISH_F = [
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan", "Hülya",
    "Hacer", "Gül", "Özlem", "Derya", "Esra", "Büşra", "Merve", "Kübra", "Tuğba", "Sibel", "Gülşen",
    "Nurcan", "Songül", "Yasemin", "Dilek", "Ebru", "Eda", "Ecrin", "Defne", "Irmak", "Azra", "Nisa",
    "Rabia", "Sena", "İrem", "Melike", "Çiğdem", "Şeyma", "Gizem",
]  # fmt: skip
TURKISH_SURNAMES = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Korkmaz", "Karataş", "Güneş", "Aksoy", "Bulut", "Erdem", "Keskin", "Ünal", "Uçar", "Tekin", "Kaplan",
    "Avcı", "Turan", "Güler", "Coşkun", "Sarı", "Bozkurt", "Işık", "Kocaman", "Akgül", "Türkmen",
    "Ateş", "Altun", "Karakaya", "Toprak", "Duman", "Eroğlu",
]  # fmt: skip
TURKISH_SUR_A = ["Kara", "Ak", "Öz", "Gök", "Demir", "Yıldız", "Er", "Kök", "Tok", "Uzun", "Kurt", "Taş", "Can"]  # fmt: skip
TURKISH_SUR_B = ["oğlu", "kaya", "türk", "soy", "han", "taş", "dağ", "yol", "göz", "er", "kan", "baş", "ay"]

CREOLE_M = [
    "Romano", "Gerold", "Ricardo", "Marvin", "Orlando", "Roy", "Glenn", "Sergio", "Dennis", "Gregory",
    "Jurgen", "Rodney", "Clifton", "Ryan", "Quincy", "Dwayne", "Jermaine", "Jaydon", "Xavier", "Giovanni",
    "Shaquille", "Romeo", "Levi", "Darnell", "Dion", "Rayvano", "Jairo", "Delano",
]  # fmt: skip
CREOLE_F = [
    "Sharon", "Priscilla", "Ingrid", "Marcia", "Angela", "Denise", "Sherida", "Claudia", "Naomi",
    "Shanice", "Chantal", "Jennifer", "Gianna", "Jamila", "Latisha", "Rochelle", "Kimberly", "Sheryl",
    "Xiomara", "Nadine", "Jayla", "Aaliyah", "Tatjana", "Miquella", "Shirley", "Germaine",
]  # fmt: skip
CREOLE_SURNAMES = [
    "Pinas", "Doelwijt", "Kanters", "Wijngaarde", "Pinkas", "Sabajo", "Emanuelson", "Dundas", "Fränkel",
    "Landveld", "Brandon", "Esajas", "Vlijter", "Nelom", "Kasanardjo", "Tjon A Joe", "Lie A Kwie", "Sastro",
    "Zaandam", "Wix", "Pique", "Ferrier", "Rozenblad", "Dijksteel", "Mac Donald", "Amania", "Macnack",
    "Cairo", "Biswane", "Jong A Lock", "Deekman", "Lindeboom", "Renfrum", "Kolader", "Boldewijn",
    "Tevreden", "Poeketi", "Sanches", "Slagtand", "Goedhart", "Abena", "Asmus", "Bouwman", "Chin A Foeng",
    "Deel", "Elstak", "Fung A Loi", "Gefferie", "Held", "Jozefzoon", "Karg", "Linger", "Meye", "Neede",
    "Olmberg", "Pinkster", "Ritfeld", "Samson", "Tjong Ayong", "Udenhout", "Vrede", "Waterberg", "Zeefuik",
    "Akrosie", "Bendt", "Clenem", "Dors", "Emanuels", "Fernald", "Graanoogst", "Hew A Kee", "Jonkers",
]  # fmt: skip

HINDU_M = [
    "Rajesh", "Anil", "Sandjay", "Ravi", "Ashwin", "Dinesh", "Kiran", "Suresh", "Prakash", "Vikash",
    "Amit", "Rakesh", "Ramesh", "Sunil", "Navin", "Krishna", "Rishi", "Arjun", "Devin", "Shiva",
    "Jaiwant", "Ravindra", "Sanjiv", "Pravin", "Rohan", "Aryan",
]  # fmt: skip
HINDU_F = [
    "Sunita", "Anita", "Shanti", "Radha", "Kavita", "Savitri", "Priya", "Reshma", "Asha", "Sharda",
    "Nisha", "Indra", "Geeta", "Pooja", "Sita", "Shalini", "Anjali", "Usha", "Shanaya", "Aisha", "Divya",
    "Rani", "Meera", "Tara",
]  # fmt: skip
HINDU_SURNAMES = [
    "Ramdin", "Soekhoe", "Ramsaroep", "Jagesar", "Mahabier", "Ramlal", "Sewdien", "Bhagwandin",
    "Ramkisoen", "Autar", "Badloe", "Chotkan", "Doebar", "Gangadin", "Girjasing", "Hanoeman",
    "Jadnanansing", "Kalloe", "Lachman", "Mangroe", "Matadin", "Nankoe", "Oemrawsingh", "Persad",
    "Rambaran", "Ramautar", "Sardjoe", "Sitaldin", "Soekdew", "Tewari", "Wirjosentono", "Bisoendat",
    "Ramdhani", "Jairam", "Kalpoe", "Ramnath",
]  # fmt: skip
# Dutch colonial spelling -> English spelling (and back): the person's own documents vs a system's habit.
HINDU_SPELLING = [("oe", "u"), ("dj", "j"), ("tj", "ch"), ("sj", "sh"), ("w", "v")]

JAVANESE_M = ["Wagiman", "Soeparman", "Sarmo", "Pawiro", "Soekardi", "Ardjo", "Toekimin", "Rudy", "Ryan"]  # fmt: skip
JAVANESE_F = ["Sitie", "Soeminah", "Wagini", "Tini", "Ratna", "Sri", "Wati", "Marjati", "Dewi", "Rina"]
JAVANESE_SURNAMES = [
    "Kromodimedjo", "Karijodikromo", "Wongsodikromo", "Pawirodimedjo", "Redjo", "Sarmo", "Kartosen",
    "Dipotaroeno", "Soemita", "Pawironadi", "Setrowidjojo", "Atmo", "Moestadja", "Sastro", "Kasanwirjo",
]  # fmt: skip

ANTILLEAN_M = [
    "Giandro", "Jurgen", "Shurendy", "Kevin", "Gregory", "Rignald", "Ruthsel", "Jean-Marc", "Jerson",
    "Edsel", "Gilbert", "Roderick", "Ashley", "Jeandro", "Shelton", "Quensley", "Jurick", "Rayshawn",
    "Giovanni", "Jefferson", "Mishaël", "Dyron",
]  # fmt: skip
ANTILLEAN_F = [
    "Ruthmilda", "Shurlaine", "Giselle", "Jeanette", "Sharline", "Jolanda", "Merlyn", "Juliëtte",
    "Rosemary", "Shurmaine", "Milouska", "Gracia", "Jenaira", "Naïsha", "Maria José", "Shuranda",
    "Ashanti", "Lizandra", "Kaylee", "Destiny",
]  # fmt: skip
ANTILLEAN_SURNAMES = [
    "Martina", "Maduro", "Cijntje", "Rosalia", "Isenia", "Statia", "Koeiman", "Doran", "Winklaar",
    "Pieternella", "Elisabeth", "Francisca", "Girigorie", "Lourens", "Sillé", "Zimmerman", "Anthony",
    "Mercelina", "Wawoe", "Cicilia", "Janga", "Nicolaas", "Bernardina", "Gomes Casseres", "Römer",
    "de Windt", "Constancia", "Felida", "Rojer", "Leito", "Martis", "Pietersz", "Schotborgh", "Hernandez",
    "Mathilda", "Trinidad", "Melfor", "Isabella", "Evertsz", "Coffie", "Semeleer", "Clarinda", "Regales",
    "Juliana", "Sint Jago", "Rosaria", "Daal", "Kroon", "Angela", "Fransisca", "Gumbs", "Hooker", "Ersilia",
    "Profas", "Wilson", "Richardson", "Arrindell", "Brion", "Chirino", "Dania", "Eduarda", "Fecunda",
    "Goilo", "Hato", "Jesurun", "Kook", "Lopez", "Maria", "Obispo", "Paula", "Quirindongo", "Raveneau",
]  # fmt: skip

POLISH_M = [
    "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Jakub", "Adam",
    "Mariusz", "Dariusz", "Rafał", "Wojciech", "Kamil", "Sebastian", "Bartosz", "Przemysław", "Mateusz",
    "Szymon", "Damian", "Artur", "Zbigniew", "Sławomir", "Andrzej", "Janusz", "Jarosław", "Leszek", "Ryszard",
    "Waldemar", "Dawid", "Patryk", "Hubert", "Konrad", "Maciej", "Norbert", "Radosław", "Tadeusz",
    "Wiesław", "Zdzisław", "Igor", "Oskar", "Filip",
]  # fmt: skip
POLISH_F = [
    "Anna", "Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Ewa", "Magdalena", "Monika", "Aleksandra",
    "Justyna", "Beata", "Dorota", "Karolina", "Natalia", "Paulina", "Sylwia", "Marta", "Weronika",
    "Zuzanna", "Julia", "Żaneta", "Urszula", "Barbara", "Bożena", "Elżbieta", "Grażyna", "Halina", "Iwona",
    "Jolanta", "Krystyna", "Lucyna", "Marzena", "Renata", "Teresa", "Wioletta", "Edyta", "Kinga", "Emilia",
    "Izabela", "Patrycja", "Klaudia", "Oliwia",
]  # fmt: skip
# (male form, female form)
POLISH_SURNAMES = [
    ("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"),
    ("Mazur", "Mazur"), ("Kwiatkowski", "Kwiatkowska"), ("Krawczyk", "Krawczyk"), ("Piotrowski",
    "Piotrowska"), ("Grabowski", "Grabowska"), ("Nowakowski", "Nowakowska"), ("Pawłowski", "Pawłowska"),
    ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"), ("Jabłoński", "Jabłońska"),
    ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"),
    ("Jaworski", "Jaworska"), ("Malinowski", "Malinowska"), ("Górski", "Górska"), ("Sikora", "Sikora"),
    ("Walczak", "Walczak"), ("Baran", "Baran"), ("Rutkowski", "Rutkowska"), ("Michalak", "Michalak"),
]  # fmt: skip
POLISH_ROOTS = [
    "Kowal", "Nowic", "Grab", "Zaj", "Kaczmar", "Szczep", "Mich", "Pawl", "Jasin", "Brzez", "Sob", "Kub",
    "Lis", "Wal", "Ciesiel", "Gorec", "Chmiel", "Wysoc", "Krajew", "Sadow", "Borkow", "Zalew", "Wilczyn",
    "Kozl", "Pietrz", "Biel", "Sokol", "Wrob", "Dudz", "Adamcz", "Wojc", "Kacz", "Mazurk", "Zawadz",
    "Jakubow", "Sawick", "Sikorz", "Czarn", "Rogal", "Ostrow", "Baran", "Kurek", "Glowack", "Tomaszew",
    "Zielin", "Wasil", "Lewand", "Marcin", "Kwiec", "Dziedz", "Pajak", "Szyman", "Kolodz", "Wierzb",
]  # fmt: skip
BULGARIAN_ROOTS = [
    "Stan", "Drag", "Bor", "Mar", "Kir", "Lyub", "Tsan", "Rad", "Slav", "Blag", "Velich", "Zdrav", "Gospod",
    "Hadzhi", "Pen", "Dob", "Mlad", "Ned", "Zlat", "Bon", "Gench", "Yot", "Trend", "Kanch", "Minch", "Pet",
    "Hrist", "Bozh", "Dimitr", "Kost", "Ilch", "Mit", "Nan", "Rus", "Sot", "Tonch", "Vulk", "Yan", "Zhel",
]  # fmt: skip

# How a Dutch ear spells Polish (applied in order, partially).
POLISH_DUTCH = [
    ("szcz", "sjtsj"), ("sz", "sj"), ("cz", "tsj"), ("rz", "zj"), ("ł", "w"), ("w", "v"), ("ś", "sj"),
    ("ń", "nj"), ("ć", "tsj"), ("ż", "zj"), ("ź", "zj"), ("ó", "oe"), ("ą", "on"), ("ę", "en"),
    ("ski", "ski"), ("j", "j"),
]  # fmt: skip

BULGARIAN_M = [
    "Georgi", "Ivan", "Dimitar", "Hristo", "Nikolay", "Petar", "Stoyan", "Todor", "Yordan", "Angel",
    "Krasimir", "Plamen", "Zhivko", "Vasil", "Atanas", "Kiril", "Asen", "Valentin", "Emil", "Lyubomir",
    "Boyan", "Borislav", "Dragomir", "Grigor", "Iliya", "Kaloyan", "Martin", "Mihail", "Momchil", "Ognyan",
    "Simeon", "Slavi", "Tihomir", "Tsvetan", "Veselin", "Yavor", "Zdravko",
]  # fmt: skip
BULGARIAN_F = [
    "Maria", "Elena", "Desislava", "Tsvetelina", "Ivanka", "Yordanka", "Radka", "Galina", "Snezhana",
    "Silviya", "Gergana", "Nadezhda", "Petya", "Zhivka", "Mariya", "Hristina", "Violeta", "Yana", "Albena",
    "Boryana", "Daniela", "Emiliya", "Fani", "Iliana", "Kalina", "Lilyana", "Milena", "Neli", "Rositsa",
    "Stanka", "Teodora", "Vanya", "Zornitsa", "Mihaela",
]  # fmt: skip
BULGARIAN_SURNAMES = [
    "Ivanov", "Georgiev", "Dimitrov", "Petrov", "Stoyanov", "Hristov", "Todorov", "Nikolov", "Angelov",
    "Kolev", "Yordanov", "Iliev", "Atanasov", "Vasilev", "Marinov", "Popov", "Stefanov", "Kostov",
    "Mihaylov", "Zhelyazkov", "Tsvetkov", "Yankov", "Asenov", "Kirilov",
]  # fmt: skip
# Streamlined (official) romanisation -> older / German / French / Dutch-ear spellings.
BULGARIAN_SPELLING = [
    ("Zh", ["Zj", "J", "Sch"]),
    ("zh", ["zj", "j", "sch"]),
    ("H", ["Ch", "Kh"]),
    ("Ts", ["Tz", "C", "Z"]),
    ("ts", ["tz", "c"]),
    ("y", ["j", "i"]),
    ("ev", ["ew", "eff"]),
    ("ov", ["ow", "off"]),
    ("Y", ["J", "I"]),
]

SYRIAN_M = [
    "Ahmad", "Mohammad", "Omar", "Khaled", "Hasan", "Ali", "Mahmoud", "Abdulrahman", "Yaser", "Fadi",
    "Rami", "Bashar", "Tarek", "Amjad", "Majd", "Yazan", "Hamza", "Adnan", "Jihad", "Nour", "Wael",
    "Muhannad", "Ghaith", "Firas", "Samer", "Hussam", "Moaz", "Obada", "Anas", "Bilal", "Louay", "Iyad",
    "Karam", "Zaid", "Qusai", "Taim", "Jude", "Mazen", "Ayham", "Nizar",
]  # fmt: skip
SYRIAN_F = [
    "Rama", "Lana", "Yara", "Rasha", "Hiba", "Amal", "Nour", "Reem", "Aya", "Ghada", "Dima", "Hala",
    "Sidra", "Maryam", "Bayan", "Rahaf", "Sara", "Layal", "Nada", "Ruba", "Lama", "Tala", "Jana", "Shahed",
    "Raghad", "Batoul", "Marwa", "Heba", "Alaa", "Ola", "Roula", "Fatima", "Asmaa", "Zeina", "Kinda", "Nisreen",
    "Razan", "Loujain", "Dalia",
]  # fmt: skip
SYRIAN_SURNAMES = [
    "Al-Hassan", "Alkhatib", "Haddad", "Al Ali", "Hamdan", "Darwish", "Kassem", "Al-Ahmad", "Sulaiman",
    "Al Hamwi", "Ibrahim", "Al-Masri", "Khalil", "Mustafa", "Al Shami", "Othman", "Yousef", "Hammoud",
    "Al-Omar", "Saleh", "Al Halabi", "Aljasem", "Najjar", "Al-Khalaf", "Qassab", "Shaheen", "Barakat",
    "Mansour", "Nahhas", "Zahra", "Tello", "Qudsi", "Rahal", "Kanaan", "Sawaf", "Hijazi", "Dabbagh", "Fakhouri",
    "Jumaa", "Khayat", "Mardini", "Shawa", "Taleb", "Younes", "Zaidan", "Haj Ali", "Abu Zeid", "Bitar",
]  # fmt: skip

ERITREAN_M = [
    "Yonas", "Filmon", "Merhawi", "Tesfay", "Daniel", "Samuel", "Biniam", "Aron", "Habtom", "Kibrom",
    "Mehari", "Robel", "Yohannes", "Ermias", "Natnael", "Michael", "Dawit", "Teklay", "Amanuel", "Berhane",
    "Eyob", "Fitsum", "Goitom", "Henok", "Isaias", "Kidane", "Mussie", "Nahom", "Okbay", "Samson", "Simon",
    "Tesfalem", "Tewelde", "Yemane", "Zerisenay", "Abel", "Awet", "Bereket",
]  # fmt: skip
ERITREAN_F = [
    "Senait", "Helen", "Semhar", "Luwam", "Saba", "Rahel", "Yordanos", "Selam", "Feven", "Winta",
    "Hiwet", "Mebrat", "Ruta", "Eden", "Lidya", "Nardos", "Almaz", "Aster", "Bisrat", "Delina", "Elsa",
    "Freweini", "Hanna", "Kisanet", "Meron", "Milena", "Rigat", "Segen", "Tsega", "Yodit", "Ariam", "Lula",
]  # fmt: skip
# An Eritrean's "surname" is the father's given name (and the grandfather's after it).
ERITREAN_FATHERS = [
    "Tesfamariam", "Ghebremedhin", "Kidane", "Haile", "Berhane", "Tekle", "Woldu", "Gebrehiwet",
    "Tesfaldet", "Mebrahtu", "Habte", "Ghebreyesus", "Andemariam", "Weldemichael", "Kahsay", "Tsegay",
    "Yemane", "Zerai", "Asmerom", "Fessehaye", "Gebremeskel", "Hagos", "Mehreteab", "Solomon", "Abraha",
    "Bahta", "Debesay", "Estifanos", "Fikadu", "Gebru", "Habtemariam", "Isaak", "Kiflom", "Medhanie",
    "Negassi", "Okbamichael", "Russom", "Sebhatu", "Teclemariam", "Uqbay", "Woldeselassie", "Yohannes",
    "Zemichael", "Araia", "Beyene", "Ghirmay", "Haileab", "Kesete", "Measho", "Tewolde",
]  # fmt: skip

# Transliteration drift of Arabic and Tigrinya names: every name in a group is the same name.
TRANSLIT_GROUPS = [
    ["Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamad", "Mhamed"],
    ["Ahmed", "Ahmad", "Achmed"],
    ["Youssef", "Yusuf", "Youssouf", "Joesoef", "Yousef"],
    ["Mustafa", "Mustapha", "Moustafa"],
    ["Abdelkader", "Abdel Kader", "Abdelkadir", "Abdulkader"],
    ["Hassan", "Hasan", "Hassane"],
    ["Khalid", "Khaled", "Chalid"],
    ["Rachid", "Rashid", "Rachied"],
    ["Said", "Saïd", "Saeed"],
    ["Omar", "Umar", "Omer"],
    ["Zakaria", "Zakariya", "Zakariae", "Zakarya"],
    ["Soufiane", "Sofian", "Soufyan", "Sufyan"],
    ["Ayoub", "Ayoeb", "Ayyub"],
    ["Ilias", "Ilyas", "Elias"],
    ["Younes", "Yunus", "Younas"],
    ["Hamza", "Hamzah"],
    ["Ibrahim", "Ebrahim", "Brahim"],
    ["Redouan", "Ridouan", "Redwan"],
    ["Marouane", "Marwan", "Marouan"],
    ["Yassin", "Yassine", "Yasin"],
    ["Fatima", "Fatma", "Fadma", "Fatiha"],
    ["Khadija", "Khadidja", "Chadia", "Khadiga"],
    ["Aicha", "Aïcha", "Aisha", "Aysha"],
    ["Naima", "Naïma", "Naeema"],
    ["Meryem", "Meriem", "Maryam", "Mariam"],
    ["Hanane", "Hanan"],
    ["Chaimae", "Chaima", "Shaima"],
    ["Abdulrahman", "Abdul Rahman", "Abderrahman", "Abdelrahman"],
    ["Mahmoud", "Mahmud", "Mahmoed"],
    ["Yaser", "Yasser", "Jasser"],
    ["Tarek", "Tariq", "Tarik"],
    ["Nour", "Noor", "Nur"],
    ["Hiba", "Heba"],
    ["Reem", "Rim"],
    ["Yohannes", "Johannes", "Yohanes"],
    ["Tesfay", "Tesfai", "Tesfaye"],
    ["Senait", "Senayt", "Senaid"],
    ["Yordanos", "Yordanose", "Jordanos"],
    ["Ghebremedhin", "Gebremedhin", "Ghebremedhn"],
    ["Gebrehiwet", "Ghebrehiwet", "Gebrehiwot"],
    ["Weldemichael", "Woldemichael", "Weldemikael"],
    ["Ghebreyesus", "Gebreyesus", "Gebreiesus"],
    ["Tsegay", "Tsegai", "Tsegaye"],
    ["Al-Hassan", "Alhassan", "Al Hassan", "El Hassan", "Al-Hasan"],
    ["Alkhatib", "Al-Khatib", "Al Khateeb", "El Khatib"],
    ["Al Ali", "Alali", "Al-Ali"],
    ["Al-Ahmad", "Alahmad", "Al Ahmed"],
    ["Al Hamwi", "Alhamwi", "Al-Hamoui"],
    ["Al-Masri", "Almasri", "El Masri"],
    ["Al Shami", "Alshami", "Al-Chami"],
    ["Al-Omar", "Alomar", "Al Omar"],
    ["Al Halabi", "Alhalabi", "Al-Halaby"],
    ["Aljasem", "Al Jasim", "Al-Jassem"],
    ["Al-Khalaf", "Alkhalaf", "Al Khalaf"],
    ["Sulaiman", "Suleiman", "Soliman"],
    ["Yousef", "Youssef", "Yusuf"],
    ["Hammoud", "Hamoud", "Hammud"],
    ["Bouzid", "Bouzit", "Bouzaid"],
    ["El Amrani", "Amrani", "Elamrani", "El-Amrani"],
    ["Benyahia", "Ben Yahia", "Ben-Yahia"],
    ["El Idrissi", "Idrissi", "Elidrissi", "El-Idrissi"],
    ["Boukhari", "Bouchari", "Boukari"],
    ["Mansouri", "Mansori", "El Mansouri"],
    ["Tahiri", "Tahri", "Taheri"],
    ["Azzouzi", "Azouzi", "Azzouzy"],
]

HINDU_SUR_A = ["Ram", "Soek", "Jag", "Mahab", "Bhag", "Sew", "Gang", "Kis", "Chan", "Dew", "Har"]
HINDU_SUR_B = ["dien", "din", "lal", "saroep", "sing", "ier", "koemar", "persad", "bali", "nath"]
SYRIAN_SUR_ROOTS = [
    "Hussein", "Rifai", "Zoubi", "Nasser", "Aswad", "Kurdi", "Hamed", "Issa", "Taha", "Bakr", "Homsi", "Jaber",
    "Idlibi", "Harbi", "Dairi", "Sabbagh", "Mohammad", "Khatib", "Hallak", "Attar", "Akkad", "Safadi", "Tamer",
    "Bakkour", "Hamada", "Jundi", "Masalmeh", "Nabulsi", "Qadri", "Raslan", "Sharif", "Tarabishi", "Zein",
    "Hourani", "Kayali", "Moussa", "Nassar", "Obeid", "Rajab", "Sukkar", "Wehbe",
]  # fmt: skip

# Informal forms and aliases.  Street aliases are unrelated to the name.
INFORMAL = {
    "Mohamed": ["Mo", "Moos", "Momo", "Hamid"],
    "Mohammed": ["Mo", "Momo"],
    "Abdelkader": ["Kader", "Abdel"],
    "Youssef": ["Yous", "Joe"],
    "Soufiane": ["Souf", "Sof"],
    "Zakaria": ["Zak", "Zakie"],
    "Bilal": ["Bil", "Billy"],
    "Mustafa": ["Mus", "Musti", "Memo"],
    "Mehmet": ["Memo", "Memet"],
    "Hüseyin": ["Hüso", "Huso"],
    "Abdullah": ["Abdul", "Appo"],
    "Süleyman": ["Sülo", "Sulo"],
    "Emre": ["Emo"],
    "Ibrahim": ["Ibo", "Ibi"],
    "İbrahim": ["İbo", "Ibo"],
    "Abdulrahman": ["Abud", "Rahman"],
    "Krzysztof": ["Krzysiek", "Kris"],
    "Przemysław": ["Przemek", "Pjemek"],
    "Małgorzata": ["Gosia", "Margo"],
    "Katarzyna": ["Kasia", "Kaśka"],
    "Aleksandra": ["Ola", "Sandra"],
    "Wojciech": ["Wojtek"],
    "Grzegorz": ["Grzesiek", "Greg"],
    "Agnieszka": ["Aga"],
    "Tsvetelina": ["Tsveti", "Lina"],
    "Desislava": ["Desi"],
    "Georgi": ["Gosho", "Joro"],
    "Hristo": ["Ico", "Itso"],
    "Jean-Marc": ["JM", "Jeanmarc"],
    "Shurendy": ["Shu", "Rendy"],
    "Giandro": ["Gio", "Dro"],
    "Romano": ["Roma"],
    "Rajesh": ["Raj", "Ricky"],
    "Sandjay": ["Sanju", "Jay"],
    "Ashwin": ["Ash"],
    "Kimberley": ["Kim"],
    "Kimberly": ["Kim"],
    "Priscilla": ["Pris", "Cilla"],
    "Shanice": ["Shan"],
    "Jermaine": ["Jay", "Mainy"],
    "Merhawi": ["Meri"],
    "Natnael": ["Nati"],
    "Yohannes": ["John", "Jonny"],
}
ALIASES = [
    "Flash", "Kiki", "Tiny", "Spider", "Bolle", "Kleine", "Zwarte", "Prins", "Ghost", "Joker", "Snowy",
    "Tokkie", "Skinny", "Dikke", "Lange", "Boef", "Rocky", "Kapitein", "Sneaky", "Blondie",
    "Bambi", "Chico", "Papi", "Bebe", "Lil", "Baby", "Sissi", "Roxy", "Dollar", "Tigger", "Chucky",
    "Bulldog", "Smokey", "Lucky", "Shorty", "Mickey", "Buzz", "Jojo", "Ace", "Kay", "Zed", "Turbo", "Spits",
]  # fmt: skip

# QWERTY neighbours for typing slips.
KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok",
    "o": "ipl", "p": "ol", "a": "qsz", "s": "adwx", "d": "sfe", "f": "dgr", "g": "fht", "h": "gjy",
    "j": "hku", "k": "jli", "l": "kop", "z": "asx", "x": "zcs", "c": "xvd", "v": "cbf", "b": "vng",
    "n": "bmh", "m": "nj",
}  # fmt: skip
# Dutch phonetic confusions (both directions are used).
PHONETIC = [
    ("ij", "y"), ("ei", "ij"), ("ou", "au"), ("ch", "g"), ("c", "k"), ("dt", "t"), ("oe", "u"),
    ("ie", "i"), ("ee", "e"), ("aa", "a"), ("z", "s"), ("v", "f"), ("ph", "f"), ("th", "t"), ("ks", "x"),
]  # fmt: skip

# Turkish letters and how a system without them writes them.
TURKISH_ASCII = str.maketrans(
    {"ş": "s", "Ş": "S", "ğ": "g", "Ğ": "G", "ı": "i", "İ": "I", "ç": "c", "Ç": "C", "ö": "o",
     "Ö": "O", "ü": "u", "Ü": "U"}
)  # fmt: skip
