"""Name, nickname, town and street material for the eval-style generator (written from scratch).

Lists are ordered roughly from common to rare; the generator draws with Zipf-like weights over the order,
so the first entries are frequent and namesakes occur naturally. Surnames are (prefix, core) pairs: the
prefix is a Dutch tussenvoegsel or an Arabic particle (El, Ben, Ait), rendered per source by the generator.
Polish and Bulgarian surnames are stored in the masculine form; the generator derives the feminine form.
"""

from __future__ import annotations

COMMUNITIES = ("dutch", "moroccan", "turkish", "surinamese", "polish", "bulgarian")

FIRST = {
    ("dutch", "m"): (
        "Daan Sem Lucas Jan Levi Thomas Bram Finn Milan Ruben Thijs Jesse Luuk Lars Tim Stijn Hendrik "
        "Johannes Pieter Willem Cornelis Mark Dennis Kevin Jeroen Sander Bas Niels Joost Martijn Rick Gijs "
        "Jacobus Gerrit Dirk Kees Wouter Jasper Koen Mees Julian Sven Tijn Bart Erik Robin Abraham Alexander "
        "Jeffrey Daniel Ricardo Mitchell Wesley Sjoerd Floris Hidde"
    ).split(),
    ("dutch", "f"): (
        "Emma Julia Sophie Anna Lotte Sanne Eva Lisa Fleur Tess Noa Isa Femke Maria Johanna Elisabeth "
        "Anouk Kim Linda Sandra Esther Marloes Ilse Romy Demi Britt Cornelia Wilhelmina Ingrid Petra Monique "
        "Iris Lieke Roos Jasmijn Sara Amber Nina Mirjam Chantal Naomi Jolanda Yvonne Margreet Hester Fenna"
    ).split(),
    ("moroccan", "m"): (
        "Mohamed Ahmed Youssef Ayoub Bilal Hamza Adam Rayan Anas Said Mustafa Karim Nordin Soufiane Ismail "
        "Khalid Omar Yassine Imran Zakaria Mehdi Redouan Hicham Abdelkader Jamal Nabil Othman Tarik Samir "
        "Younes Ilias Badr"
    ).split(),
    ("moroccan", "f"): (
        "Fatima Khadija Nora Salma Yasmina Sara Imane Hajar Malika Samira Naima Amira Aya Ikram Soumaya "
        "Loubna Hanan Meryem Lina Rania Houda Latifa Nadia Siham Zineb Chaima Dounia"
    ).split(),
    ("turkish", "m"): (
        "Mehmet Mustafa Ahmet Ali Hüseyin Hasan Emre Burak Yusuf Murat Kerem Enes Furkan Ömer Berat Efe "
        "Arda Serkan İbrahim Osman Halil Volkan Onur Tolga Can Deniz"
    ).split(),
    ("turkish", "f"): (
        "Ayşe Fatma Elif Zeynep Emine Hatice Büşra Merve Esra Selin Derya Özlem Gül Sevgi Ecrin Yağmur Ebru "
        "Tuğba Hülya Sibel Dilek Aylin Nur"
    ).split(),
    ("surinamese", "m"): (
        "Ravi Dwayne Jayden Rajesh Romano Sunil Anand Shurandy Glenn Orlando Jairo Giovanni Quincy Marvin "
        "Edson Rigo Dino Ryan Virgil Kenneth Rodney Sergio Amit Vikash Jurgen Roshan Delano"
    ).split(),
    ("surinamese", "f"): (
        "Priya Chantal Shanti Naomi Jamila Sharda Anjali Shanaya Melissa Tamara Kimberly Gina Xiomara "
        "Giselle Rosita Denise Sunita Reshma Kavita Jennifer Shirley Natasha Ashanti"
    ).split(),
    ("polish", "m"): (
        "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Adam Grzegorz Kamil Mateusz Dawid "
        "Wojciech Andrzej Marek Bartosz Szymon Przemysław Rafał Damian Sebastian"
    ).split(),
    ("polish", "f"): (
        "Anna Katarzyna Agnieszka Magdalena Joanna Aleksandra Małgorzata Monika Ewa Karolina Natalia "
        "Justyna Paulina Dorota Marta Beata Zuzanna Sylwia Weronika"
    ).split(),
    ("bulgarian", "m"): (
        "Georgi Ivan Dimitar Nikolay Petar Hristo Stoyan Todor Yordan Angel Vasil Krasimir Plamen Asen "
        "Martin Kiril Veselin Stefan Emil Lyubomir"
    ).split(),
    ("bulgarian", "f"): (
        "Maria Ivanka Elena Desislava Yordanka Petya Nadezhda Gergana Snezhana Teodora Radka Svetla "
        "Kalina Galina Tsvetelina Rositsa Milena Stanka"
    ).split(),
}

