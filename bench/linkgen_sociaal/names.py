"""Hand-compiled lists for the social-domain generator: given names, roepnamen, surnames, spelling variants,
towns, streets, facilities and schools.  Order matters: earlier entries are more popular (Zipf-like weights
are applied over the list order by the generator).  No external sources, no Faker.
"""

from __future__ import annotations

# --- Dutch given names ---------------------------------------------------------------------------------
# Official (baptismal) name -> roepnamen in use.  For people born before about 1970 the BRP holds the Latin
# official names and everybody else uses the roepnaam.
DUTCH_OLD_MALE: list[tuple[str, list[str]]] = [
    ("Johannes", ["Jan", "Hans", "Joop", "Johan", "Jo"]),
    ("Hendrik", ["Henk", "Henny", "Rik"]),
    ("Cornelis", ["Kees", "Cor", "Niels"]),
    ("Petrus", ["Piet", "Peter"]),
    ("Wilhelmus", ["Wim", "Willem", "Wil"]),
    ("Gerardus", ["Gerard", "Gert", "Ger"]),
    ("Jacobus", ["Jaap", "Koos", "Co"]),
    ("Adrianus", ["Arie", "Adrie", "Ad"]),
    ("Antonius", ["Toon", "Ton", "Teun"]),
    ("Theodorus", ["Theo", "Dorus"]),
    ("Franciscus", ["Frans", "Frank"]),
    ("Josephus", ["Jos", "Joep", "Sjef"]),
    ("Gerrit", ["Gerrit", "Gert"]),
    ("Jan", ["Jan"]),
    ("Dirk", ["Dick", "Dirk"]),
    ("Albertus", ["Bert", "Albert"]),
    ("Hubertus", ["Huub", "Hub", "Bert"]),
    ("Leonardus", ["Leo", "Leen", "Leon"]),
    ("Martinus", ["Martin", "Tinus"]),
    ("Nicolaas", ["Klaas", "Nico", "Niek"]),
    ("Bernardus", ["Ben", "Bernard", "Benny"]),
    ("Lambertus", ["Bert", "Lambert"]),
    ("Marinus", ["Rinus", "Marin"]),
    ("Hermanus", ["Herman", "Manus"]),
    ("Andreas", ["André", "Dré"]),
    ("Abraham", ["Bram"]),
    ("Klaas", ["Klaas"]),
    ("Willem", ["Willem", "Wim"]),
    ("Pieter", ["Piet", "Peter"]),
    ("Arnoldus", ["Arnold", "Nol"]),
]
DUTCH_OLD_FEMALE: list[tuple[str, list[str]]] = [
    ("Johanna", ["Joke", "Annie", "Jo", "Hanny", "Janny"]),
    ("Maria", ["Marie", "Ria", "Mies", "Marijke", "Mia"]),
    ("Wilhelmina", ["Willy", "Mien", "Wilma", "Miep"]),
    ("Cornelia", ["Corrie", "Cor", "Nel", "Cora"]),
    ("Hendrika", ["Riek", "Henny", "Rika"]),
    ("Geertruida", ["Truus", "Trudy"]),
    ("Elisabeth", ["Els", "Lies", "Betty", "Elly"]),
    ("Anna", ["Annie", "Anneke", "Ans"]),
    ("Petronella", ["Nel", "Nelly", "Ella"]),
    ("Jacoba", ["Coby", "Co", "Cobi"]),
    ("Catharina", ["Toos", "Tineke", "Tiny", "Katrien"]),
    ("Adriana", ["Jeanne", "Adrie", "Janny"]),
    ("Antonia", ["Toos", "Toni", "Ton"]),
    ("Helena", ["Lenie", "Leni", "Heleen"]),
    ("Margaretha", ["Greet", "Margriet", "Marga"]),
    ("Aaltje", ["Alie", "Aaltje"]),
    ("Grietje", ["Greet", "Grietje"]),
    ("Theodora", ["Thea", "Dora"]),
    ("Gerarda", ["Gerda", "Gerry"]),
    ("Francisca", ["Cisca", "Sjaan"]),
    ("Hendrina", ["Ina", "Dini"]),
    ("Jantje", ["Jannie", "Jantje"]),
]
# Limburg forms of the roepnaam (Heerlen); used instead of the standard list for part of the older Limburgers.
LIMBURG_ROEP: dict[str, list[str]] = {
    "Johannes": ["Sjang", "Jo", "Hannes"],
    "Josephus": ["Sjef", "Jos"],
    "Hubertus": ["Hub", "Huub"],
    "Gerardus": ["Sjra", "Gerard"],
    "Wilhelmus": ["Wiel", "Wim"],
    "Leonardus": ["Leo", "Naad"],
    "Maria": ["Mia", "Mieke"],
    "Johanna": ["Anny", "Jo"],
    "Wilhelmina": ["Mina", "Willy"],
    "Elisabeth": ["Bet", "Lies"],
    "Gertrudis": ["Trudy", "Gertie"],
}
FRISIAN_MALE = ["Sjoerd", "Hylke", "Wiebe", "Jelle", "Tjeerd", "Douwe", "Folkert", "Sybren", "Auke", "Rinse",
                "Jan", "Klaas", "Pieter", "Gerben", "Hidde", "Wytze", "Durk", "Jouke"]
FRISIAN_FEMALE = ["Sjoukje", "Wietske", "Tjitske", "Hinke", "Baukje", "Geeske", "Trijntje", "Akke", "Janke",
                  "Aukje", "Froukje", "Ytje", "Tryntsje", "Grietje"]
