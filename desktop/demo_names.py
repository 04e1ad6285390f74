"""Name material for the synthetic demo data: common names, not real people.

Each entry is (Latin spelling as in the BRP, spelling in the original script). Turkish and
Somali names are written in Latin script at home, so they have no separate original.
"""

from __future__ import annotations

Name = tuple[str, str]

SYRIAN_MALE: tuple[Name, ...] = (
    ("Ahmad", "أحمد"),
    ("Mohammed", "محمد"),
    ("Khaled", "خالد"),
    ("Omar", "عمر"),
    ("Yousef", "يوسف"),
    ("Ali", "علي"),
    ("Hassan", "حسن"),
    ("Ibrahim", "إبراهيم"),
    ("Mahmoud", "محمود"),
    ("Samer", "سامر"),
    ("Rami", "رامي"),
    ("Tarek", "طارق"),
    ("Ziad", "زياد"),
    ("Nabil", "نبيل"),
    ("Fadi", "فادي"),
    ("Wael", "وائل"),
    ("Hussein", "حسين"),
    ("Majd", "مجد"),
    ("Karim", "كريم"),
    ("Anas", "أنس"),
)
SYRIAN_FEMALE: tuple[Name, ...] = (
    ("Amal", "أمل"),
    ("Fatima", "فاطمة"),
    ("Aya", "آية"),
    ("Rania", "رانيا"),
    ("Noor", "نور"),
    ("Huda", "هدى"),
    ("Layla", "ليلى"),
    ("Reem", "ريم"),
    ("Salma", "سلمى"),
    ("Hiba", "هبة"),
    ("Yasmin", "ياسمين"),
    ("Lina", "لينا"),
    ("Ghada", "غادة"),
    ("Dima", "ديما"),
    ("Rasha", "رشا"),
    ("Maryam", "مريم"),
    ("Zeinab", "زينب"),
    ("Sanaa", "سناء"),
    ("Rahaf", "رهف"),
    ("Joud", "جود"),
)
SYRIAN_FAMILY: tuple[Name, ...] = (
    ("Haddad", "حداد"),
    ("Al-Ahmad", "الأحمد"),
    ("Khalil", "خليل"),
    ("Hamdan", "حمدان"),
    ("Darwish", "درويش"),
    ("Al-Hussein", "الحسين"),
    ("Mansour", "منصور"),
    ("Nasser", "ناصر"),
    ("Saleh", "صالح"),
    ("Qasim", "قاسم"),
    ("Al-Khatib", "الخطيب"),
    ("Abboud", "عبود"),
    ("Hamoud", "حمود"),
    ("Issa", "عيسى"),
    ("Yassin", "ياسين"),
    ("Sabbagh", "صباغ"),
    ("Al-Masri", "المصري"),
    ("Kanaan", "كنعان"),
    ("Othman", "عثمان"),
    ("Jaber", "جابر"),
)

