"""CAMEO's parallel families: appeals (02), intents (03), demands (10), rejections (12) and
threats (13) are each subdivided by the act they are about, in the same order.

"Urged Russia to release the prisoners", "said it would release them", "demanded their
release", "refused to release them" and "threatened to keep them" all concern a release
(084): 0253, 0353, 1053, 1243. `directed_code(family, act)` finds the family's code for an
act from the act's own code; the table is CAMEO's structure, not a list of wordings.
"""

from __future__ import annotations

# the kind of act a CAMEO code is, most specific prefix first
SLOT_BY_CODE: dict[str, str] = {
    "061": "econ_coop",
    "062": "mil_coop",
    "063": "jud_coop",
    "064": "intel_coop",
    "06": "material_coop",
    "05": "diplomatic",
    "071": "econ_aid",
    "072": "mil_aid",
    "073": "hum_aid",
    "074": "protection",
    "07": "aid",
    "081": "ease_admin",
    "082": "ease_dissent",
    "0831": "leadership",
    "0832": "policy",
    "0833": "rights",
    "0834": "institutions",
    "083": "reform",
    "084": "release",
    "085": "ease_econ",
    "086": "allow_intl",
    "087": "deescalate",
    "08": "yield",
    "045": "mediate",
    "04": "meet",
    # an act that is itself coded in one family keeps its kind in the others
    "026": "meet",
    "036": "meet",
    "106": "meet",
    "125": "meet",
    "027": "settle",
    "037": "settle",
    "107": "settle",
    "127": "settle",
    "028": "mediate",
    "039": "mediate",
    "108": "mediate",
    "126": "mediate",
    "0341": "leadership",
    "0342": "policy",
    "0343": "rights",
    "0344": "institutions",
    "034": "reform",
    # conflict: what a threat is a threat of
    "161": "break_relations",
    "162": "stop_aid",
    "163": "sanction",
    "164": "halt_negotiation",
    "165": "halt_mediation",
    "166": "halt_involvement",
    "16": "reduce_relations",
    "1721": "restrict_freedoms",
    "1722": "ban_parties",
    "1723": "curfew",
    "1724": "emergency",
    "172": "admin_sanctions",
    "17": "repression",
    "14": "protest",
    # confiscating property has no threat of its own in CAMEO: a threat to seize is 130
    "171": "seize",
    # asking a third party to condemn or criticise someone asks for its diplomatic support
    "11": "disapprove",
    "191": "blockade",
    "192": "occupation",
    "18": "unconventional",
    "2041": "wmd",
    "2042": "wmd",
    "204": "wmd",
    "15": "force",
    "19": "conventional",
    "20": "force",
}