DUTCH_MID_MALE = ["Peter", "Marcel", "Erik", "René", "Ronald", "Arjan", "Richard", "Martin", "Hans", "Frank",
                  "Rob", "Paul", "Edwin", "André", "John", "Ron", "Marco", "Gert-Jan", "Dennis", "Patrick",
                  "Michel", "Robert", "Remco", "Jeroen", "Raymond", "Gerrit", "Johan", "Wim", "Harry", "Rudi"]
DUTCH_MID_FEMALE = ["Monique", "Ingrid", "Marja", "Petra", "Anita", "Yvonne", "Karin", "Ellen", "Marion",
                    "Esther", "Wilma", "Hanneke", "Astrid", "Brenda", "Angelique", "Diana", "Jacqueline",
                    "Sandra", "Linda", "Miranda", "Natasja", "Wendy", "Bianca", "Mariska", "Anja", "Ria"]
DUTCH_YOUNG_MALE = ["Kevin", "Dennis", "Mike", "Sander", "Tim", "Niels", "Rick", "Jordy", "Dylan", "Sem",
                    "Daan", "Luuk", "Jesse", "Stefan", "Ricardo", "Ronnie", "Danny", "Jeffrey", "Mitchell",
                    "Melvin", "Bart", "Thijs", "Ruben", "Joey", "Jason", "Mark", "Robin", "Sven", "Lars",
                    "Wesley", "Kelvin", "Bryan", "Nick", "Tom", "Stijn", "Bas", "Jorn", "Levi", "Finn",
                    "Milan"]
DUTCH_YOUNG_FEMALE = ["Kim", "Chantal", "Sabrina", "Shirley", "Samantha", "Naomi", "Demi", "Kelly", "Britt",
                      "Lisa", "Sanne", "Femke", "Esmee", "Romy", "Lotte", "Jessica", "Melissa", "Mandy",
                      "Tamara", "Priscilla", "Sharon", "Nicole", "Anouk", "Iris", "Eva", "Julia", "Lynn",
                      "Joyce", "Kimberley", "Denise", "Jamie", "Fleur", "Noa", "Tess", "Zoë", "Amber"]
# A second given name that younger Dutch people often carry (after a grandparent).
DUTCH_SECOND_MALE = ["Johannes", "Hendrik", "Cornelis", "Petrus", "Wilhelmus", "Jan", "Gerardus", "Jacobus",
                     "Pieter", "Willem", "Theodorus", "Antonius", "Maria"]
DUTCH_SECOND_FEMALE = ["Johanna", "Maria", "Wilhelmina", "Cornelia", "Elisabeth", "Anna", "Hendrika",
                       "Catharina", "Petronella", "Jacoba", "Geertruida"]

# --- Dutch surnames: (tussenvoegsel, root) -------------------------------------------------------------
DUTCH_SURNAMES: list[tuple[str, str]] = [
    ("de", "Vries"), ("", "Jansen"), ("de", "Jong"), ("van den", "Berg"), ("", "Bakker"), ("", "Visser"),
    ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"), ("", "Bos"), ("", "Vos"),
    ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"),
    ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"), ("van der", "Linden"),
    ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"), ("van den", "Heuvel"),
    ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("van der", "Heijden"), ("", "Schouten"),
    ("van", "Beek"), ("", "Willems"), ("van", "Dijk"), ("", "Hoekstra"), ("", "Postma"), ("", "Kuipers"),
    ("", "Vink"), ("", "Timmermans"), ("", "Koster"), ("", "Prins"), ("", "Huisman"), ("", "Verhoeven"),
    ("", "Janssen"), ("", "Hermans"), ("", "Lemmens"), ("van", "Wijk"), ("", "Bosman"), ("", "Wiersma"),
    ("", "Zijlstra"), ("", "Veenstra"), ("", "Terpstra"), ("van der", "Wal"), ("", "Jongsma"),
    ("", "Claessens"), ("", "Frissen"), ("", "Schepers"), ("", "Kramer"), ("", "Goossens"), ("van", "Dam"),
    ("", "Maas"), ("", "Post"), ("van der", "Laan"), ("", "Blom"), ("", "Martens"), ("", "Evers"),
    ("", "Koning"), ("van", "Vliet"), ("den", "Hartog"), ("", "Hoogendoorn"), ("", "Groen"), ("", "Sluiter"),
    ("", "Kuijpers"), ("", "Stoffels"), ("", "Pieters"), ("de", "Lange"), ("van", "Gils"), ("", "Berends"),
]
# Parts for the long tail of Dutch surnames (namesakes come from the head, the tail keeps most people apart).
DUTCH_TAIL_PREFIX = ["", "", "", "", "van", "van de", "van der", "van den", "de", "ter", "op de", "in 't"]
DUTCH_TAIL_ROOT = ["Berg", "Hoek", "Molen", "Wouden", "Dijk", "Akker", "Brink", "Kamp", "Veld", "Hout",
                   "Horst",
                   "Beek", "Water", "Laar", "Wiel", "Zand", "Heide", "Loo", "Straten", "Voort", "Venne",
                   "Kolk",
                   "Bongert", "Hof", "Steeg", "Rijn", "Hamer", "Smed", "Bakel", "Went", "Geer", "Mors",
                   "Stam",
                   "Vlas", "Klok", "Schaap", "Ruiter", "Boom", "Wever", "Kuip", "Poel", "Drost", "Meul"]
