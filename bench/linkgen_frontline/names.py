"""Hand-compiled lists for the frontline-entry generator: names per community, nicknames, street aliases,
autocorrect substitutions, towns, streets and schools.  Lists are ordered roughly by frequency (the generator
draws them Zipf-like by position), so the first entries produce the namesakes.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------------
# Given names.  Per community: male/female, "young" (born after ~1990) and "old".  Dutch old names are
# (official baptismal name, roepnaam) pairs; the roepnaam is what frontline workers hear.
# --------------------------------------------------------------------------------------------------------

DUTCH_M_YOUNG = [
    "Daan", "Sem", "Milan", "Levi", "Luuk", "Bram", "Thijs", "Jesse", "Lucas", "Stijn", "Ruben", "Tim",
    "Thomas", "Kevin", "Niels", "Mike", "Dylan", "Rick", "Sven", "Jayden", "Noah", "Finn", "Julian", "Lars",
    "Tygo", "Jelle", "Mees", "Sander", "Gijs", "Max", "Joey", "Ryan", "Nick", "Robin", "Bas", "Koen",
    "Wesley", "Jordy", "Dennis", "Niek", "Stefan", "Jens", "Justin", "Mitchell", "Timo", "Bart", "Rens",
    "Joris", "Teun", "Wouter", "Damian", "Jari", "Sil", "Owen", "Vince", "Quinten", "Roy", "Glenn",
]
DUTCH_F_YOUNG = [
    "Emma", "Julia", "Sophie", "Lotte", "Anna", "Sanne", "Lisa", "Fleur", "Eva", "Iris", "Noa", "Tess",
    "Sara", "Nina", "Lieke", "Femke", "Demi", "Kim", "Romy", "Esmee", "Britt", "Isa", "Fenna", "Jade",
    "Zoë", "Mila", "Yara", "Lynn", "Chantal", "Kelly", "Naomi", "Merel", "Anouk", "Roos", "Sterre",
    "Jasmijn", "Shanice", "Kimberly", "Melissa", "Bo", "Floor", "Maud", "Amber", "Danique", "Chayenne",
]
DUTCH_M_OLD = [
    ("Johannes", "Jan"), ("Johannes", "Hans"), ("Petrus", "Piet"), ("Petrus", "Peter"), ("Cornelis", "Kees"),
    ("Hendrik", "Henk"), ("Gerardus", "Gerard"), ("Gerardus", "Gert"), ("Wilhelmus", "Wim"),
    ("Jacobus", "Jaap"), ("Jacobus", "Koos"), ("Adrianus", "Ad"), ("Adrianus", "Arie"),
    ("Theodorus", "Theo"), ("Franciscus", "Frans"), ("Antonius", "Ton"), ("Antonius", "Toon"),
    ("Martinus", "Martin"), ("Nicolaas", "Klaas"), ("Marinus", "Rinus"), ("Dirk", "Dirk"), ("Mark", "Mark"),
    ("Erik", "Erik"), ("Robertus", "Rob"), ("Paulus", "Paul"), ("Marco", "Marco"), ("Patrick", "Patrick"),
    ("Richard", "Richard"), ("Ronald", "Ronald"), ("Sjoerd", "Sjoerd"), ("Pieter", "Pieter"),
    ("Wiebe", "Wiebe"), ("Durk", "Durk"), ("Jeroen", "Jeroen"), ("Michiel", "Michiel"), ("Remco", "Remco"),
    ("Alexander", "Sander"), ("Johannes Wilhelmus", "Jan-Willem"), ("Leonardus", "Leo"),
]
DUTCH_F_OLD = [
    ("Maria", "Mieke"), ("Maria", "Ria"), ("Maria", "Marijke"), ("Johanna", "Anneke"), ("Johanna", "Joke"),
    ("Johanna", "Hanneke"), ("Cornelia", "Corrie"), ("Cornelia", "Nel"), ("Wilhelmina", "Wilma"),
    ("Elisabeth", "Els"), ("Elisabeth", "Lies"), ("Geertruida", "Truus"), ("Hendrika", "Riek"),
    ("Hendrika", "Henny"), ("Petronella", "Nelleke"), ("Anna", "Anja"), ("Ingrid", "Ingrid"),
    ("Monique", "Monique"), ("Sandra", "Sandra"), ("Linda", "Linda"), ("Patricia", "Patricia"),
    ("Marieke", "Marieke"), ("Petra", "Petra"), ("Karin", "Karin"), ("Ilse", "Ilse"), ("Sietske", "Sietske"),
    ("Baukje", "Baukje"), ("Esther", "Esther"), ("Wendy", "Wendy"), ("Mirjam", "Mirjam"), ("Bianca", "Bianca"),
]

MOROCCAN_M_YOUNG = [
    "Mohamed", "Ayoub", "Bilal", "Yassine", "Soufiane", "Anouar", "Ilias", "Zakaria", "Hamza", "Mehdi",
    "Adam", "Ayman", "Nordin", "Imran", "Othman", "Younes", "Reda", "Amine", "Ismail", "Ibrahim", "Anas",
    "Badr", "Sami", "Salah", "Tarik", "Marouane", "Nassim", "Walid", "Youssef", "Achraf", "Oussama",
    "Khalid", "Said", "Karim", "Hicham", "Redouan", "Mourad", "Faycal", "Jamal", "Nabil",
]
MOROCCAN_M_OLD = [
    "Mohamed", "Ahmed", "Abdelkader", "Mustafa", "Hassan", "Rachid", "Said", "Driss", "Abdellah", "Omar",
    "Ali", "Hamid", "Khalid", "Brahim", "Abdeslam", "Mimoun", "Lahcen", "Aziz", "Abdelaziz", "Mohammed",
]
MOROCCAN_F_YOUNG = [
    "Chaima", "Salma", "Imane", "Sara", "Yasmina", "Nora", "Meryem", "Ikram", "Hajar", "Soukaina", "Nadia",
    "Samira", "Loubna", "Dounia", "Hanane", "Kawtar", "Ilham", "Asmae", "Oumaima", "Hiba", "Naima", "Siham",
    "Sanae", "Rim", "Houda", "Zineb", "Kenza", "Malika", "Amal", "Btissam",
]
MOROCCAN_F_OLD = [
    "Fatima", "Khadija", "Malika", "Naima", "Rachida", "Saida", "Aicha", "Zineb", "Latifa", "Fadma",
    "Zohra", "Habiba", "Mina", "Rabia", "Hafsa",
]

TURKISH_M_YOUNG = [
    "Emre", "Burak", "Furkan", "Kerem", "Enes", "Mert", "Baran", "Arda", "Yusuf", "Berkay", "Serkan", "Can",
    "Eren", "Oğuz", "Ozan", "Emir", "Kaan", "Efe", "Onur", "Umut", "Tolga", "Selim", "Mehmet", "Ömer",
    "Hakan", "Volkan", "Cem", "Deniz", "Yunus", "Batuhan",
]
TURKISH_M_OLD = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Osman", "Murat", "Yusuf", "Ömer",
    "İsmail", "Halil", "Recep", "Ramazan", "Süleyman", "Kemal", "Erdal",
]
TURKISH_F_YOUNG = [
    "Esra", "Büşra", "Merve", "Ela", "Derya", "Dilara", "Ceren", "Şeyma", "Sude", "Elif", "Melike", "Zehra",
    "Gizem", "Tuğba", "İrem", "Kübra", "Yağmur", "Zeynep", "Ebru", "Selin", "Aleyna", "Buse",
]
TURKISH_F_OLD = [
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Hülya", "Sevgi", "Songül", "Gülsüm",
    "Nurten", "Saadet",
]

CREOLE_M = [
    "Romano", "Rigillio", "Jurmen", "Shurwin", "Dwayne", "Quincy", "Romeo", "Ivan", "Ricardo", "Marciano",
    "Jerrel", "Clarence", "Sergio", "Roy", "Ryan", "Urvin", "Jaïr", "Giovanni", "Kenneth", "Edson",
    "Jermaine", "Nigel", "Shaquille", "Dinho", "Xavier", "Glenn", "Orlando", "Steven", "Dion", "Jeffrey",
]
CREOLE_F = [
    "Shanice", "Chenoa", "Gracia", "Jurnella", "Naomi", "Shirley", "Rowena", "Kimberley", "Esmeralda",
    "Priscilla", "Ruthmila", "Sharon", "Denise", "Cheyenne", "Latisha", "Tamara", "Angelique", "Jennifer",
    "Rachelle", "Gladys",
]
HINDUSTANI_M = [
    "Ravi", "Sunil", "Rakesh", "Anil", "Vishal", "Ashwin", "Dinesh", "Rajesh", "Sanjay", "Amit", "Kiran",
    "Navin", "Rishi", "Vijay", "Akash", "Rohan", "Dev", "Arjun", "Shivam", "Kevin", "Glenn", "Radj",
    "Sharan", "Prakash",
]
HINDUSTANI_F = [
    "Anita", "Sunita", "Sharmila", "Radjkoemarie", "Priya", "Shanti", "Reshma", "Kavita", "Asha", "Nisha",
    "Sangita", "Anjali", "Rianne", "Sharda", "Devika", "Indra", "Pooja", "Shanaya", "Usha",
]
ANTILLEAN_M = [
    "Jurick", "Rignald", "Shurandy", "Jandino", "Dio", "Roshendly", "Quentin", "Juvanny", "Kenrick",
    "Jean-Paul", "Ruthsel", "Eugene", "Edsel", "Raysheron", "Giandro", "Jerson", "Luigi", "Rudsel", "Ivandro",
    "Gilbert",
]
ANTILLEAN_F = [
    "Jurnaly", "Shurennie", "Jeanira", "Rozaly", "Shuguerly", "Naysha", "Mayra", "Julienne", "Shakira",
    "Yaritza", "Ruthnella", "Jessenia", "Marisol", "Gisela",
]
POLISH_M = [
    "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Kamil", "Mateusz",
    "Adam", "Dawid", "Grzegorz", "Wojciech", "Marek", "Sebastian", "Bartosz", "Kacper", "Szymon", "Rafał",
    "Artur", "Damian", "Przemysław", "Mariusz", "Daniel", "Patryk",
]
POLISH_F = [
    "Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Monika", "Aleksandra", "Natalia", "Ewa",
    "Małgorzata", "Karolina", "Paulina", "Justyna", "Dorota", "Weronika", "Kinga", "Marta", "Sylwia", "Beata",
    "Izabela",
]
BULGARIAN_M = [
    "Georgi", "Ivan", "Dimitar", "Nikolay", "Petar", "Hristo", "Stoyan", "Todor", "Yordan", "Vasil",
    "Stefan", "Atanas", "Krasimir", "Plamen", "Angel", "Martin", "Kaloyan", "Zhivko", "Emil", "Valentin",
    "Mihail", "Asen", "Orhan", "Mehmed", "Ognyan",
]
BULGARIAN_F = [
    "Maria", "Ivanka", "Elena", "Yordanka", "Petya", "Gergana", "Desislava", "Tsvetelina", "Radka", "Silvia",
    "Nadezhda", "Snezhana", "Galina", "Antoaneta", "Fatme", "Aysel", "Svetla", "Velichka", "Teodora",
]
ROMANIAN_M = [
    "Ionuț", "Andrei", "Alexandru", "Florin", "Marius", "Gheorghe", "Mihai", "Cristian", "Daniel", "Vasile",
    "Adrian", "Constantin", "Ion", "Costel",
]
ROMANIAN_F = [
    "Elena", "Maria", "Ioana", "Andreea", "Mihaela", "Florentina", "Cristina", "Gabriela", "Alina", "Nicoleta",
]

# --------------------------------------------------------------------------------------------------------
# Surnames.  Dutch as (tussenvoegsel, name); the others plain.  Polish and Bulgarian are given in the male
# form; the generator derives the female form.
# --------------------------------------------------------------------------------------------------------

DUTCH_SURNAMES = [
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"),
    ("", "Vermeulen"), ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"),
    ("de", "Bruin"), ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"),
    ("van", "Vliet"), ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"),
    ("van", "Dam"), ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"), ("", "Peeters"),
    ("de", "Lange"), ("", "Kuipers"), ("van", "Wijk"), ("", "Postma"), ("", "Bosman"), ("", "Kramer"),
    ("van den", "Bosch"), ("", "Schipper"), ("", "Vink"), ("", "Hermans"), ("van", "Doorn"), ("", "Jonker"),
    ("ter", "Horst"), ("in 't", "Veld"), ("van 't", "Hof"), ("op den", "Kamp"), ("", "Wouters"),
    ("", "Boersma"), ("", "Sijbesma"), ("", "Zijlstra"), ("", "Kuijpers"), ("", "Claassen"), ("", "Geerts"),
    ("", "Wijnen"), ("", "Brands"), ("", "Lemmens"), ("", "Custers"), ("", "Schreurs"), ("", "Heijnen"),
    ("", "Coenen"), ("", "Vossen"), ("", "Ramaekers"), ("", "Hazelhof"), ("van", "Rijn"), ("", "Dirksen"),
    ("", "Wolters"), ("", "Kooistra"), ("", "Terpstra"), ("de", "Ridder"), ("van", "Gils"), ("", "Verbeek"),
    ("van", "Loon"), ("", "Timmermans"), ("", "Leenders"), ("", "Driessen"), ("van der", "Sluis"),
    ("", "Bruinsma"), ("", "Rietveld"), ("", "Hoogendoorn"), ("van", "Os"), ("", "Schaap"), ("den", "Hartog"),
]
# long tail of Dutch surnames: roots x endings (Groeneveld, Rozendaal, Hoogland ...)
DUTCH_ROOTS = [
    "Groen", "Roze", "Hoog", "Laag", "Wester", "Ooster", "Zuider", "Noord", "Ber", "Kam", "Mol", "Brink",
    "Zand", "Steen", "Wijn", "Velde", "Dal", "Beek", "Hout", "Linde", "Eik", "Hazel", "Riet", "Klaver",
    "Holt", "Ven", "Heuvel", "Bloem", "Elst", "Ros", "Ha", "Boom", "Kraai", "Valk", "Haver",
]
DUTCH_ENDINGS = [
    "veld", "daal", "land", "kamp", "man", "mans", "stra", "sma", "ink", "ing", "hof", "horst", "dijk",
    "berg", "broek", "hout", "meijer", "boer", "huis", "vliet", "werf", "stede", "brink", "kate",
]

MOROCCAN_SURNAMES = [
    "El Amrani", "El Idrissi", "Bouzid", "Benali", "El Khatib", "Azzouzi", "Bennani", "Bouali", "Aarab",
    "Ait Taleb", "Chaouch", "El Hadioui", "Ouali", "Bakkali", "Boukhari", "Zaoui", "El Ouazzani",
    "Haddouchi", "Tahiri", "Amrani", "El Bouzidi", "Lamrani", "Akouch", "Ziani", "Belhaj", "El Moussaoui",
    "Boulahrouz", "Ouahabi", "Essafi", "El Yaakoubi", "Abdellaoui", "Charif", "Hamdaoui", "Mansouri",
    "El Messaoudi", "Azough", "Achahbar", "Boujdaini", "El Haddouti", "Bouchtaoui", "Raiss", "El Fassi",
    "Ben Haddou", "Ait Hammou", "Ouled Ali", "El Harchaoui", "Boukhriss", "Ajouaou", "Touzani", "Marzouki",
]
TURKISH_SURNAMES = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat",
    "Erdoğan", "Güneş", "Aksoy", "Akgül", "Bulut", "Keskin", "Ünal", "Tekin", "Uçar", "Korkmaz", "Karataş",
    "Tuncer", "Altun", "Özer", "Acar", "Bozkurt", "Çakır", "Yavuz", "Coşkun",
]
CREOLE_SURNAMES = [
    "Pinas", "Sabajo", "Wijngaarde", "Zeegelaar", "Vanenburg", "Renfurm", "Linger", "Refos", "Brunings",
    "Doelwijt", "Esajas", "Emanuelson", "Misiedjan", "Gezius", "Tauwnaar", "Blijd", "Lont", "Donk",
    "Fernandes", "Kolf", "Monsels", "Rellum", "Sno", "Amafo", "Truideman", "Kasanardjo", "Landveld",
    "Kasteel", "Nooitmeer", "Dundas", "Tjon", "Redan", "Koorndijk", "Wolff", "Bergwijn", "Olijfveld",
    "Slagveer", "Ommen", "Macnack", "Jozefzoon", "Pengel", "Aroma", "Eijk", "Belfor", "Stuger", "Liefde",
]
HINDUSTANI_SURNAMES = [
    "Ramdin", "Ramsaran", "Ramcharan", "Jagessar", "Sewnarain", "Baldew", "Bhagwandin", "Mahabier",
    "Ramkhelawan", "Soekhai", "Kalloe", "Jhinkoe", "Rambaran", "Chotkan", "Mohan", "Ramautar", "Tewari",
    "Persad", "Girjasing", "Bissumbhar", "Lachman", "Sital", "Autar", "Ganga", "Raghoenath", "Bhola",
    "Doerga", "Madhoe", "Jokhan", "Kanhai", "Ramnath", "Sewdien", "Bechan", "Ramlal", "Gangadin",
    "Kisoensingh", "Oemrawsingh", "Debipersad", "Mangroe", "Soerdjbalie", "Ramjiawan", "Hanoeman",
]
ANTILLEAN_SURNAMES = [
    "Martina", "Isenia", "Rosaria", "Statia", "Cijntje", "Maduro", "Koeiman", "Croes", "Leito", "Winklaar",
    "Pieternella", "Lourens", "Juliana", "Janga", "Rojer", "Elisabeth", "Sambo", "Doran", "Albertina",
    "Clemencia", "Wawoe", "Thomasa", "Anthony", "Hooi", "Kwidama", "Pietersz", "Zimmerman", "Bernabela",
    "Cooper", "Richardson", "Vlijt", "Dania", "Frans", "Mercera", "Sulvaran", "Jansen", "Ellis", "Gumbs",
]
POLISH_SURNAMES = [
    "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
    "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk",
    "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Wróbel", "Zając", "Król",
    "Wieczorek", "Jabłoński", "Majewski", "Olszewski", "Stępień", "Dudek", "Górski", "Sikora", "Walczak",
    "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak",
]
BULGARIAN_SURNAMES = [
    "Ivanov", "Georgiev", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov", "Yordanov",
    "Angelov", "Vasilev", "Atanasov", "Petkov", "Marinov", "Kolev", "Iliev", "Popov", "Mihaylov", "Krastev",
    "Zhivkov", "Asenov", "Stefanov", "Yankov", "Kostadinov", "Dobrev", "Mladenov", "Aliev", "Mehmedov",
    "Salimov", "Ahmedov",
]
ROMANIAN_SURNAMES = [
    "Popescu", "Ionescu", "Popa", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu",
    "Rusu", "Munteanu", "Constantin", "Lungu", "Moldovan", "Dinu", "Marin", "Tudor", "Ene", "Barbu",
]

# --------------------------------------------------------------------------------------------------------
# Informal forms of given names (what friends, youth workers and the police on the street say) and street
# aliases unrelated to the name.
# --------------------------------------------------------------------------------------------------------

INFORMAL = {
    "Mohamed": ["Mo", "Momo", "Moha", "Mohi"], "Mohammed": ["Mo", "Momo"], "Youssef": ["Yous", "Joe"],
    "Abdelkader": ["Kader", "Abdel"], "Abdellah": ["Abdel", "Abdo"], "Mustafa": ["Musti", "Moes"],
    "Ayoub": ["Ayo"], "Soufiane": ["Souf", "Sofi"], "Zakaria": ["Zak", "Zaki"], "Ibrahim": ["Ibo", "Brahim"],
    "Ismail": ["Isi", "Smail"], "Hamza": ["Hamzi"], "Yassine": ["Yas", "Yassin"], "Anouar": ["Nouri"],
    "Marouane": ["Marou"], "Oussama": ["Ous", "Sam"], "Redouan": ["Red", "Redo"], "Nordin": ["Nor"],
    "Abdelaziz": ["Aziz"], "Ahmed": ["Ahmi"], "Mehmet": ["Memo", "Memet"], "Hüseyin": ["Hüso", "Hüsso"],
    "Ahmet": ["Ahmo"], "Furkan": ["Furki"], "Emre": ["Emo"], "Batuhan": ["Batu"], "Berkay": ["Berki"],
    "Kevin": ["Kev"], "Jayden": ["Jay"], "Dylan": ["Dyl"], "Mitchell": ["Mitch"], "Sander": ["San"],
    "Wesley": ["Wes"], "Jordy": ["Jor"], "Justin": ["Juice"], "Damian": ["Dami"], "Stefan": ["Steef"],
    "Krzysztof": ["Krzysiek", "Kris"], "Przemysław": ["Przemek"], "Grzegorz": ["Grzesiek", "Greg"],
    "Wojciech": ["Wojtek"], "Łukasz": ["Luki"], "Tomasz": ["Tomek"], "Mateusz": ["Mati"],
    "Bartosz": ["Bartek"], "Paweł": ["Pablo"], "Jakub": ["Kuba"], "Małgorzata": ["Gosia"],
    "Katarzyna": ["Kasia"], "Aleksandra": ["Ola"], "Magdalena": ["Magda"], "Agnieszka": ["Aga"],
    "Joanna": ["Asia"], "Georgi": ["Gosho", "Joro"], "Dimitar": ["Mitko"], "Nikolay": ["Niki", "Kolio"],
    "Hristo": ["Itso"], "Ivan": ["Vanko"], "Petar": ["Pesho"], "Todor": ["Toshko"], "Yordanka": ["Dani"],
    "Desislava": ["Desi"], "Tsvetelina": ["Tsveti"], "Gergana": ["Geri"], "Fatima": ["Fati"],
    "Khadija": ["Dija"], "Chaima": ["Chay"], "Meryem": ["Mery"], "Büşra": ["Busi"], "Zeynep": ["Zey"],
    "Shanice": ["Shan"], "Shurwin": ["Shur"], "Rigillio": ["Rigi"], "Jandino": ["Dino"],
    "Shurandy": ["Randy"], "Rakesh": ["Rocky"], "Sunil": ["Sunny"], "Vishal": ["Vish"],
    "Radjkoemarie": ["Radj"], "Ashwin": ["Ash"], "Anjali": ["Anja"], "Priscilla": ["Pris"],
    "Kimberley": ["Kim"], "Kimberly": ["Kim"], "Esmeralda": ["Esme"], "Ionuț": ["Nelu"],
    "Alexandru": ["Alex"], "Constantin": ["Costi"], "Andreea": ["Deea"], "Jermaine": ["Jerry"],
    "Giovanni": ["Gio"], "Marciano": ["Ciano"], "Roshendly": ["Rosh"], "Raysheron": ["Ray"],
    "Juvanny": ["Juju"], "Imane": ["Imi"], "Soukaina": ["Souki"], "Oumaima": ["Ouma"], "Dounia": ["Doen"],
    "Yasmina": ["Yas", "Mina"], "Natalia": ["Nati"], "Weronika": ["Wera"], "Gabriela": ["Gabi"],
}
STREET_ALIASES = [
    "Flash", "Kiki", "Tiny", "Skinny", "Bounty", "Spanky", "Mocro", "Bolle", "Turbo", "Sneaky", "Biggie",
    "Lil Mo", "Snoopy", "Chico", "Pablo", "Rambo", "Gucci", "Zizou", "Baby", "Kleine", "Rooie", "Sjonnie",
    "Prince", "Papi", "Kobe", "Neymar", "Tupac", "Smurf", "Rocky", "Money", "Stacks", "Bandz", "Duppie",
    "Trigger", "Shadow", "Ghost", "Capo", "Jojo", "Dada", "Nana", "Queen", "Princess", "Barbie", "Kitty",
    "Mami", "Mimi", "Lulu", "Bibi", "Yaya", "Didi", "Lange", "Blonde", "Krullie", "Stekkie", "Bink",
]

# --------------------------------------------------------------------------------------------------------
# Autocorrect on a Dutch phone keyboard: a name the dictionary does not know is "corrected" into a Dutch word
# or a more common name.  (Not every name has an entry; only these are ever autocorrected.)
# --------------------------------------------------------------------------------------------------------

AUTOCORRECT = {
    # given names -> other names
    "Yassine": "Yasmine", "Anouar": "Anouk", "Rachid": "Rachel", "Soufiane": "Sofie", "Ilias": "Ilse",
    "Bilal": "Bijl", "Hamza": "Hamer", "Emre": "Emmer", "Kerem": "Keren", "Baran": "Baron", "Arda": "Aarde",
    "Mert": "Mest", "Burak": "Bureau", "Meryem": "Merel", "Esra": "Ezra", "Büşra": "Bus", "Ela": "Elan",
    "Kacper": "Kasper", "Jakub": "Jakob", "Mateusz": "Mateus", "Krzysztof": "Kristof", "Łukasz": "Lukas",
    "Georgi": "Georg", "Stoyan": "Stoel", "Kaloyan": "Kalkoen", "Plamen": "Planen", "Jurmen": "Jurren",
    "Shurwin": "Sherwin", "Dwayne": "Dwaal", "Rigillio": "Rigoletto", "Ravi": "Ravijn", "Sunil": "Sunny",
    "Rakesh": "Raket", "Thijs": "Thuis", "Stijn": "Stijl", "Milan": "Milaan", "Luuk": "Luik", "Niek": "Niet",
    "Bas": "Bad", "Bram": "Brand", "Sem": "Sen", "Mees": "Mees", "Teun": "Teen", "Noa": "Nog", "Tess": "Test",
    "Fenna": "Fenne", "Sanne": "Sanna", "Lieke": "Liek", "Mehdi": "Meid", "Nordin": "Norden", "Zineb": "Zinnen",
    "Ikram": "Ikea", "Hajar": "Hagar", "Salma": "Salami", "Imane": "Imam", "Dounia": "Donna", "Loubna": "Luna",
    "Kawtar": "Kater", "Oumaima": "Oma", "Chaima": "Chaim", "Hanane": "Banane", "Reda": "Rede", "Badr": "Bad",
    "Tarik": "Tarief", "Walid": "Valide", "Anas": "Ananas", "Imran": "Iran", "Ayman": "Aymen", "Othman": "Ottoman",
    "Furkan": "Furie", "Enes": "Ene", "Berkay": "Berk", "Efe": "Effe", "Yağmur": "Yoghurt", "Merve": "Merkel",
    "Gizem": "Gizeh", "Sude": "Sudden", "Zehra": "Zebra", "Kübra": "Kubra", "Tuğba": "Tuba",
    "Jurnella": "Journal", "Chenoa": "Chinees", "Jurick": "Juridisch", "Shurandy": "Sherry",
    "Jandino": "Jasmijn", "Roshendly": "Roshendl", "Naysha": "Natasha", "Yaritza": "Yarissa",
    "Przemysław": "Przemyslaw", "Wojciech": "Wojciechs", "Grzegorz": "Gregor", "Ionuț": "Ionut",
    # surnames -> words / other names
    "Azzouzi": "Azzurri", "Bouzid": "Bouwzit", "Bakkali": "Bakkerij", "Ouali": "Quali", "Tahiri": "Tahiti",
    "Ziani": "Zanie", "Charif": "Charme", "Raiss": "Reis", "Essafi": "Essay", "Mansouri": "Mansour",
    "Bennani": "Bananen", "Zaoui": "Zwoel", "Aarab": "Arab", "Kaya": "Kayak", "Demir": "Demi",
    "Aksoy": "Akkoord", "Bulut": "Bulten", "Keskin": "Kerkin", "Tekin": "Teken", "Acar": "Acer",
    "Polat": "Polen", "Kurt": "Kurk", "Altun": "Alstublieft", "Özer": "Oever", "Sabajo": "Sabotage",
    "Pinas": "Pinda", "Lont": "Long", "Refos": "Refuse", "Misiedjan": "Misdaad", "Ramdin": "Ramen",
    "Mohan": "Mohair", "Persad": "Persoon", "Sital": "Sitar", "Ganga": "Gang", "Kalloe": "Kalkoen",
    "Martina": "Martin", "Maduro": "Mandarijn", "Croes": "Cruise", "Leito": "Leiden", "Janga": "Janna",
    "Rojer": "Roger", "Sambo": "Samba", "Nowak": "Nowaak", "Mazur": "Mazurka",
    "Dudek": "Duikt", "Sikora": "Sikkom", "Wróbel": "Wrobel", "Zając": "Zajac", "Król": "Krol",
    "Kolev": "Kolen", "Popov": "Poppen", "Iliev": "Lief", "Marinov": "Marine", "Petkov": "Petje",
    "Dobrev": "Dober", "Aliev": "Alie", "Popescu": "Popcorn", "Rusu": "Rust", "Lungu": "Lunch",
    "Dijkstra": "Dijkstraat", "Hoekstra": "Hoekstraat", "Zijlstra": "Zijstraat", "Sijbesma": "Sibbesma",
}

# --------------------------------------------------------------------------------------------------------
# Places: six municipalities, their villages and postcode ranges; streets; schools with their informal names.
# --------------------------------------------------------------------------------------------------------

# name: (weight, (pc_lo, pc_hi), [(village, (pc_lo, pc_hi), share)], n_streets, community weights)
TOWNS = {
    "Utrecht": (
        0.30, (3511, 3585), [("Vleuten", (3451, 3452), 0.05), ("De Meern", (3453, 3455), 0.06)], 700,
        {"dutch": 44, "moroccan": 18, "turkish": 11, "creole": 5, "hindustani": 3, "antillean": 4,
         "polish": 6, "bulgarian": 5, "romanian": 4},
    ),
    "Breda": (
        0.18, (4811, 4839), [("Prinsenbeek", (4841, 4841), 0.07), ("Ulvenhout", (4851, 4851), 0.04)], 450,
        {"dutch": 55, "moroccan": 8, "turkish": 10, "creole": 4, "hindustani": 2, "antillean": 5,
         "polish": 9, "bulgarian": 5, "romanian": 2},
    ),
    "Heerlen": (
        0.13, (6411, 6422), [("Hoensbroek", (6431, 6436), 0.22), ("Heerlerheide", (6413, 6413), 0.06)], 350,
        {"dutch": 62, "moroccan": 5, "turkish": 7, "creole": 3, "hindustani": 1, "antillean": 4,
         "polish": 12, "bulgarian": 4, "romanian": 2},
    ),
    "Leeuwarden": (
        0.14, (8911, 8939), [("Stiens", (9051, 9051), 0.08), ("Grou", (9001, 9001), 0.05)], 380,
        {"dutch": 66, "moroccan": 4, "turkish": 4, "creole": 3, "hindustani": 1, "antillean": 7,
         "polish": 9, "bulgarian": 4, "romanian": 2},
    ),
    "Den Helder": (
        0.10, (1781, 1789), [("Julianadorp", (1787, 1788), 0.18)], 260,
        {"dutch": 64, "moroccan": 3, "turkish": 5, "creole": 4, "hindustani": 1, "antillean": 10,
         "polish": 8, "bulgarian": 3, "romanian": 2},
    ),
    "Nieuwegein": (
        0.15, (3430, 3439), [("Vreeswijk", (3433, 3433), 0.08)], 300,
        {"dutch": 52, "moroccan": 13, "turkish": 9, "creole": 5, "hindustani": 4, "antillean": 3,
         "polish": 7, "bulgarian": 4, "romanian": 3},
    ),
}
# how sources write the place (besides the true village or town)
CITY_VARIANTS = {
    "Utrecht": ["Utr", "Utrecht (Ut)", "utrecht", "Utrect"],
    "Breda": ["breda", "Bred", "Breda NB"],
    "Heerlen": ["heerlen", "Heelen", "Herlen"],
    "Leeuwarden": ["Ljouwert", "leeuwarden", "Lwd", "Leeuwaarden"],
    "Den Helder": ["Helder", "den helder", "D. Helder", "Denhelder"],
    "Nieuwegein": ["nieuwegein", "Nwegein", "Nieuwegijn"],
    "Vleuten": ["vleuten"], "De Meern": ["de Meern", "Meern"], "Prinsenbeek": ["prinsenbeek", "Beek"],
    "Ulvenhout": ["ulvenhout"], "Hoensbroek": ["Hoensbroeck", "hoensbroek"], "Heerlerheide": ["Heerlerhei"],
    "Stiens": ["stiens"], "Grou": ["Grouw"], "Julianadorp": ["julianadorp", "J'dorp"],
    "Vreeswijk": ["vreeswijk"],
}

STREETS_COMMON = [
    "Kerkstraat", "Dorpsstraat", "Molenstraat", "Stationsstraat", "Schoolstraat", "Julianastraat",
    "Wilhelminastraat", "Beatrixstraat", "Emmastraat", "Nieuwstraat", "Hoofdstraat", "Marktstraat",
    "Lindelaan", "Eikenlaan", "Beukenlaan", "Kastanjelaan", "Berkenlaan", "Populierenstraat", "Esdoornlaan",
    "Acacialaan", "Tulpstraat", "Rozenstraat", "Lelieweg", "Anjerstraat", "Narcisstraat", "Irisstraat",
    "Vlashof", "Bloemstraat", "Merelstraat", "Lijsterstraat", "Spreeuwstraat", "Kievitstraat",
    "Zwaluwstraat", "Meeuwenlaan", "Reigerstraat", "Valkstraat", "Sperwerstraat", "Rembrandtlaan",
    "Vermeerstraat", "Frans Halsstraat", "Jan Steenstraat", "Van Goghstraat", "Mondriaanstraat",
    "Thorbeckelaan", "Burgemeester de Withstraat", "Burgemeester van Roijensingel", "Koningin Julianaweg",
    "Prinses Irenestraat", "Prins Bernhardlaan", "Prinses Margrietstraat", "Koning Willem-Alexanderlaan",
    "Churchilllaan", "Rooseveltlaan", "Kennedylaan", "Europalaan", "Kanaalweg", "Marnixlaan",
    "Zonnebloemstraat", "Akkerstraat", "Weidestraat", "Veldstraat", "Heuvelweg", "Boslaan", "Parkweg",
    "Oranjesingel", "Nassaustraat", "Oranjestraat", "Van Heemstraweg", "Van Speijkstraat", "Piet Heinstraat",
    "Michiel de Ruyterweg", "Tromplaan", "Karel Doormanstraat", "Kortenaerstraat", "Eerste Scheepvaartstraat",
    "Tweede Kruisstraat", "Jan van Galenstraat", "Hoogstraat", "Lange Nieuwstraat", "Korte Kerkstraat",
    "Achterstraat", "Voorstraat", "Havenstraat", "Noordkade", "Zuidsingel", "Westerstraat", "Oosterstraat",
    "Sint Annastraat", "Sint Jozefstraat", "Pastoor van Arsstraat", "Dokter Schaepmanstraat",
    "Meester Kwantenstraat", "Generaal Foulkesweg", "Spoorstraat", "Industrieweg", "Parallelweg",
    "Bremstraat", "Hazelaarstraat", "Vlierstraat", "Seringenstraat", "Goudenregenstraat", "Hyacintstraat",
    "Klaverstraat", "Distelstraat", "Meidoornstraat", "Wilgenlaan", "Platanenlaan", "Sportlaan",
]
STREETS_LOCAL = {
    "Utrecht": [
        "Marco Pololaan", "Vasco da Gamalaan", "Columbuslaan", "Bernadottelaan", "Trumanlaan", "Donaustraat",
        "Rhônestraat", "Moezeldreef", "Tigrisdreef", "Zamenhofdreef", "Bolensteinseweg", "Neckardreef",
        "Amsterdamsestraatweg", "Vleutenseweg", "Kanaalstraat", "Damstraat", "Cartesiusweg", "Laan van Nieuw-Guinea",
        "Ondiep-Zuidzijde", "Vlampijpstraat", "Tiberdreef", "Wolgadreef", "Gageldijk", "Smaragdplein",
    ],
    "Breda": [
        "Haagweg", "Ginnekenweg", "Tuinzigtlaan", "Heuvelbrink", "Tesselschadelaan", "Kesterenlaan",
        "Teteringsedijk", "Haagsemarkt", "Hoge Vucht", "Geerstraat", "Dr. Struyckenstraat", "Mgr. Nolensplein",
        "Doornbos", "Linie", "Biesdonkweg",
    ],
    "Heerlen": [
        "Akerstraat", "Geleenstraat", "Schaesbergerweg", "Wilhelminaplein", "Meezenbroekerweg", "Kloosterweg",
        "Grasbroekerweg", "Palemigerboord", "Passartweg", "Heerlerbaan", "Mijnzetelstraat", "Caumerweg",
    ],
    "Leeuwarden": [
        "Tjerk Hiddesstraat", "Schrans", "Valeriusstraat", "Vlietzone", "Camminghastraat", "Tjalmastraat",
        "Heechterp", "Schieringen", "Bilgaardpark", "Aldlânsdyk", "Jelsumerstraat", "Vosseparkwei",
    ],
    "Den Helder": [
        "Javastraat", "Sumatrastraat", "Texelstraat", "Middenweg", "Ruyghweg", "Jan Verfailleweg",
        "Drs. F. Bijlweg", "Hoofdgracht", "Van Galenstraat", "Schooten", "Sluisdijkstraat", "Marsdiepstraat",
    ],
    "Nieuwegein": [
        "Batauweg", "Zuilenstein", "Fokkesteeg", "Galecop", "Doorslag", "Muntkade", "Herenstraat", "Jutphaas",
        "Merwestein", "Lekboulevard", "Wijkersloot", "Nedereindseweg",
    ],
}
# long spellings and their frontline abbreviations
STREET_ABBREV = [
    ("Burgemeester ", "Burg. "), ("Burgemeester ", "Burg "), ("Koningin ", "Kon. "), ("Koning ", "Kon "),
    ("Prinses ", "Pr. "), ("Prins ", "Pr "), ("Sint ", "St. "), ("Sint ", "St "), ("Dokter ", "Dr. "),
    ("Meester ", "Mr. "), ("Pastoor ", "Past. "), ("Generaal ", "Gen. "), ("Eerste ", "1e "), ("Tweede ", "2e "),
    ("Van ", "v. "), ("Van ", "v "), ("van ", "v. "), ("Michiel de ", "M. de "), ("Jan van ", "J. van "),
    ("straat", "str"), ("straat", "str."), ("laan", "ln"), ("singel", "sngl"), ("dreef", "dr"),
]

# schools per town: (official name, [informal forms]); primary schools are shared names in every town
PRIMARY_SCHOOLS = [
    ("OBS De Regenboog", ["De Regenboog", "regenboog", "obs regenboog"]),
    ("CBS De Zonnewijzer", ["Zonnewijzer", "de zonnewijzer"]),
    ("Basisschool Het Kompas", ["Het Kompas", "kompas"]),
    ("IBS Al Ghazali", ["Al Ghazali", "al-ghazali", "Ghazali school"]),
    ("KBS De Wereldwijzer", ["Wereldwijzer", "de wereldwijzer"]),
    ("OBS De Vlinder", ["De Vlinder", "vlinder"]),
]
SCHOOLS = {
    "Utrecht": [
        ("Trajectum College", ["Trajectum", "trajectum coll.", "TC"]),
        ("Gerrit Rietveld College", ["Rietveld", "GRC", "gerrit rietveld"]),
        ("Christelijk Gymnasium Utrecht", ["CGU", "Gym Utrecht", "christelijk gym"]),
        ("Globe College", ["Globe", "globe coll"]),
        ("ROC Midden Nederland", ["ROC MN", "roc midden", "ROC Utrecht", "Roc"]),
        ("MBO Utrecht", ["mbo utrecht", "MBO Utr"]),
        ("X11 Mediacollege", ["X11", "x11 media"]),
    ],
    "Breda": [
        ("Graaf Engelbrecht", ["GE", "de graaf", "Graaf Engelbrecht school"]),
        ("Onze Lieve Vrouwelyceum", ["OLV", "olv lyceum", "Onze Lieve Vrouwe"]),
        ("Scholengemeenschap De Nassau", ["Nassau", "de nassau"]),
        ("Mencia de Mendoza Lyceum", ["Mencia", "mencia de mendoza"]),
        ("Curio", ["curio", "Curio mbo", "ROC West-Brabant"]),
    ],
    "Heerlen": [
        ("Bernardinuscollege", ["Bernardinus", "bernardinus coll"]),
        ("Sintermeertencollege", ["Sintermeerten", "SMC"]),
        ("Grotius College", ["Grotius", "grotius"]),
        ("Vista college", ["Vista", "vista mbo"]),
    ],
    "Leeuwarden": [
        ("Piter Jelles", ["PJ", "piter jelles", "Piter Jelles !mpulse"]),
        ("Comenius College", ["Comenius", "comenius"]),
        ("Stedelijk Gymnasium Leeuwarden", ["Stedelijk Gym", "SGL"]),
        ("Friesland College", ["FC", "frieslandcollege", "Friesland Coll."]),
        ("Aventus Leeuwarden", ["Aventus"]),
    ],
    "Den Helder": [
        ("Scholengemeenschap Nieuwediep", ["Nieuwediep", "SG Nieuwediep"]),
        ("Lyceum aan Zee", ["LaZ", "lyceum"]),
        ("Helder Praktijkschool", ["praktijkschool", "Praktijk"]),
        ("ROC Kop van Noord-Holland", ["ROC Kop", "roc kop van NH", "ROC"]),
    ],
    "Nieuwegein": [
        ("Cals College", ["Cals", "cals coll"]),
        ("Anna van Rijn College", ["AvR", "Anna v Rijn", "anna van rijn"]),
        ("Oosterlicht College", ["Oosterlicht"]),
        ("ROC Midden Nederland", ["ROC MN", "roc", "ROC Nieuwegein"]),
    ],
}

# keyboard neighbours on a phone (QWERTY) for thumb slips
QWERTY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]

# street name roots by theme; the generator appends a suffix (straat, laan, weg, hof ...) to these to give every
# town a few hundred streets of its own (the hand-written lists above recur in every town)
STREET_ROOTS = [
    # birds
    "Merel", "Lijster", "Spreeuwen", "Kievit", "Zwaluw", "Reiger", "Valken", "Sperwer", "Specht", "Vinken",
    "Mezen", "Roodborst", "Kwartel", "Fazant", "Ekster", "Kraaien", "Uilen", "Buizerd", "Havik", "Wielewaal",
    "Zwanen", "Eenden", "Ganzen", "Meeuwen", "Sterns", "Grutto", "Tureluur", "Kluut", "Wulp", "Leeuwerik",
    # flowers
    "Tulpen", "Rozen", "Lelie", "Anjer", "Narcissen", "Iris", "Krokus", "Hyacinten", "Viooltjes", "Madelief",
    "Klaproos", "Korenbloem", "Zonnebloem", "Dahlia", "Aster", "Goudsbloem", "Lavendel", "Jasmijn",
    "Seringen", "Magnolia", "Hortensia", "Primula", "Vergeet-mij-niet", "Boterbloem", "Klaver", "Distel",
    # trees
    "Linden", "Eiken", "Beuken", "Kastanje", "Berken", "Populieren", "Esdoorn", "Acacia", "Wilgen",
    "Platanen", "Elzen", "Essen", "Iepen", "Dennen", "Sparren", "Lariks", "Hazelaar", "Vlier", "Meidoorn",
    "Hulst", "Taxus", "Noten", "Kersen", "Appel", "Peren", "Pruimen", "Walnoot",
    # painters
    "Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Van Gogh", "Mondriaan", "Breitner", "Israëls",
    "Mesdag", "Jongkind", "Maris", "Toorop", "Escher", "Karel Appel", "Ruisdael", "Hobbema", "Paulus Potter",
    "Van Ostade", "Jeroen Bosch", "Van der Helst", "Ferdinand Bol", "Jan Sluijters", "Charley Toorop",
    # writers and scientists
    "Vondel", "Bilderdijk", "Multatuli", "Couperus", "Huygens", "Lorentz", "Kamerlingh Onnes", "Zeeman",
    "Erasmus", "Spinoza", "Descartes", "Boerhaave", "Van Leeuwenhoek", "Gezelle", "Hooft", "Jacob Cats",
    "Staring", "Tollens", "Nicolaas Beets", "Anne Frank", "Annie M.G. Schmidt", "Guido Gezelle", "Da Costa",
    "Van Lennep", "Potgieter", "Busken Huet", "Van Eeden", "Heijermans", "Gorter", "Slauerhoff",
    # rivers
    "Rijn", "Maas", "Waal", "IJssel", "Lek", "Vecht", "Amstel", "Eem", "Dommel", "Dinkel", "Berkel", "Donau",
    "Schelde", "Roer", "Geul", "Merwede", "Linge", "Gouwe", "Zaan", "Hunze", "Reest", "Regge",
    # islands, provinces, former colonies
    "Texel", "Vlieland", "Terschelling", "Ameland", "Schiermonnikoog", "Java", "Sumatra", "Borneo",
    "Celebes", "Bali", "Curaçao", "Aruba", "Bonaire", "Friesland", "Groningen", "Drenthe", "Zeeland",
    "Brabant", "Limburg", "Gelderland", "Overijssel", "Flevo", "Saba", "Sint Eustatius", "Suriname",
    # trades
    "Smeden", "Bakkers", "Molenaars", "Kuipers", "Timmermans", "Schilders", "Vissers", "Wevers",
    "Slagers", "Brouwers", "Kooplieden", "Schippers", "Ketelmakers", "Zadelmakers", "Touwslagers",
    # history
    "Oranje", "Nassau", "Willem de Zwijger", "Maurits", "Frederik Hendrik", "Johan de Witt",
    "Oldenbarnevelt", "Piet Hein", "De Ruyter", "Tromp", "Evertsen", "Van Speijk", "Karel Doorman",
    "Van Galen", "Kortenaer", "Witte de With", "Van Heutsz", "Jan Pieterszoon Coen", "Abel Tasman",
    "Willem Barentsz", "Van Hogendorp", "Thorbecke", "Schaepman", "Troelstra", "Domela Nieuwenhuis",
    "Aletta Jacobs", "Drees", "Kuyper", "Van Houten", "Burgemeester Reiger", "Burgemeester Norbruis",
    "Burgemeester van Sonsbeeck", "Koningin Emma", "Prinses Juliana", "Prins Hendrik", "Prinses Marijke",
    "Prins Claus", "Koningin Máxima", "Sint Servaas", "Sint Martinus", "Pastoor Schreurs", "Dokter Ariëns",
    "Generaal Maczek", "Generaal Eisenhower", "Generaal Patton",
]
STREET_SUFFIXES = [
    ("straat", 5), ("laan", 3), ("weg", 2), ("hof", 1), ("plein", 0.8), ("kade", 0.5), ("dreef", 0.5),
    ("singel", 0.4), ("pad", 0.3), ("erf", 0.3), ("gaarde", 0.2), ("park", 0.3),
]

# long-tail building blocks for the other communities (roots x endings), so that the hand lists above give the
# frequent names and namesakes, and the tail gives realistic diversity
MOROCCAN_PREFIX = ["El ", "El ", "Ben ", "Bou", "Ait ", "", "", "", "Ouled "]
MOROCCAN_ROOTS = [
    "Amrani", "Idrissi", "Khatib", "Hadioui", "Ouazzani", "Moussaoui", "Yaakoubi", "Messaoudi", "Haddouti",
    "Harchaoui", "Fassi", "Ouali", "Zaoui", "Tahiri", "Bouzidi", "Mansouri", "Hamdaoui", "Charif", "Bakkali",
    "Boukhari", "Azzouzi", "Hamouchi", "Ghazouani", "Jaouhari", "Karroumi", "Laghmich", "Makhloufi",
    "Mimouni", "Nadori", "Ouariachi", "Rifi", "Saidi", "Talhaoui", "Yousfi", "Zerouali", "Allouchi",
    "Baghdadi", "Chaaraoui", "Dahmani", "Ezzahraoui", "Farhane", "Guennouni", "Hassani", "Kaddouri",
    "Lahbabi", "Mahdaoui", "Naciri", "Omari", "Ramdani", "Sabbahi", "Tounsi", "Wahbi", "Zaki",
]
TURKISH_ROOTS = [
    "Ak", "Kara", "Öz", "Er", "Yıl", "Gün", "Ay", "Demir", "Kaya", "Tek", "Uz", "Al", "Bay", "Çak", "Kor",
    "Tun", "Sar", "Gök", "Bal", "Yücel", "Ateş", "Toprak", "Taş", "Şen", "Çelik", "Kök", "Duman", "Yurt",
]
TURKISH_ENDINGS = [
    "dağ", "soy", "taş", "kan", "er", "türk", "can", "oğlu", "han", "göz", "bek", "el", "men", "ci", "yiğit",
    "tekin", "doğan", "kaya", "gül", "su",
]
POLISH_ROOTS = [
    "Wiśniew", "Kowal", "Zieliń", "Mich", "Krawc", "Jank", "Sob", "Bor", "Lis", "Kub", "Maj", "Wal", "Gór",
    "Kacz", "Wroń", "Chmiel", "Pawl", "Sadow", "Szcz", "Czarn", "Biał", "Now", "Grab", "Kozł", "Wójt",
    "Adam", "Marc", "Sik", "Lew", "Zaw", "Ryb", "Kamin", "Dąbr", "Olsz", "Kur",
]
POLISH_ENDINGS = ["ski", "ski", "ski", "czyk", "ak", "ek", "ewicz", "owski", "iak", "uk", "ecki"]
BULGARIAN_ROOTS = [
    "Kiril", "Bozhil", "Velik", "Radev", "Dragan", "Zlat", "Lyuben", "Krum", "Slav", "Tsvetk", "Yanak",
    "Bonch", "Genk", "Man", "Pen", "Rus", "Shish", "Tan", "Tom", "Hadzhi", "Bakal", "Gospod", "Kirch",
    "Kamen", "Delch", "Mitr", "Pavl", "Sim", "Blag", "Ognyan",
]
BULGARIAN_ENDINGS = ["ov", "ov", "ev", "ski", "ov", "chev", "inov"]
ROMANIAN_ROOTS = [
    "Pop", "Ion", "Radul", "Stoic", "Mar", "Vasil", "Dumitr", "Flor", "Neag", "Cojoc", "Olt", "Brat",
    "Nistor", "Sand", "Tanas", "Grigor", "Mihal", "Lup", "Stanc", "Dobr", "Costach", "Petr",
]
ROMANIAN_ENDINGS = ["escu", "escu", "eanu", "aru", "ea", "u", "ache"]
