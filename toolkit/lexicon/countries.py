"""ISO 3166-1 countries: names, the aliases wire copy uses, and demonyms (stdlib only).

Lookups are case-insensitive and ignore a leading "the", so "the United States", "U.S." and
"US" all give "US". Codes are ISO 3166-1 alpha-2; Kosovo uses the user-assigned "XK" that
agencies and the EU use.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

# (code, short name used in news copy, other names and abbreviations, demonyms)
_COUNTRIES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("AD", "Andorra", (), ("Andorran",)),
    ("AE", "United Arab Emirates", ("UAE", "U.A.E.", "Emirates"), ("Emirati",)),
    ("AF", "Afghanistan", (), ("Afghan", "Afghani")),
    ("AG", "Antigua and Barbuda", ("Antigua",), ("Antiguan",)),
    ("AI", "Anguilla", (), ("Anguillan",)),
    ("AL", "Albania", (), ("Albanian",)),
    ("AM", "Armenia", (), ("Armenian",)),
    ("AO", "Angola", (), ("Angolan",)),
    ("AQ", "Antarctica", (), ("Antarctic",)),
    ("AR", "Argentina", (), ("Argentine", "Argentinian", "Argentinean")),
    ("AS", "American Samoa", (), ()),
    ("AT", "Austria", (), ("Austrian",)),
    ("AU", "Australia", (), ("Australian",)),
    ("AW", "Aruba", (), ("Aruban",)),
    ("AX", "Åland Islands", ("Aland Islands", "Åland", "Aland"), ()),
    ("AZ", "Azerbaijan", (), ("Azerbaijani", "Azeri")),
    ("BA", "Bosnia and Herzegovina", ("Bosnia", "Bosnia-Herzegovina"), ("Bosnian",)),
    ("BB", "Barbados", (), ("Barbadian",)),
    ("BD", "Bangladesh", (), ("Bangladeshi",)),
    ("BE", "Belgium", (), ("Belgian",)),
    ("BF", "Burkina Faso", (), ("Burkinabe", "Burkinabè")),
    ("BG", "Bulgaria", (), ("Bulgarian",)),
    ("BH", "Bahrain", (), ("Bahraini",)),
    ("BI", "Burundi", (), ("Burundian",)),
    ("BJ", "Benin", (), ("Beninese",)),
    ("BL", "Saint Barthélemy", ("Saint Barthelemy", "St. Barts", "St Barts"), ()),
    ("BM", "Bermuda", (), ("Bermudian",)),
    ("BN", "Brunei", ("Brunei Darussalam",), ("Bruneian",)),
    ("BO", "Bolivia", (), ("Bolivian",)),
    ("BQ", "Caribbean Netherlands", ("Bonaire", "Bonaire, Sint Eustatius and Saba"), ()),
    ("BR", "Brazil", (), ("Brazilian",)),
    ("BS", "Bahamas", ("The Bahamas",), ("Bahamian",)),
    ("BT", "Bhutan", (), ("Bhutanese",)),
    ("BV", "Bouvet Island", (), ()),
    ("BW", "Botswana", (), ("Botswanan", "Motswana", "Batswana")),
    ("BY", "Belarus", ("Byelorussia",), ("Belarusian", "Belarussian")),
    ("BZ", "Belize", (), ("Belizean",)),
    ("CA", "Canada", (), ("Canadian",)),
    ("CC", "Cocos (Keeling) Islands", ("Cocos Islands",), ()),
    (
        "CD",
        "Democratic Republic of the Congo",
        ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Zaire"),
        ("Congolese",),
    ),
    ("CF", "Central African Republic", ("CAR",), ("Central African",)),
    ("CG", "Republic of the Congo", ("Congo", "Congo-Brazzaville"), ()),
    ("CH", "Switzerland", (), ("Swiss",)),
    ("CI", "Côte d'Ivoire", ("Cote d'Ivoire", "Ivory Coast"), ("Ivorian",)),
    ("CK", "Cook Islands", (), ()),
    ("CL", "Chile", (), ("Chilean",)),
    ("CM", "Cameroon", (), ("Cameroonian",)),
    (
        "CN",
        "China",
        ("People's Republic of China", "PRC", "P.R.C.", "Mainland China"),
        ("Chinese",),
    ),
    ("CO", "Colombia", (), ("Colombian",)),
    ("CR", "Costa Rica", (), ("Costa Rican",)),
    ("CU", "Cuba", (), ("Cuban",)),
    ("CV", "Cabo Verde", ("Cape Verde",), ("Cape Verdean", "Cabo Verdean")),
    ("CW", "Curaçao", ("Curacao",), ()),
    ("CX", "Christmas Island", (), ()),
    ("CY", "Cyprus", (), ("Cypriot",)),
    ("CZ", "Czech Republic", ("Czechia",), ("Czech",)),
    ("DE", "Germany", ("Federal Republic of Germany",), ("German",)),
    ("DJ", "Djibouti", (), ("Djiboutian",)),
    ("DK", "Denmark", (), ("Danish", "Dane")),
    ("DM", "Dominica", (), ()),
    ("DO", "Dominican Republic", (), ("Dominican",)),
    ("DZ", "Algeria", (), ("Algerian",)),
    ("EC", "Ecuador", (), ("Ecuadorian", "Ecuadorean")),
    ("EE", "Estonia", (), ("Estonian",)),
    ("EG", "Egypt", (), ("Egyptian",)),
    ("EH", "Western Sahara", (), ("Sahrawi", "Saharawi")),
    ("ER", "Eritrea", (), ("Eritrean",)),
    ("ES", "Spain", (), ("Spanish", "Spaniard")),
    ("ET", "Ethiopia", (), ("Ethiopian",)),
    ("FI", "Finland", (), ("Finnish", "Finn")),
    ("FJ", "Fiji", (), ("Fijian",)),
    ("FK", "Falkland Islands", ("Falklands", "Malvinas"), ()),
    ("FM", "Micronesia", ("Federated States of Micronesia",), ("Micronesian",)),
    ("FO", "Faroe Islands", ("Faroes",), ("Faroese",)),
    ("FR", "France", (), ("French",)),
    ("GA", "Gabon", (), ("Gabonese",)),
    ("GB", "United Kingdom", ("UK", "U.K.", "Britain", "Great Britain"), ("British", "Briton")),
    ("GD", "Grenada", (), ("Grenadian",)),
    ("GE", "Georgia", (), ("Georgian",)),
    ("GF", "French Guiana", (), ()),
    ("GG", "Guernsey", (), ()),
    ("GH", "Ghana", (), ("Ghanaian",)),
    ("GI", "Gibraltar", (), ()),
    ("GL", "Greenland", (), ("Greenlandic",)),
    ("GM", "Gambia", ("The Gambia",), ("Gambian",)),
    ("GN", "Guinea", (), ("Guinean",)),
    ("GP", "Guadeloupe", (), ()),
    ("GQ", "Equatorial Guinea", (), ("Equatoguinean",)),
    ("GR", "Greece", (), ("Greek",)),
    ("GS", "South Georgia and the South Sandwich Islands", ("South Georgia",), ()),
    ("GT", "Guatemala", (), ("Guatemalan",)),
    ("GU", "Guam", (), ()),
    ("GW", "Guinea-Bissau", (), ()),
    ("GY", "Guyana", (), ("Guyanese",)),
    ("HK", "Hong Kong", ("Hongkong", "Hong Kong SAR"), ("Hong Konger", "Hongkonger")),
    ("HM", "Heard Island and McDonald Islands", (), ()),
    ("HN", "Honduras", (), ("Honduran",)),
    ("HR", "Croatia", (), ("Croatian", "Croat")),
    ("HT", "Haiti", (), ("Haitian",)),
    ("HU", "Hungary", (), ("Hungarian",)),
    ("ID", "Indonesia", (), ("Indonesian",)),
    ("IE", "Ireland", ("Irish Republic", "Eire"), ("Irish",)),
    ("IL", "Israel", (), ("Israeli",)),
    ("IM", "Isle of Man", (), ("Manx",)),
    ("IN", "India", (), ("Indian",)),
    ("IO", "British Indian Ocean Territory", ("Chagos Islands",), ()),
    ("IQ", "Iraq", (), ("Iraqi",)),
    ("IR", "Iran", ("Islamic Republic of Iran",), ("Iranian",)),
    ("IS", "Iceland", (), ("Icelandic", "Icelander")),
    ("IT", "Italy", (), ("Italian",)),
    ("JE", "Jersey", (), ()),
    ("JM", "Jamaica", (), ("Jamaican",)),
    ("JO", "Jordan", (), ("Jordanian",)),
    ("JP", "Japan", (), ("Japanese",)),
    ("KE", "Kenya", (), ("Kenyan",)),
    ("KG", "Kyrgyzstan", ("Kirghizia",), ("Kyrgyz", "Kirghiz")),
    ("KH", "Cambodia", ("Kampuchea",), ("Cambodian",)),
    ("KI", "Kiribati", (), ()),
    ("KM", "Comoros", (), ("Comoran", "Comorian")),
    ("KN", "Saint Kitts and Nevis", ("St. Kitts and Nevis", "St Kitts and Nevis"), ()),
    ("KP", "North Korea", ("DPRK", "D.P.R.K.", "Democratic People's Republic of Korea"), ()),
    ("KR", "South Korea", ("Republic of Korea", "ROK", "Korea"), ("South Korean", "Korean")),
    ("KW", "Kuwait", (), ("Kuwaiti",)),
    ("KY", "Cayman Islands", ("Caymans",), ("Caymanian",)),
    ("KZ", "Kazakhstan", (), ("Kazakh", "Kazakhstani")),
    ("LA", "Laos", ("Lao PDR", "Lao People's Democratic Republic"), ("Laotian", "Lao")),
    ("LB", "Lebanon", (), ("Lebanese",)),
    ("LC", "Saint Lucia", ("St. Lucia", "St Lucia"), ("Saint Lucian",)),
    ("LI", "Liechtenstein", (), ("Liechtensteiner",)),
    ("LK", "Sri Lanka", ("Ceylon",), ("Sri Lankan",)),
    ("LR", "Liberia", (), ("Liberian",)),
    ("LS", "Lesotho", (), ("Basotho", "Mosotho")),
    ("LT", "Lithuania", (), ("Lithuanian",)),
    ("LU", "Luxembourg", (), ("Luxembourgish", "Luxembourger")),
    ("LV", "Latvia", (), ("Latvian",)),
    ("LY", "Libya", (), ("Libyan",)),
    ("MA", "Morocco", (), ("Moroccan",)),
    ("MC", "Monaco", (), ("Monegasque",)),
    ("MD", "Moldova", (), ("Moldovan",)),
    ("ME", "Montenegro", (), ("Montenegrin",)),
    ("MF", "Saint Martin", ("St. Martin",), ()),
    ("MG", "Madagascar", (), ("Malagasy",)),
    ("MH", "Marshall Islands", (), ("Marshallese",)),
    ("MK", "North Macedonia", ("Macedonia",), ("Macedonian",)),
    ("ML", "Mali", (), ("Malian",)),
    ("MM", "Myanmar", ("Burma",), ("Burmese", "Myanmarese")),
    ("MN", "Mongolia", (), ("Mongolian",)),
    ("MO", "Macao", ("Macau", "Macao SAR"), ("Macanese",)),
    ("MP", "Northern Mariana Islands", (), ()),
    ("MQ", "Martinique", (), ()),
    ("MR", "Mauritania", (), ("Mauritanian",)),
    ("MS", "Montserrat", (), ()),
    ("MT", "Malta", (), ("Maltese",)),
    ("MU", "Mauritius", (), ("Mauritian",)),
    ("MV", "Maldives", (), ("Maldivian",)),
    ("MW", "Malawi", (), ("Malawian",)),
    ("MX", "Mexico", (), ("Mexican",)),
    ("MY", "Malaysia", (), ("Malaysian",)),
    ("MZ", "Mozambique", (), ("Mozambican",)),
    ("NA", "Namibia", (), ("Namibian",)),
    ("NC", "New Caledonia", (), ()),
    ("NE", "Niger", (), ("Nigerien",)),
    ("NF", "Norfolk Island", (), ()),
    ("NG", "Nigeria", (), ("Nigerian",)),
    ("NI", "Nicaragua", (), ("Nicaraguan",)),
    ("NL", "Netherlands", ("Holland", "The Netherlands"), ("Dutch",)),
    ("NO", "Norway", (), ("Norwegian",)),
    ("NP", "Nepal", (), ("Nepali", "Nepalese")),
    ("NR", "Nauru", (), ("Nauruan",)),
    ("NU", "Niue", (), ()),
    ("NZ", "New Zealand", (), ("New Zealander",)),
    ("OM", "Oman", (), ("Omani",)),
    ("PA", "Panama", (), ("Panamanian",)),
    ("PE", "Peru", (), ("Peruvian",)),
    ("PF", "French Polynesia", ("Tahiti",), ()),
    ("PG", "Papua New Guinea", ("PNG",), ("Papua New Guinean",)),
    ("PH", "Philippines", ("The Philippines",), ("Philippine", "Filipino")),
    ("PK", "Pakistan", (), ("Pakistani",)),
    ("PL", "Poland", (), ("Polish", "Pole")),
    ("PM", "Saint Pierre and Miquelon", (), ()),
    ("PN", "Pitcairn Islands", ("Pitcairn",), ()),
    ("PR", "Puerto Rico", (), ("Puerto Rican",)),
    ("PS", "Palestine", ("Palestinian Territories", "State of Palestine"), ("Palestinian",)),
    ("PT", "Portugal", (), ("Portuguese",)),
    ("PW", "Palau", (), ("Palauan",)),
    ("PY", "Paraguay", (), ("Paraguayan",)),
    ("QA", "Qatar", (), ("Qatari",)),
    ("RE", "Réunion", ("Reunion",), ()),
    ("RO", "Romania", (), ("Romanian",)),
    ("RS", "Serbia", (), ("Serbian", "Serb")),
    ("RU", "Russia", ("Russian Federation",), ("Russian",)),
    ("RW", "Rwanda", (), ("Rwandan",)),
    ("SA", "Saudi Arabia", ("KSA",), ("Saudi", "Saudi Arabian")),
    ("SB", "Solomon Islands", ("Solomons",), ()),
    ("SC", "Seychelles", (), ("Seychellois",)),
    ("SD", "Sudan", (), ("Sudanese",)),
    ("SE", "Sweden", (), ("Swedish", "Swede")),
    ("SG", "Singapore", (), ("Singaporean",)),
    ("SH", "Saint Helena", ("St. Helena",), ()),
    ("SI", "Slovenia", (), ("Slovenian", "Slovene")),
    ("SJ", "Svalbard and Jan Mayen", ("Svalbard",), ()),
    ("SK", "Slovakia", (), ("Slovak", "Slovakian")),
    ("SL", "Sierra Leone", (), ("Sierra Leonean",)),
    ("SM", "San Marino", (), ("Sammarinese",)),
    ("SN", "Senegal", (), ("Senegalese",)),
    ("SO", "Somalia", (), ("Somali",)),
    ("SR", "Suriname", ("Surinam",), ("Surinamese",)),
    ("SS", "South Sudan", (), ("South Sudanese",)),
    ("ST", "São Tomé and Príncipe", ("Sao Tome and Principe", "Sao Tome"), ()),
    ("SV", "El Salvador", (), ("Salvadoran", "Salvadorean")),
    ("SX", "Sint Maarten", (), ()),
    ("SY", "Syria", (), ("Syrian",)),
    ("SZ", "Eswatini", ("Swaziland",), ("Swazi",)),
    ("TC", "Turks and Caicos Islands", ("Turks and Caicos",), ()),
    ("TD", "Chad", (), ("Chadian",)),
    ("TF", "French Southern Territories", (), ()),
    ("TG", "Togo", (), ("Togolese",)),
    ("TH", "Thailand", ("Siam",), ("Thai",)),
    ("TJ", "Tajikistan", (), ("Tajik", "Tajikistani")),
    ("TK", "Tokelau", (), ()),
    ("TL", "Timor-Leste", ("East Timor",), ("Timorese", "East Timorese")),
    ("TM", "Turkmenistan", (), ("Turkmen",)),
    ("TN", "Tunisia", (), ("Tunisian",)),
    ("TO", "Tonga", (), ("Tongan",)),
    ("TR", "Türkiye", ("Turkey", "Turkiye"), ("Turkish", "Turk")),
    ("TT", "Trinidad and Tobago", ("Trinidad",), ("Trinidadian",)),
    ("TV", "Tuvalu", (), ("Tuvaluan",)),
    ("TW", "Taiwan", (), ("Taiwanese",)),
    ("TZ", "Tanzania", (), ("Tanzanian",)),
    ("UA", "Ukraine", (), ("Ukrainian",)),
    ("UG", "Uganda", (), ("Ugandan",)),
    ("UM", "United States Minor Outlying Islands", (), ()),
    (
        "US",
        "United States",
        ("United States of America", "USA", "U.S.A.", "U.S.", "US", "America"),
        ("American",),
    ),
    ("UY", "Uruguay", (), ("Uruguayan",)),
    ("UZ", "Uzbekistan", (), ("Uzbek", "Uzbekistani")),
    ("VA", "Vatican City", ("Vatican", "Holy See"), ("Vatican",)),
    ("VC", "Saint Vincent and the Grenadines", ("St. Vincent and the Grenadines",), ()),
    ("VE", "Venezuela", (), ("Venezuelan",)),
    ("VG", "British Virgin Islands", (), ()),
    ("VI", "U.S. Virgin Islands", ("US Virgin Islands", "United States Virgin Islands"), ()),
    ("VN", "Vietnam", ("Viet Nam",), ("Vietnamese",)),
    ("VU", "Vanuatu", (), ("Vanuatuan", "Ni-Vanuatu")),
    ("WF", "Wallis and Futuna", (), ()),
    ("WS", "Samoa", (), ("Samoan",)),
    ("XK", "Kosovo", (), ("Kosovar", "Kosovan")),
    ("YE", "Yemen", (), ("Yemeni",)),
    ("YT", "Mayotte", (), ()),
    ("ZA", "South Africa", (), ("South African",)),
    ("ZM", "Zambia", (), ("Zambian",)),
    ("ZW", "Zimbabwe", (), ("Zimbabwean",)),
)


def _key(name: str) -> str:
    """The lookup form of a name: casefolded, single-spaced, without a leading "the"."""
    key = " ".join(name.replace("\u00a0", " ").split()).casefold()
    return key[4:] if key.startswith("the ") else key


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for code, name, aliases, _ in _COUNTRIES:
        for alias in (name, *aliases):
            names.setdefault(_key(alias), code)
    return names


def _demonyms() -> dict[str, str]:
    demonyms: dict[str, str] = {}
    for code, _, _, words in _COUNTRIES:
        for word in words:
            demonyms.setdefault(_key(word), code)
    return demonyms


COUNTRY_NAMES: Mapping[str, str] = MappingProxyType(_names())
DEMONYMS: Mapping[str, str] = MappingProxyType(_demonyms())
_CODE_NAMES: Mapping[str, str] = MappingProxyType({c[0]: c[1] for c in _COUNTRIES})


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-2 of a country name or alias ("the United States", "U.S.", "Britain")."""
    return COUNTRY_NAMES.get(_key(name))


def country_name(code: str) -> str | None:
    """The short English name of an ISO alpha-2 code ("CN" -> "China")."""
    return _CODE_NAMES.get(code.upper())


@lru_cache(maxsize=4096)
def demonym_country(word: str) -> str | None:
    """ISO alpha-2 of the country a demonym or nationality adjective names ("Cuban" -> "CU")."""
    key = _key(word)
    code = DEMONYMS.get(key)
    if code is None and key.endswith("s"):
        # plural nouns: "Pakistanis", "Britons"
        code = DEMONYMS.get(key[:-1])
    return code
