"""Hand-compiled, synthetic name material for the newcomers benchmark.

Every name entry is a tuple of spellings of one name: the first is the passport (English / official)
transliteration, the others are what other registers, volunteers or police officers write for the same name
(other transliteration systems, Dutch phonetic spelling).  Lists are ordered roughly by frequency; the
generator draws with a Zipf-like weight so the head of each list gives many namesakes.  No entry refers to a
real public person; the combinations are random.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------------
# established residents
# ---------------------------------------------------------------------------------------------------------

DUTCH_M = [
    ("Daan", "Daan"), ("Sem", "Sem"), ("Lucas", "Lukas"), ("Levi", "Levi"), ("Finn", "Fin"), ("Thomas", "Tom"),
    ("Jan", "Jan"), ("Pieter", "Piet"), ("Johannes", "Hans"), ("Gerrit", "Gert"), ("Hendrik", "Henk"),
    ("Willem", "Wim"), ("Cornelis", "Kees"), ("Jeroen", "Jeroen"), ("Mark", "Marc"), ("Dennis", "Dennis"),
    ("Kevin", "Kevin"), ("Bas", "Bas"), ("Ruben", "Ruben"), ("Niels", "Niels"), ("Stijn", "Stijn"),
    ("Thijs", "Tijs"), ("Jesse", "Jesse"), ("Tim", "Tim"), ("Rik", "Rick"), ("Sander", "Sander"),
    ("Martijn", "Martijn"), ("Bram", "Bram"), ("Joost", "Joost"), ("Wouter", "Wout"), ("Arjen", "Arjan"),
    ("Erik", "Eric"), ("Frank", "Frank"), ("Koen", "Koen"), ("Luuk", "Luc"), ("Milan", "Milan"),
]
DUTCH_F = [
    ("Emma", "Emma"), ("Julia", "Julia"), ("Sophie", "Sofie"), ("Tess", "Tes"), ("Anna", "Anna"),
    ("Lisa", "Lisa"), ("Sanne", "San"), ("Anouk", "Anouk"), ("Femke", "Fem"), ("Maria", "Mies"),
    ("Johanna", "Joke"), ("Wilhelmina", "Willy"), ("Cornelia", "Corrie"), ("Hendrika", "Riek"),
    ("Marieke", "Marieke"), ("Linda", "Linda"), ("Sandra", "Sandra"), ("Esther", "Ester"), ("Petra", "Petra"),
    ("Kim", "Kim"), ("Laura", "Laura"), ("Eva", "Eva"), ("Fleur", "Fleur"), ("Iris", "Iris"),
    ("Naomi", "Naomi"), ("Demi", "Demi"), ("Britt", "Brit"), ("Lotte", "Lot"), ("Noor", "Noor"),
    ("Ilse", "Ilse"), ("Monique", "Moniek"), ("Ingrid", "Ingrid"), ("Astrid", "Astrid"), ("Yvonne", "Yvon"),
]
DUTCH_SUR = [
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit",
    "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs",
    "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin",
    "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas",
    "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange",
    "Kuipers", "van Wijk", "Postma", "Kramer", "Verbeek", "Timmermans", "Hermans", "Wouters", "Gerritsen",
]
MOROCCAN_M = [
    ("Mohamed", "Mohammed", "Mohamet"), ("Ahmed", "Ahmad", "Achmed"), ("Youssef", "Yousef", "Joesef"),
    ("Ayoub", "Ayoeb", "Ajoub"), ("Bilal", "Bilal"), ("Hamza", "Hamza"), ("Mustafa", "Mustapha", "Moestafa"),
    ("Said", "Saïd", "Saaid"), ("Rachid", "Rashid", "Rasjid"), ("Khalid", "Chalid", "Khaled"),
    ("Abdelkader", "Abdel Kader", "Abdelkadir"), ("Nordin", "Nourdin", "Noureddine"), ("Anouar", "Anwar"),
    ("Karim", "Kareem"), ("Adam", "Adam"), ("Imran", "Imraan"), ("Zakaria", "Zakariya", "Zakaria"),
]
MOROCCAN_F = [
    ("Fatima", "Fatma", "Fadma"), ("Khadija", "Chadija", "Khadidja"), ("Nadia", "Nadja"),
    ("Samira", "Samira"), ("Malika", "Malika"), ("Hanan", "Hanane"), ("Imane", "Iman"), ("Salma", "Selma"),
    ("Yasmina", "Jasmina", "Yasmine"), ("Naima", "Naïma"), ("Ikram", "Ikraam"), ("Loubna", "Loebna"),
    ("Houda", "Hoeda", "Huda"), ("Sara", "Sarah"), ("Meryem", "Meriem", "Maryam"),
]
MOROCCAN_SUR = [
    ("El Amrani", "Elamrani", "El-Amrani"), ("Bouzid", "Bouzit"), ("El Idrissi", "Elidrissi", "El-Idrissi"),
    ("Benali", "Ben Ali", "Ben-Ali"), ("Ouali", "Wali"), ("Azzouzi", "Azouzi"), ("El Khatib", "Elkhatib"),
    ("Boukhari", "Bouchari"), ("Tahiri", "Taheri"), ("Ait Hamou", "Aithamou", "Aït Hammou"),
    ("El Hamdaoui", "Elhamdaoui"), ("Chaouch", "Chaouche"), ("Mansouri", "Mansoeri"), ("Ziani", "Ziyani"),
    ("Bakkali", "El Bakkali"), ("Haddouchi", "Hadouchi"), ("Ouazzani", "Wazzani"), ("Saidi", "Saïdi"),
]
TURKISH_M = [
    ("Mehmet", "Mehmed"), ("Mustafa", "Mustafa"), ("Ahmet", "Ahmed"), ("Emre", "Emre"), ("Burak", "Buraq"),
    ("Hasan", "Hassan"), ("Hüseyin", "Huseyin", "Hüsseyin"), ("Ibrahim", "Ibrahim"), ("Yusuf", "Yoesoef"),
    ("Murat", "Murad"), ("Kerem", "Kerem"), ("Can", "Djan"), ("Ömer", "Omer"), ("Serkan", "Serkan"),
]
TURKISH_F = [
    ("Ayşe", "Ayse", "Ajse"), ("Fatma", "Fatma"), ("Elif", "Elif"), ("Zeynep", "Zeynep", "Zejnep"),
    ("Emine", "Emine"), ("Hatice", "Hatidje", "Hatice"), ("Merve", "Merve"), ("Esra", "Esra"),
    ("Büşra", "Busra", "Boesra"), ("Özlem", "Ozlem"), ("Derya", "Derja"), ("Gül", "Gul"),
]
TURKISH_SUR = [
    ("Yılmaz", "Yilmaz"), ("Kaya", "Kaja"), ("Demir", "Demir"), ("Şahin", "Sahin"), ("Çelik", "Celik"),
    ("Yıldız", "Yildiz"), ("Yıldırım", "Yildirim"), ("Öztürk", "Ozturk"), ("Aydın", "Aydin"), ("Özdemir", "Ozdemir"),
    ("Arslan", "Aslan"), ("Doğan", "Dogan"), ("Kılıç", "Kilic"), ("Aslan", "Arslan"), ("Çetin", "Cetin"),
    ("Kara", "Kara"), ("Koç", "Koc"), ("Kurt", "Kurt"), ("Özkan", "Ozkan"), ("Şimşek", "Simsek"),
]
SURINAMESE_M = [
    ("Rakesh", "Rakesch"), ("Sunil", "Soenil"), ("Ravi", "Ravie"), ("Anand", "Anand"), ("Romano", "Romano"),
    ("Clyde", "Claid"), ("Errol", "Erol"), ("Glenn", "Glen"), ("Ricardo", "Rikardo"), ("Dwight", "Dwight"),
    ("Kishan", "Kiesjan"), ("Sanjay", "Sandjai"), ("Ramon", "Ramon"), ("Marciano", "Marciano"),
]
SURINAMESE_F = [
    ("Shanti", "Sjanti"), ("Priya", "Prija"), ("Sharmila", "Sjarmila"), ("Sunita", "Soenita"),
    ("Ingrid", "Ingrid"), ("Jennifer", "Jenifer"), ("Natasha", "Natasja"), ("Shirley", "Sjirley"),
    ("Gerda", "Gerda"), ("Chantal", "Sjantal"), ("Rosita", "Rosita"), ("Anjali", "Andjali"),
]
SURINAMESE_SUR = [
    ("Ramdin", "Ramdien"), ("Sewnath", "Sewnat"), ("Jagernath", "Jagernat"), ("Ramautar", "Ramaoetar"),
    ("Biharie", "Bihari"), ("Kanhai", "Kanhaai"), ("Sardjoe", "Sardju"), ("Doekhie", "Dukhi"),
    ("Pinas", "Pinas"), ("Vrede", "Vrede"), ("Zeefuik", "Zeefuik"), ("Bottse", "Botse"), ("Wijngaarde", "Wyngaarde"),
    ("Sabajo", "Sabaio"), ("Fränkel", "Frankel"), ("Lachman", "Lachmon"), ("Mangroe", "Mangru"),
]

# ---------------------------------------------------------------------------------------------------------
# newcomers: Arabic / Dari / Pashto names (Syria, Iraq, Afghanistan)
# ---------------------------------------------------------------------------------------------------------

ARABIC_M = [
    ("Mohammad", "Mohammed", "Muhammad", "Mohamad", "Mohamed", "Mohammad"),
    ("Ahmad", "Ahmed", "Achmad", "Ahmad"),
    ("Ali", "Aly", "Ali"),
    ("Hussein", "Husein", "Hoessein", "Hussain", "Hossein"),
    ("Abdulrahman", "Abdul Rahman", "Abd al-Rahman", "Abdelrahman", "Abdoelrahman"),
    ("Omar", "Umar", "Oemar", "Omer"),
    ("Khaled", "Khalid", "Chaled", "Khaleed"),
    ("Mahmoud", "Mahmud", "Machmoed", "Mahmood"),
    ("Yousef", "Youssef", "Yusuf", "Joesef", "Yosef"),
    ("Mustafa", "Mostafa", "Moestafa", "Mustapha"),
    ("Hassan", "Hasan", "Hassen"),
    ("Ibrahim", "Ebrahim", "Ibraheem"),
    ("Abdullah", "Abdallah", "Abdoellah", "Abd Allah"),
    ("Jamal", "Djamal", "Gamal"),
    ("Samer", "Samir", "Sameer"),
    ("Bashar", "Bachar", "Basjar"),
    ("Rami", "Ramy"),
    ("Tareq", "Tariq", "Tarik", "Tarek"),
    ("Hamid", "Hameed", "Hamied"),
    ("Mohsen", "Muhsin", "Mochsen"),
    ("Abdulkarim", "Abdul Karim", "Abd al-Karim"),
    ("Ammar", "Amar"),
    ("Firas", "Feras"),
    ("Walid", "Waleed", "Walied"),
    ("Haider", "Hayder", "Heidar"),
    ("Sayed", "Sayyid", "Said", "Sajed"),
    ("Zabihullah", "Zabiullah", "Zabihoellah"),
    ("Naqibullah", "Naqib Ullah", "Nakiboellah"),
    ("Rahmatullah", "Rahmat Ullah", "Rachmatoellah"),
    ("Jawad", "Javad", "Djawad"),
    ("Shafiq", "Shafik", "Sjafiq"),
    ("Nasir", "Naser", "Nasser"),
    ("Yaser", "Yasser", "Jasser"),
    ("Ayham", "Aiham", "Ajham"),
]
ARABIC_F = [
    ("Fatima", "Fatema", "Fatimah", "Fatma"),
    ("Aisha", "Aysha", "Aïsja", "Aicha"),
    ("Maryam", "Mariam", "Meryem", "Marjam"),
    ("Noor", "Nur", "Nour", "Noer"),
    ("Zainab", "Zeinab", "Zaynab", "Zejnab"),
    ("Rania", "Ranya", "Ranja"),
    ("Hala", "Hala"),
    ("Amal", "Amel"),
    ("Layla", "Leila", "Laila", "Lejla"),
    ("Yasmin", "Yasmine", "Jasmin"),
    ("Huda", "Houda", "Hoeda"),
    ("Rasha", "Rascha", "Rasja"),
    ("Samar", "Samer"),
    ("Ghada", "Rada", "Gada"),
    ("Lina", "Leena"),
    ("Sidra", "Sedra"),
    ("Rahaf", "Rahf"),
    ("Shaima", "Shaimaa", "Sjaima"),
    ("Khadija", "Khadidja", "Chadija"),
    ("Zahra", "Zehra", "Sahra"),
    ("Masuma", "Masoumeh", "Massoema"),
    ("Farzana", "Farsana"),
    ("Parwana", "Parvana"),
    ("Nazanin", "Nasanin"),
]
# family names: (root spellings, takes an Al-/El- prefix?)
ARABIC_FAMILY = [
    (("Hassan", "Hasan"), False), (("Ahmad", "Ahmed"), False), (("Khatib", "Khateeb", "Chatib"), True),
    (("Masri", "Misri"), True), (("Hamoud", "Hammoud", "Hamud"), False), (("Sayed", "Saeed", "Said"), True),
    (("Halabi", "Halaby"), True), (("Hussein", "Husein", "Hoessein"), False), (("Ali", "Aly"), False),
    (("Shami", "Chami", "Sjami"), True), (("Najjar", "Nadjar", "Najar"), True), (("Hamdan", "Hamdan"), False),
    (("Issa", "Eisa", "Isa"), False), (("Darwish", "Darwisch", "Derwisj"), False),
    (("Abdallah", "Abdullah"), False), (("Kurdi", "Kurdy", "Koerdi"), True),
    (("Jabouri", "Jubouri", "Djaboeri"), True), (("Obeidi", "Ubaidi", "Oebeidi"), True),
    (("Tamimi", "Temimi"), True), (("Rifai", "Refai", "Rifaie"), True), (("Homsi", "Homsy"), True),
    (("Zoubi", "Zubi", "Zoebi"), True), (("Othman", "Osman", "Uthman"), False),
    (("Ahmadi", "Ahmady"), False), (("Rahimi", "Rahimy"), False), (("Hakimi", "Hakimy"), False),
    (("Karimi", "Karimy"), False), (("Popal", "Popal"), False), (("Sultani", "Soltani", "Soeltani"), False),
    (("Hashimi", "Hashemi", "Hasjimi"), False), (("Nazari", "Nazary"), False), (("Safi", "Safy"), False),
    (("Noori", "Nouri", "Noeri"), False), (("Mohammadi", "Mohammady", "Muhammadi"), False),
]
AL_PREFIX = ["Al-", "Al ", "al-", "al ", "El-", "El ", "Al", ""]

# ---------------------------------------------------------------------------------------------------------
# newcomers: Eritrea / Ethiopia (Tigrinya / Amharic).  No family name: given + father + grandfather.
# ---------------------------------------------------------------------------------------------------------

HORN_M = [
    ("Yohannes", "Johannes", "Yohanes", "Yohanns"), ("Tesfay", "Tesfaye", "Tesfai", "Tesfei"),
    ("Mehari", "Mehary", "Meharie"), ("Haile", "Hailé", "Haylay"), ("Berhane", "Birhane", "Berhan"),
    ("Kidane", "Kidan", "Kiddane"), ("Tekle", "Teklé", "Tecle"), ("Gebremedhin", "Ghebremedhin", "Gebremedin"),
    ("Mebrahtu", "Mebrahtom", "Mebratu"), ("Negassi", "Negasi", "Nigassi"), ("Abraham", "Abrham", "Abreham"),
    ("Filmon", "Filimon", "Philemon"), ("Dawit", "Dawitt", "Dawid"), ("Habtom", "Habton", "Habtu"),
    ("Semere", "Semre", "Simere"), ("Tsegay", "Tsegai", "Tsegaye", "Tsegei"), ("Weldu", "Woldu", "Welday"),
    ("Zerai", "Zeray", "Zerei"), ("Amanuel", "Emanuel", "Amanual"), ("Robel", "Rubel", "Roobel"),
    ("Samuel", "Samiel", "Samual"), ("Biniam", "Biniyam", "Binyam"), ("Henok", "Henock", "Enoch"),
    ("Goitom", "Goitum", "Gooitom"), ("Yonas", "Jonas", "Yonatan"), ("Mulugeta", "Mulugheta", "Moeloegeta"),
    ("Ghirmay", "Girmay", "Ghirmai"), ("Fitsum", "Fitsom", "Fitsoem"), ("Kibrom", "Kibrum", "Kiebrom"),
    ("Tewelde", "Tewelde", "Teweldé"), ("Asmerom", "Asmeron", "Asmerom"), ("Solomon", "Salomon", "Selomon"),
]
HORN_F = [
    ("Selam", "Salam", "Selamawit"), ("Helen", "Hellen", "Helena"), ("Senait", "Senayt", "Seneit"),
    ("Saba", "Sabaa"), ("Ruta", "Root", "Rutta"), ("Yodit", "Judith", "Yudit"), ("Mekdes", "Meqdes", "Mekdas"),
    ("Feven", "Fiyori", "Feeven"), ("Hiwet", "Hywet", "Hiwot"), ("Tsega", "Tsiga", "Tsegga"),
    ("Lidia", "Lydia", "Lidya"), ("Rahel", "Rachel", "Raheel"), ("Winta", "Wintana", "Whinta"),
    ("Eden", "Edan", "Edén"), ("Almaz", "Almas", "Elmaz"), ("Abeba", "Abebe", "Abbeba"),
    ("Meron", "Meeron", "Miron"), ("Luwam", "Luam", "Loewam"), ("Danait", "Daniet", "Danayt"),
    ("Yorsalem", "Jerusalem", "Yerusalem"), ("Mihret", "Mehret", "Mihrit"), ("Ariam", "Aryam", "Ariyam"),
]

# ---------------------------------------------------------------------------------------------------------
# newcomers: Ukraine (passport transliteration first, then Russian-English, Dutch and German habits)
# ---------------------------------------------------------------------------------------------------------

UKR_M = [
    ("Oleksandr", "Aleksandr", "Olexandr", "Oleksander", "Alexander", "Oleksandr"),
    ("Serhiy", "Serhii", "Sergei", "Sergej", "Sergiy", "Serhij"),
    ("Andriy", "Andrii", "Andrei", "Andrej", "Andrij"),
    ("Dmytro", "Dmitri", "Dmitrij", "Dmytro", "Dmitry"),
    ("Mykola", "Nikolai", "Mikola", "Nikolaj"),
    ("Volodymyr", "Vladimir", "Wolodymyr", "Volodimir", "Wladimir"),
    ("Maksym", "Maxim", "Maksim", "Maksym"),
    ("Yevhen", "Evgeny", "Jevgeni", "Yevgen", "Ievgen"),
    ("Yurii", "Yuriy", "Yuri", "Joeri", "Jurij"),
    ("Ihor", "Igor", "Ihor"),
    ("Vitalii", "Vitaliy", "Vitaly", "Vitali"),
    ("Bohdan", "Bogdan", "Bohdan"),
    ("Artem", "Artyom", "Artiom", "Artjom"),
    ("Oleh", "Oleg", "Oleh"),
    ("Vasyl", "Vasili", "Wassili", "Vasyl"),
    ("Pavlo", "Pavel", "Pawlo"),
    ("Roman", "Roman"),
    ("Taras", "Taras"),
    ("Denys", "Denis", "Denys"),
    ("Kyrylo", "Kirill", "Kyrylo", "Kirilo"),
]
UKR_F = [
    ("Yuliia", "Yulia", "Julia", "Ioulia", "Joelia", "Yuliya"),
    ("Olena", "Elena", "Jelena", "Olena", "Yelena"),
    ("Tetiana", "Tetyana", "Tatiana", "Tatjana", "Tatyana"),
    ("Iryna", "Irina", "Iryna"),
    ("Nataliia", "Natalia", "Natalija", "Nataliya"),
    ("Oksana", "Oxana", "Oksana"),
    ("Viktoriia", "Viktoria", "Victoria", "Viktorija"),
    ("Kateryna", "Ekaterina", "Katerina", "Jekaterina"),
    ("Anastasiia", "Anastasia", "Anastasija", "Anastasiya"),
    ("Svitlana", "Svetlana", "Swetlana", "Svitlana"),
    ("Hanna", "Anna", "Ganna", "Hanna"),
    ("Daria", "Dariia", "Darja", "Darya"),
    ("Sofiia", "Sofia", "Sofija", "Sofiya"),
    ("Liudmyla", "Lyudmila", "Ljoedmila", "Ludmila"),
    ("Valentyna", "Valentina", "Walentina"),
    ("Alina", "Alina"),
    ("Mariia", "Maria", "Marija", "Mariya"),
    ("Polina", "Polina"),
    ("Khrystyna", "Kristina", "Christina", "Chrystyna"),
    ("Yana", "Jana", "Iana"),
]
# surname roots in Ukrainian passport transliteration; the generator derives variants by rule
UKR_SUR = [
    "Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Kovalchuk",
    "Koval", "Oliinyk", "Shevchuk", "Polishchuk", "Tkachuk", "Savchenko", "Rudenko", "Marchenko", "Lysenko",
    "Petrenko", "Moroz", "Pavlenko", "Zhuk", "Hrytsenko", "Kuzmenko", "Kharchenko", "Sydorenko",
    "Ponomarenko", "Klymenko", "Levchenko", "Yakovenko", "Karpenko", "Vasylenko", "Honcharenko",
    "Zakharchenko", "Ivanov", "Kovalevskyi", "Yurchenko", "Didenko", "Fedorenko", "Hnatyuk", "Kostiuk",
]

# ---------------------------------------------------------------------------------------------------------
# labour migrants (Poland, Romania, Bulgaria)
# ---------------------------------------------------------------------------------------------------------

EU_M = [
    ("Piotr", "Pjotr", "Piotr"), ("Krzysztof", "Kristof", "Krzysztof"), ("Tomasz", "Tomas", "Tomasz"),
    ("Paweł", "Pawel", "Pavel"), ("Łukasz", "Lukasz", "Lukas"), ("Marcin", "Martsin", "Marcin"),
    ("Michał", "Michal", "Michał"), ("Grzegorz", "Gregor", "Grzegorz"), ("Jakub", "Jacob", "Jakub"),
    ("Andrei", "Andrej", "Andrei"), ("Ionuț", "Ionut", "Jonut"), ("Gheorghe", "Gheorge", "George"),
    ("Mihai", "Mihaj", "Mihai"), ("Florin", "Florin"), ("Bogdan", "Bogdan"), ("Georgi", "Georgy", "Georgi"),
    ("Dimitar", "Dimitur", "Dimitar"), ("Ivan", "Iwan", "Ivan"), ("Stoyan", "Stojan", "Stoian"),
    ("Nikolay", "Nikolai", "Nikolaj"),
]
EU_F = [
    ("Katarzyna", "Katarzina", "Kasia"), ("Agnieszka", "Agnieska", "Agnes"), ("Magdalena", "Magda"),
    ("Joanna", "Joana", "Asia"), ("Małgorzata", "Malgorzata", "Gosia"), ("Elena", "Elena"),
    ("Ioana", "Joana", "Ioana"), ("Maria", "Marija"), ("Daniela", "Daniela"), ("Gergana", "Gergana"),
    ("Desislava", "Desislawa", "Desi"), ("Yordanka", "Jordanka", "Iordanka"), ("Aneta", "Anetta"),
]
EU_SUR = [
    ("Nowak", "Nowak", "Novak"), ("Kowalski", "Kovalski", "Kowalsky"), ("Wiśniewski", "Wisniewski", "Visnjevski"),
    ("Wójcik", "Wojcik", "Voitsik"), ("Kamiński", "Kaminski", "Kaminsky"), ("Lewandowski", "Levandovski"),
    ("Zieliński", "Zielinski"), ("Szymański", "Szymanski", "Symanski"), ("Woźniak", "Wozniak"),
    ("Dąbrowski", "Dabrowski"), ("Popescu", "Popesku"), ("Ionescu", "Ionesku", "Jonescu"),
    ("Popa", "Popa"), ("Dumitru", "Dumitroe"), ("Stan", "Stan"), ("Georgiev", "Georgiew", "Gueorguiev"),
    ("Ivanov", "Iwanow", "Ivanoff"), ("Dimitrov", "Dimitrow"), ("Petrov", "Petrow"), ("Nikolov", "Nikolow"),
]

# ---------------------------------------------------------------------------------------------------------
# places
# ---------------------------------------------------------------------------------------------------------

# town -> (spellings of the town, postcode numbers, share of established residents' households)
TOWNS = {
    "Venlo": (("Venlo", "VENLO", "Blerick"), list(range(5911, 5929)), 1.0),
    "Westland": (("Naaldwijk", "Westland", "Monster", "Wateringen"), list(range(2671, 2676)) + [2681, 2291], 0.8),
    "Eindhoven": (("Eindhoven", "EINDHOVEN"), list(range(5611, 5659)), 2.0),
    "Tilburg": (("Tilburg", "TILBURG"), list(range(5011, 5050)), 1.8),
    "Arnhem": (("Arnhem", "ARNHEM"), list(range(6811, 6847)), 1.4),
    "Den Bosch": (("'s-Hertogenbosch", "Den Bosch", "s-Hertogenbosch", "'s Hertogenbosch"), list(range(5211, 5250)), 1.2),
    "Zaanstad": (("Zaandam", "Zaanstad", "Koog aan de Zaan"), list(range(1501, 1510)) + [1541], 1.2),
    "Emmen": (("Emmen", "EMMEN"), list(range(7811, 7826)), 0.9),
    "Westerwolde": (("Ter Apel", "Westerwolde", "Vlagtwedde"), [9561, 9563, 9541], 0.3),
    "Amersfoort": (("Amersfoort", "AMERSFOORT"), list(range(3811, 3830)), 1.3),
}
STREET_ROOTS = [
    "Kerk", "Molen", "School", "Dorps", "Stations", "Beuken", "Eiken", "Linden", "Wilgen", "Berken", "Esdoorn",
    "Kastanje", "Populieren", "Iepen", "Meidoorn", "Vlier", "Hazelaar", "Rozen", "Tulpen", "Narcissen",
    "Dahlia", "Lelie", "Seringen", "Jasmijn", "Zonnebloem", "Merel", "Lijster", "Spreeuw", "Vink", "Zwaluw",
    "Kievit", "Reiger", "Meeuwen", "Valk", "Sperwer", "Havik", "Buizerd", "Uilen", "Rembrandt", "Vermeer",
    "Frans Hals", "Van Gogh", "Mondriaan", "Jan Steen", "Ruysdael", "Vondel", "Bilderdijk", "Multatuli",
    "Thorbecke", "Juliana", "Beatrix", "Wilhelmina", "Emma", "Oranje", "Nassau", "Prins Hendrik", "Willem",
    "Amstel", "Maas", "Rijn", "Waal", "IJssel", "Schelde", "Dommel", "Dinkel", "Vecht", "Eem", "Merwede",
    "Zuider", "Noorder", "Ooster", "Wester", "Industrie", "Handels", "Fabrieks", "Spoor", "Haven", "Sluis",
    "Dijk", "Polder", "Akker", "Weide", "Veld", "Heide", "Bos", "Hoeve", "Boerderij", "Kamp", "Brink",
    "Koning", "Graaf", "Ridder", "Burg", "Slot", "Toren", "Poort", "Markt", "Klooster", "Abdij", "Pastoor",
]
STREET_SUFFIX = ["straat", "laan", "weg", "plein", "hof", "singel", "kade", "dreef", "pad", "erf", "gracht", "park"]

# reception centres, municipal shelters for displaced Ukrainians, employer/flex housing (generated per town)
COA_NAMES = ["Azc", "Pvl", "Noodopvang", "Aanmeldcentrum"]
SCHOOL_PRIMARY = [
    "De Regenboog", "De Wegwijzer", "Het Palet", "De Vlinder", "De Zonnewijzer", "Het Kompas", "De Springplank",
    "De Fontein", "Het Mozaïek", "De Horizon", "De Sterrenboog", "Het Anker", "De Toermalijn", "De Boomgaard",
]
SCHOOL_SECONDARY = ["College", "Lyceum", "Scholengemeenschap", "Vakcollege", "Mavo"]
SCHOOL_SEC_NAMES = ["Sint-Joris", "Het Stedelijk", "De Nieuwe Veste", "Ludger", "Titus Brandsma", "Pleincollege", "Erasmus"]
