"""Static reference data for the demo generator: cities, venues, sites, titles, texts.

Cities: the German cities around and above the programme's threshold of 250,000
inhabitants, with federal state (ISO code suffix) and population (rounded, census-based
figures of about 2023). Those the brief lists but which are really below 250,000, and a few
smaller cities, are kept: the app flags them as below threshold (warn, don't forbid).
Venue names, streets, excursion sites and contacts are fictional.
"""

from __future__ import annotations

from typing import NamedTuple

from planner.models.enums import LARGE_CITY_THRESHOLD


class CityRef(NamedTuple):
    name: str
    state: str
    population: int
    postcode: str
    slug: str  # ASCII, for e-mail domains: stadt-<slug>.example

    @property
    def below_threshold(self) -> bool:
        return self.population < LARGE_CITY_THRESHOLD


CITIES: tuple[CityRef, ...] = (
    CityRef("Berlin", "BE", 3_662_000, "10117", "berlin"),
    CityRef("Hamburg", "HH", 1_910_000, "20095", "hamburg"),
    CityRef("München", "BY", 1_510_000, "80331", "muenchen"),
    CityRef("Köln", "NW", 1_024_000, "50667", "koeln"),
    CityRef("Frankfurt am Main", "HE", 775_000, "60311", "frankfurt"),
    CityRef("Düsseldorf", "NW", 631_000, "40213", "duesseldorf"),
    CityRef("Stuttgart", "BW", 613_000, "70173", "stuttgart"),
    CityRef("Leipzig", "SN", 616_000, "04109", "leipzig"),
    CityRef("Dortmund", "NW", 595_000, "44135", "dortmund"),
    CityRef("Essen", "NW", 579_000, "45127", "essen"),
    CityRef("Bremen", "HB", 569_000, "28195", "bremen"),
    CityRef("Dresden", "SN", 566_000, "01067", "dresden"),
    CityRef("Hannover", "NI", 548_000, "30159", "hannover"),
    CityRef("Nürnberg", "BY", 526_000, "90403", "nuernberg"),
    CityRef("Duisburg", "NW", 503_000, "47051", "duisburg"),
    CityRef("Bochum", "NW", 364_000, "44787", "bochum"),
    CityRef("Wuppertal", "NW", 355_000, "42103", "wuppertal"),
    CityRef("Bielefeld", "NW", 331_000, "33602", "bielefeld"),
    CityRef("Bonn", "NW", 321_000, "53111", "bonn"),
    CityRef("Münster", "NW", 320_000, "48143", "muenster"),
    CityRef("Mannheim", "BW", 316_000, "68159", "mannheim"),
    CityRef("Karlsruhe", "BW", 306_000, "76133", "karlsruhe"),
    CityRef("Augsburg", "BY", 303_000, "86150", "augsburg"),
    CityRef("Wiesbaden", "HE", 283_000, "65183", "wiesbaden"),
    CityRef("Mönchengladbach", "NW", 268_000, "41061", "moenchengladbach"),
    CityRef("Gelsenkirchen", "NW", 263_000, "45879", "gelsenkirchen"),
    CityRef("Aachen", "NW", 261_000, "52062", "aachen"),
    CityRef("Braunschweig", "NI", 251_000, "38100", "braunschweig"),
    CityRef("Chemnitz", "SN", 250_000, "09111", "chemnitz"),
    CityRef("Kiel", "SH", 247_000, "24103", "kiel"),
    CityRef("Magdeburg", "ST", 241_000, "39104", "magdeburg"),
    CityRef("Halle (Saale)", "ST", 239_000, "06108", "halle"),
    CityRef("Freiburg im Breisgau", "BW", 237_000, "79098", "freiburg"),
    CityRef("Krefeld", "NW", 229_000, "47798", "krefeld"),
    CityRef("Mainz", "RP", 221_000, "55116", "mainz"),
    CityRef("Lübeck", "SH", 219_000, "23552", "luebeck"),
    CityRef("Erfurt", "TH", 215_000, "99084", "erfurt"),
    CityRef("Oberhausen", "NW", 210_000, "46045", "oberhausen"),
    CityRef("Rostock", "MV", 208_000, "18055", "rostock"),
    CityRef("Kassel", "HE", 204_000, "34117", "kassel"),
    # Smaller cities that still take part now and then (flagged below threshold).
    CityRef("Potsdam", "BB", 187_000, "14467", "potsdam"),
    CityRef("Oldenburg", "NI", 172_000, "26122", "oldenburg"),
    CityRef("Osnabrück", "NI", 167_000, "49074", "osnabrueck"),
    CityRef("Heidelberg", "BW", 160_000, "69117", "heidelberg"),
)

