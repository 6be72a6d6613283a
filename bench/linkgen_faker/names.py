"""Hand-made name material that Faker lacks (no Moroccan or Surinamese locale, no old Dutch baptismal names,
no frequency weights for nl_NL/tr_TR/bg_BG/pl_PL).  The *_HEAD lists are the common names of a community
(they get most of the weight); Faker's locale pools are the long tail.  All names are generic; none is taken
from a real person."""

from __future__ import annotations

# Dutch born before ~1972: official (Latin/baptismal) given name -> roepnaam candidates
NL_OLD_MALE = {
    "Johannes": ["Jan", "Hans", "Joop", "Johan"], "Cornelis": ["Kees", "Cor"], "Hendrik": ["Henk", "Henny"],
    "Petrus": ["Piet", "Peter"], "Jacobus": ["Jaap", "Koos"], "Gerardus": ["Gerard", "Gert"],
    "Willem": ["Wim", "Willem"], "Adrianus": ["Adrie", "Arie"], "Franciscus": ["Frans"],
    "Theodorus": ["Theo", "Ted"], "Antonius": ["Toon", "Ton", "Anton"], "Gerrit": ["Gerrit", "Gert"],
    "Nicolaas": ["Klaas", "Niek"], "Wilhelmus": ["Wim", "Willy"], "Albertus": ["Bert", "Ab"],
    "Martinus": ["Martin", "Tinus"], "Dirk": ["Dirk", "Dick"], "Jozef": ["Jos", "Sjef"],
    "Hubertus": ["Huub", "Bert"], "Leonardus": ["Leo", "Leon"],
}
NL_OLD_FEMALE = {
    "Johanna": ["Joke", "Anneke", "Hanneke", "Jo"], "Maria": ["Marja", "Ria", "Marie", "Mieke"],
    "Wilhelmina": ["Willy", "Mien", "Wil"], "Cornelia": ["Corrie", "Nel", "Cora"], "Adriana": ["Adrie", "Jaantje"],
    "Elisabeth": ["Els", "Lies", "Betty"], "Hendrika": ["Riek", "Henny", "Rika"], "Catharina": ["Tineke", "Karin", "Ina"],
    "Geertruida": ["Truus", "Trudy"], "Petronella": ["Nel", "Nelleke", "Petra"], "Jacoba": ["Coby", "Co"],
    "Anna": ["Anneke", "Ans", "Anna"], "Margaretha": ["Greet", "Margriet", "Grietje"],
    "Aaltje": ["Alie", "Aaltje"], "Gerarda": ["Gerda", "Ger"], "Theodora": ["Dorien", "Thea"],
}
# Dutch last names: the common head (most frequent surnames), weights roughly by rank
NL_SURNAME_HEAD = [
    ("de", "Jong"), ("", "Jansen"), ("de", "Vries"), ("van den", "Berg"), ("van", "Dijk"), ("", "Bakker"),
    ("", "Janssen"), ("", "Visser"), ("", "Smit"), ("", "Meijer"), ("de", "Boer"), ("", "Mulder"),
    ("de", "Groot"), ("", "Bos"), ("", "Vos"), ("", "Peters"), ("", "Hendriks"), ("van", "Leeuwen"),
    ("", "Dekker"), ("", "Brouwer"), ("de", "Wit"), ("", "Dijkstra"), ("", "Smits"), ("de", "Graaf"),
    ("van der", "Meer"), ("van der", "Linden"), ("", "Kok"), ("", "Jacobs"), ("de", "Haan"), ("", "Vermeulen"),
    ("van den", "Heuvel"), ("van der", "Veen"), ("van den", "Broek"), ("de", "Bruijn"), ("de", "Bruin"),
    ("van der", "Heijden"), ("", "Schouten"), ("van", "Beek"), ("", "Willems"), ("van", "Vliet"),
    ("van de", "Ven"), ("", "Hoekstra"), ("", "Maas"), ("", "Verhoeven"), ("", "Koster"), ("van", "Dam"),
    ("van der", "Wal"), ("", "Prins"), ("", "Blom"), ("", "Huisman"),
]