_DUTCH_SUR = (
    "de|Jong;|Jansen;de|Vries;van den|Berg;van|Dijk;|Bakker;|Janssen;|Visser;|Smit;|Meijer;de|Boer;"
    "|Mulder;de|Groot;|Bos;|Vos;|Peters;|Hendriks;van|Leeuwen;|Dekker;|Brouwer;de|Wit;|Dijkstra;|Smits;"
    "de|Graaf;van der|Meer;van der|Linden;|Kok;|Jacobs;de|Haan;|Vermeulen;van den|Heuvel;van der|Veen;"
    "van den|Broek;de|Bruijn;de|Bruin;van der|Heijden;|Schouten;van|Beek;|Willems;van|Vliet;van de|Ven;"
    "|Hoekstra;|Maas;|Verhoeven;|Koster;van|Dam;van der|Wal;|Prins;|Blom;|Huisman;|Peeters;de|Lange;"
    "van 't|Hof;in 't|Veld;ter|Horst;van|Wijk;|Postma;|Kuipers;|Veenstra;|Kramer;van den|Brink;|Scholten;"
    "van|Wijngaarden;|Timmermans;de|Ruiter;|Groen;|Bosman;van|Doorn;ten|Brink;|Driessen;van der|Laan;"
    "|Sanders;de|Koning;|Hermans;|Evers;van|Rijn;op den|Kamp;|Schipper;|Koopman;van|Essen;"
    "van|Oosterhout;|Wouters;van der|Sluis"
)
_MOROCCAN_SUR = (
    "El|Amrani;El|Idrissi;|Bouzid;|Benali;|Azzouzi;El|Khatib;|Ouali;|Haddou;|Tahiri;|Chaouch;|Bakkali;"
    "El|Hamdaoui;|Boukhari;|Ziani;|Moussaoui;|Laaroussi;|Achahbar;El|Yousfi;Ait|Ali;|Aarab;|Belhaj;"
    "|Mahdaoui;Ben|Haddou;El|Ouardi;|Bouchtaoui;|Ouchan;Ait|Taleb;|Amezian;El|Bouchtaoui;|Raiss"
)
_TURKISH_SUR = (
    "|Yılmaz;|Kaya;|Demir;|Şahin;|Çelik;|Yıldız;|Yıldırım;|Öztürk;|Aydın;|Özdemir;|Arslan;|Doğan;|Kılıç;"
    "|Aslan;|Çetin;|Kara;|Koç;|Kurt;|Özkan;|Şimşek;|Polat;|Erdem;|Korkmaz;|Güneş;|Aktaş;|Bulut"
)
_SURINAMESE_SUR = (
    "|Pinas;|Martina;|Ramdin;|Baldew;|Jagesar;|Sewdien;|Wijngaarde;|Emanuelson;|Kasanmoentalib;"
    "|Isenia;|Girigorie;|Francisca;|Doran;|Rosaria;|Ramcharan;|Kromodimedjo;|Sitaldin;|Nelom;|Biharie;"
    "|Sedney;|Tjon A Fong;|Jong A Lock;|Goedhart;|Mahabier;|Soekhoe;|Brandon;|Zimmerman;|Lieuw"
)
_POLISH_SUR = (
    "|Nowak;|Kowalski;|Wiśniewski;|Wójcik;|Kowalczyk;|Kamiński;|Lewandowski;|Zieliński;|Szymański;"
    "|Woźniak;|Dąbrowski;|Kozłowski;|Jankowski;|Mazur;|Kwiatkowski;|Krawczyk;|Piotrowski;|Grabowski;"
    "|Nowakowski;|Pawłowski;|Michalski;|Adamczyk;|Dudek;|Zając"
)
_BULGARIAN_SUR = (
    "|Ivanov;|Georgiev;|Dimitrov;|Petrov;|Nikolov;|Hristov;|Stoyanov;|Todorov;|Yordanov;|Iliev;"
    "|Angelov;|Atanasov;|Kolev;|Marinov;|Popov;|Asenov;|Mihaylov;|Stefanov;|Vasilev;|Kostov"
)


