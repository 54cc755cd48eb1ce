# Norwegian date style as the house style asks for: "5. juni 2026", "kl. 09.30".
DATE_FORMAT = "j. F Y"
TIME_FORMAT = r"\k\l. H.i"
DATETIME_FORMAT = r"j. F Y \k\l. H.i"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = r"d.m.Y \k\l. H.i"
MONTH_DAY_FORMAT = "j. F"
YEAR_MONTH_FORMAT = "F Y"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3