MA_MALE = [
    "Mohamed", "Ahmed", "Youssef", "Mustafa", "Said", "Hassan", "Rachid", "Khalid", "Nordin", "Bilal", "Ayoub",
    "Adam", "Zakaria", "Hamza", "Soufiane", "Anouar", "Ilias", "Othman", "Redouan", "Karim", "Driss",
    "Abdelkader", "Abdelaziz", "Brahim", "Hicham", "Jamal", "Mourad", "Nabil", "Omar", "Samir", "Tarik",
    "Yassin", "Mimoun", "Abdellah", "Ismail", "Marouane", "Amine", "Achraf", "Mehdi", "Younes", "Abderrahim",
    "Hakim", "Fouad", "Aziz", "Ibrahim", "Khalil", "Walid", "Sofyan", "Noah", "Rayan",
]
MA_FEMALE = [
    "Fatima", "Khadija", "Malika", "Naima", "Samira", "Nadia", "Latifa", "Aicha", "Hafsa", "Imane", "Salma",
    "Yasmina", "Sara", "Nora", "Ikram", "Hanane", "Meryem", "Oumaima", "Rajae", "Soumaya", "Siham", "Houda",
    "Loubna", "Zineb", "Hajar", "Najat", "Rachida", "Fadoua", "Karima", "Saida", "Mina", "Touria", "Zohra",
    "Hayat", "Ilham", "Kawtar", "Nisrine", "Asmae", "Chaimae", "Dounia", "Safae", "Wiam", "Lina", "Amira",
]
MA_SURNAMES = [
    "El Amrani", "Bouzid", "Ouali", "Boukhari", "El Idrissi", "Benali", "Azzouz", "Chaara", "Bakkali",
    "Ait Taleb", "Ziani", "Haddouchi", "El Haddaoui", "Akrouh", "Belhaj", "Tahiri", "Boujdid", "Amrani",
    "Laaroussi", "Zaoui", "Bouchtaoui", "El Ouardi", "Ben Allal", "Azarrouk", "Moussaoui", "El Hamdaoui",
    "Ouazzani", "Tounsi", "Achahbar", "El Baghdadi", "Hamdi", "Bouharrou", "Essaidi", "Lamrini",
    "El Morabet", "Aznag", "Ait Hammou", "Bennani", "Chafik", "Daoudi", "El Fassi", "Ghazouani", "Jebari",
    "Kaddouri", "Mansouri", "Najjari", "Rahmouni", "Saadouni", "Talbi", "Yahyaoui", "Zerouali", "Abbou",
    "Belkacem", "Chouaibi", "Derkaoui", "El Mokhtari", "Fakhri", "Haouari", "Idrissi", "Khattabi", "Lahlou",
]
TR_MALE_HEAD = [
    "Mehmet", "Ahmet", "Mustafa", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak", "Yusuf",
    "Ömer", "Enes", "Kerem", "Osman", "Ramazan", "Erdem", "Serkan", "Volkan", "Cem", "Fatih", "Kemal",
    "Orhan", "Selim", "Tolga", "Uğur", "Eren", "Berat", "Furkan", "Mert", "Onur", "Çağlar", "Gökhan",
]
TR_FEMALE_HEAD = [
    "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Esra", "Büşra", "Merve", "Özlem", "Sevgi", "Gül",
    "Derya", "Hülya", "Songül", "Dilek", "Gülsüm", "Hacer", "Kübra", "Şeyma", "Tuğba", "Yasemin", "Ebru",
    "Melek", "Nur", "Sibel", "Aylin", "Ecrin", "Irem", "Duygu", "Çiğdem", "Nazlı",
]
TR_SURNAME_EXTRA = [
    "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Doğan", "Arslan", "Aydın", "Özdemir", "Kılıç", "Aslan",
    "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Korkmaz", "Erdoğan", "Yavuz", "Güneş", "Bozkurt", "Karaca",
    "Akgül", "Tekin", "Uçar", "Sarı", "Bulut", "Coşkun", "Ateş", "Taş", "Keskin", "Kocabaş", "Çakır", "Ünal",
]
PL_MALE_HEAD = ["Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Grzegorz", "Dariusz",
                "Mariusz", "Wojciech", "Jakub", "Kamil", "Adam", "Marek", "Rafał", "Sebastian", "Przemysław"]
PL_FEMALE_HEAD = ["Anna", "Katarzyna", "Agnieszka", "Małgorzata", "Joanna", "Magdalena", "Monika", "Ewa",
                  "Aleksandra", "Karolina", "Justyna", "Beata", "Dorota", "Natalia", "Żaneta", "Paulina"]
PL_SURNAME_HEAD = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
                   "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
                   "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Zając", "Pawłowski"]
# Bulgarian (Cyrillic, as on the Bulgarian documents); Faker's bg_BG pools are the tail
BG_MALE_HEAD = ["Георги", "Иван", "Димитър", "Николай", "Петър", "Христо", "Стоян", "Тодор", "Васил",
                "Йордан", "Атанас", "Красимир", "Иво", "Асен", "Мехмед", "Ахмед", "Емил", "Калоян", "Мартин"]