def _sur(spec: str) -> list[tuple[str, str]]:
    return [tuple(x.split("|")) for x in spec.split(";")]  # type: ignore[misc]


SURNAMES = {
    "dutch": _sur(_DUTCH_SUR),
    "moroccan": _sur(_MOROCCAN_SUR),
    "turkish": _sur(_TURKISH_SUR),
    "surinamese": _sur(_SURINAMESE_SUR),
    "polish": _sur(_POLISH_SUR),
    "bulgarian": _sur(_BULGARIAN_SUR),
}

# Official first name -> informal forms (call names, pet names, anglicised/Dutchified forms). The first
# entries are the common ones. Used both as `nickname` and, by some sources, in `first_name`.
NICK = {
    "Hendrik": ["Henk", "Rik", "Henkie"],
    "Johannes": ["Hans", "Jan", "Johan", "Joop", "Hannes"],
    "Jan": ["Jantje", "Janneman"],
    "Cornelis": ["Kees", "Cor", "Cees"],
    "Jacobus": ["Jaap", "Koos", "Sjaak"],
    "Pieter": ["Piet", "Pieta"],
    "Willem": ["Wim", "Pim", "Willy"],
    "Gerrit": ["Gert", "Gerard"],
    "Dirk": ["Dick", "Dirkie"],
    "Abraham": ["Bram", "Braam"],
    "Alexander": ["Sander", "Alex", "Xander"],
    "Thomas": ["Tom", "Thom", "Tommie"],
    "Daniel": ["Danny", "Dani", "Daan"],
    "Jeffrey": ["Jeff", "Jeffie"],
    "Ricardo": ["Rico", "Rick"],
    "Mitchell": ["Mitch"],
    "Martijn": ["Tijn", "Mart"],
    "Johanna": ["Hanneke", "Jo", "Joke", "Anneke"],
    "Elisabeth": ["Lies", "Liesbeth", "Betty", "Elise"],
    "Cornelia": ["Corrie", "Nel", "Cora"],
    "Wilhelmina": ["Mien", "Wilma", "Willy"],
    "Maria": ["Mia", "Ria", "Marie", "Mariya"],
    "Julia": ["Juul", "Julie"],
    "Sophie": ["Sofie", "Fie"],
    "Alexandra": ["Sandra", "Alex"],
    "Mohamed": ["Mo", "Mohammed", "Moha", "Momo", "Muhammed"],
    "Ahmed": ["Ahmad", "Achmed", "Ahmet"],
    "Youssef": ["Yousef", "Joesoef", "Youss"],
    "Mustafa": ["Mustapha", "Moestafa", "Musti"],
    "Abdelkader": ["Abdel", "Kader"],
    "Khalid": ["Khaled", "Chalid"],
    "Redouan": ["Redouane", "Ridouan", "Redo"],
    "Soufiane": ["Soufian", "Sofian", "Souf"],
    "Zakaria": ["Zak", "Zakariya", "Zakariae"],
    "Ismail": ["Isma", "Smail"],
    "Yassine": ["Yassin", "Yas"],
    "Hicham": ["Hisham", "Hich"],
    "Fatima": ["Fati", "Fadma", "Fatiha"],
    "Khadija": ["Dija", "Khadidja", "Chadija"],
    "Yasmina": ["Yasmine", "Jasmina", "Yas"],
    "Meryem": ["Maryam", "Mariam"],
    "Imane": ["Iman", "Imaan"],
    "Mehmet": ["Memo", "Memet"],
    "Hüseyin": ["Huseyin", "Hussein", "Hüso"],
    "Ömer": ["Omer", "Omar"],
    "Yusuf": ["Yussuf", "Joesoef"],
    "İbrahim": ["Ibrahim", "Ibo", "Ibrahiem"],
    "Ayşe": ["Ayse", "Aisha"],
    "Büşra": ["Busra"],
    "Zeynep": ["Zeyno", "Zeynab"],
    "Hatice": ["Hatije", "Hatce"],
    "Rajesh": ["Raj", "Radjesh"],
    "Shurandy": ["Randy", "Shu"],
    "Giovanni": ["Gio", "Gianni"],
    "Orlando": ["Lando", "Orly"],
    "Kimberly": ["Kim", "Kimmy", "Kimberley"],
    "Jamila": ["Mila", "Djamila"],
    "Melissa": ["Mel", "Lisa"],
    "Priya": ["Pri", "Prija"],
    "Natasha": ["Tasha", "Natascha"],
    "Piotr": ["Piotrek", "Peter", "Pjotr"],
    "Krzysztof": ["Krzysiek", "Chris", "Krzys"],
    "Tomasz": ["Tomek", "Tom"],
    "Paweł": ["Pawel", "Paul", "Pawełek"],
    "Michał": ["Michal", "Michael", "Misiek"],
    "Łukasz": ["Lukasz", "Luke", "Łukaszek"],
    "Jakub": ["Kuba", "Jacob"],
    "Grzegorz": ["Grzesiek", "Greg"],
    "Wojciech": ["Wojtek", "Voytek"],
    "Przemysław": ["Przemek"],
    "Katarzyna": ["Kasia", "Kaśka", "Kate"],
    "Agnieszka": ["Aga", "Agnes"],
    "Magdalena": ["Magda", "Madzia"],
    "Aleksandra": ["Ola", "Alexandra"],
    "Małgorzata": ["Gosia", "Malgorzata", "Margaret"],
    "Joanna": ["Asia", "Joasia"],
    "Georgi": ["Gosho", "Georgiy", "Georgy"],
    "Dimitar": ["Mitko", "Dimitri", "Dimitur"],
    "Nikolay": ["Niki", "Nikolai"],
    "Petar": ["Pesho", "Peter", "Petur"],
    "Hristo": ["Itso", "Christo", "Hrisko"],
    "Stoyan": ["Stojan", "Stoyancho"],
    "Todor": ["Tosho", "Teodor"],
    "Yordan": ["Jordan", "Dancho"],
    "Krasimir": ["Krasi"],
    "Vasil": ["Vasko", "Vasili"],
    "Desislava": ["Desi"],
    "Snezhana": ["Snezana", "Snejana"],
    "Tsvetelina": ["Tsveti", "Cvetelina"],
    "Nadezhda": ["Nadya", "Nadezda"],
    "Yordanka": ["Dana", "Jordanka"],
    "Teodora": ["Dora", "Teddy"],
}