# Which office looks after a federal state (Hamburg covers the north incl. Bremen).
HAMBURG_STATES = frozenset({"HH", "HB", "SH", "NI", "MV", "NW"})


def office_for_state(state: str) -> str:
    return "hamburg" if state in HAMBURG_STATES else "berlin"


class VenueRef(NamedTuple):
    name: str
    street: str
    capacity: int


# Venue templates for every city ({city} is replaced); fictional names and streets.
CITY_VENUES: tuple[VenueRef, ...] = (
    VenueRef("Bildungsbüro {city}, Seminarraum", "Am Rathausplatz 4", 30),
    VenueRef("Volkshochschule {city}, Forum", "Bildungsstraße 12", 60),
    VenueRef("Rathaus {city}, Ratssaal", "Marktplatz 1", 120),
)

# The offices' own training venues (fictional rooms; the office addresses are real).
OFFICE_VENUES: dict[str, tuple[tuple[str, VenueRef], ...]] = {
    "berlin": (
        ("Berlin", VenueRef("Tagungsetage der Transferagentur", "Tempelhofer Ufer 11", 28)),
        ("Berlin", VenueRef("Tagungszentrum am Landwehrkanal", "Schöneberger Ufer 61", 220)),
    ),
    "hamburg": (
        ("Hamburg", VenueRef("Seminarräume Fischers Allee", "Fischers Allee 51", 26)),
        ("Hamburg", VenueRef("Bürgerhaus Altona, Großer Saal", "Max-Brauer-Allee 134", 200)),
        ("Bremen", VenueRef("Tagungshaus am Wall", "Am Wall 120", 30)),
        ("Bremen", VenueRef("Forum Überseestadt", "Konsul-Smidt-Straße 8", 160)),
    ),
}

# Good-practice sites for excursions: (site, street, description); {city} is replaced.
EXCURSION_SITES: tuple[tuple[str, str, str], ...] = (
    ("Quartiersschule {city}-Ost", "Schulstraße 7",
     "Oberschule und Gymnasium als kultureller und sozialer Knotenpunkt im Quartier."),
    ("Bildungs- und Familienzentrum {city}-Nord", "Lindenweg 22",
     "Kita, Familienberatung und Elternbildung unter einem Dach."),
    ("Lernwerkstatt im Stadtteilzentrum {city}-Süd", "Am Brunnen 3",
     "Sprachförderung und Hausaufgabenhilfe mit Ehrenamtlichen."),
    ("Jugendberufsagentur {city}", "Hafenstraße 40",
     "Beratung am Übergang Schule–Beruf aus einer Hand."),
    ("Campus Bildung {city}-West", "Campusallee 1",
     "Grundschule, Stadtteilbibliothek und Musikschule auf einem Gelände."),
    ("Lokales Bildungsbüro {city}-Mitte", "Kirchplatz 5",
     "Koordination der Bildungsakteure in einem Stadtteil mit besonderem Bedarf."),
    ("Eltern-Kind-Zentrum {city}-Nordost", "Gartenstraße 18",
     "Frühe Bildung und Elternbeteiligung im Sozialraum."),
)

OWN_TOPICS = ("Ganztag und Bildungsübergänge", "Digitale Bildung in der Kommune")