BG_FEMALE_HEAD = ["Мария", "Иванка", "Елена", "Йорданка", "Пенка", "Десислава", "Гергана", "Цветелина",
                  "Виктория", "Радка", "Стефка", "Айше", "Фатме", "Николина", "Светла", "Даниела", "Росица"]
BG_SURNAME_HEAD = ["Иванов", "Георгиев", "Димитров", "Петров", "Николов", "Христов", "Стоянов", "Тодоров",
                   "Илиев", "Василев", "Атанасов", "Ангелов", "Йорданов", "Костов", "Маринов", "Колев",
                   "Асенов", "Юсеинов", "Мехмедов", "Алиев"]
SR_MALE = ["Romano", "Dion", "Giovanni", "Rodney", "Orlando", "Jurgen", "Shaquille", "Denzel", "Ruben",
           "Glenn", "Remy", "Marciano", "Jermaine", "Roel", "Ravi", "Sunil", "Anil", "Rakesh", "Vikash",
           "Ashwin", "Kishan", "Radjesh", "Sergio", "Quincy", "Stefano", "Jeffrey", "Dwayne", "Miquel",
           "Jair", "Gilbert", "Rigo", "Ivanildo", "Shurandy", "Jurich", "Kevin", "Lucas"]
SR_FEMALE = ["Sharon", "Chantal", "Shanice", "Priscilla", "Xiomara", "Naomi", "Natasha", "Jennifer", "Melissa",
             "Shanti", "Asha", "Priya", "Kavita", "Sandhya", "Anjali", "Reshma", "Gracia", "Maritza",
             "Jessica", "Rosanne", "Tamara", "Sherida", "Yanaika", "Kimberley", "Shirley", "Denise",
             "Romaysa", "Nadira", "Esmeralda", "Lisandra"]
SR_SURNAMES = ["Pinas", "Sabajo", "Vrede", "Doelwijt", "Wijngaarde", "Kromodimedjo", "Soekhlal", "Ramdin",
               "Jagesar", "Mangroe", "Kanhai", "Bhagwandin", "Martina", "Maduro", "Isenia", "Rosalia", "Statia",
               "Koeiman", "Winklaar", "Profijt", "Merien", "Girigorie", "Sitaldin", "Ramcharan", "Biharie",
               "Karijodrono", "Sowidrono", "Fernandes", "Tjin A Djie", "Lie Kwie",
               "Blijd", "Zeefuik", "Kasanpawiro", "Ramlal", "Debipersad",
               "Schoop", "Elstak", "Nelom", "Felter", "Monsanto", "Janga", "Cijntje"]

# street nicknames that residents and youth workers use instead of a name (not derived from the name)
STREET_NICKS = ["Kleine", "Rooie", "Dikke", "Tito", "Chino", "Sky", "Bolle", "Lange", "Prof", "Kapsalon",
                "Blonde", "Sjaak", "Snoop", "Kid", "Pieper", "Tiny", "Bigi", "Neef", "Bro", "Zussie"]

SCHOOL_WORDS = ["De Regenboog", "De Klimop", "Wereldwijzer", "Horizon", "De Vlinder", "De Kameleon",
                "Het Kompas", "De Fontein", "De Wilgen", "Het Palet", "De Sterrenwacht", "De Zonnewijzer",
                "Het Mozaïek", "De Toermalijn", "Al Amana", "De Piramide"]
SCHOOL_VO = ["{city} College", "Stedelijk Lyceum {city}", "ROC {city}", "Vakcollege {city}",
             "Het {word} College", "Praktijkschool {city}"]

# Bulgarian Cyrillic -> Latin.  OFFICIAL is the Bulgarian 2009 streamlined system (passports, so the BRP);
# DUTCH_EAR is how a Dutch clerk writes what he hears; GERMAN for documents from German intermediaries.
BG_OFFICIAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}
BG_DUTCH_EAR = dict(BG_OFFICIAL, **{"ж": "zj", "й": "j", "ц": "ts", "ч": "tsj", "ш": "sj", "щ": "sjt",
                                    "ъ": "u", "ю": "joe", "я": "ja", "у": "oe", "х": "ch"})
BG_GERMAN = dict(BG_OFFICIAL, **{"ж": "sch", "й": "j", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "scht",
                                 "в": "w", "ю": "ju", "я": "ja", "ъ": "a", "з": "s"})