# Street aliases unrelated to the real name (the resident knows the person only by this).
ALIASES = (
    "Kleintje Flash Prince Skinny Lange Kiki Snoopy Tiger Junior Chicco Blondie Brother Sneaky Rocky "
    "Dikkie Spike Nino Shorty Mimi Bibi Lucky Kid Tata Roxy"
).split()

# Dutch-dialect / transliteration spelling variants of surname cores (any source may use them).
SUR_VARIANTS = {
    "Meijer": ["Meyer", "Mijer"],
    "de Bruijn": ["de Bruyn", "de Bruin"],
    "Bouzid": ["Boezid", "Bouzit"],
    "Haddou": ["Hadou", "Haddouh"],
    "Amrani": ["Amrany", "Emrani"],
    "Idrissi": ["Idrisi", "Driss"],
    "Moussaoui": ["Moussaui", "Musaoui"],
    "Hristov": ["Christov", "Khristov"],
    "Stoyanov": ["Stojanov", "Stoianov"],
    "Yordanov": ["Jordanov", "Iordanov"],
    "Mihaylov": ["Mihailov", "Michajlov"],
    "Georgiev": ["Georgieff", "Gueorguiev"],
    "Ramcharan": ["Ramcharen", "Ramtjaran"],
    "Jagesar": ["Jagessar", "Jaggesar"],
    "Kasanmoentalib": ["Kasanmontalib"],
    "Tjon A Fong": ["Tjon-A-Fong", "Tjonafong"],
    "Jong A Lock": ["Jong-A-Lock", "Jongalock"],
}

