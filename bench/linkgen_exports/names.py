"""Name, street and place data for the messy-exports generator, compiled by hand.

Lists are ordered roughly by frequency (the generator weights them Zipf-like by position). Bulgarian names
are kept in Cyrillic and transliterated by each system with its own table (BG_TRANSLIT).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------------
# given names per community: (male, female)
# --------------------------------------------------------------------------------------------------------

DUTCH_M = [
    "Jan", "Daan", "Sem", "Lucas", "Levi", "Finn", "Luuk", "Milan", "Jesse", "Thijs", "Bram", "Lars",
    "Ruben", "Tim", "Thomas", "Stijn", "Niels", "Sven", "Mark", "Dennis", "Kevin", "Rick", "Jeroen", "Bas",
    "Koen", "Tom", "Gijs", "Mees", "Noah", "Jayden", "Dylan", "Jan-Willem", "Pieter-Jan", "Jan-Peter",
    "Kees", "Henk", "Willem", "Pieter", "Gerrit", "Hendrik", "Johan", "Erik", "Wouter", "Joris", "Sander",
    "Martijn", "Robin", "Jordy", "Quinten", "Stefan", "Marco", "Patrick", "Ronald", "Freek", "Teun",
    "Siem", "Julian", "Owen", "Hugo", "Boaz", "Job", "Mats", "Olivier", "Cas", "Jurre", "Ties", "Hidde",
]
DUTCH_F = [
    "Anna", "Emma", "Julia", "Sophie", "Lotte", "Sanne", "Lisa", "Fleur", "Eva", "Iris", "Femke", "Anouk",
    "Esther", "Marieke", "Linda", "Sandra", "Monique", "Ingrid", "Petra", "Anne-Marie", "Marie-José",
    "Sara", "Noa", "Tess", "Mila", "Zoë", "Yara", "Lieke", "Demi", "Kim", "Chantal", "Priscilla", "Mirjam",
    "Anke", "Bianca", "Wendy", "Nicole", "Manon", "Romy", "Isa", "Nina", "Evi", "Jasmijn", "Roos", "Saar",
    "Chloë", "Anaïs", "Naomi", "Maud", "Floor", "Lynn", "Kiki", "Joyce", "Danielle", "Mariëlle", "Anne-Sophie",
]
# (official baptismal name, roepnaam) for Dutch persons born before 1975
DUTCH_OLD_M = [
    ("Johannes", "Jan"), ("Hendrikus", "Henk"), ("Cornelis", "Kees"), ("Gerardus", "Gerard"),
    ("Wilhelmus", "Wim"), ("Petrus", "Piet"), ("Jacobus", "Jaap"), ("Theodorus", "Theo"),
    ("Adrianus", "Arie"), ("Antonius", "Ton"), ("Franciscus", "Frans"), ("Gerrit", "Gerrit"),
    ("Johannes Wilhelmus", "Jan-Willem"), ("Hubertus", "Huub"), ("Bernardus", "Ben"),
]
DUTCH_OLD_F = [
    ("Johanna", "Jo"), ("Maria", "Marja"), ("Cornelia", "Corrie"), ("Wilhelmina", "Willy"),
    ("Hendrika", "Riek"), ("Geertruida", "Truus"), ("Elisabeth", "Els"), ("Adriana", "Jeanne"),
    ("Catharina", "Toos"), ("Anna Maria", "Annemarie"), ("Margaretha", "Greet"), ("Petronella", "Nel"),
]
MOROCCAN_M = [
    "Mohamed", "Ahmed", "Youssef", "Rachid", "Said", "Mustapha", "Abdelkader", "Hicham", "Karim", "Bilal",
    "Ayoub", "Hamza", "Zakaria", "Ilias", "Anouar", "Soufiane", "Mehdi", "Brahim", "Driss", "Abderrahim",
    "Nordin", "Khalid", "Jamal", "Adam", "Amine", "Othman", "Redouan", "Yassine", "Nabil", "Tarik",
    "Abdelhak", "Abdellah", "Hassan", "Omar", "Ismail", "Marouane", "Badr", "Imad",
]
MOROCCAN_F = [
    "Fatima", "Khadija", "Naima", "Samira", "Nadia", "Malika", "Aicha", "Latifa", "Hanane", "Salma",
    "Yasmina", "Sanae", "Ikram", "Imane", "Soumaya", "Hafsa", "Meryem", "Nora", "Zineb", "Loubna",
    "Houda", "Amal", "Siham", "Rajae", "Karima", "Hayat", "Fouzia", "Rachida", "Safae", "Chaima",
]
TURKISH_M = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Yusuf", "Murat", "Emre", "Burak",
    "Oğuz", "Çağlar", "Serkan", "Volkan", "Erdoğan", "Kemal", "Osman", "Ömer", "Halil", "Enes", "Furkan",
    "Kerem", "Yiğit", "Onur", "Tolga", "Selçuk", "İsmail", "Süleyman", "Recep", "Cem", "Berkay",
]
TURKISH_F = [
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Gül", "Gülşen", "Özlem", "Büşra", "Şeyma",
    "Merve", "İrem", "Esra", "Hülya", "Songül", "Derya", "Sevgi", "Tuğba", "Gökçe", "Yasemin", "Dilek",
    "Çiğdem", "Nurcan", "Melek", "Sibel", "Ebru", "Kübra",
]
CREOLE_M = [
    "Romano", "Clarence", "Earl", "Marlon", "Glenn", "Dwight", "Jurgen", "Rayen", "Shaquille", "Romeo",
    "Ricardo", "Gregory", "Errol", "Stanley", "Orlando", "Virgil", "Rodney", "Jermaine", "Giovanni",
]
CREOLE_F = [
    "Sharon", "Jacqueline", "Shanice", "Naomi", "Giovanna", "Chelsey", "Melissa", "Rosita", "Marcia",
    "Tamara", "Jennifer", "Angelique", "Gracia", "Ireen", "Romina", "Jamilla",
]
HINDUSTANI_M = [
    "Soenil", "Rakesh", "Aniel", "Wishnoe", "Ashwin", "Navin", "Deepak", "Ravi", "Radjesh", "Sanjay",
    "Mahesh", "Krishna", "Roy", "Dinesh", "Prakash", "Soerin", "Djoeki", "Ramesh",
]
HINDUSTANI_F = [
    "Sjarda", "Anita", "Reshma", "Priya", "Soenita", "Kavita", "Sjanti", "Radha", "Indra", "Nisha",
    "Sarita", "Asha", "Roeshni", "Shirley", "Devika", "Poedja",
]
JAVANESE_M = ["Sarmo", "Soeparman", "Karto", "Wagino", "Djoko", "Edy", "Rinaldo", "Soekirman", "Toekimin"]
JAVANESE_F = ["Sri", "Wagiyem", "Soemini", "Ratna", "Sitie", "Djoemini", "Roekmini", "Joekie"]
ANTILLEAN_M = ["Jurick", "Shurandy", "Dwayne", "Giandro", "Ryan", "Rudsel", "Jeffrey", "Kenrick", "Jurgen",
               "Rignald", "Ashley", "Sherwin"]
ANTILLEAN_F = ["Shurenska", "Jozaira", "Rignalda", "Shudaira", "Maritza", "Jeanine", "Sulaika", "Ginaida",
               "Yoselin", "Rosemary"]
POLISH_M = [
    "Piotr", "Krzysztof", "Tomasz", "Paweł", "Michał", "Łukasz", "Marcin", "Grzegorz", "Wojciech", "Jakub",
    "Mateusz", "Kamil", "Dawid", "Sebastian", "Przemysław", "Adam", "Marek", "Rafał", "Andrzej", "Bartłomiej",
    "Mirosław", "Zbigniew", "Sławomir", "Jarosław",
]
POLISH_F = [
    "Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Magdalena", "Joanna", "Monika", "Ewa", "Aleksandra",
    "Justyna", "Dorota", "Żaneta", "Beata", "Barbara", "Jolanta", "Urszula", "Izabela", "Bożena",
]
BULGARIAN_M = [
    "Георги", "Иван", "Димитър", "Николай", "Христо", "Петър", "Стоян", "Тодор", "Йордан", "Живко",
    "Цветан", "Ангел", "Васил", "Красимир", "Пламен", "Любомир", "Атанас", "Кирил", "Юлиян", "Младен",
    "Мехмед", "Ахмед",
]
BULGARIAN_F = [
    "Мария", "Иванка", "Йорданка", "Цветелина", "Елена", "Десислава", "Радка", "Живка", "Галина",
    "Снежана", "Даниела", "Христина", "Яна", "Петя", "Силвия", "Юлия", "Айше",
]

GIVEN = {
    "dutch": (DUTCH_M, DUTCH_F),
    "moroccan": (MOROCCAN_M, MOROCCAN_F),
    "turkish": (TURKISH_M, TURKISH_F),
    "creole": (CREOLE_M, CREOLE_F),
    "hindustani": (HINDUSTANI_M, HINDUSTANI_F),
    "javanese": (JAVANESE_M, JAVANESE_F),
    "antillean": (ANTILLEAN_M, ANTILLEAN_F),
    "polish": (POLISH_M, POLISH_F),
    "bulgarian": (BULGARIAN_M, BULGARIAN_F),
}

# --------------------------------------------------------------------------------------------------------
# surnames: (tussenvoegsel / particle, core)
# --------------------------------------------------------------------------------------------------------

DUTCH_SN = [
    ("de", "Vries"), ("de", "Jong"), ("", "Jansen"), ("van den", "Berg"), ("", "Bakker"), ("van", "Dijk"),
    ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"), ("de", "Groot"),
    ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"), ("", "Dekker"),
    ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"), ("van der", "Meer"),
    ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"),
    ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
    ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"),
    ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("de", "Lange"), ("", "Kuipers"),
    ("van", "Wijk"), ("", "Post"), ("", "Kramer"), ("van den", "Brink"), ("", "Scholten"),
    ("", "Timmermans"), ("", "Groen"), ("van", "Doorn"), ("", "Verbeek"), ("", "Wouters"), ("", "Hermans"),
    ("in 't", "Veld"), ("van 't", "Hof"), ("ten", "Have"), ("ter", "Horst"), ("op den", "Kamp"),
]
# long tail of Dutch surnames from parts: ("Ver", "hoef") -> "Verhoef", with an optional tussenvoegsel
DUTCH_SN_HEAD = ["Ver", "Zand", "Hoog", "Berg", "Wester", "Ooster", "Kloos", "Molen", "Brug", "Kerk",
                 "Linde", "Rijn", "Veld", "Wind", "Steen", "Groen", "Vliet", "Haver", "Blauw", "Kamp",
                 "Dijk", "Lange", "Witte", "Hout", "Beuk", "Eik", "Broek", "Hoek", "Water", "Zee"]
DUTCH_SN_TAIL = ["hoef", "vliet", "kamp", "man", "mans", "stra", "inga", "sma", "horst", "veld", "berg",
                 "kate", "beek", "dijk", "huis", "boom", "meijer", "schot", "land", "wijk", "hout", "mate"]
DUTCH_SN_TV = ["", "", "", "", "van", "van der", "de", "van den", "ter", "van de"]

MOROCCAN_SN = [
    ("El", "Amrani"), ("El", "Idrissi"), ("", "Bouzid"), ("", "Benali"), ("Ait", "Taleb"), ("", "Aarab"),
    ("", "Azzouzi"), ("", "Boukhari"), ("El", "Khatib"), ("", "Haddouchi"), ("", "Ouali"), ("Ben", "Haddou"),
    ("", "Bakkali"), ("", "Belhaj"), ("", "Boulahrouz"), ("", "Chakir"), ("", "Daoudi"), ("El", "Hamdaoui"),
    ("", "Essafi"), ("", "Hamdi"), ("", "Jabri"), ("", "Kaddouri"), ("", "Lamrani"), ("", "Mansouri"),
    ("", "Marzouki"), ("", "Ouahabi"), ("", "Tahiri"), ("", "Zaoui"), ("El", "Bouazzaoui"), ("", "Ziani"),
    ("Ait", "Ouali"), ("El", "Ouardi"), ("", "Achahbar"), ("", "Boujdaini"), ("", "Yahyaoui"),
    ("El", "Hadioui"), ("", "Aboutaleb"), ("", "Ahajjam"), ("Ben", "Said"), ("Ou", "Hammou"),
]
# long tails built from parts (Moroccan: optional particle + root; Turkish: two parts)
MOROCCAN_ROOTS = [
    "Hamdi", "Azzouz", "Khattabi", "Mimouni", "Harrak", "Bouchta", "Aouragh", "Chahid", "Dahmani", "Fakir",
    "Ghazi", "Hajji", "Jaouhari", "Karroumi", "Laaroussi", "Maati", "Najjari", "Rahmouni", "Saadi", "Tounsi",
    "Yazidi", "Zarouali", "Allouch", "Bachiri", "Cherkaoui", "Demnati", "Ennaji", "Filali", "Guerrouj",
    "Hilali", "Kasmi", "Lahlou", "Meziane", "Nouri", "Ouazzani", "Riffi", "Slimani", "Touzani", "Wahbi",
    "Abbou", "Akhiat", "Boutaher", "Chentouf", "Essaidi", "Hammouti", "Kharbouch", "Moussaoui", "Ouarghi",
]
MOROCCAN_PARTICLES = ["", "", "", "El", "El", "Ben", "Ait", "Ou"]
TURKISH_HEAD = ["Kara", "Ak", "Öz", "Yıl", "Demir", "Gül", "Er", "Kök", "Tek", "Uz", "Şen", "Can", "Bay",
                "Ay", "Gün", "Kurt", "Taş", "Çak", "Ok", "Al", "Bal", "Kılıç"]
TURKISH_TAIL = ["kuş", "gül", "türk", "dız", "taş", "can", "soy", "han", "er", "oğlu", "ay", "doğan", "kaya",
                "bulut", "ocak", "men", "tekin", "yol", "baş", "çelik", "ateş", "sever"]
TURKISH_SN = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Erdoğan", "Güneş", "Aksoy", "Bulut", "Akgül", "Tekin", "Ünal", "Korkmaz", "Başaran", "Gündoğdu",
    "Karakuş", "Bayram", "Çakır", "Uçar", "Güler", "Keskin", "Topçu",
]
CREOLE_SN = [
    "Pinas", "Vroom", "Sabajo", "Zeefuik", "Wijngaarde", "Doorson", "Eduards", "Biervliet", "Held",
    "Playfair", "Emanuelson", "Tuinfort", "Linger", "Pengel", "Refos", "Cairo", "Fer", "Tjon A Fong",
    "Lie A Ling", "Kasanwirjo", "Nelom", "Brunings", "Samuels", "Fraenk", "Menig", "Sordam",
    "Sedney", "Vanenburg", "Bergraaf", "Gravenberch", "Rijssel", "Kross", "Zuiverloon", "Blinker", "Fraser",
    "Renfurm", "Slagveer", "Tjin A Koeng", "Meye", "Aroma", "Maatrijk", "Reeder", "Olmberg", "Lagadeau",
    "Bottse", "Jozefzoon", "Monsels", "Bakboord", "Dundas", "Sandvliet", "Esajas", "Kanteman", "Amelo",
    "Belfor", "Lede", "Hoever", "Dap", "Karg", "Wolff", "Venetiaan", "Sumter", "Mungra", "Abrahams",
]
HINDUSTANI_SN = [
    "Ramsaroep", "Soekhoe", "Jagessar", "Ramdin", "Mahabier", "Ramlal", "Bhagwandin", "Sewdien", "Kalloe",
    "Ramcharan", "Doerga", "Baldewsingh", "Autar", "Ganpat", "Jhinkoe", "Moensi", "Koendjbiharie",
    "Raghoebarsing", "Sitaldin", "Parbhoe", "Chotkan", "Oedit", "Ramautar", "Girdhari", "Bissumbhar",
    "Lachman", "Mohan", "Nandoe", "Rambaran", "Sardjoe", "Tewarie", "Ramkisoen", "Gobardhan", "Harpal",
]
JAVANESE_SN = [
    "Karijopawiro", "Kromodimedjo", "Sastrodimedjo", "Wongsodikromo", "Soemodihardjo", "Amatmoekrim",
    "Karsowidjojo", "Tjokrodimedjo", "Pawirodihardjo", "Ardjosemito", "Kartodikromo", "Setrowidjojo",
]
ANTILLEAN_SN = [
    "Martina", "Maduro", "Isenia", "Rosaria", "Statia", "Pietersz", "Sambo", "Wernet", "Merced", "Cijntje",
    "Janga", "Winklaar", "Profas", "Koeiman", "Römer", "Girigori", "Albertus", "Felida", "Anthony", "Doran",
    "Elhage", "Pauletta", "Leito", "Martes", "Brion", "Kook", "Hato", "Juliana", "Sillé", "Zimmerman",
]
# Polish surnames: (male form, female form)
POLISH_SN = [
    ("Kowalski", "Kowalska"), ("Nowak", "Nowak"), ("Wiśniewski", "Wiśniewska"), ("Wójcik", "Wójcik"),
    ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"), ("Lewandowski", "Lewandowska"),
    ("Zieliński", "Zielińska"), ("Szymański", "Szymańska"), ("Woźniak", "Woźniak"),
    ("Dąbrowski", "Dąbrowska"), ("Kozłowski", "Kozłowska"), ("Jankowski", "Jankowska"), ("Mazur", "Mazur"),
    ("Krawczyk", "Krawczyk"), ("Piotrowski", "Piotrowska"), ("Grabowski", "Grabowska"),
    ("Pawłowski", "Pawłowska"), ("Michalski", "Michalska"), ("Król", "Król"), ("Wieczorek", "Wieczorek"),
    ("Jabłoński", "Jabłońska"), ("Wróbel", "Wróbel"), ("Majewski", "Majewska"), ("Olszewski", "Olszewska"),
    ("Stępień", "Stępień"), ("Malinowski", "Malinowska"), ("Jaworski", "Jaworska"), ("Adamczyk", "Adamczyk"),
    ("Dudek", "Dudek"), ("Nowicki", "Nowicka"), ("Pawlak", "Pawlak"), ("Górski", "Górska"),
    ("Witkowski", "Witkowska"), ("Walczak", "Walczak"), ("Sikora", "Sikora"), ("Baran", "Baran"),
    ("Szewczyk", "Szewczyk"), ("Ostrowski", "Ostrowska"), ("Pietrzak", "Pietrzak"), ("Duda", "Duda"),
    ("Zalewski", "Zalewska"), ("Wróblewski", "Wróblewska"), ("Łuczak", "Łuczak"), ("Żak", "Żak"),
]
# Bulgarian surnames (male, Cyrillic); the female form adds -а to -ов/-ев
BULGARIAN_SN = [
    "Георгиев", "Иванов", "Димитров", "Петров", "Николов", "Христов", "Стоянов", "Тодоров", "Йорданов",
    "Ангелов", "Атанасов", "Василев", "Желязков", "Цветков", "Костадинов", "Маринов", "Илиев", "Колев",
    "Янков", "Асенов", "Юсеин", "Мехмедов", "Ахмедов", "Мустафов", "Щерев", "Събев", "Любенов", "Жеков",
]

SURNAMES = {
    "moroccan": MOROCCAN_SN, "turkish": TURKISH_SN, "creole": CREOLE_SN, "hindustani": HINDUSTANI_SN,
    "javanese": JAVANESE_SN, "antillean": ANTILLEAN_SN, "bulgarian": BULGARIAN_SN,
}

# --------------------------------------------------------------------------------------------------------
# spelling variants (transliterations) as written by systems other than the BRP
# --------------------------------------------------------------------------------------------------------

ARABIC_VARIANTS = {
    "Mohamed": ["Mohammed", "Muhammad", "Mohamad", "Mhamed", "Mohammad", "Mouhamed", "Mohamet"],
    "Ahmed": ["Ahmad", "Ahmet", "Achmed"],
    "Youssef": ["Yussuf", "Joesoef", "Yousef", "Youssouf", "Yusuf", "Youcef"],
    "Rachid": ["Rashid", "Rasjid", "Rachied"],
    "Said": ["Saïd", "Saeed", "Saaid", "Saied"],
    "Mustapha": ["Mustafa", "Moustafa", "Mostafa"],
    "Abdelkader": ["Abdel Kader", "Abdul Qadir", "Abdelkadir", "Abdelkhader", "Abdel-Kader"],
    "Abderrahim": ["Abdel Rahim", "Abdurrahim", "Abderahim", "Abd er-Rahim"],
    "Abdelhak": ["Abdel Hak", "Abdelhaq", "Abdul Haq"],
    "Abdellah": ["Abdallah", "Abdellah", "Abdullah", "Abdel Lah"],
    "Hicham": ["Hisham", "Hisjam", "Hichem"],
    "Karim": ["Kareem", "Kerim"],
    "Ayoub": ["Ayub", "Ajoeb", "Ayyub"],
    "Ilias": ["Ilyas", "Elias", "Iliass"],
    "Anouar": ["Anwar", "Anuar"],
    "Soufiane": ["Sufyan", "Sofiane", "Soufian"],
    "Mehdi": ["Mahdi"],
    "Brahim": ["Ibrahim", "Brahiem"],
    "Driss": ["Idriss", "Idris"],
    "Zakaria": ["Zakariya", "Zakariae", "Zakarya"],
    "Redouan": ["Redouane", "Ridwan", "Rédouan"],
    "Yassine": ["Yassin", "Yasin", "Jassin"],
    "Othman": ["Osman", "Outman", "Uthman"],
    "Khalid": ["Khaled", "Chalid", "Khalied"],
    "Nordin": ["Noureddine", "Nourdin", "Nur ad-Din"],
    "Hassan": ["Hasan", "Hassane"],
    "Omar": ["Umar", "Oumar"],
    "Ismail": ["Ismael", "Smail", "Ismaïl"],
    "Fatima": ["Fatma", "Fatimah", "Fadma", "Fatiema"],
    "Khadija": ["Khadidja", "Chadia", "Kadija", "Chadija", "Khadiya"],
    "Naima": ["Naïma", "Naeema", "Na'ima"],
    "Aicha": ["Aïcha", "Aisha", "Aischa", "Ayesha"],
    "Malika": ["Malieka"],
    "Hanane": ["Hanan", "Hanaan"],
    "Meryem": ["Meriem", "Maryam", "Mariam"],
    "Zineb": ["Zaynab", "Zainab", "Zeinab"],
    "Rajae": ["Rajaa", "Raja"],
    "Siham": ["Sihame"],
    "Safae": ["Safaa", "Safa"],
    "Chaima": ["Shaima", "Chayma", "Shayma"],
    "Soumaya": ["Sumaya", "Soumaia"],
    "Hafsa": ["Hafssa"],
    "Yasmina": ["Yasmine", "Jasmina"],
}
# Moroccan surname spellings: French vs. English vs. Dutch ear
MOROCCAN_SN_VARIANTS = {
    "Amrani": ["Amrany", "Emrani"], "Idrissi": ["Idrisi", "Driouich"], "Bouzid": ["Bouzit", "Bu Zid"],
    "Benali": ["Ben Ali", "Ben-Ali"], "Khatib": ["Khattabi", "Chatib"], "Haddouchi": ["Haddouji", "Hadouchi"],
    "Tahiri": ["Tahri", "Taheri"], "Boukhari": ["Bukhari", "Boechari"], "Azzouzi": ["Azouzi", "Azzouzy"],
    "Kaddouri": ["Kadouri", "Qaddouri"], "Mansouri": ["Mansoury", "Mansoeri"], "Ouahabi": ["Wahabi", "Ouhabi"],
    "Yahyaoui": ["Yahiaoui", "Jahjaoui"], "Hamdaoui": ["Hamdaou", "Hamdawi"], "Chakir": ["Shakir", "Chaqir"],
    "Jabri": ["Djabri", "Jabry"], "Achahbar": ["Achahbar", "Ashahbar"], "Aarab": ["Arab", "Aârab"],
}
# Hindustani / Javanese: Dutch colonial spelling -> English spelling
SURINAMESE_EN = [("oe", "u"), ("dj", "j"), ("tj", "ch"), ("sj", "sh"), ("w", "v")]

# Bulgarian transliteration systems (lower case tables; upper case is derived)
_BG_BASE = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k",
            "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
            "ф": "f", "ь": "y"}
BG_TRANSLIT = {
    # the official 2009 streamlined system (what the BRP holds from the passport)
    "official": {**_BG_BASE, "ж": "zh", "й": "y", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht",
                 "ъ": "a", "ю": "yu", "я": "ya"},
    # ICAO Doc 9303 (passport scanners, machine-readable zone)
    "icao": {**_BG_BASE, "ж": "zh", "й": "i", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
             "ъ": "ie", "ю": "iu", "я": "ia", "ь": ""},
    # German ear / German employment agency papers
    "german": {**_BG_BASE, "в": "w", "з": "s", "ж": "sch", "й": "j", "х": "ch", "ц": "z", "ч": "tsch",
               "ш": "sch", "щ": "scht", "ъ": "a", "ю": "ju", "я": "ja"},
    # French (older Bulgarian passports): Gueorguiev, Jivko, Khristo
    "french": {**_BG_BASE, "ж": "j", "й": "i", "х": "kh", "у": "ou", "ц": "ts", "ч": "tch", "ш": "ch",
               "щ": "cht", "ъ": "a", "ю": "iou", "я": "ia"},
    # Dutch ear: Christo, Zjivko, Stojanov
    "dutch": {**_BG_BASE, "ж": "zj", "й": "j", "х": "ch", "у": "oe", "ц": "ts", "ч": "tsj", "ш": "sj",
              "щ": "sjt", "ъ": "u", "ю": "joe", "я": "ja"},
}

# street nicknames per community and generic ones (young persons of concern)
NICK_CLIP = {  # informal forms and clippings
    "Mohamed": ["Mo", "Moha", "Hamoudi"], "Youssef": ["Yous", "Joe"], "Abdelkader": ["Kader", "Abdel"],
    "Abderrahim": ["Rahim"], "Mustapha": ["Mous", "Mus"], "Soufiane": ["Souf"], "Zakaria": ["Zak"],
    "Ilias": ["Ili"], "Bilal": ["Bil"], "Hamza": ["Hamz"], "Yassine": ["Yas"], "Redouan": ["Red"],
    "Mehmet": ["Memo"], "Hüseyin": ["Hüso", "Huso"], "Mustafa": ["Musti"], "İbrahim": ["İbo", "Ibo"],
    "Muhammed": ["Memo"], "Burak": ["Bur"], "Furkan": ["Fur"], "Kerem": ["Kero"],
    "Jan-Willem": ["JW", "Jan"], "Pieter-Jan": ["PJ"], "Jan-Peter": ["JP"], "Jordy": ["Jor"],
    "Dylan": ["Dyl"], "Jayden": ["Jay"], "Quinten": ["Quin"], "Sebastian": ["Seb"],
    "Krzysztof": ["Krzysiek", "Krzys"], "Łukasz": ["Łukasz", "Luk"], "Przemysław": ["Przemek"],
    "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"],
    "Shurandy": ["Shu"], "Shaquille": ["Shaq"], "Giandro": ["Gian"], "Jermaine": ["Jer"],
    "Khadija": ["Dija"], "Fatima": ["Tima"], "Yasmina": ["Yas"], "Samira": ["Sam"], "Chaima": ["Chai"],
    "Zeynep": ["Zey"], "Büşra": ["Büş"], "Shanice": ["Shan"], "Priscilla": ["Pris"], "Anne-Marie": ["Anne"],
}
NICK_ALIAS = ["Flash", "Kiki", "Boef", "Tiny", "Spike", "Pablo", "Snoop", "Dikke", "Lil D", "Chico",
              "Rocky", "Bizz", "Skinny", "Goku", "Neymar", "Shorty", "Kleine", "Zwarte", "Tito", "Bobo"]

# --------------------------------------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------------------------------------

# municipality -> (villages with weights, postcode 4-digit range, area code, share of households,
#                  community weights)
TOWNS = {
    "Amsterdam": ([("Amsterdam", 1.0)], (1011, 1109), "020", 0.27,
                  {"dutch": 40, "moroccan": 18, "turkish": 8, "creole": 12, "hindustani": 4, "javanese": 1,
                   "antillean": 5, "polish": 7, "bulgarian": 5}),
    "Haarlem": ([("Haarlem", 1.0)], (2011, 2037), "023", 0.11,
                {"dutch": 62, "moroccan": 10, "turkish": 9, "creole": 5, "hindustani": 2, "javanese": 1,
                 "antillean": 3, "polish": 5, "bulgarian": 3}),
    "Eindhoven": ([("Eindhoven", 1.0)], (5611, 5658), "040", 0.16,
                  {"dutch": 56, "moroccan": 9, "turkish": 13, "creole": 3, "hindustani": 1, "javanese": 1,
                   "antillean": 4, "polish": 8, "bulgarian": 5}),
    "Westland": ([("Naaldwijk", 0.3), ("Monster", 0.13), ("'s-Gravenzande", 0.2), ("Wateringen", 0.15),
                  ("De Lier", 0.12), ("Poeldijk", 0.1)], (2671, 2694), "0174", 0.13,
                 {"dutch": 55, "moroccan": 3, "turkish": 4, "creole": 1, "hindustani": 2, "javanese": 0.5,
                  "antillean": 1, "polish": 20, "bulgarian": 13}),
    "Gouda": ([("Gouda", 1.0)], (2801, 2809), "0182", 0.1,
              {"dutch": 58, "moroccan": 22, "turkish": 4, "creole": 3, "hindustani": 3, "javanese": 1,
               "antillean": 2, "polish": 4, "bulgarian": 3}),
    "Lansingerland": ([("Berkel en Rodenrijs", 0.45), ("Bergschenhoek", 0.35), ("Bleiswijk", 0.2)],
                      (2651, 2665), "010", 0.09,
                      {"dutch": 70, "moroccan": 4, "turkish": 5, "creole": 4, "hindustani": 5, "javanese": 1,
                       "antillean": 2, "polish": 6, "bulgarian": 3}),
    "Deventer": ([("Deventer", 0.92), ("Bathmen", 0.08)], (7411, 7439), "0570", 0.14,
                 {"dutch": 60, "moroccan": 4, "turkish": 16, "creole": 2, "hindustani": 1, "javanese": 1,
                  "antillean": 3, "polish": 8, "bulgarian": 5}),
}

# street name parts
STREET_PLAIN = [
    "Kerkstraat", "Dorpsstraat", "Molenweg", "Schoolstraat", "Stationsweg", "Marktplein", "Nieuwstraat",
    "Hoogstraat", "Julianastraat", "Beatrixstraat", "Wilhelminastraat", "Emmastraat", "Oranjestraat",
    "Parallelweg", "Havenstraat", "Dijkstraat", "Zandweg", "Veldweg", "Achterweg", "Brinkstraat",
    "Kanaalweg", "Burgwal", "Lange Nieuwstraat", "Korte Gracht", "Spoorlaan", "Fabrieksstraat",
]
STREET_PEOPLE = [
    "Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Van Gogh", "Mondriaan", "Breitner", "Israëls",
    "Mesdag", "Jongkind", "Vondel", "Bilderdijk", "Da Costa", "Multatuli", "Gorter", "Perk", "Kloos",
    "Huygens", "Lorentz", "Van 't Hoff", "Kamerlingh Onnes", "Zeeman", "Boerhaave", "Leeuwenhoek",
    "Hannie Schaft", "Titus Brandsma", "Johan de Witt", "De Ruyter", "Tromp", "Piet Heyn", "Van Speijk",
    "Karel Doorman", "Erasmus", "Thorbecke", "Spinoza", "Anne Frank", "Van Heemskerck", "Van Ostade",
    "Ruysdael", "Hobbema", "Jacob Cats", "Hooft", "Coornhert", "Vrijheid", "Marnix",
]
STREET_THINGS = [
    "Roos", "Tulp", "Lelie", "Anjer", "Iris", "Narcis", "Krokus", "Hyacint", "Goudsbloem", "Zonnebloem",
    "Eiken", "Beuken", "Linden", "Essen", "Wilgen", "Populieren", "Kastanje", "Berken", "Platanen", "Iepen",
    "Merel", "Lijster", "Vink", "Mees", "Spreeuw", "Reiger", "Kievit", "Zwaluw", "Kwartel", "Roerdomp",
    "Maas", "Waal", "Rijn", "IJssel", "Amstel", "Vecht", "Dommel", "Lek", "Linge", "Schelde",
    "Texel", "Vlieland", "Ameland", "Terschelling", "Schiermonnikoog", "Zeeland", "Drenthe", "Limburg",
    "Saturnus", "Jupiter", "Mercurius", "Orion", "Pegasus", "Koper", "Zilver", "Tin", "Brons", "Graniet",
]
STREET_SUFFIX = ["straat", "straat", "straat", "laan", "laan", "weg", "plein", "hof", "singel", "kade",
                 "dreef", "pad", "gracht", "park"]
# honorific / ordinal prefixes: (full, abbreviations)
STREET_TITLED = [
    ("Burgemeester", ["De With", "Van Sonsbeeck", "Roelen", "Van Nispen", "Hogguer", "Visser", "Stulemeijer",
                      "De Vlugt", "Van Walsum", "Letschert"]),
    ("Prinses", ["Irene", "Margriet", "Beatrix", "Marijke", "Christina", "Amalia", "Juliana"]),
    ("Prins", ["Bernhard", "Hendrik", "Willem-Alexander", "Claus", "Frederik", "Maurits"]),
    ("Koningin", ["Wilhelmina", "Juliana", "Emma", "Máxima"]),
    ("Dokter", ["Schaepman", "Ariëns", "Nolens", "Kuyper", "Zamenhof", "Albert Schweitzer"]),
    ("Professor", ["Lorentz", "Kamerlingh Onnes", "Van der Waals", "Einstein", "Zernike"]),
    ("Sint", ["Jans", "Joris", "Nicolaas", "Anna", "Agatha", "Jacobs"]),
    ("Generaal", ["Cronjé", "De Wet", "Joubert", "Spoor", "Winkelman"]),
    ("Pastoor", ["Van Ars", "Schaepman", "Doensen", "Dijkmans"]),
    ("Wethouder", ["Nijhuis", "Den Hertog", "Van Eck", "Buitenweg"]),
    ("Eerste", ["Oosterpark", "Van der Helst", "Jan Steen", "Hugo de Groot", "Constantijn Huygens", "Atjeh",
                "Sweelinck", "Weteringdwars"]),
    ("Tweede", ["Oosterpark", "Van der Helst", "Jan Steen", "Hugo de Groot", "Constantijn Huygens", "Atjeh",
                "Sweelinck", "Weteringdwars"]),
    ("Derde", ["Oosterpark", "Van der Helst", "Hugo de Groot", "Weteringdwars"]),
]
STREET_ABBREV = {
    "Burgemeester": ["Burg.", "Burgem.", "Bgm.", "Burg"],
    "Prinses": ["Pr.", "Prs.", "Pr"],
    "Prins": ["Pr.", "Pr"],
    "Koningin": ["Kon.", "Kon", "Kon:"],
    "Dokter": ["Dr.", "Dr", "Doctor"],
    "Professor": ["Prof.", "Prof"],
    "Sint": ["St.", "St", "Sint-"],
    "Generaal": ["Gen.", "Gen"],
    "Pastoor": ["Past.", "Pastoor"],
    "Wethouder": ["Weth.", "Weth"],
    "Eerste": ["1e", "1ste", "Ie"],
    "Tweede": ["2e", "2de", "IIe"],
    "Derde": ["3e", "3de"],
}
STREET_SUFFIX_ABBREV = {"straat": ["str.", "str", "st."], "laan": ["ln.", "ln"], "weg": ["wg.", "wg"],
                        "plein": ["pln.", "pl."], "singel": ["sngl."], "gracht": ["gr."], "kade": ["kd."]}

SCHOOL_PRIMARY = [
    "De Regenboog", "De Linde", "Het Kompas", "De Wereldwijzer", "Al Amana", "Yunus Emre", "De Vlinder",
    "De Sterrenwacht", "Het Palet", "De Springplank", "Sint Jozef", "De Triangel", "Het Mozaïek",
    "De Klimop", "De Zonnewijzer", "Prins Willem-Alexander", "De Horizon", "Het Startpunt",
]
SCHOOL_PRIMARY_KIND = ["OBS", "CBS", "RKBS", "IBS", "Basisschool", "KBS"]
SCHOOL_SECONDARY = [
    "Mundus College", "Hervormd Lyceum", "Da Vinci College", "Het Stedelijk", "Lorentz Lyceum",
    "Montessori College", "Calvijn College", "Pieter Nieuwland College", "Sint-Joriscollege",
    "Het Westland College", "Coornhert Gymnasium", "Praktijkschool De Brug", "Vakcollege",
    "Ichthus College", "Christelijk Lyceum", "ROC Techniek",
]

# hub addresses: (municipality, kind, street, number, suffix)
HUBS = [
    ("Amsterdam", "opvang", "Rode Kruisstraat", "20", ""),
    ("Amsterdam", "opvang", "Eerste Oosterparkstraat", "113", ""),
    ("Amsterdam", "zorg", "Prinses Irenelaan", "5", "A"),
    ("Amsterdam", "migrant", "Spoorlaan", "40", ""),
    ("Haarlem", "opvang", "Burgemeester de Withstraat", "8", ""),
    ("Haarlem", "zorg", "Pastoor van Arsstraat", "1", ""),
    ("Eindhoven", "opvang", "Sint Jansstraat", "61", ""),
    ("Eindhoven", "migrant", "Fabrieksstraat", "2", "B"),
    ("Westland", "migrant", "Molenweg", "101", ""),
    ("Westland", "migrant", "Zandweg", "7", ""),
    ("Westland", "migrant", "Havenstraat", "33", "A"),
    ("Westland", "migrant", "Veldweg", "12", ""),
    ("Gouda", "opvang", "Koningin Julianaweg", "2", ""),
    ("Lansingerland", "migrant", "Parallelweg", "60", ""),
    ("Deventer", "opvang", "Dokter Schaepmanstraat", "14", ""),
    ("Deventer", "zorg", "Generaal Cronjéstraat", "3", ""),
]

PLACEHOLDER_NAME = ["onbekend", "Onbekend", "ONBEKEND", "NN", "N.N.", "-", "?", "x", "X", "n.v.t."]
PLACEHOLDER_ADDR = ["onbekend", "Onbekend", "-", "?", "n.v.t.", "x", "geen vaste woon- of verblijfplaats"]
PLACEHOLDER_PHONE = ["0612345678", "06-12345678", "0000000000", "0600000000", "-", "onbekend"]
