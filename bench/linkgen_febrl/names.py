"""Name, street and school lists for the Febrl/GeCo-style generator (compiled by hand for this benchmark).

First-name tables are written as ``Canonical|roepnamen|short forms|spelling variants`` (comma-separated
lists, any may be empty), one entry per line.  ``Canonical`` is the spelling as registered (the BRP form);
a roepnaam is the name a person goes by (Dutch: "Johannes" is called "Hans"); short forms are nicknames
residents and youth workers use; spelling variants are other transliterations or spellings that other
organisations write.  All names are common given names and surnames, combined at random.
"""

from __future__ import annotations


def _table(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    out = []
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = (line.split("|") + ["", "", ""])[:4]

        def lst(s: str) -> list[str]:
            return [x.strip() for x in s.split(",") if x.strip()]

        out.append((parts[0].strip(), lst(parts[1]), lst(parts[2]), lst(parts[3])))
    return out


def _words(text: str) -> list[str]:
    return [" ".join(w.split()) for w in text.strip().split(";") if w.strip()]


# --------------------------------------------------------------------------------------------------------
# Dutch
# --------------------------------------------------------------------------------------------------------
NL_MALE_OLD = _table("""
Johannes|Jan,Hans,Johan,Joop|Hansie,Jannes|Johan
Hendrik|Henk,Hendrik,Rik|Henkie,Hein|Hendrick,Henderik
Cornelis|Kees,Cor|Keesje,Neel|Cornelius
Pieter|Piet,Peter|Pietje|Piter
Willem|Wim,Willem|Pim,Wimpie|
Gerardus|Gerard,Gert,Ger|Geert|Gerhardus
Jacobus|Jaap,Koos,Sjaak|Co,Jakob|Jakobus
Adrianus|Arie,Ad,Adrie|Janus|Adrianes
Theodorus|Theo,Dorus|Door|Teodorus
Franciscus|Frans,Frank|Cisco|Frans
Antonius|Anton,Toon,Ton|Teun,Tonnie|Antonie
Wilhelmus|Wim,Willem|Wimpie|Willem
Petrus|Peter,Piet|Peer|Pieter
Martinus|Martin,Tinus|Maarten|Marten
Nicolaas|Klaas,Niek,Nico|Klaasje|Nikolaas,Nicolas
Lambertus|Bert,Lambert|Bertus|
Albertus|Albert,Bert|Bertus|
Gijsbertus|Gijs,Bert|Gijsje|
Dirk|Dirk,Dick|Dikkie|Dirck
Robertus|Rob,Robert|Robbie,Bob|Robert
Marinus|Rinus,Marien|Rien|
Jozef|Jos,Joep,Sjef|Joes|Josef
Arnoldus|Arno,Arnold|Nol|
Leonardus|Leo,Leon|Leen|
""")

NL_MALE_YOUNG = _table("""
Daan|||Dan
Sem|||Semm
Noah|||Noa,Noach
Levi|||Levie
Luuk|||Luc,Luk
Finn|||Fin
Milan|||Milaan
Jesse|||Jessy
Bram|||Abraham
Lucas|Luuk,Lucas|Luke|Lukas
Thijs|||Tijs,Ties
Liam|||Liem
Mees|||Mies
Siem|||Sim
Julian|||Julien,Juliaan
Tim|||Timm
Ruben|||Rubin
Lars|||Laars
Sven|||Swen
Thomas|Thomas,Tom|Tommie|Tomas
Max|||Maks
Gijs|||Gijsje
Jayden|||Jaiden,Jaydon
Dylan|||Dilan
Kevin|||Kevyn
Dennis|||Denis
Jeroen|||Jerun
Sander|||Sandor
Niels|||Nils
Stijn|||Styn
Joris|||Jorris
Sebastiaan|Bas,Sebastiaan|Sebas|Sebastian
Alexander|Alex,Sander|Lex|Aleksander
Christiaan|Chris,Christiaan||Kristiaan
Daniël|Daan,Daniël|Dani|Daniel
Matthijs|Thijs,Matthijs|Mats|Mathijs
""")

NL_FEMALE_OLD = _table("""
Johanna|Jo,Hanneke,Joke,Annie|Hannie|Johana
Maria|Marie,Ria,Mies,Maartje|Rie|Marija
Cornelia|Corrie,Nel,Lia|Cor|Cornelya
Wilhelmina|Willy,Mien,Wilma|Mina|Wilhelmine
Hendrika|Riek,Henny,Rika|Rieky|Hendrica
Elisabeth|Els,Lies,Liesbeth,Betty|Bep|Elizabeth,Elisabet
Catharina|Tineke,Karin,Ina,Toos|Rina|Catherina,Katharina
Geertruida|Truus,Trudy,Geertje|Truida|Geertruyda
Adriana|Jeanne,Ada,Adrie|Janny|Adrianna
Anna|Anneke,Annie,Anna|An|Ana
Petronella|Nel,Nelleke,Nelly|Ellen|Petronela
Margaretha|Greet,Margreet,Margriet|Grietje|Margareta
Jacoba|Coby,Co,Jacqueline|Coba|Jakoba
Alida|Alie,Lida|Aal|Aleida
Gerarda|Gerda,Gerarda|Ger|Gerharda
Antonia|Toos,Tonny,Antoinette|Toni|Antonya
Francisca|Francien,Cisca,Sjaan|Cis|Franciska
Theodora|Dora,Thea|Door|Teodora
""")

NL_FEMALE_YOUNG = _table("""
Emma|||Ema
Julia|||Julya
Sophie|||Sofie,Sophia
Tess|||Tes
Zoë|||Zoe,Zoey
Mila|||Milla
Sara|||Sarah
Lotte|||Lot
Charlotte|Lotte,Charlotte|Charlie|Charlott
Eva|||Evah
Lisa|||Liza
Noa|||Noah
Fleur|||Fluer
Sanne|||Sane
Susanna|Sanne,Suzanne|Suus|Suzanna
Iris|||Irys
Femke|||Femmke
Nina|||Nienke
Lieke|||Lieken
Roos|||Rose
Jasmijn|||Yasmijn,Jasmyn
Isabella|Isa,Bella|Izzy|Isabela
Evi|||Evie
Liv|||Liev
Yara|||Jara
Chantal|||Shantal,Sjantal
Kim|||Kimm
Naomi|||Naomie
Melissa|||Melisa
Demi|||Demie
Kelly|||Kelley
""")

NL_PREFIXES_SURNAMES = _words("""
de Jong; Jansen; de Vries; van den Berg; van Dijk; Bakker; Janssen; Visser; Smit; Meijer; de Boer; Mulder;
de Groot; Bos; Vos; Peters; Hendriks; van Leeuwen; Dekker; Brouwer; de Wit; Dijkstra; Smits; de Graaf;
van der Meer; van der Linden; Kok; Jacobs; de Haan; Vermeulen; van den Heuvel; van der Veen; van den Broek;
de Bruijn; van der Heijden; Schouten; van Beek; Willems; van Vliet; van de Ven; Hoekstra; Maas; Verhoeven;
Koster; van Dam; van der Wal; Prins; Blom; Huisman; de Jonge; Kuipers; van Veen; Post; Kuiper; Veenstra;
Kramer; van den Brink; Scholten; van Wijk; Postma; Martens; Vink; de Ruiter; Timmermans; Groen; Gerritsen;
Jonker; van Loon; Boer; van der Velde; Willemsen; Smeets; de Lange; de Vos; Bosch; van Dongen; Schipper;
de Koning; van der Laan; Koning; van der Velden; Driessen; van Doorn; Hermans; Evers; van den Bosch;
van der Meulen; Hofman; Bosman; Wolters; Sanders; van der Horst; Mol; Kuijpers; Molenaar; van de Pol;
de Leeuw; Verbeek; van 't Hof; in 't Veld; ter Haar; ten Brink; van Rijn; op de Weegh; van Eijk; Wijnands;
Reijnders; van Heijst; IJzerman; van IJzendoorn; Pauw; van Schaik; Claassen; de Kruijf; Teunissen
""")

# --------------------------------------------------------------------------------------------------------
# Moroccan-Dutch (Arabic and Tamazight names, French-style and Dutch-style transliterations)
# --------------------------------------------------------------------------------------------------------
MA_MALE = _table("""
Mohamed|Mohamed|Mo,Momo,Moos|Mohammed,Muhammad,Mohammad,Mohamad,Mouhamed
Ahmed|Ahmed|Ahmo|Ahmad,Achmed
Youssef|Youssef|Joes,Yous|Yousef,Youssouf,Yusuf,Joesoef,Youssif
Mustafa|Mustafa|Musti,Moes|Mustapha,Moustafa,Mostafa
Said|Said|Saaid|Saïd,Saeed,Saied
Abdelkader|Abdelkader|Abdel,Appie|Abdelkadir,Abdel Kader
Hassan|Hassan|Hassie|Hasan,Hasssan
Rachid|Rachid|Rach|Rashid,Rachied,Rasjid
Karim|Karim|Kari|Kareem,Kariem
Khalid|Khalid|Kalli|Khaled,Chalid,Khalit
Omar|Omar|Oem|Oumar,Umar
Hamza|Hamza|Hamz|Hamsa,Hamzah
Bilal|Bilal|Bill|Bilaal,Bilale
Ayoub|Ayoub|Ayo|Ayyoub,Ayub,Ajoeb
Ilias|Ilias|Ili|Ilyas,Elias,Iliass
Anas|Anas|Anassie|Annas
Adam|Adam|Ad|Adem
Soufiane|Soufiane|Souf,Soef|Sofian,Sofyan,Soufian
Yassine|Yassine|Yas|Yasin,Yassin,Yacine
Zakaria|Zakaria|Zak,Zaki|Zakariya,Zakariae,Zacharia
Ismail|Ismail|Smail,Isi|Ismaïl,Ismael,Esmail
Ibrahim|Ibrahim|Ibo,Brahim|Ebrahim,Ibraim
Nordin|Nordin|Nor|Noureddine,Nourdin,Noordin
Redouan|Redouan|Red|Redouane,Ridouan,Ridwan
Mehdi|Mehdi|Med|Mahdi,Mehdy
Mimoun|Mimoun|Mimo|Mimount,Maimoun
Jamal|Jamal|Jam|Djamal,Gamal,Jamaal
Nabil|Nabil|Nab|Nabiel,Nabile
Hicham|Hicham|Hich|Hisham,Hisjam
Younes|Younes|Yoen|Younis,Yunus,Joenes
Achraf|Achraf|Ach|Ashraf,Ashref
Marouane|Marouane|Marou|Marwan,Marwane
Othman|Othman|Otti|Otman,Outhman,Osman
Imad|Imad|Imi|Imaad,Emad
""")

MA_FEMALE = _table("""
Fatima|Fatima|Fati,Tima|Fatma,Fadma,Fatimah
Khadija|Khadija|Dija,Kha|Khadidja,Chadija,Hadija
Aicha|Aicha|Aich|Aïcha,Aisha,Aysha,Aischa
Malika|Malika|Mal|Maleka,Malikah
Naima|Naima|Nai|Naïma,Naeema
Samira|Samira|Sam,Sami|Sameera,Samirah
Nadia|Nadia|Nad|Nadja,Nadiya
Latifa|Latifa|Tifa|Latefa,Latyfa
Rachida|Rachida|Rach|Rashida,Rachidha
Hafsa|Hafsa|Haf|Hafssa,Hafsah
Salma|Salma|Sal|Selma,Salmah
Yasmina|Yasmina|Yas,Mina|Jasmina,Yasmine
Nora|Nora|Noor|Noura,Nura
Imane|Imane|Iman|Imane,Iman,Eman
Sara|Sara|Saar|Sarah,Sarra
Houda|Houda|Hou|Hoda,Huda
Loubna|Loubna|Loub|Lubna,Loebna
Meryem|Meryem|Mimi|Meriem,Maryam,Mariam
Sanae|Sanae|San|Sanaa,Sana
Hajar|Hajar|Haj|Hajjar,Hagar,Hadjar
Ikram|Ikram|Ikki|Ikraam,Ekram
Soumaya|Soumaya|Sou|Sumaya,Soumaia
Chaimae|Chaimae|Chai|Chaima,Shaima,Chaïma
Yousra|Yousra|Yous|Yusra,Youssra
Zineb|Zineb|Zin|Zainab,Zeinab,Zaynab
Amira|Amira|Ami|Ameera
Malak|Malak|Mali|Malek
Rania|Rania|Ran|Ranya
Douae|Douae|Dou|Doua,Duaa
Hiba|Hiba|Hib|Heba
Nisrine|Nisrine|Nis|Nesrine,Nisrin
""")

# surnames as (prefix, core): prefix is El / Ben / Ait / Oulad / "" and has its own spelling variants
MA_SURNAMES = _words("""
El Amrani; El Idrissi; Benali; Bouzid; El Khatib; El Ouali; Amrani; Tahiri; Haddou; Bakkali; Ouazzani;
El Haddaoui; Azzouzi; Chaouch; El Moussaoui; Belhaj; Ait Benali; Ait Ouali; Ben Haddou; El Bouazzati;
Aarab; Achahbar; Aouragh; Azarkan; Bouallal; Chakir; Darraz; El Yousfi; Fahmi; Hamdaoui; Jabri; Kaddouri;
Lamrani; Mansouri; Messaoudi; Oulad Ali; Rahmouni; Saidi; Yahyaoui; Zaoui; El Ghazali; Ezzahraoui;
El Hamdaoui; Boujaddayn; Ouchan; El Harchaoui; Amajoud; Bouchiba; Ben Yahia; El Baghdadi; Akhiyad;
Ziani; Bouhali; El Mokhtari; Abarkan; Allouch
""")

# --------------------------------------------------------------------------------------------------------
# Turkish-Dutch (canonical with Turkish letters; other organisations fold them)
# --------------------------------------------------------------------------------------------------------
TR_MALE = _table("""
Mehmet|Mehmet|Memo,Memet|Mehmed,Mehmét
Mustafa|Mustafa|Musti|Mustapha
Ahmet|Ahmet|Ahmo|Ahmed
Ali|Ali|Alico|Aly
Hüseyin|Hüseyin|Hüso,Hüsi|Huseyin,Hussein,Huseijn
Hasan|Hasan|Hasso|Hassan
İbrahim|İbrahim|İbo|Ibrahim,Ibrahiem
İsmail|İsmail|İsmo|Ismail,Ismayil
Osman|Osman|Osi|Othman
Murat|Murat|Muri|Murad
Emre|Emre|Emo|Emré
Burak|Burak|Buri|Buraq
Yusuf|Yusuf|Yuso|Yousouf,Joesoef
Ömer|Ömer|Ömo|Omer,Oemer
Fatih|Fatih|Fati|Fatieh
Serkan|Serkan|Serko|Serchan
Hakan|Hakan|Haki|Hakkan
Kemal|Kemal|Kemo|Kamal
Cem|Cem|Cemo|Djem,Jem
Efe|Efe|Efo|Effe
Eren|Eren|Ero|Erén
Kerem|Kerem|Kero|Kerim
Mert|Mert|Merto|Mertt
Arda|Arda|Ardi|Ardah
Berat|Berat|Bero|Beratt
Yiğit|Yiğit|Yiğo|Yigit,Yijit
Emir|Emir|Emo|Amir
Furkan|Furkan|Furki|Furcan
Enes|Enes|Eno|Enis
Oğuz|Oğuz|Oğo|Oguz,Oghuz
Barış|Barış|Bari|Baris,Barish
Gökhan|Gökhan|Gökö|Gokhan,Goekhan
Abdullah|Abdullah|Apo|Abdulah,Abdallah
""")

TR_FEMALE = _table("""
Ayşe|Ayşe|Ayşo|Ayse,Aysche,Aishe
Fatma|Fatma|Fatoş|Fatima
Emine|Emine|Emo|Emina
Hatice|Hatice|Hatça|Hatidje,Hatije
Zeynep|Zeynep|Zeyno|Zeinep,Zejnep
Elif|Elif|Elo|Eliff
Meryem|Meryem|Merro|Meriem
Şerife|Şerife|Şero|Serife,Sherife
Zehra|Zehra|Zehro|Sehra,Zehrah
Hülya|Hülya|Hülo|Hulya,Huelya
Gülsüm|Gülsüm|Gülo|Gulsum
Özlem|Özlem|Özo|Ozlem,Oezlem
Esra|Esra|Eso|Esrah
Büşra|Büşra|Büşo|Busra,Bushra
Merve|Merve|Mervo|Merwe
Selin|Selin|Seli|Seline
Ebru|Ebru|Ebo|Ebroe
Derya|Derya|Dero|Deria
Tuğba|Tuğba|Tuğo|Tugba,Tuba
Songül|Songül|Songo|Songul
Sibel|Sibel|Sibo|Siebel
Yasemin|Yasemin|Yasso|Yasmin,Jasemin
Ecrin|Ecrin|Eco|Ecrin,Edjrin
Defne|Defne|Defo|Defné
Melek|Melek|Meli|Meleck
İrem|İrem|İro|Irem
Kübra|Kübra|Kübo|Kubra,Kuebra
Eylül|Eylül|Eylo|Eylul
""")

TR_SURNAMES = _words("""
Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Yıldırım; Öztürk; Aydın; Özdemir; Arslan; Doğan; Kılıç; Aslan;
Çetin; Kara; Koç; Kurt; Özkan; Şimşek; Polat; Korkmaz; Karataş; Güneş; Aktaş; Bulut; Keskin; Ünal;
Tekin; Acar; Güler; Yavuz; Sarı; Bozkurt; Tunç; Akgül; Özer; Aksoy; Kaplan; Uçar; Coşkun; Gündoğdu;
Başaran; Erdem; Taş; Uysal
""")

# --------------------------------------------------------------------------------------------------------
# Surinamese: Creole, Hindustani (Dutch "oe" spellings beside English "u"), Javanese, Chinese-Surinamese
# --------------------------------------------------------------------------------------------------------
SR_MALE = _table("""
Ricardo|Ricardo|Rico|Rikardo
Romano|Romano|Ro|Romario
Marvin|Marvin|Marv|Marvyn
Gerald|Gerald|Gerry|Gerold
Errol|Errol|Erry|Erol
Clyde|Clyde|Cly|Klyde
Orlando|Orlando|Lando|Orlandoe
Dwayne|Dwayne|Dee|Dwain,Duane
Jermaine|Jermaine|Jerry|Germaine,Jermain
Quincy|Quincy|Quin|Quincey,Kwincy
Glenn|Glenn|Glen|Glen
Ryan|Ryan|Ry|Rayan
Shaquille|Shaquille|Shaq|Shakiel,Shaquil
Dino|Dino|Din|Dieno
Sergio|Sergio|Serg|Serjio
""")
SR_FEMALE = _table("""
Sharona|Sharona|Sha|Sharonna,Sjarona
Shirley|Shirley|Shir|Shirly
Maureen|Maureen|Mo|Maurine,Moreen
Jennifer|Jennifer|Jenny|Jenifer
Priscilla|Priscilla|Cilla|Priscila
Natasha|Natasha|Tasha|Natascha,Natasja
Shanice|Shanice|Shan|Shaniece,Sjanice
Kimberley|Kimberley|Kim|Kimberly
Ashanti|Ashanti|Ash|Ashantie
Jamila|Jamila|Mila|Djamila
Romy|Romy|Ro|Romie
Jacqueline|Jacqueline|Jackie|Jaqueline
Dionne|Dionne|Dion|Dionn
Xiomara|Xiomara|Xio|Siomara
""")
SR_SURNAMES = _words("""
Pinas; Sabajo; Wijngaarde; Kross; Redan; Monsels; Pengel; Macnack; Slagtand; Fraser; Aloema; Naarendorp;
Breeveld; Vredeberg; Eduards; Amarante; Hoost; Doest; Nijman; Zeefuik; Kasanwirjo; Redjosentono;
Karijodikromo; Soeperman; Tjon A Fong; Lie A Kwie; Fung A Loi; Tjon A Tsien; Chin A Sen; Kong A San
""")
HI_MALE = _table("""
Ravi|Ravi|Rav|Rawi
Sanjay|Sanjay|Sanju|Sandjai,Sanjai
Rakesh|Rakesh|Rak|Rakes,Rakeshkumar
Vikash|Vikash|Vik|Vikas,Wiekash
Anil|Anil|Anie|Aniel
Sunil|Sunil|Sun|Soenil
Rajesh|Rajesh|Raj|Radjesh,Radjes
Dinesh|Dinesh|Dini|Dienesh
Ashwin|Ashwin|Ash|Ashwien,Asjwin
Krishna|Krishna|Kris|Kriesna,Krisna
Ramesh|Ramesh|Ram|Ramesj
Vishal|Vishal|Vish|Wishal,Visjal
Rishi|Rishi|Ris|Rishie
Arjun|Arjun|Arj|Ardjoen,Arjoen
Rohan|Rohan|Ro|Rohaan
Kiran|Kiran|Kir|Kieran
Shiva|Shiva|Shi|Siva,Sjiva
Dewanand|Dewanand|Dew|Devanand
""")
HI_FEMALE = _table("""
Anita|Anita|Ani|Anieta
Sunita|Sunita|Suni|Soenita
Kavita|Kavita|Kavi|Kawita
Shanti|Shanti|Shan|Sjanti,Shantie
Radha|Radha|Rad|Rada
Priya|Priya|Pri|Prija
Nisha|Nisha|Nis|Niesha,Nisja
Reshma|Reshma|Resh|Reshmá,Resjma
Sharmila|Sharmila|Sharm|Sjarmila
Asha|Asha|Ash|Aasha
Sita|Sita|Sit|Seeta
Geeta|Geeta|Gee|Gita,Gieta
Indra|Indra|Indi|Indira
Devika|Devika|Dev|Dewika
Shalini|Shalini|Shal|Sjalini
Usha|Usha|Ush|Oesha
Anjali|Anjali|Anj|Andjali
Pooja|Pooja|Poo|Puja,Poedja
Soraya|Soraya|Sora|Soraja
""")
HI_SURNAMES = _words("""
Ramdin; Ramsaroep; Jagesar; Mahabier; Ramcharan; Biharie; Sewdien; Kalloe; Ramlal; Soekhoe; Bhagwandin;
Ramautar; Sital; Jhinkoe; Lachman; Ramkhelawan; Doerga; Gangaram Panday; Ramnath; Mohan; Raghoebier;
Kanhai; Chotoe; Kisoensingh; Autar; Ramdjan; Sewnath; Badloe; Matai; Ramsoekh
""")
# Dutch colonial spelling (oe, dj, tj, j) beside English spelling (u, j, ch, y) of Hindustani surnames
HI_SURNAME_VARIANTS = {
    "Ramsaroep": ["Ramsarup", "Ramsaroop"],
    "Jagesar": ["Jagessar", "Jagsar"],
    "Mahabier": ["Mahabir", "Mahabeer"],
    "Biharie": ["Bihari"],
    "Sewdien": ["Sewdin", "Sewdean"],
    "Kalloe": ["Kallu"],
    "Soekhoe": ["Sukhu", "Soekhu"],
    "Jhinkoe": ["Jhinku"],
    "Doerga": ["Durga"],
    "Raghoebier": ["Raghubir", "Raghoebir"],
    "Chotoe": ["Chotu"],
    "Kisoensingh": ["Kisunsingh", "Kisoensing"],
    "Ramdjan": ["Ramjan"],
    "Badloe": ["Badlu"],
    "Ramsoekh": ["Ramsukh"],
    "Ramcharan": ["Ramtjaran"],
}

# --------------------------------------------------------------------------------------------------------
# Antillean (Curaçao, Aruba)
# --------------------------------------------------------------------------------------------------------
AN_MALE = _table("""
Giovanni|Giovanni|Gio|Giovani,Jiovanni
Raymond|Raymond|Ray|Raimond
Eugene|Eugene|Genie|Eugène
Ronald|Ronald|Ron|Ronnald
Edsel|Edsel|Eds|Edsell
Rudsel|Rudsel|Rud|Rudsell
Sherwin|Sherwin|Sher|Sherwyn
Jairo|Jairo|Jai|Yairo
Kenrick|Kenrick|Ken|Kendrick,Kenric
Rigno|Rigno|Rig|Rigno
Shurandy|Shurandy|Shu|Shurendy
Jeffrey|Jeffrey|Jeff|Jeffry
""")
AN_FEMALE = _table("""
Giselle|Giselle|Gis|Gisele
Yolanda|Yolanda|Yoli|Jolanda
Maribel|Maribel|Mari|Maribelle
Sheryl|Sheryl|Sher|Cheryl,Sheril
Rosalia|Rosalia|Rosa|Rosalía
Tamara|Tamara|Tami|Tamarah
Shudaira|Shudaira|Shu|Sudaira
Rubia|Rubia|Ru|Roebia
Jessica|Jessica|Jess|Jesica
Angelique|Angelique|Angie|Angelic
""")
AN_SURNAMES = _words("""
Martina; Rosario; Maduro; Isenia; Felida; Cijntje; Janga; Wawoe; Leito; Daal; Trinidad; Cordilia;
Bernadina; Statia; Sulvaran; Anthonia; Francisca; Pieternella; Mercelina; Josephia; Doran; Kirindongo
""")

# --------------------------------------------------------------------------------------------------------
# Polish (gendered surnames: -ski/-ska, -cki/-cka)
# --------------------------------------------------------------------------------------------------------
PL_MALE = _table("""
Piotr|Piotr|Piotrek|Piotre
Krzysztof|Krzysztof|Krzysiek|Krzystof,Kristof,Christoph
Tomasz|Tomasz|Tomek|Tomas,Tomacz
Paweł|Paweł|Pawełek|Pawel,Pavel
Michał|Michał|Michałek|Michal,Michael
Marcin|Marcin|Marcinek|Martin,Marcyn
Łukasz|Łukasz|Łukaszek|Lukasz,Lucas
Jakub|Jakub|Kuba|Jakob,Jacob
Kamil|Kamil|Kamilek|Camil
Mateusz|Mateusz|Mateuszek|Mateus,Matheus
Grzegorz|Grzegorz|Grzesiek|Gregorz,Grzegorc
Marek|Marek|Mareczek|Mark
Dawid|Dawid|Dawidek|David
Szymon|Szymon|Szymek|Simon,Szimon
Bartosz|Bartosz|Bartek|Bartos,Bartocz
Wojciech|Wojciech|Wojtek|Wojcech,Voytek
Kacper|Kacper|Kacperek|Kasper,Caspar
Filip|Filip|Filipek|Philip
""")
PL_FEMALE = _table("""
Anna|Anna|Ania,Anka|Ana
Katarzyna|Katarzyna|Kasia,Kaśka|Katarzina,Katarina,Katharina
Agnieszka|Agnieszka|Aga,Agusia|Agnieska,Agneszka
Małgorzata|Małgorzata|Gosia,Małgosia|Malgorzata,Malgozata
Magdalena|Magdalena|Magda|Magdalina
Joanna|Joanna|Asia,Joasia|Johanna,Joana
Monika|Monika|Monia|Monica
Ewa|Ewa|Ewka|Eva
Aleksandra|Aleksandra|Ola|Alexandra
Natalia|Natalia|Natalka|Natalya
Karolina|Karolina|Karolcia|Carolina
Marta|Marta|Martusia|Martha
Beata|Beata|Beatka|Beatta
Dorota|Dorota|Dorotka|Dorotha
Zuzanna|Zuzanna|Zuzia|Zuzana,Susanna
Zofia|Zofia|Zosia|Sofia
Wiktoria|Wiktoria|Wika|Viktoria,Victoria
Oliwia|Oliwia|Oliwka|Olivia
""")
# masculine form; feminine derived (-ski -> -ska, -cki -> -cka, -dzki -> -dzka); others are invariant
PL_SURNAMES = _words("""
Nowak; Kowalski; Wiśniewski; Wójcik; Kowalczyk; Kamiński; Lewandowski; Zieliński; Szymański; Woźniak;
Dąbrowski; Kozłowski; Jankowski; Mazur; Kwiatkowski; Krawczyk; Piotrowski; Grabowski; Nowakowski;
Pawłowski; Michalski; Król; Wieczorek; Jabłoński; Wróbel; Majewski; Olszewski; Stępień; Jaworski;
Malinowski; Górski; Rutkowski; Sikora; Walczak; Baran; Szewczyk; Ostrowski; Tomaszewski; Pietrzak;
Zalewski; Wróblewski; Sadowski; Brzeziński; Sobczak; Czarnecki; Gajewski
""")

# --------------------------------------------------------------------------------------------------------
# Bulgarian (incl. Turkish-speaking Bulgarian citizens); transliteration variants of Cyrillic
# --------------------------------------------------------------------------------------------------------
BG_MALE = _table("""
Georgi|Georgi|Gosho,Zhoro|Georgiy,Gueorgui,Georgij
Ivan|Ivan|Vanko,Vanyo|Iwan
Dimitar|Dimitar|Mitko,Mitaka|Dimitr,Dimiter,Dimitur
Nikolay|Nikolay|Niki,Kolyo|Nikolai,Nikolaj
Petar|Petar|Pepi,Pesho|Peter,Petr,Petur
Hristo|Hristo|Itso|Christo,Khristo,Hrisso
Stoyan|Stoyan|Stoyo|Stojan,Stoian
Todor|Todor|Tosho|Todore
Vasil|Vasil|Vasko|Vassil,Wasil
Kaloyan|Kaloyan|Kali|Kaloian,Kalojan
Borislav|Borislav|Bobi|Borislaw,Borislaf
Yordan|Yordan|Dancho|Jordan,Iordan
Plamen|Plamen|Plamcho|Plamenn
Atanas|Atanas|Nasko|Athanas
Zhivko|Zhivko|Zhivo|Jivko,Zivko,Schivko
Mehmed|Mehmed|Memo|Mehmet,Mekhmed
Ahmed|Ahmed|Ahmo|Ahmet,Akhmed
Sali|Sali|Salko|Salih
""")
BG_FEMALE = _table("""
Maria|Maria|Mimi,Mara|Mariya,Marija
Ivanka|Ivanka|Vanya|Iwanka
Elena|Elena|Eli,Lena|Jelena,Yelena
Yordanka|Yordanka|Dani|Jordanka,Iordanka
Petya|Petya|Pepa|Petia,Petja
Desislava|Desislava|Desi|Desislawa,Dessislava
Gergana|Gergana|Gery|Guergana
Tsvetelina|Tsvetelina|Tsveti|Cvetelina,Zvetelina,Tzvetelina
Nadezhda|Nadezhda|Nadya|Nadejda,Nadezda
Radka|Radka|Rada|Radca
Galina|Galina|Galya|Halina
Milena|Milena|Mimi|Milenna
Teodora|Teodora|Teddy|Theodora
Ayshe|Ayshe|Aysha|Ayse,Aishe,Ajshe
Fatme|Fatme|Fati|Fatma,Fatmeh
Emine|Emine|Emi|Emina
""")
# masculine form; feminine gets -a (Ivanov -> Ivanova, Yusein invariant)
BG_SURNAMES = _words("""
Ivanov; Georgiev; Dimitrov; Petrov; Nikolov; Hristov; Stoyanov; Todorov; Iliev; Angelov; Atanasov;
Kolev; Yordanov; Marinov; Mehmedov; Ahmedov; Aliev; Mustafov; Yusein; Salimov; Asenov; Kostadinov
""")
BG_TRANSLIT = [
    ("Hr", "Chr"),
    ("Yo", "Jo"),
    ("yo", "io"),
    ("Zh", "J"),
    ("zh", "j"),
    ("Ts", "Tz"),
    ("ts", "tz"),
    ("sht", "st"),
    ("ya", "ia"),
    ("Y", "I"),
    ("v", "w"),
]

# --------------------------------------------------------------------------------------------------------
# places: a Utrecht-region fragment; each town has its own postcode range and street pool
# --------------------------------------------------------------------------------------------------------
TOWNS = {
    # town: (postcode range, weight, alternative spellings/place names others write)
    "Utrecht": ((3511, 3585), 0.46, ["UTRECHT", "utrecht", "Utecht", "De Meern", "Vleuten"]),
    "Nieuwegein": ((3430, 3439), 0.16, ["NIEUWEGEIN", "Nieuwegijn", "Nwegein", "Jutphaas"]),
    "IJsselstein": ((3400, 3404), 0.10, ["Ijsselstein", "IJSSELSTEIN", "Ysselstein", "ijsselstein"]),
    "Zeist": ((3701, 3709), 0.11, ["ZEIST", "zeist", "Zijst"]),
    "Houten": ((3991, 3995), 0.09, ["HOUTEN", "houten", "Houtem"]),
    "Maarssen": ((3601, 3608), 0.08, ["MAARSSEN", "Maarsen", "Stichtse Vecht"]),
}

STREETS = _words("""
Kerkstraat; Dorpsstraat; Molenweg; Stationsstraat; Schoolstraat; Julianastraat; Beatrixstraat;
Wilhelminastraat; Oranjestraat; Prins Hendrikstraat; Burgemeester de Withstraat; Van Goghstraat;
Rembrandtlaan; Vondelstraat; Jan Steenstraat; Marktplein; Hoofdstraat; Lindelaan; Eikenlaan; Beukenlaan;
Populierenstraat; Akkerstraat; Tulpstraat; Rozenstraat; Anjerstraat; Sterrenlaan; Zonnebloemstraat;
Dr. Schaepmanstraat; Graaf Florisweg; Admiraal de Ruyterweg; Koningin Wilhelminalaan; Vlashof;
Columbuslaan; Marshalllaan; Trumanlaan; Rooseveltlaan; Churchilllaan; Vasco da Gamalaan;
Amerikalaan; Australiëweg; Canadalaan; Zamenhofdreef; Gambiadreef; Bangkokdreef; Oudenoord;
Pijlstaartlaan; Merelstraat; Kievitdreef; Zwanenvechtlaan; Batauweg; Fokkesteeg; Geinoord;
Lange Nieuwstraat; Hoge Woerd; Schans; Bisschopsweg; Van Lieflandlaan; Hendrika van Tussenbroeklaan;
St. Jacobsstraat; Burgemeester Norbruislaan; Kon. Julianalaan; Pr. Bernhardlaan; Generaal Winkelmanstraat;
Anne Frankplein; Mgr. van de Weteringstraat; Sint Maartensdreef; Einsteindreef; Verlengde Hoogravenseweg
""")

# expansions and abbreviations the sources use for street names (both directions are applied)
STREET_ABBREV = [
    ("Burgemeester ", "Burg. "),
    ("Koningin ", "Kon. "),
    ("Prins ", "Pr. "),
    ("Doctor ", "Dr. "),
    ("Sint ", "St. "),
    ("Generaal ", "Gen. "),
    ("Monseigneur ", "Mgr. "),
    ("straat", "str."),
    ("laan", "ln"),
    ("Van ", "v. "),
    ("Verlengde ", "Verl. "),
    ("Admiraal ", "Adm. "),
    ("plein", "pl."),
    ("dreef", "dr."),
]

PRIMARY_SCHOOLS = _words("""
De Regenboog; De Kameleon; De Wegwijzer; Het Kompas; De Vlinder; Het Zonnewiel; De Klimop; Al Arqam;
De Bolster; Het Palet; De Twaalf Ambachten; Wereldwijs; De Fontein; Sint Jozef; Pieter Wijbenga; Ibn-i Sina;
De Vuurvogel; Het Mozaïek; De Sterrenwachter; Kindcentrum Overvecht
""")
PRIMARY_PREFIX = ["Basisschool ", "OBS ", "CBS ", "RKBS ", "bs ", "Islamitische basisschool ", "IKC "]
SECONDARY_SCHOOLS = _words("""
Cals College; ROC Midden Nederland; Globe College; Nuborgh College; Anna van Rijn College; X11; Niftarlake
College; Christelijk Gymnasium Utrecht; Het Nieuwe Lyceum; UniC; Oosterlicht College; Trajectum College;
Amadeus Lyceum; Leidsche Rijn College; Openbaar Lyceum Zeist; Wellantcollege; Praktijkschool De Baanbreker;
Ithaka ISK; Kranenburg Praktijkonderwijs; Montessori College Oost
""")
SCHOOL_ABBREV = {
    "ROC Midden Nederland": ["ROC MN", "ROC", "roc midden-nederland", "ROC Midden-Nederland"],
    "Christelijk Gymnasium Utrecht": ["CGU", "Chr. Gymnasium Utrecht"],
    "Het Nieuwe Lyceum": ["HNL", "Nieuwe Lyceum"],
    "Anna van Rijn College": ["AvR", "Anna v Rijn", "Anna van Rijn"],
    "Openbaar Lyceum Zeist": ["OLZ", "Lyceum Zeist"],
    "Leidsche Rijn College": ["LRC", "Leidsche Rijn Coll."],
    "Montessori College Oost": ["MCO", "Montessori Oost"],
    "Praktijkschool De Baanbreker": ["De Baanbreker", "Baanbreker"],
}

# a few words a resident or youth worker writes instead of a name
STREET_NICKNAMES = ["Kleine", "Lange", "Dikke", "Rooie", "Blonde", "Boef", "Neef", "Chef", "Snorrie", "Prof"]