# (town, weight, pc4 range start, alternative spellings)
TOWNS = [
    ("Rotterdam", 24, 3011, ["ROTTERDAM", "Rdam"]),
    ("Amsterdam", 26, 1011, ["AMSTERDAM", "A'dam"]),
    ("Den Haag", 18, 2511, ["'s-Gravenhage", "s Gravenhage", "DEN HAAG"]),
    ("Utrecht", 12, 3511, ["UTRECHT"]),
    ("Eindhoven", 8, 5611, ["EINDHOVEN"]),
    ("Tilburg", 7, 5011, ["TILBURG"]),
    ("Almere", 7, 1311, ["ALMERE"]),
    ("Groningen", 7, 9711, ["GRONINGEN"]),
    ("Breda", 6, 4811, ["BREDA"]),
    ("Nijmegen", 6, 6511, ["NIJMEGEN"]),
    ("Arnhem", 5, 6811, ["ARNHEM"]),
    ("Den Bosch", 5, 5211, ["'s-Hertogenbosch", "s-Hertogenbosch", "DEN BOSCH"]),
    ("Zaandam", 5, 1501, ["ZAANDAM", "Zaanstad"]),
    ("Schiedam", 4, 3111, ["SCHIEDAM"]),
    ("Westland", 4, 2671, ["Naaldwijk", "WESTLAND"]),
    ("Venlo", 4, 5911, ["VENLO"]),
    ("Leeuwarden", 3, 8911, ["LEEUWARDEN", "Ljouwert"]),
    ("Zwolle", 3, 8011, ["ZWOLLE"]),
    ("Lelystad", 2, 8211, ["LELYSTAD"]),
    ("Helmond", 2, 5701, ["HELMOND"]),
    ("Emmen", 2, 7811, ["EMMEN"]),
    ("Roosendaal", 2, 4701, ["ROOSENDAAL"]),
]

STREET_HEADS = (
    "Linden Beuken Eiken Berken Kastanje Populieren Wilgen Esdoorn Meidoorn Vlier Hazelaar Molen Kerk "
    "School Dorps Haven Dijk Vaart Sluis Tulp Roos Lelie Anjer Iris Narcis Merel Lijster Specht Reiger "
    "Zwaluw Kievit Spreeuw Vink Leeuwerik Kanaal Weide Akker Veld Hoeve Boomgaard Koren Tarwe Rogge Vlas "
    "Hennep Zilver Koper Tin Oranje Nassau Wilhelmina Juliana Beatrix Emma Sterren Maan Zon Planeten "
    "Waterkers Zeeuwse Friese Drentse Brabantse Limburgse Fazant Patrijs Havik Valk Uilen Zeemeeuw"
).split()
STREET_TAILS = "straat straat straat laan laan weg plein hof singel kade dreef pad gracht park erf".split()
PERSON_STREETS = (
    "Burgemeester de Vlugt|Burg. de Vlugt;Burgemeester Hogguer|Burg. Hogguer;Van Heemskerck|Van Heemskerk;"
    "Van Speijk|Van Speyk;Prof. Kamerlingh Onnes|Professor Kamerlingh Onnes;Dr. Schaepman|Dokter Schaepman;"
    "Pieter de Hooch|P. de Hooch;Jan Steen|J. Steen;Vincent van Gogh|V. van Gogh;Admiraal de Ruijter|Adm. de Ruyter;"
    "Generaal Cronjé|Gen. Cronje;Sint Jans|St. Jans;Graaf Floris|Gr. Floris"
)