SERIES_THEMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Kommunales Bildungsmanagement", (
        "Grundlagen des kommunalen Bildungsmanagements",
        "Akteure gewinnen und Netzwerke steuern",
        "Datenbasierte Steuerung und Bildungsmonitoring",
        "Ziele entwickeln und Strategien verankern",
        "Beteiligung und Kommunikation",
        "Verstetigung und Transfer",
    )),
    ("Bildungsmonitoring in der Praxis", (
        "Indikatoren auswählen und bewerten",
        "Datenquellen erschließen und Datenschutz",
        "Kleinräumige Auswertung und Sozialraumanalyse",
        "Ergebnisse visualisieren",
        "Der kommunale Bildungsbericht",
        "Vom Bericht zur Handlung",
    )),
    ("Bildung und Stadtentwicklung", (
        "Bildungslandschaften im Quartier",
        "Integrierte Stadtentwicklungskonzepte",
        "Bildungsbauten und Campusmodelle",
        "Bürgerbeteiligung im Bildungswesen",
        "Förderprogramme klug verknüpfen",
        "Bildungskonferenzen gestalten",
    )),
    ("Vielfalt und Teilhabe", (
        "Bildungschancen in benachteiligten Stadtteilen",
        "Neuzugewanderte im kommunalen Bildungssystem",
        "Sprachbildung und Elternbeteiligung",
        "Sozialindizierte Ressourcensteuerung",
        "Zusammenarbeit mit Migrantenorganisationen",
        "Diversitätssensible Bildungsberatung",
    )),
)

NETWORK_THEMES = (
    "Bildungsmonitoring und Sozialraum",
    "Bildungsbüros im Aufbau",
    "Übergang Schule–Beruf",
    "Neuzugewanderte und Bildung",
    "Bildungslandschaften im Quartier",
    "Datengestützte Steuerung",
    "Stiftungen als Partner",
    "Ganztag gestalten",
)

CONFERENCE_TITLES = (
    "Daten nutzen – Bildung gestalten",
    "Bildung und Stadtentwicklung zusammendenken",
    "Chancengerechtigkeit vor Ort",
    "Gemeinsam verantworten: Stiftungen und Kommunen",
    "Bildungsmanagement in der wachsenden Stadt",
    "Vom Bericht zur Strategie",
)

AGENDA_TALKS = (
    "Keynote: Kommunale Bildungsverantwortung heute",
    "Was Bildungsberichte bewirken – Befunde aus der Forschung",
    "Bildungsgerechtigkeit messen: Indikatoren im Vergleich",
    "Sozialräumliche Ressourcensteuerung in der Praxis",
    "Integrierte Stadtentwicklung und Bildung",
    "Stiftungen im kommunalen Bildungsmanagement",
)

AGENDA_PANELS = (
    "Podium: Was brauchen Großstädte jetzt?",
    "Podium: Bildung als Querschnittsaufgabe der Verwaltung",
    "Podium: Daten, Ziele, Wirkung",
    "Podium: Zivilgesellschaft als Partnerin",
)

AGENDA_WORKSHOPS = (
    "Werkstatt A: Indikatoren für den Bildungsbericht",
    "Werkstatt B: Bildungskonferenzen moderieren",
    "Werkstatt C: Elternbeteiligung im Quartier",
    "Werkstatt D: Übergänge gestalten",
    "Werkstatt E: Kooperation mit Stiftungen",
    "Werkstatt F: Daten visualisieren",
)

COACHING_THEMES = (
    "Kommunaler Bildungsbericht: Indikatoren finden und überprüfen",
    "Ein Bildungsbüro implementieren",
    "Sozialraummonitoring aufbauen",
    "Bildungskonferenzen wirksam gestalten",
    "Bildungsberatung vernetzen",
    "Kooperationen mit Stiftungen steuern",
    "Ganztagsausbau datenbasiert planen",
)

ANALYSIS_FIELDS = (
    "Bildungsmonitoring",
    "Übergang Kita–Grundschule",
    "Übergang Schule–Beruf",
    "Integration Neuzugewanderter",
    "Elternbeteiligung",
    "Ganztag",
    "Bildungsberatung",
)