DUTCH_TAIL_SUFFIX = ["", "", "s", "er", "ink", "man", "sma", "stra", "ens", "huis", "kamp", "ing", "hof"]

# --- Moroccan-Dutch -----------------------------------------------------------------------------------
MOROCCAN_MALE = ["Mohamed", "Ahmed", "Mustafa", "Youssef", "Hamza", "Bilal", "Karim", "Rachid", "Said",
                 "Mimoun", "Hassan", "Abdelkader", "Driss", "Omar", "Ayoub", "Anouar", "Nordin", "Soufiane",
                 "Ilias", "Zakaria", "Abdellah", "Khalid", "Redouan", "Mourad", "Tarik", "Jamal", "Hicham",
                 "Brahim", "Ali", "Aziz", "Nabil", "Othman", "Adam", "Amine", "Yassine", "Abdelhamid"]
MOROCCAN_FEMALE = ["Fatima", "Khadija", "Naima", "Malika", "Samira", "Rachida", "Nadia", "Saida", "Hanane",
                   "Souad", "Ikram", "Yasmina", "Hafsa", "Imane", "Loubna", "Meryem", "Zineb", "Salma",
                   "Aicha",
                   "Latifa", "Zohra", "Hayat", "Fadoua", "Siham", "Najat", "Karima", "Houda", "Amal", "Sara",
                   "Nora", "Dounia", "Chaima", "Soukaina"]
MOROCCAN_SURNAMES = ["El Amrani", "Bouzid", "Ouali", "El Idrissi", "Benali", "Azzouzi", "El Ouardi",
                     "Ait Said", "Boutaleb", "El Hamdaoui", "Haddouchi", "Ziani", "Bakkali", "Amzil",
                     "Tahiri",
                     "El Khattabi", "Aouragh", "Akrouh", "Mourabit", "El Yousfi", "Boussaid", "Lamrabet",
                     "Benhaddou", "Chakir", "El Bouazzaoui", "Ouchan", "El Haddaoui", "Kaddouri", "Abbou",
                     "Rifi", "Belhaj", "Bennani", "Moussaoui", "Hamdi", "Aarab", "Ahajjam", "Azarkan",
                     "Bouchikhi", "El Morabit", "Essafi", "Fikri", "Ben Allal", "Oulad Ali", "Zaoui"]

# --- Turkish-Dutch ------------------------------------------------------------------------------------
TURKISH_MALE = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hasan", "Hüseyin", "İbrahim", "Murat", "Emre", "Burak",
                "Yusuf", "Osman", "Kemal", "Ercan", "Serkan", "Volkan", "Erdem", "Onur", "Cem", "Recep",
                "Halil", "Ömer", "Fatih", "Kadir", "Orhan", "Selim", "Tuncay", "Yunus", "Enes", "Furkan"]
TURKISH_FEMALE = ["Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Özlem", "Sevda", "Gül",
                  "Hülya", "Esra", "Büşra", "Derya", "Songül", "Nurcan", "Sibel", "Şerife", "Dilek", "Gülsüm",
                  "Kübra", "Merve", "Nesrin", "Yasemin", "Aysel", "Filiz"]
TURKISH_SURNAMES = ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
                    "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan",
                    "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aktaş", "Bulut", "Keskin", "Ünal",
                    "Tekin", "Altun", "Karaca", "Yavuz", "Coşkun", "Gündoğdu", "Akbulut", "Uçar"]

# --- Surinamese Creole, Hindustani, Antillean, Moluccan ----------------------------------------------------
CREOLE_MALE = ["Roy", "Glenn", "Ricardo", "Romano", "Marciano", "Rinaldo", "Orlando", "Romeo", "Clyde",
               "Edwin", "Errol", "Humphrey", "Gerrit", "Stanley", "Ryan", "Jerrel", "Quincy", "Dwight",
               "Marvin", "Giovanni", "Jermaine", "Urvin"]
CREOLE_FEMALE = ["Gracia", "Sharon", "Shanice", "Priscilla", "Jennifer", "Ingrid", "Marlies", "Giovanna",
                 "Denise", "Sheryl", "Jolanda", "Rosita", "Chantal", "Glenda", "Esmeralda", "Naomi", "Joan",
                 "Iris", "Romy", "Shirley"]
CREOLE_SURNAMES = ["Pinas", "Sabajo", "Wijngaarde", "Linger", "Doelwijt", "Sordam", "Pengel", "Emanuelson",
                   "Nelom", "Bendt", "Rustveld", "Tevreden", "Zeefuik", "Vlijter", "Lieveld", "Eersel",
                   "Kasanpawiro", "Aroma", "Koulen", "Samson", "Dors", "Held", "Fränkel", "Zeegelaar",
                   "Brunings", "Tjon-A-Fat", "Biswane", "Kromosoeto", "Esajas", "Fer"]
HINDUSTANI_MALE = ["Rajesh", "Ravi", "Anil", "Sunil", "Dinesh", "Vikash", "Sanjay", "Ashwin", "Navin",
                   "Kishan",
                   "Prem", "Rakesh", "Soeresh", "Radjesh", "Shiwan", "Amit", "Kailash", "Mahesh", "Deepak"]
HINDUSTANI_FEMALE = ["Shanti", "Sita", "Asha", "Anita", "Reshma", "Sharmila", "Rita", "Priya", "Kavita",
                     "Nirmala", "Soenita", "Indra", "Sangita", "Shivani", "Radha", "Nisha", "Usha", "Poonam"]