SCHOOLS = (
    "Het Baken College|Baken College|CSG Het Baken;Da Vinci Lyceum|Da Vinci|DaVinci Lyceum;"
    "Zuiderpark College|Zuiderparkcollege;Montessori Lyceum|Montessori;Erasmus Scholengemeenschap|Erasmus SG;"
    "ROC Midden|ROC Midden Nederland|ROC;Vakcollege De Brug|De Brug|VC De Brug;Sint-Jozef College|St. Jozef College;"
    "Comenius College|Comenius;Het Lyceum Noord|Lyceum Noord;Stedelijk Gymnasium|Sted. Gymnasium;"
    "Praktijkschool De Linie|De Linie;Mavo Centrum|MAVO Centrum;Techniek College|Technasium College;"
    "Basisschool De Regenboog|De Regenboog|OBS De Regenboog;Basisschool Het Palet|Het Palet"
)

# Building blocks of the long tail of surnames (the common lists above cover only the frequent names).
TAIL_PARTS = {
    "dutch": (
        "Hoog Laag Groot Klein Zand Brink Veld Dijk Berg Holt Wester Ooster Noord Zuid Heuvel Molen Beek Kamp "
        "Haar Lind Ros Blok Steen Wolt Kuip Mees Teun Rijk Hout Bruin Wit Lam Geer Swart Spoel Vlas Ekk Hamm "
        "Boek Stap Knol Kloos Dorr Pol Slot Ruit Weer",
        "ink ing sma stra man mans veld kamp huis hof horst broek beek dijk berg land erts ens inga ema "
        "ers ink hout stede wijk gaard",
    ),
    "moroccan": (
        "Azz Bouch Bakk Hadd Mouss Ouazz Tahr Khatt Zer Amr Idr Yousf Hamd Ghaz Rach Sall Fark Mahj Bell "
        "Chaq Kadd Lahm Mokh Nouh Boulh Touz Mej Ferh Jebb Zahr",
        "aoui ani ouni ati ali ouhi i ach ouch ari ane ioui",
    ),
    "turkish": (
        "Öz Kara Ak Gök Er Sarı Yıl Tek Bal Çak Taş Ay Gül Kor Uz Yüce Ateş Boz Kuş Tun Sev Kılıç Ön Çiçek",
        "türk kaya demir han soy doğan er can taş man ol oğlu yıldız alp gün su bay kan ışık tekin",
    ),
    "surinamese": (
        "Ram Sew Mahab Jag Bal Sita Gan Dwar Soek Ched Kis Bhol Moh Chot Raj Wip Lob Zeeg Ras Kort Doe "
        "Frans Gies Ton Amat Lieuw Kro",
        "dien lal ier esar dew sing oe kha ram din persad jit ina ia ie us o ma sahai",
    ),
    "polish": (
        "Kowal Now Wiśniew Kamin Lewand Zielin Szyman Woźni Dąbrow Kozłow Jank Kwiatk Piotr Grab Pawł Michal "
        "Kaczmar Zawadz Sadow Bąk Chmiel Wróbl Sikor Baran Rutk Ostrow Tomasz Jasi Walcz Górs Majew Olszew "
        "Jawor Malin Witk Kub Pietrz Wieczor",
        "ski ski ski ak czyk ik ewicz owski ek",
    ),
    "bulgarian": (
        "Ivan Georgi Dimitr Petr Nikol Hrist Stoyan Todor Yordan Ili Angel Atanas Kol Marin Pop Asen Mihayl "
        "Stef Vasil Kost Rad Bor Zhel Tsvetk Velik Mladen Slav Kiril Lyuben Dragan Yank Bozh Gench Ran Tosh",
        "ov ev ov",
    ),
}
