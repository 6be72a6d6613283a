"""Name material for the scenario generator, compiled by hand for this benchmark.

Every entry is a common given name or surname of one of the communities the issue names; persons are random
combinations of them, so no generated person is a real one. Given names are written

    "Official roep1/roep2 ~variant1/variant2 !nick1/nick2"

where the official form is what the BRP holds (passport spelling), roep* are the names the person is
called by (the first is the usual one; absent = the official name), ~variants are spellings other
organisations write for the same name (transliterations, Dutch phonetic spellings), and !nicks are
diminutives or street names used by residents and youth workers. Lists are ordered roughly by frequency.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GivenName:
    official: str
    roep: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()
    nicks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Surname:
    legal: str
    variants: tuple[str, ...] = field(default_factory=tuple)


def _parse_given(block: str) -> list[GivenName]:
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        official_parts, roep, variants, nicks = [], (), (), ()
        for p in parts:
            if p.startswith("~"):
                variants = tuple(v.replace("_", " ") for v in p[1:].split("/") if v)
            elif p.startswith("!"):
                nicks = tuple(v.replace("_", " ") for v in p[1:].split("/") if v)
            elif not official_parts:
                official_parts.append(p.replace("_", " "))
            else:
                roep = tuple(v.replace("_", " ") for v in p.split("/") if v)
        out.append(GivenName(official_parts[0], roep, variants, nicks))
    return out


def _parse_surnames(block: str) -> list[Surname]:
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        legal, _, rest = line.partition("|")
        out.append(Surname(legal.strip(), tuple(v.strip() for v in rest.split("/") if v.strip())))
    return out


# ---------------------------------------------------------------------------------------------------------
# Dutch
# ---------------------------------------------------------------------------------------------------------

# born before ~1975: Latin/Catholic official names with a different roepnaam
DUTCH_M_OLD = _parse_given("""
Johannes Jan/Hans/Johan/Joop ~Johannis !Jan
Hendrikus Henk/Hendrik/Harrie ~Hendricus/Henricus !Henkie
Cornelis Kees/Cor/Niels ~Cornelius !Kees
Jacobus Jaap/Koos/Jack ~Jacobis !Koos
Petrus Piet/Peter/Peer ~Pieter !Piet
Gerardus Gerard/Gert/Gerrit/Geert ~Gerhardus !Ger
Adrianus Arie/Ad/Adrie ~Adriaan
Wilhelmus Wim/Willem/Pim ~Willem !Wim
Antonius Toon/Ton/Anton ~Anthonius !Toon
Franciscus Frans/Frank/Cees ~Fransiscus
Theodorus Theo/Ruud/Dorus ~Theodoor
Nicolaas Klaas/Nico/Niek ~Nicolaas/Nikolaas
Martinus Martin/Tinus/Maarten
Josephus Jos/Sjef/Joep ~Josef/Joseph
Gijsbertus Gijs/Bert ~Gijsbert
Albertus Albert/Bert/Ab
Bernardus Ben/Bernard/Benno ~Bernhardus
Leendert Leo/Leen ~Leonardus
Dirk Dirk/Dick ~Dirck
Pieter Piet/Peter
Jan Jan
Willem Wim/Willem
Marinus Rinus/Marin/Ries
Paulus Paul/Paulo
Lambertus Bert/Lambert
Hubertus Huub/Bert
Gerrit Gerrit/Gert
Klaas Klaas
Aart Aart
Evert Evert
""")

DUTCH_F_OLD = _parse_given("""
Maria Marja/Mieke/Ria/Marie ~Marija
Johanna Joke/Annie/Jo/Hannie/Anja ~Johana
Catharina Karin/Ria/Tineke/Toos ~Catherina/Katharina
Elisabeth Els/Lies/Bep/Betty/Elly ~Elizabeth/Elisabet
Wilhelmina Willy/Mien/Wilma/Mientje ~Willemina
Geertruida Truus/Trudy/Geertje ~Gertruida
Cornelia Corrie/Nel/Cora/Kee ~Cornelija
Hendrika Riek/Rika/Henny/Hennie ~Hendrica
Adriana Ria/Jana/Adrie ~Adrianna
Jacoba Coby/Co/Jacky ~Jakoba
Petronella Nel/Nelly/Ellen ~Petronela
Anna Anneke/Ans/Anja/Anna
Aaltje Alie/Aly
Margaretha Greet/Margriet/Grietje/Marga ~Margaretta
Alida Lida/Alie
Helena Lenie/Leny/Heleen ~Helene
Theodora Dora/Thea ~Theodore
Francisca Cisca/Frans/Sjaan ~Franciska
Gerarda Gerda/Gerrie
Josina Josje/Sien
""")

# born ~1975-2000
DUTCH_M_MID = _parse_given("""
Mark ~Marc
Dennis ~Denis
Kevin
Rick ~Rik
Jeroen
Sander
Martijn ~Martin
Bas
Niels ~Nils
Thomas ~Tomas
Tim
Stefan ~Stephan/Steffan
Patrick ~Patric/Patrik
Robin
Jeffrey ~Jeffry/Jeffrie
Mike ~Maik
Jordy ~Jordi
Bart
Wouter
Ruben
Erik ~Eric
Michel ~Michael
Vincent
Remco
Danny ~Dany
Marco ~Marko
Richard
Ronald
Edwin
Roy ~Roi
""")

DUTCH_F_MID = _parse_given("""
Linda
Sandra
Kim
Anouk
Marloes
Sanne
Lisa ~Liza
Manon
Chantal ~Chantalle/Shantal
Priscilla ~Priscila
Kelly ~Kelley
Esther ~Ester
Suzanne ~Susanne/Suzan
Iris
Wendy
Mandy
Naomi ~Naomie
Femke
Laura
Nicole ~Nicol
Petra
Monique ~Monica
Ilse
Yvonne ~Ivonne
Jolanda ~Yolanda
Astrid
""")

# born 2000 and later
DUTCH_M_YOUNG = _parse_given("""
Daan !Daantje
Sem
Lucas ~Lukas
Levi
Finn ~Fin
Milan
Noah ~Noa
Luuk ~Luc/Luk
Thijs ~Tijs/Thys
Bram
Jesse ~Jessy
Liam
Julian ~Julien
Mees
Sven
Stijn ~Stein
Jayden ~Jaydan/Jaiden !Jay
Tygo ~Tijgo
Siem
Max
Gijs
Jens
Hugo
Noud
Mats ~Mads
Teun
Boaz
Floris
Daniël Daniël ~Daniel !Danny
Raphaël Raphaël ~Raphael/Rafael !Raf
Joël Joël ~Joel
Tim
Ruben
Dylan ~Dilan
Kai ~Kaj
""")

DUTCH_F_YOUNG = _parse_given("""
Emma
Julia ~Julija
Mila ~Milla
Tess ~Tes
Sophie ~Sofie/Sophia
Zoë Zoë ~Zoe/Zoey
Sara ~Sarah
Nora
Yara ~Jara
Eva
Liv
Lotte ~Lote
Saar
Noor
Fenna
Lieke
Evi ~Evie
Anna
Nina
Maud
Isa ~Iza
Fleur
Noa
Lynn ~Lyn/Linn
Roos
Jasmijn ~Jasmyn
Floor
Indy ~Indi
Lina
Chloë Chloë ~Chloe
Naomi
Romy ~Romi
Demi ~Demy
""")

DUTCH_SURNAMES = _parse_surnames("""
de Jong|de Jongh
Jansen|Janssen
de Vries|de Fries
van den Berg|van der Berg/v.d. Berg
van Dijk|van Dyk/van Dijck
Bakker|Backer
Janssen|Jansen
Visser|Vissers
Smit|Smidt/Smith
Meijer|Meyer/Meier
de Boer|
Mulder|Mulders
de Groot|
Bos|Bosch
Vos|Fos
Peters|Pieters
Hendriks|Hendrikx/Hendricks
van Leeuwen|van Leuven
Dekker|Decker
Brouwer|Brauwer
de Wit|de Witt
Dijkstra|Dykstra
Smits|Smids
de Graaf|de Graaff
van der Meer|vd Meer
van der Linden|
Kok|
Jacobs|Jakobs
de Haan|
Vermeulen|Vermeule
van den Heuvel|
van der Veen|
van den Broek|
de Bruijn|de Bruin/de Bruyn
van der Heijden|van der Heyden/van der Heiden
Schouten|
van Beek|
Willems|Willemse
van Vliet|
van de Ven|
Hoekstra|
Maas|Maes
Verhoeven|
Koster|
van Dam|
van der Wal|
Prins|
Blom|
Huisman|Huismans
de Jonge|
Kuipers|Kuijpers/Kuypers
Post|
Kuiper|Kuyper
Veenstra|
Kramer|
van den Brink|
Scholten|
van Wijk|van Wyk
Postma|
Martens|Maartens
Vink|
de Ruiter|de Ruijter/de Ruyter
Timmermans|Timmerman
Groen|
Gerritsen|Gerritse
Jonker|
van Loon|
van der Velde|
Willemsen|Willemse
de Lange|
de Vos|
van Dongen|
Schipper|
de Koning|
van der Laan|
Driessen|Driesen
van Doorn|
Hermans|Harmsen
Evers|
van der Meulen|
Hofman|Hoffman
Bosman|
Wolters|
Sanders|Zanders
van der Horst|
Mol|
Molenaar|
de Leeuw|
Verbeek|
IJzerman|Ijzerman/Yzerman
van 't Hof|van het Hof/van t Hof
in 't Veld|in het Veld
""")

# ---------------------------------------------------------------------------------------------------------
# Moroccan-Dutch (French transliteration in passports; Dutch phonetic spellings elsewhere)
# ---------------------------------------------------------------------------------------------------------

MOROCCAN_M = _parse_given("""
Mohamed ~Mohammed/Muhammed/Mohamet/Mohammad/Mhamed !Mo/Moha/Momo
Ahmed ~Ahmad/Ahmet/Achmed !Hamid
Youssef ~Yousef/Youssouf/Yusuf/Joesoef/Youcef !Yous
Abdelkader ~Abdelkadir/Abdel_Kader/Abdelqader !Kader/Abdel
Abdellah ~Abdallah/Abdullah/Abdelah !Abdel
Mustapha ~Mustafa/Moustafa/Mostafa !Moes/Musti
Hassan ~Hasan/Hassane !Hassi
Hamid ~Hamied
Karim ~Kareem/Kerim
Rachid ~Rashid/Rachied
Said ~Saïd/Saied !Sa
Omar ~Oumar/Omer
Ali ~Aly
Brahim ~Ibrahim/Ebrahim !Bra
Driss ~Idriss/Idris
Khalid ~Khaled/Chalid/Kalid
Noureddine ~Nourdin/Nordin/Nour-Eddine/Noeredin !Nour
Bilal ~Bielal
Ayoub ~Ayub/Ajoub
Anouar ~Anwar/Anuar
Soufiane ~Sofian/Sofyan/Soufyan !Sof
Ilias ~Ilyas/Elias/Iliass
Zakaria ~Zakariya/Zakariae/Zacharia !Zak
Hamza ~Hamsa
Adam ~Adem
Imran ~Imrane
Redouan ~Redouane/Ridouan/Redwan !Red
Othman ~Otman/Osman
Mehdi ~Mahdi
Yassine ~Yassin/Jassin/Yasin
Tarik ~Tariq/Tarek
Nabil ~Nabiel
Mourad ~Murad/Mourat
Jamal ~Djamal/Jamel
""")

MOROCCAN_F = _parse_given("""
Fatima ~Fatma/Fadma/Fatiha !Fati/Tima
Khadija ~Khadidja/Hadija/Khadiza !Dija
Aicha ~Aïcha/Aisha/Aischa/Aysha
Malika ~Malikah
Naima ~Naïma/Naeima
Samira ~Samiera
Nadia ~Nadja
Latifa ~Latefa
Rachida ~Rashida
Zahra ~Zohra/Zahrae
Hanan ~Hanane
Hajar ~Hagar/Hadjar
Imane ~Iman/Imaan
Salma ~Selma
Sara ~Sarah
Yasmina ~Yasmine/Jasmina
Nora ~Noura
Ikram ~Ikrame
Soumaya ~Soumaia/Sumaya
Chaima ~Chaimae/Shaima/Chaimaa
Khaoula ~Khawla/Houla
Meryem ~Maryam/Meriem/Mariam
Houda ~Hoda/Huda
Loubna ~Lubna
Siham ~Sihame
Asmae ~Asma/Asmaa
Wafae ~Wafa/Wafaa
""")

MOROCCAN_SECOND_M = ("Amine", "Ali", "Reda", "Yassine", "Amin", "Karim")
MOROCCAN_SECOND_F = ("Zahra", "Ezzahra", "Amal", "Nour")

MOROCCAN_SURNAMES = _parse_surnames("""
El Amrani|Amrani/Elamrani
El Idrissi|Idrissi/Elidrissi/El Idrisi
Benali|Ben Ali/Ben-Ali
Bouzid|Bouzit/Bouzied
El Khatib|Elkhatib/El Khattabi
Ouali|Wali/Oualie
Tahiri|Et-Tahiri/Ettahiri/Tahri
El Azzouzi|Azzouzi/Elazzouzi/El Azouzi
El Bakkali|Bakkali/Elbakkali/El Bakali
Haddouchi|Hadouchi/Haddouchie
Zaoui|Zaouj/Zaoue
El Hamdaoui|Hamdaoui/Elhamdaoui
El Ouahabi|Ouahabi/El Wahabi
Mahjoubi|Mahjoub/Mahdjoubi
Belhadj|Bel Hadj/Belhaj
Benhaddou|Ben Haddou
Achahbar|Achabar/Achahbaar
El Yaakoubi|Yaakoubi/El Yacoubi/Elyaakoubi
Ait Haddou|Aït Haddou/Ait-Haddou/Aithaddou
Bouali|Bou Ali
Chakir|Shakir/Chakier
Essafi|Es-Safi/Safi
Lamrani|El Amrani/Lamrany
Marzouki|Marzougui
Ziani|Ziyani
Kaddouri|Kadouri/Qaddouri
El Boukhari|Boukhari/Bouchari
Ammari|Amari
Ouazzani|Wazzani/Ouazani
Laaroussi|Laroussi/Larousi
El Morabit|Morabit/Elmorabit/El Mourabit
Akrouh|Akrouch
Amezian|Amezyan/Amezian
Bouhlal|Bouhalal
Ait Ouaali|Aït Ouaali/Ait Ouali
""")

# ---------------------------------------------------------------------------------------------------------
# Turkish-Dutch (Turkish alphabet in passports; without diacritics or Germanised elsewhere)
# ---------------------------------------------------------------------------------------------------------

TURKISH_M = _parse_given("""
Mehmet ~Mehmed/Mehmmet !Memo
Mustafa ~Moestafa !Musti
Ahmet ~Ahmed/Achmet
Ali
Hüseyin ~Huseyin/Hussein/Hüssein !Hüso
Hasan ~Hassan
İbrahim ~Ibrahim/Ibo !İbo
İsmail ~Ismail/Ismael
Osman
Yusuf ~Yussuf/Yoesoef
Murat ~Murad
Emre
Burak
Kerem
Enes
Furkan
Yiğit ~Yigit/Yiyit
Emir
Ömer ~Omer/Oemer
Serkan
Gökhan ~Gokhan/Goekhan
Tolga
Volkan
Kemal
Halil
Süleyman ~Suleyman/Suleiman
Cem ~Djem
Can ~Djan
Baran
Eren
Mert
Oğuz ~Oguz/Ouz
Abdullah !Apo
""")

TURKISH_F = _parse_given("""
Ayşe ~Ayse/Aysche/Ayshe
Fatma ~Fatima
Emine ~Emina
Hatice ~Hatidje/Hatica
Zeynep ~Zeinep/Zeynip
Elif
Merve
Esra
Büşra ~Busra/Buesra
Özlem ~Ozlem/Oezlem
Gül ~Gul/Guel
Sevgi
Hülya ~Hulya/Huelya
Songül ~Songul
Derya
Dilek
Ebru
Melek
Yasemin ~Yasmin
Şeyma ~Seyma/Sheyma
Rabia
Kübra ~Kubra/Kuebra
Sümeyye ~Sumeyye/Sumeye
Tuğba ~Tugba/Tuba
Ecrin ~Ecrinn
Azra
Defne
Eylül ~Eylul
Zehra
""")

TURKISH_SECOND_M = ("Ali", "Emin", "Can", "Efe", "Kaan")
TURKISH_SECOND_F = ("Nur", "Naz", "Gül", "Su")

TURKISH_SURNAMES = _parse_surnames("""
Yılmaz|Yilmaz/Jilmaz
Kaya|Kaja
Demir|Demirr
Şahin|Sahin/Schahin
Çelik|Celik/Tschelik
Yıldız|Yildiz
Yıldırım|Yildirim
Öztürk|Ozturk/Oeztuerk
Aydın|Aydin/Aidin
Özdemir|Ozdemir/Oezdemir
Arslan|Arslan/Aslan
Doğan|Dogan/Doan
Kılıç|Kilic/Kylic
Aslan|Arslan
Çetin|Cetin
Kara|
Koç|Koc/Kotsch
Kurt|
Özkan|Ozkan
Şimşek|Simsek
Polat|
Korkmaz|
Karataş|Karatas
Aktaş|Aktas
Güneş|Gunes/Guenes
Bulut|
Ünal|Unal/Uenal
Keskin|
Tekin|
Akın|Akin
Uçar|Ucar
Kaplan|
Avcı|Avci
Bozkurt|
Toprak|
Ateş|Ates
Gök|Gok
""")

# ---------------------------------------------------------------------------------------------------------
# Surinamese-Dutch: Hindustani (Dutch-era spellings oe/tj/dj) and Creole; Antillean
# ---------------------------------------------------------------------------------------------------------

HINDUSTANI_M = _parse_given("""
Ravi ~Rawi
Sunil ~Soenil
Rajesh ~Radjesh/Rajes
Anil ~Aniel
Ashwin ~Aswin/Ashvin
Dinesh ~Dienesh
Sanjay ~Sandjay/Sanjai
Vishal ~Visal/Wishal
Kishan ~Kisan/Kiesjan
Ramesh ~Ramesj
Radj ~Raj/Radsj
Navin ~Naviens/Nawin
Prem
Mahesh ~Mahes
Dewanand ~Devanand
Rakesh ~Rakes
Chandrikapersad ~Tjandrikapersad/Chandrika !Chandru
Soerajprakash ~Surajprakash !Soeraj
Rishi ~Risji
Vikash ~Wikash/Vikas
""")

HINDUSTANI_F = _parse_given("""
Sunita ~Soenita
Anita ~Anieta
Kavita ~Kawita
Priya ~Prija/Pria
Shanti ~Santi/Sjanti
Reshma ~Resma/Reshmi
Sita ~Sieta
Radha ~Rada
Indra ~Indira
Devika ~Dewika
Nisha ~Niesha/Nisja
Rishma ~Risma
Sharmila ~Sarmila/Sjarmila
Asha ~Aasha
Usha ~Oesha
Chandra ~Tjandra
Sarita ~Sarieta
Anjali ~Andjali
""")

# Hindustani "huisnamen" (names the family uses, unrelated to the official name)
HINDUSTANI_HOUSE_NAMES_M = ("Roy", "Rocky", "Jerry", "Kenny", "Bobby", "Sonny", "Rakesh", "Vinod")
HINDUSTANI_HOUSE_NAMES_F = ("Pooja", "Baby", "Lakshmi", "Kiran", "Sheila", "Rani", "Guddi")

HINDUSTANI_SURNAMES = _parse_surnames("""
Ramdin|Ramdien
Jagroep|Djagroep/Jagroop/Jagrup
Soekhlal|Sukhlal/Soekhlall
Ramautar|Ramautarsing/Ramawtar
Sewdien|Sewdin/Sewdhien
Mahabier|Mahabir/Mahabiersing
Baldew|Baldeo/Baldewsingh
Ramdas|Ramdass
Kalloe|Kallu/Kaloe
Bhagwandin|Bhagwandien/Bagwandin
Ramkhelawan|Ramkelawan/Ramkhelawon
Jhinkoe|Jhinku/Djinkoe
Soekhoe|Sukhu/Soekoe
Ramsaran|Ramsarran
Oemrawsingh|Umrawsingh/Oemrawsing
Ramcharan|Ramtjaran/Ramcharran
Doerga|Durga
Autar|Awtar
Bhoelai|Bhulai/Boelai
Lachman|Lachmansingh/Lachmon
Sital|Sietal
Gangaram Panday|Gangaram-Panday/Gangaram/Panday
Mangroe|Mangru
Ramlal|Ramlall
Biharie|Bihari
Kisoensingh|Kisoensing/Kishunsingh
Raghoebier|Raghubir/Ragoebier
Chotkan|Tjotkan/Chotkhan
""")

CREOLE_M = _parse_given("""
Romano
Marvin ~Marwin
Dennis
Glenn ~Glen
Ruben
Jermaine ~Jermain/Germaine
Dwayne ~Dwain/Duane
Jayden ~Jaydan/Jaiden !Jay
Giovanni ~Giovani/Jovanni !Gio
Romario
Ryan ~Rayan
Gregory ~Gregorie !Greg
Jeffrey ~Jeffry
Errol ~Erol
Humphrey ~Humphry
Edson ~Edsel
Clarence
Ricardo ~Riccardo !Rica
Quincy ~Quincey
Shaquille ~Shaquill/Sjaquille !Shaq
""")

CREOLE_F = _parse_given("""
Shanice ~Shaniece/Chanice
Chantal ~Shantal
Sharon ~Sharron
Ingrid
Jennifer ~Jenifer !Jenny
Jeanette ~Jeannette
Sylvana ~Silvana
Jayla ~Jaila
Priscilla ~Priscila
Naomi
Kimberley ~Kimberly !Kim
Chanel ~Shanel
Romaisa
Melissa ~Melisa
Denise
Tamara
Gina
Rosita
""")

CREOLE_SURNAMES = _parse_surnames("""
Pinas|Pinaz
Sedney|Sidney
Nelom|Nellom
Doelwijt|Doelwyt/Dulwijt
Wijngaarde|Wyngaarde/Wijngaard
Fraenk|Fraank/Frank
Emanuelson|Emmanuelson
Zebeda|Zebedea
Esajas|Esaias
Vrede|
Markiet|Markit
Amoksi|Amoxi
Kwasie|Kwassie
Abena|
Vanenburg|van Enburg
Tjin A Koeng|Tjin-A-Koeng/Tjin-a-Koeng
Lie A Kwie|Lie-A-Kwie
Kasanwirjo|Kasanwiryo
Sabajo|Sabayo
Karsters|Karster
""")

ANTILLEAN_M = _parse_given("""
Jurgen ~Jürgen
Shurendy ~Shurandy/Churendy
Giandro ~Jiandro
Jeandro ~Jandro
Rudsel
Giovanni ~Giovani
Ramiro
Jearmy ~Jeremy
Kenneth ~Kenith
Rignald
Dyron ~Dairon
""")

ANTILLEAN_F = _parse_given("""
Ruthmila ~Rutmila
Shurvenne ~Shurvene
Keshia ~Kesha/Kecia
Nathaly ~Nathalie/Natalie
Jeanine ~Janine
Rosalyn ~Rosaline
Shudaira ~Sudaira
Gisette ~Jisette
Yuraima ~Juraima
Dionne ~Dion
""")

ANTILLEAN_SURNAMES = _parse_surnames("""
Martina|Martinna
Maduro|Madura
Isenia|Isenja
Rosaria|Rosario
Winklaar|Winkelaar
Statia|Statie
Cijntje|Cyntje/Cyntie
Francisca|Fransisca
Anthonia|Antonia
Profas|Profaz
Juliana|Julianna
Doran|Dooran
Gijsbertha|Gysbertha
Merien|Meriën
Faries|Farias
""")

# ---------------------------------------------------------------------------------------------------------
# Polish (diacritics in passports; often dropped; female surname forms in -ska / -cka)
# ---------------------------------------------------------------------------------------------------------

POLISH_M = _parse_given("""
Piotr ~Piotor/Pjotr !Piotrek
Krzysztof ~Kristof/Krzystof !Krzysiek
Andrzej ~Andrej/Andrzey !Andrzejek
Tomasz ~Tomas/Tomash !Tomek
Paweł ~Pawel/Pavel !Pawełek
Michał ~Michal/Michael !Michu
Marcin ~Martin
Łukasz ~Lukasz/Lukas !Łukaszek
Grzegorz ~Gregorz !Grzesiek
Jakub ~Jacub/Jakob !Kuba
Kamil
Mateusz ~Mateus !Mati
Dawid ~David
Wojciech ~Wojtech/Voytek !Wojtek
Marek
Adam
Rafał ~Rafal/Rafael
Sebastian !Seba
Bartosz ~Bartos/Bartosch !Bartek
Przemysław ~Przemyslaw !Przemek
""")

POLISH_F = _parse_given("""
Anna !Ania/Anka
Katarzyna ~Katarzina/Katazyna !Kasia/Kaśka
Małgorzata ~Malgorzata/Malgosia !Gosia/Małgosia
Agnieszka ~Agnieska/Agniesjka !Aga
Joanna ~Joana !Asia
Magdalena !Magda
Monika ~Monica
Ewa ~Eva
Barbara !Basia
Dorota ~Dorotha !Dorotka
Karolina ~Carolina !Karo
Aleksandra ~Alexandra !Ola
Justyna ~Justina
Natalia ~Natalja
Zofia ~Sofia !Zosia
Wiktoria ~Viktoria !Wika
Marta ~Martha
Paulina
""")

# (masculine, feminine) forms; the variants apply to both (diacritics are stripped by the noise model)
POLISH_SURNAMES_GENDERED = [
    ("Nowak", "Nowak", ("Novak",)),
    ("Kowalski", "Kowalska", ("Kovalski",)),
    ("Wiśniewski", "Wiśniewska", ("Wisniewski",)),
    ("Wójcik", "Wójcik", ("Wojcik", "Wuicik")),
    ("Kowalczyk", "Kowalczyk", ("Kowalczik",)),
    ("Kamiński", "Kamińska", ("Kaminski",)),
    ("Lewandowski", "Lewandowska", ("Levandowski",)),
    ("Zieliński", "Zielińska", ("Zielinski",)),
    ("Szymański", "Szymańska", ("Szymanski", "Schymanski")),
    ("Woźniak", "Woźniak", ("Wozniak",)),
    ("Dąbrowski", "Dąbrowska", ("Dabrowski", "Dombrowski")),
    ("Kozłowski", "Kozłowska", ("Kozlowski",)),
    ("Jankowski", "Jankowska", ()),
    ("Mazur", "Mazur", ("Masur",)),
    ("Kwiatkowski", "Kwiatkowska", ("Kwiatkowsky",)),
    ("Krawczyk", "Krawczyk", ("Krawczik",)),
    ("Piotrowski", "Piotrowska", ()),
    ("Grabowski", "Grabowska", ()),
    ("Pawłowski", "Pawłowska", ("Pawlowski",)),
    ("Michalski", "Michalska", ()),
    ("Król", "Król", ("Krol",)),
    ("Wieczorek", "Wieczorek", ("Wietschorek",)),
    ("Jabłoński", "Jabłońska", ("Jablonski",)),
    ("Wróbel", "Wróbel", ("Wrobel",)),
    ("Majewski", "Majewska", ()),
    ("Stępień", "Stępień", ("Stepien",)),
    ("Adamczyk", "Adamczyk", ("Adamczik",)),
    ("Dudek", "Dudek", ()),
    ("Sikora", "Sikora", ()),
    ("Walczak", "Walczak", ()),
]

# ---------------------------------------------------------------------------------------------------------
# Bulgarian (Cyrillic; passports use the official 2009 transliteration; others write German/French forms)
# and Bulgarian Turks (Turkish names with Bulgarian endings)
# ---------------------------------------------------------------------------------------------------------

# given name -> patronymic/surname stem
BULGARIAN_M = _parse_given("""
Georgi ~Georgy/Gueorgui/Georgij !Gosho
Ivan !Vanko/Vanyo
Dimitar ~Dimităr/Dimitur/Dimitr/Dimiter !Mitko
Nikolay ~Nikolai/Nicolai/Nikolaj !Kolyo
Stoyan ~Stojan/Stoian
Hristo ~Christo/Khristo/Hristos !Itso
Petar ~Petur/Peter/Petr !Pesho
Todor ~Theodor !Tosho
Krasimir ~Krasimier !Krasi
Plamen
Vasil ~Vassil/Wasil
Angel ~Angell
Atanas ~Athanas !Nasko
Yordan ~Jordan/Iordan !Dancho
Stefan ~Stephan
Aleksandar ~Alexander/Aleksander !Sasho
Kaloyan ~Kalojan/Kaloian
Emil
Svetoslav ~Swetoslaw/Svetoslaw !Sveto
""")

BULGARIAN_F = _parse_given("""
Maria ~Mariya/Marija !Mimi
Ivanka ~Iwanka
Elena ~Jelena/Yelena !Eli
Yordanka ~Jordanka/Iordanka !Dani
Desislava ~Desislawa !Desi
Tsvetelina ~Cvetelina/Zwetelina/Tzvetelina !Tsveti
Gergana ~Guergana !Geri
Radka
Vesela ~Wessela !Veska
Petya ~Petja/Petia
Silvia ~Silviya
Nikolina
Snezhana ~Snejana/Snezana/Snejanna !Sneji
Daniela ~Daniella
Stefka ~Stefca
Hristina ~Christina/Kristina
Yoana ~Joana/Ioana
""")

# fmt: off
BULGARIAN_PATRONYM_STEM = {
    "Georgi": "Georgiev", "Ivan": "Ivanov", "Dimitar": "Dimitrov", "Nikolay": "Nikolov", "Stoyan": "Stoyanov",
    "Hristo": "Hristov", "Petar": "Petrov", "Todor": "Todorov", "Krasimir": "Krasimirov", "Plamen": "Plamenov",
    "Vasil": "Vasilev", "Angel": "Angelov", "Atanas": "Atanasov", "Yordan": "Yordanov", "Stefan": "Stefanov",
    "Aleksandar": "Aleksandrov", "Kaloyan": "Kaloyanov", "Emil": "Emilov", "Svetoslav": "Svetoslavov",
    "Mehmed": "Mehmedov", "Ahmed": "Ahmedov", "Hasan": "Hasanov", "Ali": "Aliev", "Yusein": "Yuseinov",
    "Ismail": "Ismailov", "Salih": "Salihov",
}

BULGARIAN_SURNAMES_M = [
    "Georgiev", "Ivanov", "Dimitrov", "Petrov", "Nikolov", "Hristov", "Stoyanov", "Todorov", "Iliev",
    "Atanasov", "Petkov", "Angelov", "Kolev", "Yordanov", "Marinov", "Popov", "Mihaylov", "Kostov", "Dimov",
    "Zhelev", "Vasilev", "Tsvetkov",
]

# fmt: on
BULGARIAN_TURK_M = _parse_given("""
Mehmed ~Mehmet/Mechmed
Ahmed ~Ahmet/Achmed
Hasan ~Hassan
Ali
Yusein ~Yusuf/Hüseyin/Jusein
Ismail ~Ismael
Salih ~Saliya
""")

BULGARIAN_TURK_F = _parse_given("""
Fatme ~Fatma/Fatima
Ayshe ~Aishe/Ayşe/Aysche
Emine ~Emina
Sevgyul ~Sevgül/Sevgul
Nurten
Gyulsen ~Gülsen/Gulsen
""")

BULGARIAN_TURK_SURNAMES_M = ["Mehmedov", "Ahmedov", "Hasanov", "Aliev", "Yuseinov", "Ismailov", "Salihov"]


# ---------------------------------------------------------------------------------------------------------
# youth street names (used by youth workers/residents, no relation to the real name)
# ---------------------------------------------------------------------------------------------------------

# fmt: off
STREET_ALIASES_M = ("Kleine", "Rocky", "Bigi", "Lil", "Prince", "Junior", "Chico", "Tiger", "Dikkie", "Spike", "Zoro")
# fmt: on
STREET_ALIASES_F = ("Skinny", "Princess", "Lil", "Sky", "Bolle", "Chica", "Kleintje", "Queen")