AGREEMENT_GOALS = (
    "Ein ämterübergreifender Bildungsbericht liegt vor.",
    "Ein Bildungsbüro ist eingerichtet und arbeitet ressortübergreifend.",
    "Kleinräumige Daten werden regelmäßig ausgewertet.",
    "Eine jährliche Bildungskonferenz ist etabliert.",
    "Ziele für den Übergang Schule–Beruf sind vereinbart.",
    "Die Kooperation mit Stiftungen ist koordiniert.",
    "Beratungsangebote sind im Stadtteil vernetzt.",
)

AGENCIES = (
    "Institut für kommunale Bildungsplanung",
    "Forschungsstelle Bildungsmonitoring",
    "Zentrum für Bildungsforschung und Sozialraum",
    "Büro für Moderation und Prozessbegleitung",
    "Werkstatt Bildungslandschaften",
    "Hochschule für Verwaltung, Fachbereich Bildung",
)

PARTICIPANT_FUNCTIONS = (
    "Bildungsmanagement",
    "Bildungsmonitoring",
    "Leitung Bildungsbüro",
    "Referat Schulentwicklungsplanung",
    "Koordination Neuzugewanderte",
    "Jugendhilfeplanung",
    "Sozialplanung",
    "Amtsleitung Schulamt",
    "Stabsstelle Bildung",
    "Bildungsberatung",
    "Stadtentwicklungsplanung",
    "Statistikstelle",
)

TRAINER_FUNCTIONS = (
    "Referent:in",
    "Moderation",
    "Wissenschaftliche Mitarbeit",
    "Beratung kommunales Bildungsmanagement",
    "Professur Bildungsforschung",
)

STAFF_FUNCTIONS = (
    "Referent:in",
    "Projektleitung",
    "Projektassistenz",
    "Veranstaltungsorganisation",
)

CANCEL_REASONS = (
    "Terminüberschneidung",
    "Krankheit",
    "Dienstreise",
    "Stellenwechsel",
    "Personalmangel im Amt",
    "Kein Budget für Reisekosten",
)

SESSION_CANCEL_REASONS = (
    "Erkrankung der Referentin",
    "Zu wenige Anmeldungen für diesen Termin",
    "Streik im Bahnverkehr",
    "Raum kurzfristig nicht verfügbar",
)


class NameOrigin(NamedTuple):
    """Fictional name pools of one origin: female and male first names, last names.

    A last name is either one form or "male|female" where the form depends on gender
    (Polish -ski/-ska, Czech -ová, Greek -os/-ou).
    """

    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    last: tuple[str, ...]