FAMILIES: dict[str, dict[str, str]] = {
    "02": {
        "econ_coop": "0211",
        "mil_coop": "0212",
        "jud_coop": "0213",
        "intel_coop": "0214",
        "material_coop": "021",
        "diplomatic": "022",
        "econ_aid": "0231",
        "mil_aid": "0232",
        "hum_aid": "0233",
        "protection": "0234",
        "aid": "023",
        "leadership": "0241",
        "policy": "0242",
        "rights": "0243",
        "institutions": "0244",
        "reform": "024",
        "ease_admin": "0251",
        "ease_dissent": "0252",
        "release": "0253",
        "ease_econ": "0254",
        "allow_intl": "0255",
        "deescalate": "0256",
        "yield": "025",
        "meet": "026",
        "settle": "027",
        "mediate": "028",
        "disapprove": "022",
    },
    "03": {
        "econ_coop": "0311",
        "mil_coop": "0312",
        "jud_coop": "0313",
        "intel_coop": "0314",
        "material_coop": "031",
        "diplomatic": "032",
        "econ_aid": "0331",
        "mil_aid": "0332",
        "hum_aid": "0333",
        "protection": "0334",
        "aid": "033",
        "leadership": "0341",
        "policy": "0342",
        "rights": "0343",
        "institutions": "0344",
        "reform": "034",
        "ease_admin": "0351",
        "ease_dissent": "0352",
        "release": "0353",
        "ease_econ": "0354",
        "allow_intl": "0355",
        "deescalate": "0356",
        "yield": "035",
        "meet": "036",
        "settle": "037",
        "mediate": "039",
    },
    "10": {
        "econ_coop": "1011",
        "mil_coop": "1012",
        "jud_coop": "1013",
        "intel_coop": "1014",
        "material_coop": "101",
        "diplomatic": "102",
        "econ_aid": "1031",
        "mil_aid": "1032",
        "hum_aid": "1033",
        "protection": "1034",
        "aid": "103",
        "leadership": "1041",
        "policy": "1042",
        "rights": "1043",
        "institutions": "1044",
        "reform": "104",
        "ease_admin": "1051",
        "ease_dissent": "1052",
        "release": "1053",
        "ease_econ": "1054",
        "allow_intl": "1055",
        "deescalate": "1056",
        "yield": "105",
        "meet": "106",
        "settle": "107",
        "mediate": "108",
        "disapprove": "102",
    },
    "12": {
        "econ_coop": "1211",
        "mil_coop": "1212",
        "material_coop": "121",
        "econ_aid": "1221",
        "mil_aid": "1222",
        "hum_aid": "1223",
        "protection": "1224",
        "aid": "122",
        "leadership": "1231",
        "policy": "1232",
        "rights": "1233",
        "institutions": "1234",
        "reform": "123",
        "ease_admin": "1241",
        "ease_dissent": "1242",
        "release": "1243",
        "ease_econ": "1244",
        "allow_intl": "1245",
        "deescalate": "1246",
        "yield": "124",
        "meet": "125",
        "mediate": "126",
        "settle": "127",
    },
    "13": {
        "stop_aid": "1311",
        "sanction": "1312",
        "break_relations": "1313",
        "reduce_relations": "131",
        "admin_sanctions": "132",
        "restrict_freedoms": "1321",
        "ban_parties": "1322",
        "curfew": "1323",
        "emergency": "1324",
        "protest": "133",
        "halt_negotiation": "134",
        "halt_mediation": "135",
        "halt_involvement": "136",
        "repression": "137",
        "force": "138",
        "blockade": "1381",
        "occupation": "1382",
        "unconventional": "1383",
        "conventional": "1384",
        "wmd": "1385",
        "seize": "130",
    },
}

# declaring an intent to do harm is a threat, not an intent to cooperate
CONFLICT_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}


def slot(code: str) -> str | None:
    """The kind of act a CAMEO code is ("0841" -> "release"), or None."""
    for n in (4, 3, 2):
        if len(code) >= n and code[:n] in SLOT_BY_CODE:
            return SLOT_BY_CODE[code[:n]]
    return None


def directed_code(family: str, act: str) -> str | None:
    """The code in `family` (02, 03, 10, 12, 13) for an act with CAMEO code `act`."""
    if family == "03" and act[:2] in CONFLICT_ROOTS:
        family = "13"
    kind = slot(act)
    if kind is None:
        return None
    return FAMILIES[family].get(kind)


def refines(generic: str, specific: str) -> bool:
    """Whether `specific` is a sub-code of `generic`, a 'not specified below' code such as
    100 standing for its whole root."""
    prefix = generic[:2] if len(generic) == 3 and generic[2] == "0" else generic
    return specific != generic and specific.startswith(prefix)


# what a protest is for: CAMEO's protest codes (141 rally, 142 hunger strike, 143 strike or
# boycott, 144 obstruction, 145 riot) end in 1-4 for leadership, policy, rights, institutions
PROTEST_AIMS = {"leadership": "1", "policy": "2", "rights": "3", "institutions": "4"}


def protest_code(code: str, act: str) -> str | None:
    """The sub-code of the protest `code` (141-145) for a protest whose purpose is the act
    `act` ("rallied to demand his resignation": 141 with a 1041 demand -> 1411), or None."""
    if len(code) != 3 or code[:2] != "14" or code[2] not in "12345":
        return None
    kind = slot(act) if not act.startswith("10") else _DEMAND_KINDS.get(act[:4])
    aim = PROTEST_AIMS.get(kind or "")
    return code + aim if aim else None


# a demand names what is wanted directly (1041 "demand change in leadership")
_DEMAND_KINDS = {"1041": "leadership", "1042": "policy", "1043": "rights", "1044": "institutions"}