ERITREAN_MALE: tuple[Name, ...] = (
    ("Yonas", "ዮናስ"),
    ("Tesfay", "ተስፋይ"),
    ("Dawit", "ዳዊት"),
    ("Samuel", "ሳሙኤል"),
    ("Mehari", "መሓሪ"),
    ("Filmon", "ፊልሞን"),
    ("Habtom", "ሃብቶም"),
    ("Kidane", "ኪዳነ"),
    ("Berhane", "ብርሃነ"),
    ("Tekle", "ተኽለ"),
    ("Goitom", "ጎይቶም"),
    ("Amanuel", "ኣማኑኤል"),
    ("Robel", "ሮቤል"),
    ("Natnael", "ናትናኤል"),
    ("Henok", "ሄኖክ"),
    ("Mulugeta", "ሙሉጌታ"),
    ("Yemane", "የማነ"),
    ("Efrem", "ኤፍሬም"),
    ("Biniam", "ቢንያም"),
    ("Mikael", "ሚካኤል"),
)
ERITREAN_FEMALE: tuple[Name, ...] = (
    ("Senait", "ሰናይት"),
    ("Helen", "ሄለን"),
    ("Selam", "ሰላም"),
    ("Ruta", "ሩታ"),
    ("Mebrat", "መብራት"),
    ("Saba", "ሳባ"),
    ("Luwam", "ሉዋም"),
    ("Semhar", "ሰምሃር"),
    ("Winta", "ዊንታ"),
    ("Freweini", "ፍረወይኒ"),
    ("Yordanos", "ዮርዳኖስ"),
    ("Eden", "ኤደን"),
    ("Hiwet", "ሕይወት"),
    ("Nardos", "ናርዶስ"),
    ("Selamawit", "ሰላማዊት"),
    ("Tsega", "ጸጋ"),
    ("Feven", "ፌቨን"),
    ("Rahwa", "ራሕዋ"),
    ("Aster", "ኣስቴር"),
    ("Lidya", "ሊድያ"),
)
#: Eritrean family names are the father's given name; these are common ones.
ERITREAN_FAMILY: tuple[Name, ...] = (
    ("Tesfay", "ተስፋይ"),
    ("Gebremedhin", "ገብረመድህን"),
    ("Tekle", "ተኽለ"),
    ("Haile", "ሃይለ"),
    ("Berhe", "በርሀ"),
    ("Kahsay", "ካሕሳይ"),
    ("Woldu", "ወልዱ"),
    ("Abraha", "ኣብርሃ"),
    ("Ghebreyesus", "ገብረየሱስ"),
    ("Mehari", "መሓሪ"),
    ("Asfaha", "ኣስፋሃ"),
    ("Habte", "ሃብተ"),
    ("Yohannes", "ዮሃንስ"),
    ("Kidane", "ኪዳነ"),
    ("Andemariam", "ኣንደማርያም"),
    ("Tsegay", "ጸጋይ"),
    ("Ghirmay", "ግርማይ"),
    ("Negash", "ነጋሽ"),
    ("Weldemichael", "ወልደሚካኤል"),
    ("Okbazghi", "ዑቕባዝጊ"),
)

AFGHAN_MALE: tuple[Name, ...] = (
    ("Farid", "فرید"),
    ("Ahmad", "احمد"),
    ("Mohammad", "محمد"),
    ("Mustafa", "مصطفی"),
    ("Hamid", "حمید"),
    ("Jawad", "جواد"),
    ("Najib", "نجیب"),
    ("Rahim", "رحیم"),
    ("Sayed", "سید"),
    ("Wahid", "وحید"),
    ("Karim", "کریم"),
    ("Nasir", "ناصر"),
    ("Omid", "امید"),
    ("Bilal", "بلال"),
    ("Masoud", "مسعود"),
    ("Javid", "جاوید"),
    ("Habib", "حبیب"),
    ("Shafiq", "شفیق"),
    ("Qasim", "قاسم"),
    ("Idris", "ادریس"),
)
AFGHAN_FEMALE: tuple[Name, ...] = (
    ("Fatema", "فاطمه"),
    ("Zahra", "زهرا"),
    ("Maryam", "مریم"),
    ("Soraya", "ثریا"),
    ("Nilofar", "نیلوفر"),
    ("Parwana", "پروانه"),
    ("Shabnam", "شبنم"),
    ("Mahbooba", "محبوبه"),
    ("Farzana", "فرزانه"),
    ("Laila", "لیلا"),
    ("Nargis", "نرگس"),
    ("Roya", "رویا"),
    ("Khadija", "خدیجه"),
    ("Marzia", "مرضیه"),
    ("Sima", "سیما"),
    ("Homa", "هما"),
    ("Freshta", "فرشته"),
    ("Madina", "مدینه"),
    ("Tahmina", "تهمینه"),
    ("Sahar", "سحر"),
)
AFGHAN_FAMILY: tuple[Name, ...] = (
    ("Ahmadi", "احمدی"),
    ("Hosseini", "حسینی"),
    ("Rahimi", "رحیمی"),
    ("Mohammadi", "محمدی"),
    ("Karimi", "کریمی"),
    ("Noori", "نوری"),
    ("Sultani", "سلطانی"),
    ("Haidari", "حیدری"),
    ("Jafari", "جعفری"),
    ("Rezaei", "رضایی"),
    ("Sadat", "سادات"),
    ("Amiri", "امیری"),
    ("Azizi", "عزیزی"),
    ("Popal", "پوپل"),
    ("Stanekzai", "ستانکزی"),
    ("Wardak", "وردک"),
    ("Nazari", "نظری"),
    ("Habibi", "حبیبی"),
    ("Sharifi", "شریفی"),
    ("Safi", "صافی"),
)