# Hindustani house names (roepnaam unrelated to the official name)
HINDUSTANI_HOUSE = ["Roy", "Pooja", "Bobby", "Sunny", "Tinie", "Dolly", "Pinky", "Raj", "Vinnie", "Baby",
                    "Kiran", "Guddi", "Munni", "Rinku"]
HINDUSTANI_SURNAMES = ["Ramdin", "Mohan", "Ramsaran", "Jagessar", "Ramkisoen", "Bissumbhar", "Soekhai",
                       "Sewdien", "Baldew", "Ramlal", "Autar", "Ramautar", "Sital", "Mangroe", "Kalloe",
                       "Ramdas", "Gobardhan", "Jhinkoe", "Raghoe", "Lachman", "Ramnath", "Sardjoe",
                       "Bhoelai", "Jadnanansing", "Ganpat", "Kanhai", "Chotkan", "Doerga"]
ANTILLEAN_MALE = ["Jurgen", "Shurwin", "Giandro", "Ronchie", "Jair", "Nelson", "Sherwin", "Rignald",
                  "Jeanderson", "Curvin", "Ithamar", "Rudsel", "Edsel", "Jeffrey", "Roderick", "Giovanni",
                  "Shanon", "Urvin", "Eugene", "Ryan"]
ANTILLEAN_FEMALE = ["Shurensly", "Jacqueline", "Maritza", "Nathaly", "Yasmina", "Gisella", "Rosalinda",
                    "Migdalia", "Suhaily", "Jeandra", "Sharitza", "Yudelka", "Claudette", "Ruthmila", "Grace",
                    "Chenoa", "Dayenne"]
ANTILLEAN_SURNAMES = ["Martina", "Cijntje", "Isenia", "Rosaria", "Maduro", "Statia", "Sambo", "Bernabela",
                      "Winklaar", "Albertus", "Rojer", "Francisca", "Felida", "Coffie", "Doran", "Leito",
                      "Wawoe", "Zimmerman", "Cicilia", "Pieternella", "Rosalia", "Daal", "Martis", "Anthonia",
                      "Jacobs", "Mercera", "Bentoera", "Josefa"]
MOLUCCAN_MALE = ["Johannes", "Frans", "Max", "Ronald", "Johnny", "Elias", "Piet", "Octavianus", "Benny",
                 "Jopie", "Stevie"]
MOLUCCAN_FEMALE = ["Wilhelmina", "Josina", "Elisabeth", "Yolanda", "Maria", "Mientje", "Carolina", "Jacoba",
                   "Nelly", "Femmy"]
MOLUCCAN_SURNAMES = ["Latuhihin", "Pattiasina", "Tahapary", "Sahetapy", "Lewerissa", "Manuhutu",
                     "Pattipeilohy", "Souisa", "Tuhumury", "Wattimena", "Rehatta", "Huwae", "Parinussa",
                     "Nanlohy", "Sapulette", "Ririmasse"]

# --- Polish and Bulgarian (masculine, feminine) -----------------------------------------------------------
POLISH_MALE = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Andrzej",
               "Jakub", "Mariusz", "Dariusz", "Adam", "Kamil", "Rafał", "Sławomir", "Wojciech", "Zbigniew"]
POLISH_FEMALE = ["Anna", "Katarzyna", "Magdalena", "Agnieszka", "Joanna", "Monika", "Ewa", "Małgorzata",
                 "Barbara", "Justyna", "Aleksandra", "Karolina", "Beata", "Dorota", "Marta", "Renata"]