NAME_ORIGINS: dict[str, NameOrigin] = {
    "de": NameOrigin(60, (
        "Anna", "Lena", "Sabine", "Katrin", "Ute", "Maren", "Mareike", "Birgit", "Dörte",
        "Frauke", "Gesine", "Hannelore", "Jördis", "Käthe", "Svenja", "Stefanie", "Julia",
        "Christiane", "Anke", "Heike", "Insa", "Wiebke", "Friederike", "Rieke",
    ), (
        "Jürgen", "Jörg", "Björn", "Sören", "Günther", "Jens", "Hauke", "Malte", "Tobias",
        "Matthias", "Jan", "Lars", "Michael", "Thomas", "Uwe", "Frank", "Jörn", "Ole",
        "Henrik", "Florian", "Dirk", "Bernd",
    ), (
        "Müller", "Schäfer", "Schröder", "Krüger", "Köhler", "Weiß", "Groß", "Meißner",
        "Strauß", "Voß", "Jäger", "Hoffmann", "Schulze", "Lehmann", "Möller", "Böhm", "Kühn",
        "Fröhlich", "Brückner", "Dietrich", "Engel", "Franke", "Hübner", "Lößner", "Preuß",
        "Rößler", "Sauer", "Thießen", "Vogt", "Wendt", "Zöllner", "Ahrens", "Brandt",
        "Claußen", "Hansen", "Petersen", "Jürgensen", "Schmitz", "Kaiser", "Lorenz",
        "Nowotny", "Großkopf", "Kleinschmidt", "Heß", "Bräutigam",
    )),
    "tr": NameOrigin(10, (
        "Ayşe", "Elif", "Gülşen", "Özlem", "Şeyma", "Büşra", "Çağla", "Emine", "Tuğba",
        "Derya", "Gökçe", "Nesrin", "Kübra",
    ), (
        "Mehmet", "Mustafa", "Oğuz", "Çetin", "Ömer", "Yiğit", "Barış", "Gökhan", "Serkan",
        "Tolga", "Uğur", "Kaan",
    ), (
        "Yıldırım", "Doğan", "Şahin", "Öztürk", "Çelik", "Aydın", "Kılıç", "Arslan",
        "Özdemir", "Güneş", "Koç", "Kaya", "Aksoy", "Karagöz", "Bağcı", "Ünal",
    )),
    "pl": NameOrigin(8, (
        "Małgorzata", "Agnieszka", "Katarzyna", "Bożena", "Joanna", "Żaneta", "Urszula",
        "Jadwiga",
    ), (
        "Łukasz", "Paweł", "Wojciech", "Grzegorz", "Zbigniew", "Michał", "Przemysław",
        "Bartłomiej",
    ), (
        "Kowalczyk", "Wiśniewski|Wiśniewska", "Wójcik", "Łukasiewicz", "Zieliński|Zielińska",
        "Szymański|Szymańska", "Dąbrowski|Dąbrowska", "Kozłowski|Kozłowska",
        "Jabłoński|Jabłońska", "Król", "Wróbel", "Pawłowski|Pawłowska", "Grabowski|Grabowska",
        "Sękowski|Sękowska", "Żak",
    )),
    "ar": NameOrigin(7, (
        "Fatima", "Amira", "Layla", "Nour", "Yasmin", "Rania", "Samira", "Hanan",
    ), (
        "Mohammed", "Ahmad", "Khaled", "Omar", "Youssef", "Karim", "Tarek", "Bilal",
    ), (
        "Al-Haddad", "El-Masri", "Haddad", "Nassar", "Khoury", "Aziz", "Hamdan", "Saleh",
        "Abu-Zaid", "Al-Rashid", "Mansour", "Qasim",
    )),
    "fr": NameOrigin(4, (
        "Renée", "Hélène", "Amélie", "Zoé", "Élodie", "Céline", "Françoise", "Noémie",
    ), (
        "Jérôme", "Frédéric", "Rémi", "Aurélien", "Benoît", "François", "Gaëtan",
    ), (
        "Lefèvre", "Dubois", "Moreau", "Bénard", "Fournier", "Girard", "Lemaître",
        "Chevalier", "Garnier", "Mercier", "Duchêne", "Écuyer",
    )),
    "cy": NameOrigin(3, (
        "Gwenllian", "Angharad", "Siân", "Ffion", "Eluned", "Rhiannon",
    ), (
        "Gwŷn", "Dafydd", "Rhodri", "Emrys", "Iestyn", "Llŷr",
    ), (
        "Llŵyd", "Rhŷs", "ap Dafydd", "Llewelyn", "Prŷs", "Bowen", "Cadwaladr",
    )),
    "vi": NameOrigin(4, (
        "Thu Trang", "Lan Anh", "Ngọc Ánh", "Thanh Hương", "Mai Linh", "Phương",
    ), (
        "Minh Đức", "Văn Hùng", "Quốc Bảo", "Tuấn Anh", "Đức Thắng", "Hoàng Nam",
    ), (
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
    )),
    "other": NameOrigin(4, (
        "Eleni", "Giulia", "Lucía", "Šárka", "Åsa", "Ivana", "Ljudmila", "Zeynep",
    ), (
        "Dimitrios", "Lorenzo", "Andrés", "Jiří", "Søren", "Željko", "Dmitri", "Rojhat",
    ), (
        "Papadopoulos|Papadopoulou", "Esposito", "García Núñez", "Novák|Nováková", "Ødegård",
        "Kovačević", "Iwanow|Iwanowa", "Ricci", "Muñoz", "Perić", "Dvořák|Dvořáková",
    )),
}