TURKISH_MALE: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Mehmet",
        "Mustafa",
        "Ahmet",
        "Ali",
        "Hüseyin",
        "Hasan",
        "İbrahim",
        "Murat",
        "Emre",
        "Burak",
        "Yusuf",
        "Ömer",
        "Serkan",
        "Kemal",
        "Osman",
    )
)
TURKISH_FEMALE: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Ayşe",
        "Fatma",
        "Emine",
        "Hatice",
        "Zeynep",
        "Elif",
        "Merve",
        "Özlem",
        "Derya",
        "Gül",
        "Sevgi",
        "Büşra",
        "Esra",
        "Hülya",
        "Dilan",
    )
)
TURKISH_FAMILY: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Yılmaz",
        "Kaya",
        "Demir",
        "Şahin",
        "Çelik",
        "Yıldız",
        "Yıldırım",
        "Öztürk",
        "Aydın",
        "Özdemir",
        "Arslan",
        "Doğan",
        "Kılıç",
        "Aslan",
        "Çetin",
        "Koç",
        "Kurt",
        "Özkan",
        "Şimşek",
        "Polat",
    )
)

SOMALI_MALE: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Abdi",
        "Mohamed",
        "Ahmed",
        "Abdirahman",
        "Hassan",
        "Ali",
        "Omar",
        "Yusuf",
        "Abdullahi",
        "Mahad",
        "Liban",
        "Farah",
        "Bashir",
        "Ismail",
        "Said",
    )
)
SOMALI_FEMALE: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Hodan",
        "Fadumo",
        "Amina",
        "Hawa",
        "Sahra",
        "Ayaan",
        "Halima",
        "Ifrah",
        "Nasra",
        "Asha",
        "Ubah",
        "Khadra",
        "Deqa",
        "Ilhan",
        "Sagal",
    )
)
SOMALI_FAMILY: tuple[Name, ...] = tuple(
    (n, "")
    for n in (
        "Abdi",
        "Mohamed",
        "Ahmed",
        "Hassan",
        "Farah",
        "Warsame",
        "Jama",
        "Nur",
        "Osman",
        "Ali",
        "Yusuf",
        "Omar",
        "Aden",
        "Hersi",
        "Ismail",
        "Egal",
        "Duale",
        "Mohamud",
        "Guled",
        "Abdullahi",
    )
)

#: The Dutch team: consultants and the COA casemanagers they meet at the ROL.
CONSULTANTS: tuple[str, ...] = (
    "Marieke de Vries",
    "Jeroen Bakker",
    "Sanne Kamphuis",
    "Ruud Hulsman",
    "Annelies ter Horst",
)
COA_CASEMANAGERS: tuple[str, ...] = (
    "Petra Mulder",
    "Kees Visser",
    "Ingrid Smit",
    "Mohammed el Idrissi",
    "Lotte Wessels",
    "Bram Jonkman",
)

PLACES: tuple[str, ...] = ("Dalfsen", "Nieuwleusen", "Lemelerveld", "Hoonhorst", "Oudleusen")
STREETS: tuple[str, ...] = (
    "Kerkstraat",
    "Molenweg",
    "Esweg",
    "Beatrixstraat",
    "Vechtlaan",
    "Heidelaan",
    "Bosweg",
    "Julianastraat",
    "Schoolstraat",
    "Lindenlaan",
    "Dorpsstraat",
    "Berkenweg",
)
RECEPTION: tuple[tuple[str, str], ...] = (
    ("azc", "AZC Zwolle"),
    ("azc", "AZC Ommen"),
    ("azc", "AZC Almelo"),
    ("noodopvang", "Noodopvang Zwolle"),
    ("noodopvang", "Noodopvang Deventer"),
)
LANGUAGE_PROVIDERS: tuple[str, ...] = (
    "Taalschool De Brug",
    "NT2 Centrum Vechtdal",
    "Leerhuis Oost",
    "Taalinstituut Zwolle",
)
SCHOOLS: dict[str, tuple[str, ...]] = {
    "vve": ("Peuterspeelzaal Het Vlindertje", "Kinderopvang De Kikker"),
    "basisschool": ("OBS De Wetering", "CBS De Horst", "Basisschool Het Kompas"),
    "isk": ("ISK Zwolle", "ISK Deventer"),
}
MUNICIPALITIES: tuple[str, ...] = ("Zwolle", "Ommen", "Hardenberg", "Deventer", "Raalte")