POLISH_SURNAMES: list[tuple[str, str]] = [
    ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
    ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"),
    ("Jabłoński", "Jabłońska"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"), ("Stępień", "Stępień"),
]
BULGARIAN_MALE = ["Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Angel",
                  "Vasil", "Krasimir", "Plamen", "Yordan", "Atanas", "Mehmed", "Ahmed", "Asen", "Kiril"]
BULGARIAN_FEMALE = ["Maria", "Ivanka", "Elena", "Yordanka", "Desislava", "Tsvetelina", "Gergana", "Radka",
                    "Snezhana", "Silvia", "Daniela", "Nadezhda", "Fatme", "Ayshe", "Rositsa", "Milena"]
BULGARIAN_SURNAMES: list[tuple[str, str]] = [
    ("Ivanov", "Ivanova"), ("Georgiev", "Georgieva"), ("Dimitrov", "Dimitrova"), ("Petrov", "Petrova"),
    ("Nikolov", "Nikolova"), ("Hristov", "Hristova"), ("Stoyanov", "Stoyanova"), ("Todorov", "Todorova"),
    ("Iliev", "Ilieva"), ("Atanasov", "Atanasova"), ("Angelov", "Angelova"), ("Yordanov", "Yordanova"),
    ("Kolev", "Koleva"), ("Marinov", "Marinova"), ("Mehmedov", "Mehmedova"), ("Aliev", "Alieva"),
    ("Yusein", "Yusein"), ("Asenov", "Asenova"), ("Kostov", "Kostova"), ("Popov", "Popova"),
]

# Diminutives used by family, neighbours and some wijkteam workers
POLISH_DIM = {"Małgorzata": "Gosia", "Katarzyna": "Kasia", "Tomasz": "Tomek", "Piotr": "Piotrek",
              "Jakub": "Kuba", "Aleksandra": "Ola", "Agnieszka": "Aga", "Krzysztof": "Krzysiek",
              "Magdalena": "Magda", "Joanna": "Asia", "Grzegorz": "Grzesiek", "Wojciech": "Wojtek",
              "Dorota": "Dorotka", "Andrzej": "Jędrek"}
BULGARIAN_DIM = {"Georgi": "Gosho", "Dimitar": "Mitko", "Ivan": "Vanyo", "Hristo": "Itso", "Petar": "Pesho",
                 "Todor": "Tosho", "Nikolay": "Niki", "Yordanka": "Dana", "Desislava": "Desi",
                 "Tsvetelina": "Tsveti", "Snezhana": "Snezha", "Nadezhda": "Nadya", "Atanas": "Nasko"}
# Bulgarian patronymic from the father's first name
BULGARIAN_PATRONYM = {"Georgi": "Georgiev", "Ivan": "Ivanov", "Dimitar": "Dimitrov", "Nikolay": "Nikolaev",
                      "Petar": "Petrov", "Hristo": "Hristov", "Stoyan": "Stoyanov", "Todor": "Todorov",
                      "Angel": "Angelov", "Vasil": "Vasilev", "Krasimir": "Krasimirov", "Plamen": "Plamenov",
                      "Yordan": "Yordanov", "Atanas": "Atanasov", "Mehmed": "Mehmedov", "Ahmed": "Ahmedov",
                      "Asen": "Asenov", "Kiril": "Kirilov"}

# --- Spelling variants (what another organisation's employee hears or copies) ----------------------------
GIVEN_VARIANTS: dict[str, list[str]] = {
    "Mohamed": ["Mohammed", "Mohammad", "Mohamad", "Muhammed", "Mhamed"],
    "Youssef": ["Yusuf", "Youssouf", "Yousef", "Joesoef"], "Rachid": ["Rashid", "Rasheed"],
    "Said": ["Saïd", "Saied"], "Hassan": ["Hasan"], "Khalid": ["Khaled", "Chalid"],
    "Redouan": ["Redouane", "Ridouan", "Redwan"], "Mourad": ["Murad"], "Tarik": ["Tariq", "Tarek"],
    "Abdellah": ["Abdallah", "Abdelah"], "Ilias": ["Ilyas", "Elias"], "Zakaria": ["Zakariya", "Zakariae"],
    "Soufiane": ["Sofian", "Sufyan"], "Anouar": ["Anwar"], "Nordin": ["Noureddine", "Nourdin"],
    "Hicham": ["Hisham"], "Brahim": ["Ibrahim"], "Ayoub": ["Ayyoub", "Ayoeb"], "Mimoun": ["Maimoun"],
    "Abdelkader": ["Abdelkadir", "Abdel Kader"], "Mustafa": ["Mustapha", "Moestafa"],
    "Fatima": ["Fatma", "Fatiema"], "Khadija": ["Khadidja", "Chadija"], "Aicha": ["Aïcha", "Aisha", "Aysha"],
    "Meryem": ["Meriem", "Maryam", "Mariam"], "Chaima": ["Shaima", "Chaimae"], "Soukaina": ["Soukayna"],
    "Zineb": ["Zaynab", "Zeineb"], "Hanane": ["Hanan"], "Imane": ["Iman"], "Siham": ["Sihame"],
    "Yasmina": ["Yasmine", "Jasmina"], "Houda": ["Hoda", "Huda"], "Loubna": ["Lubna"], "Naima": ["Naïma"],
    "Hüseyin": ["Huseyin", "Hussein", "Hüsseyin"], "İbrahim": ["Ibrahim"], "Ömer": ["Omer", "Oemer"],
    "Ayşe": ["Ayse", "Aysje"], "Özlem": ["Ozlem", "Oezlem"], "Büşra": ["Busra"], "Gülsüm": ["Gulsum"],
    "Şerife": ["Serife"], "Kübra": ["Kubra"], "Hülya": ["Hulya"], "Songül": ["Songul"], "Gül": ["Gul"],
    "Radjesh": ["Rajesh"], "Soeresh": ["Suresh"], "Soenita": ["Sunita"], "Shiwan": ["Shivan"],
    "Hristo": ["Christo", "Khristo"], "Yordan": ["Jordan"], "Yordanka": ["Jordanka"],
    "Tsvetelina": ["Cvetelina", "Zwetelina"], "Nikolay": ["Nikolai", "Nicolai"], "Snezhana": ["Snejana"],
    "Paweł": ["Pawel"], "Michał": ["Michal"], "Łukasz": ["Lukasz"], "Rafał": ["Rafal"],
    "Małgorzata": ["Malgorzata", "Gosia"], "Sławomir": ["Slawomir"], "Shurensly": ["Shurenzly"],
    "Jeanderson": ["Jeandersson"], "Giandro": ["Jiandro"], "Marciano": ["Marsiano"],
}
SURNAME_VARIANTS: dict[str, list[str]] = {
    "El Amrani": ["Elamrani", "Amrani", "El-Amrani"], "El Idrissi": ["Idrissi", "El Idrisi"],
    "El Ouardi": ["Elouardi", "Ouardi"], "Ait Said": ["Aitsaid", "Ait-Said"], "Ouali": ["Wali", "Oualie"],
    "El Hamdaoui": ["Hamdaoui", "El Hamdaouı"], "El Khattabi": ["Khattabi", "El Ghattabi"],
    "El Yousfi": ["Yousfi", "El Youssfi"], "Boussaid": ["Bousaid", "Bousaïd"],
    "El Bouazzaoui": ["Bouazzaoui", "El Bouazaoui"], "El Haddaoui": ["Haddaoui"],
    "El Morabit": ["Morabit", "Elmorabit"], "Mourabit": ["Morabit"], "Akrouh": ["Akrouch"],
    "Ahajjam": ["Ahajam"], "Ben Allal": ["Benallal"], "Oulad Ali": ["Ouladali", "Ouled Ali"],
    "Bouchikhi": ["Boushikhi"], "Azzouzi": ["Azouzi"], "Haddouchi": ["Hadouchi"], "Kaddouri": ["Kadouri"],
    "Soekhai": ["Sukhai"], "Mangroe": ["Mangru"], "Kalloe": ["Kallu"], "Raghoe": ["Raghu"],
    "Jhinkoe": ["Jhinku"], "Sardjoe": ["Sarju"], "Bhoelai": ["Bhulai"], "Ramkisoen": ["Ramkissoon"],
    "Hristov": ["Christov", "Khristov"], "Hristova": ["Christova"], "Yordanov": ["Jordanov"],
    "Yordanova": ["Jordanova"], "Georgiev": ["Gueorguiev"], "Georgieva": ["Gueorguieva"],
    "Yusein": ["Iusein", "Yuseinov"], "Tjon-A-Fat": ["Tjon A Fat", "Tjonafat"],
    "Kasanpawiro": ["Kasanpawira"], "Kromosoeto": ["Kromosuto"], "Cijntje": ["Cyntje"],
    "Pattipeilohy": ["Pattipeilohi"], "Latuhihin": ["Latuhihen"], "Tuhumury": ["Tuhumurij"],
}
# The nicknames the street or the neighbours use.
STREET_NICKS = ["Flash", "Kiki", "Rambo", "Skinny", "Dikke", "Kleine", "Mo", "Prince", "Money", "Zwarte",
                "Blonde", "Boef", "Tiger", "Snelle", "Lange", "Rooie", "Ome", "Turbo", "Speedy", "Boss",
                "Junior", "Sjors", "Gekke", "Bolle", "Tonnie", "Manny", "Bizzy", "Stitch", "Rocky"]
ELDER_PREFIX_MALE = ["ome", "opa", "meneer"]
ELDER_PREFIX_FEMALE = ["tante", "oma", "mevrouw"]

# --- Towns ------------------------------------------------------------------------------------------------
# name, weight, villages (written as the village or as the municipality), postcode range, area code,
# alternative name some local writers use, community weights
TOWNS: list[dict] = [
    {"name": "Leeuwarden", "n_streets": 420, "weight": 0.25, "villages": ["Stiens", "Grou", "Wirdum"],
     "pc": (8911, 8939),
     "area": "058", "alias": "Ljouwert",
     "mix": {"dutch": 70, "frisian": 12, "moroccan": 2, "turkish": 2, "creole": 2, "hindustani": 1,
             "antillean": 4, "polish": 4, "bulgarian": 2, "moluccan": 1}},
    {"name": "Heerlen", "n_streets": 360, "weight": 0.2, "villages": ["Hoensbroek"], "pc": (6411, 6422),
     "area": "045",
     "alias": "",
     "mix": {"dutch": 66, "limburg": 6, "moroccan": 3, "turkish": 6, "creole": 3, "hindustani": 1,
             "antillean": 4, "polish": 7, "bulgarian": 3, "moluccan": 1}},
    {"name": "Den Helder", "n_streets": 260, "weight": 0.15, "villages": ["Julianadorp"],
     "pc": (1781, 1789), "area": "0223",
     "alias": "",
     "mix": {"dutch": 74, "moroccan": 3, "turkish": 4, "creole": 3, "hindustani": 1, "antillean": 8,
             "polish": 4, "bulgarian": 2, "moluccan": 1}},
    {"name": "Vlaardingen", "n_streets": 300, "weight": 0.2, "villages": [], "pc": (3131, 3138),
     "area": "010", "alias": "",
     "mix": {"dutch": 52, "moroccan": 10, "turkish": 12, "creole": 6, "hindustani": 5, "antillean": 5,
             "polish": 5, "bulgarian": 3, "moluccan": 2}},
    {"name": "Helmond", "n_streets": 340, "weight": 0.2, "villages": ["Mierlo-Hout", "Stiphout"],
     "pc": (5701, 5709),
     "area": "0492", "alias": "",
     "mix": {"dutch": 60, "moroccan": 7, "turkish": 13, "creole": 2, "hindustani": 1, "antillean": 2,
             "polish": 8, "bulgarian": 5, "moluccan": 2}},
]

# Street names that occur in almost every Dutch town (so one street name exists in several towns).
COMMON_STREETS = [
    "Kerkstraat", "Schoolstraat", "Molenstraat", "Dorpsstraat", "Stationsweg", "Julianastraat",
    "Wilhelminastraat", "Beatrixlaan", "Prins Bernhardlaan", "Oranjestraat", "Emmastraat", "Nieuwstraat",
    "Hoofdstraat", "Marktstraat", "Burgemeester van der Zandestraat", "Eikenlaan", "Berkenlaan",
    "Beukenlaan", "Lindenlaan", "Kastanjelaan", "Populierenlaan", "Wilgenstraat", "Esdoornstraat",
    "Rozenstraat", "Tulpstraat", "Narcisstraat", "Lelieweg", "Irisstraat", "Merelstraat", "Spreeuwstraat",
    "Lijsterstraat", "Meeuwenlaan", "Zwaluwstraat", "Kievitstraat", "Rembrandtlaan", "Vermeerstraat",
    "Frans Halsstraat", "Van Goghstraat", "Jan Steenstraat", "Mozartlaan", "Beethovenstraat",
    "Chopinstraat", "Schubertlaan", "Händelstraat", "Vondelstraat", "Bilderdijkstraat", "Multatulistraat",
    "Thorbeckestraat", "Van Speijkstraat", "Tromplaan", "De Ruyterstraat", "Piet Heinstraat",
    "Koningin Julianaplein", "Prinses Margrietstraat", "Prinses Irenestraat", "Graaf Florisstraat",
    "Nassaulaan", "Industrieweg", "Havenstraat", "Parallelweg", "Spoorstraat", "Zonnebloemstraat",
    "Klaverstraat", "Dahliastraat", "Anjerstraat", "Goudsbloemstraat", "Hyacintstraat", "Sperwerstraat",
    "Valkstraat", "Reigerstraat", "Eksterlaan", "Sportlaan", "Parklaan", "Vijverlaan", "Dijkweg",
    "Burgemeester de Withstraat", "Dokter Schaepmanstraat", "Pastoor van Arsstraat", "Mgr. Nolensstraat",
    "Hendrik Ravesteijnplein", "Anne Frankstraat", "Titus Brandsmastraat", "Generaal Foulkesstraat",
]
TOWN_STREETS: dict[str, list[str]] = {
    "Leeuwarden": ["Vossenparklaan", "Schrans", "Tjerk Hiddesstraat", "Oostergrachtswal", "Valeriusstraat",
                   "Bonifatiusplein", "Aldlânsdyk", "Jan Jelles Hofstraat", "Kalverdijkje", "Slauerhoffweg",
                   "Camminghastraat", "Margaretha de Heerstraat", "Wielingastraat", "Heechterp",
                   "Schieringen", "Tjalkstraat", "Skrâns", "Harlingerstraatweg", "Pier Panderstraat",
                   "Dokkumer Ee", "Insulindestraat", "Jelsumerstraat", "Sixmastraat", "Troelstraweg"],
    "Heerlen": ["Akerstraat", "Geerstraat", "Schandelerstraat", "Kloosterweg", "Meezenbroekerweg",
                "Passartweg", "Gasthuisstraat", "Willemstraat", "Caumerweg", "Molenberglaan",
                "Schaesbergerweg", "Oliemolenstraat", "Kampstraat", "Koolmijnstraat", "Mijnwerkersstraat",
                "Nieuw Eyckholt", "Heerlerbaan", "Zeswegenlaan", "Grasbroekerweg", "Putgraaf",
                "Valkenburgerweg", "Eikenderweg", "Gebroek", "Maria Gewandenstraat"],
    "Den Helder": ["Spoorgracht", "Middenweg", "Javastraat", "Sumatrastraat", "Keizerstraat",
                   "Weststraat", "Beatrixstraat", "Texelstroomlaan", "Marsdiepstraat", "Boerenverdriet",
                   "Schooten", "Ruyghweg", "Soembastraat", "Jan in 't Veltstraat", "Loodsgracht",
                   "Vestingplein", "Kanaalweg", "Helderseweg", "Zuidstraat", "Wadstraat", "Duinroosstraat",
                   "Baljuwstraat"],
    "Vlaardingen": ["Hoflaan", "Van Hogendorplaan", "Billitonlaan", "Westhavenkade", "Oosthavenkade",
                    "Babberspolderlaan", "Marathonweg", "Van Baerlestraat", "Kethelweg", "Holysingel",
                    "Lepelaarsingel", "Parkweg", "Schiedamseweg", "Deltaweg", "Floris de Vijfdelaan",
                    "Bachplein", "Sportlaan", "Erasmuslaan", "Van Beethovensingel", "Korte Kerkstraat",
                    "Hofsingel", "Churchilllaan", "Loper", "Wetstraat"],
    "Helmond": ["Mierloseweg", "Kasteel Traverse", "Molenstraat", "Steenweg", "Heistraat", "Brandevoort",
                "Boscotondo", "Hortsedijk", "Rivierensingel", "Gaslaan", "Zuid Koninginnewal", "Leharstraat",
                "Warandelaan", "Wethouder Ebbenlaan", "Heeklaan", "Binderseind", "Stiphoutseweg",
                "Geysendorfferstraat", "Kromme Steenweg", "Deurneseweg", "Eikendreef", "Houtse Parallelweg"],
}
# Roots and endings for the bulk of each town's streets (a town has a few hundred streets).
STREET_ROOTS = ["Merel", "Lijster", "Vink", "Mees", "Kievit", "Roerdomp", "Fazant", "Patrijs", "Uil", "Zwaan",
                "Eend", "Gans", "Havik", "Buizerd", "Specht", "Wielewaal", "Nachtegaal", "Leeuwerik", "Wulp",
                "Grutto", "Tureluur", "Eik", "Beuk", "Berk", "Els", "Es", "Iep", "Linde", "Wilg", "Hazelaar",
                "Vlier", "Meidoorn", "Hulst", "Taxus", "Jasmijn", "Seringen", "Klaproos", "Korenbloem",
                "Boterbloem", "Madelief", "Viooltjes", "Vergeet-mij-niet", "Aster", "Lavendel", "Goudenregen",
                "Rode Beuk", "Akker", "Weide", "Beemd", "Kamp", "Esch", "Hoeve", "Boerderij", "Molen",
                "Sluis",
                "Brug", "Haven", "Dijk", "Kade", "Schans", "Vesting", "Bastion", "Poort", "Toren", "Kasteel",
                "Abdij", "Klooster", "Kapel", "Pastorie", "Smidse", "Bakkerij", "Brouwerij", "Weverij",
                "Spinnerij", "Looierij", "Zeilmaker", "Kuiper", "Touwslager", "Scheepmaker", "Visser",
                "Jager", "Herder", "Schaapskooi", "Hooiberg", "Zonnewijzer", "Regenboog", "Poolster",
                "Orion", "Mercurius", "Venus", "Jupiter", "Saturnus", "Maan", "Zon", "Komeet", "Planeet",
                "Rijn", "Maas", "Waal", "IJssel", "Lek", "Vecht", "Dommel", "Dinkel", "Berkel", "Regge",
                "Linge",
                "Amstel", "Zaan", "Eem", "Gouwe", "Schelde", "Roer", "Geul", "Jeker", "Worm", "Texel",
                "Vlieland",
                "Terschelling", "Ameland", "Schiermonnikoog", "Urk", "Marken", "Pampus", "Goeree", "Tholen",
                "Zuid-Beveland", "Walcheren", "Schouwen", "Voorne", "Rembrandt", "Vermeer", "Mondriaan",
                "Escher", "Breitner", "Israëls", "Mesdag", "Toorop", "Appel", "Huygens", "Leeuwenhoek",
                "Lorentz", "Kamerlingh Onnes", "Zernike", "Einthoven", "Erasmus", "Spinoza", "Grotius",
                "Comenius", "Thorbecke", "Troelstra", "Drees", "Schaepman", "Kuyper", "Aletta Jacobs",
                "Annie M.G. Schmidt", "Multatuli", "Couperus", "Gorter", "Slauerhoff", "Vestdijk",
                "Marsman", "Bredero", "Hooft", "Cats", "Tollens", "De Genestet", "Potgieter", "Beets"]
STREET_SUFFIXES = ["straat", "straat", "straat", "laan", "laan", "weg", "hof", "plein", "singel", "dreef",
                   "pad", "gaarde", "erf", "park", "kade", "veld", "hoek", "stede", "dal"]
# How some writers shorten parts of street names
STREET_ABBREV = [("Burgemeester ", "Burg. "), ("Prinses ", "Pr. "), ("Prins ", "Pr. "),
                 ("Koningin ", "Kon. "),
                 ("Dokter ", "Dr. "), ("Generaal ", "Gen. "), ("Pastoor ", "Past. "), ("straat", "str."),
                 ("laan", "ln"), ("Monseigneur ", "Mgr. ")]

# Facilities per town: (kind, name, street) - numbers and postcodes are made by the generator.
FACILITY_NAMES = {
    "bw": ["De Boei", "Het Anker", "De Kapstok", "Huize Zonneweide", "De Overloop", "Het Baken",
           "De Brug", "Villa Nova", "De Schakel", "Het Kompas"],
    "opvang": ["Vrouwenopvang Fier", "Blijf-van-m'n-lijfhuis", "Opvang De Veste", "Safe House Noord"],
    "nacht": ["Nachtopvang Leger des Heils", "Daklozenopvang De Tussenvoorziening", "Nachtopvang Het Dak",
              "Passantenverblijf De Herberg"],
    "zorg": ["Woonzorgcentrum De Wingerd", "Verpleeghuis Sint Jozef", "Zorgcentrum Het Hofje",
             "Woonzorgcentrum Meerhoeve", "Verpleeghuis De Zonnehof", "Zorgcentrum Mariaoord"],
    "bewind": ["Bewindvoering Noord", "Budgetbeheer Plus", "Stichting Mentorschap", "Bewind & Zo",
               "Financieel Anker", "Bewindvoerderskantoor Van Dam", "Stadsbank Bewind",
               "De Bewindvoerder BV", "Zorgvuldig Bewind", "Bewindkantoor Horizon"],
}
SCHOOLS: dict[str, list[str]] = {
    "Leeuwarden": ["Praktijkonderwijs Leeuwarden", "ROC Friese Poort", "Piter Jelles", "Comenius College",
                   "VSO De Ursula", "Basisschool De Fontein", "OBS De Kampanje"],
    "Heerlen": ["Praktijkschool Heerlen", "Vista college", "Bernardinuscollege", "VSO Mytylschool",
                "Basisschool De Bautscheuv", "Sintermeertencollege"],
    "Den Helder": ["Praktijkschool Den Helder", "ROC Kop van Noord-Holland", "Scholengemeenschap Nieuwediep",
                   "Basisschool De Vlieter", "VSO De Ark"],
    "Vlaardingen": ["Praktijkschool Vlaardingen", "Albeda", "Zadkine", "SG Spieringshoek",
                    "VSO De Piramide", "Basisschool De Regenboog", "Het Lyceum Vlaardingen"],
    "Helmond": ["Praktijkonderwijs De Rotonde", "Summa College", "Dr. Knippenbergcollege", "Vakcollege",
                "VSO De Korenaer", "Basisschool De Wielewaal", "Carolus Borromeus College"],
}
