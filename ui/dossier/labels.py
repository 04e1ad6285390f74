"""Translatable labels of the dossier's fields, choices, forms and history entries."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.labels import CATEGORY_LABELS, QT_TRANSLATE_NOOP, category_label, route_label

_CONTEXT = "DossierLabels"

FIELD_LABELS: dict[str, str] = {
    "held_on": QT_TRANSLATE_NOOP("DossierLabels", "Held on"),
    "place": QT_TRANSLATE_NOOP("DossierLabels", "Place"),
    "place_detail": QT_TRANSLATE_NOOP("DossierLabels", "Location"),
    "coa_casemanager": QT_TRANSLATE_NOOP("DossierLabels", "COA case manager"),
    "interpreter_mode": QT_TRANSLATE_NOOP("DossierLabels", "Interpreter"),
    "interpreter_language": QT_TRANSLATE_NOOP("DossierLabels", "Interpreter language"),
    "topic_acquaintance": QT_TRANSLATE_NOOP("DossierLabels", "Getting acquainted"),
    "topic_voorinburgering": QT_TRANSLATE_NOOP("DossierLabels", "Pre-integration agreements"),
    "topic_housing_family": QT_TRANSLATE_NOOP("DossierLabels", "Housing and family reunification"),
    "topic_questions": QT_TRANSLATE_NOOP("DossierLabels", "Questions of the person"),
    "agreements": QT_TRANSLATE_NOOP("DossierLabels", "Agreements made"),
    "klantreis_handed_over": QT_TRANSLATE_NOOP("DossierLabels", "Klantreis handed over"),
    "klantreis_language": QT_TRANSLATE_NOOP("DossierLabels", "Klantreis language"),
    "variant": QT_TRANSLATE_NOOP("DossierLabels", "Intake format"),
    "started_on": QT_TRANSLATE_NOOP("DossierLabels", "Started on"),
    "completed_on": QT_TRANSLATE_NOOP("DossierLabels", "Completed on"),
    "voorinburgering_participation": QT_TRANSLATE_NOOP(
        "DossierLabels", "Participation in pre-integration"
    ),
    "toets_taken_on": QT_TRANSLATE_NOOP("DossierLabels", "Test taken on"),
    "toets_outcome": QT_TRANSLATE_NOOP("DossierLabels", "Test outcome"),
    "toets_score": QT_TRANSLATE_NOOP("DossierLabels", "Score"),
    "starterz_started_on": QT_TRANSLATE_NOOP("DossierLabels", "StarterZ class started on"),
    "starterz_advice_on": QT_TRANSLATE_NOOP("DossierLabels", "Advice given on"),
    "starterz_advice": QT_TRANSLATE_NOOP("DossierLabels", "Advised route"),
    "assessment": QT_TRANSLATE_NOOP("DossierLabels", "Assessment"),
    "notes": QT_TRANSLATE_NOOP("DossierLabels", "Notes"),
    "jaren_onderwijs": QT_TRANSLATE_NOOP("DossierLabels", "Years of schooling"),
    "diploma": QT_TRANSLATE_NOOP("DossierLabels", "Highest diploma"),
    "diploma_gewaardeerd": QT_TRANSLATE_NOOP("DossierLabels", "Diploma evaluated"),
    "beroep": QT_TRANSLATE_NOOP("DossierLabels", "Occupation"),
    "jaren_werk": QT_TRANSLATE_NOOP("DossierLabels", "Years of work"),
    "nederlands": QT_TRANSLATE_NOOP("DossierLabels", "Dutch"),
    "engels": QT_TRANSLATE_NOOP("DossierLabels", "English"),
    "andere_talen": QT_TRANSLATE_NOOP("DossierLabels", "Other languages"),
    "smartphone": QT_TRANSLATE_NOOP("DossierLabels", "Uses a smartphone"),
    "computer": QT_TRANSLATE_NOOP("DossierLabels", "Uses a computer"),
    "digid": QT_TRANSLATE_NOOP("DossierLabels", "Has DigiD"),
    "gezinshereniging": QT_TRANSLATE_NOOP("DossierLabels", "Family reunification"),
    "huisarts": QT_TRANSLATE_NOOP("DossierLabels", "Registered with a GP"),
    "hulpverlening": QT_TRANSLATE_NOOP("DossierLabels", "Receives care"),
    "neemt_deel": QT_TRANSLATE_NOOP("DossierLabels", "Takes part"),
    "schulden": QT_TRANSLATE_NOOP("DossierLabels", "Has debts"),
    "route": QT_TRANSLATE_NOOP("DossierLabels", "Learning route"),
    "deviation_reason": QT_TRANSLATE_NOOP("DossierLabels", "Reason for deviating from the test"),
    "language_provider": QT_TRANSLATE_NOOP("DossierLabels", "Language school"),
    "support": QT_TRANSLATE_NOOP("DossierLabels", "Support (VWN, ontzorgen, …)"),
    "drafted_on": QT_TRANSLATE_NOOP("DossierLabels", "Drafted on"),
    "signed_on": QT_TRANSLATE_NOOP("DossierLabels", "Signed on"),
    "beschikking_on": QT_TRANSLATE_NOOP("DossierLabels", "Decision (beschikking) on"),
    "route_registered_on": QT_TRANSLATE_NOOP("DossierLabels", "Registered for the route on"),
    "route_started_on": QT_TRANSLATE_NOOP("DossierLabels", "Route started on"),
    "formal": QT_TRANSLATE_NOOP("DossierLabels", "Formal progress talk"),
    "progress": QT_TRANSLATE_NOOP("DossierLabels", "Progress"),
    "summary": QT_TRANSLATE_NOOP("DossierLabels", "Summary"),
    "certificate_on": QT_TRANSLATE_NOOP("DossierLabels", "Certificate handed over on"),
    "provider": QT_TRANSLATE_NOOP("DossierLabels", "Provider"),
    "start_date": QT_TRANSLATE_NOOP("DossierLabels", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("DossierLabels", "End date"),
    "extension_reason": QT_TRANSLATE_NOOP("DossierLabels", "Reason for extension"),
    "kind": QT_TRANSLATE_NOOP("DossierLabels", "Step"),
    "on_date": QT_TRANSLATE_NOOP("DossierLabels", "Date"),
    "source": QT_TRANSLATE_NOOP("DossierLabels", "With or from"),
    "text": QT_TRANSLATE_NOOP("DossierLabels", "Note"),
    "health": QT_TRANSLATE_NOOP("DossierLabels", "Contains health information"),
    "legal_ground": QT_TRANSLATE_NOOP("DossierLabels", "Legal ground"),
    "amount": QT_TRANSLATE_NOOP("DossierLabels", "Fine (euro)"),
    "reason": QT_TRANSLATE_NOOP("DossierLabels", "Reason"),
    "end_kind": QT_TRANSLATE_NOOP("DossierLabels", "How it ended"),
    "new_municipality": QT_TRANSLATE_NOOP("DossierLabels", "New municipality (warm handover)"),
    "end_note": QT_TRANSLATE_NOOP("DossierLabels", "Note"),
    "given_names": QT_TRANSLATE_NOOP("DossierLabels", "Given names"),
    "family_name": QT_TRANSLATE_NOOP("DossierLabels", "Family name"),
    "name_original": QT_TRANSLATE_NOOP("DossierLabels", "Name in own script"),
    "birth_date": QT_TRANSLATE_NOOP("DossierLabels", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("DossierLabels", "Sex"),
    "bsn": QT_TRANSLATE_NOOP("DossierLabels", "BSN"),
    "v_nummer": QT_TRANSLATE_NOOP("DossierLabels", "V-number"),
    "category": QT_TRANSLATE_NOOP("DossierLabels", "Category"),
    "languages": QT_TRANSLATE_NOOP("DossierLabels", "Languages"),
    "interpreter_needed": QT_TRANSLATE_NOOP("DossierLabels", "Needs an interpreter"),
    "phone": QT_TRANSLATE_NOOP("DossierLabels", "Phone"),
    "name": QT_TRANSLATE_NOOP("DossierLabels", "Name"),
    "active": QT_TRANSLATE_NOOP("DossierLabels", "Active"),
    "_deleted": QT_TRANSLATE_NOOP("DossierLabels", "Deleted on one laptop, changed on another"),
    "*": QT_TRANSLATE_NOOP("DossierLabels", "The whole record"),
    "email": QT_TRANSLATE_NOOP("DossierLabels", "E-mail"),
    "koppeling_date": QT_TRANSLATE_NOOP("DossierLabels", "Linked on (koppeling)"),
    "melding_date": QT_TRANSLATE_NOOP("DossierLabels", "Reported to the municipality (melding)"),
    "country_of_origin": QT_TRANSLATE_NOOP("DossierLabels", "Country of origin (e.g. SY, ER)"),
    "voorinburgering_start": QT_TRANSLATE_NOOP("DossierLabels", "Pre-integration (COA) from"),
    "voorinburgering_end": QT_TRANSLATE_NOOP("DossierLabels", "Pre-integration (COA) until"),
    "vwn_start": QT_TRANSLATE_NOOP("DossierLabels", "VWN social guidance from"),
    "vwn_begeleider": QT_TRANSLATE_NOOP("DossierLabels", "VWN social worker"),
    "linked_via": QT_TRANSLATE_NOOP("DossierLabels", "Linked via"),
    "duo_registered_on": QT_TRANSLATE_NOOP("DossierLabels", "Registered with DUO on"),
    "requested_on": QT_TRANSLATE_NOOP("DossierLabels", "Requested on"),
    "decision": QT_TRANSLATE_NOOP("DossierLabels", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("DossierLabels", "Decided by DUO on"),
    "until": QT_TRANSLATE_NOOP("DossierLabels", "Term extended until"),
    "part": QT_TRANSLATE_NOOP("DossierLabels", "Exam part"),
    "taken_on": QT_TRANSLATE_NOOP("DossierLabels", "Taken on"),
    "level": QT_TRANSLATE_NOOP("DossierLabels", "Level"),
    "household_label": QT_TRANSLATE_NOOP("DossierLabels", "Household name"),
    "residence_kind": QT_TRANSLATE_NOOP("DossierLabels", "Lives now at"),
    "residence_location": QT_TRANSLATE_NOOP("DossierLabels", "Location (e.g. ROL Zwolle)"),
    "not_a_duplicate": QT_TRANSLATE_NOOP(
        "DossierLabels", "Someone else with the same name and date of birth"
    ),
    "family_reunification": QT_TRANSLATE_NOOP("DossierLabels", "Family reunification"),
    "schooling": QT_TRANSLATE_NOOP("DossierLabels", "School or childcare"),
    "school_name": QT_TRANSLATE_NOOP("DossierLabels", "Name of the school"),
    "household_role": QT_TRANSLATE_NOOP("DossierLabels", "Role in household"),
    "abroad": QT_TRANSLATE_NOOP("DossierLabels", "Still abroad"),
    "own_trajectory": QT_TRANSLATE_NOOP("DossierLabels", "Own integration journey"),
    "location": QT_TRANSLATE_NOOP("DossierLabels", "Address or location"),
    "description": QT_TRANSLATE_NOOP("DossierLabels", "Description"),
    "organisation": QT_TRANSLATE_NOOP("DossierLabels", "Organisation"),
    "hours_per_week": QT_TRANSLATE_NOOP("DossierLabels", "Hours per week"),
}

#: Labels of a field that means something else on one form: (form key, field name).
# Columns no form shows by that name, as the audit trail and the history word them.
RECORD_FIELD_LABELS: dict[str, str] = {
    "person_id": QT_TRANSLATE_NOOP("DossierLabels", "Person"),
    "household_id": QT_TRANSLATE_NOOP("DossierLabels", "Household"),
    "label": QT_TRANSLATE_NOOP("DossierLabels", "Household name"),
    "planned_at": QT_TRANSLATE_NOOP("DossierLabels", "Planned for"),
    "starts_at": QT_TRANSLATE_NOOP("DossierLabels", "Start time"),
    "duration_minutes": QT_TRANSLATE_NOOP("DossierLabels", "Duration"),
    "attendees": QT_TRANSLATE_NOOP("DossierLabels", "Attendees"),
    "status": QT_TRANSLATE_NOOP("DossierLabels", "Status"),
    "sequence": QT_TRANSLATE_NOOP("DossierLabels", "Revision"),
    "title": QT_TRANSLATE_NOOP("DossierLabels", "Title"),
    "file_name": QT_TRANSLATE_NOOP("DossierLabels", "File name"),
    "size": QT_TRANSLATE_NOOP("DossierLabels", "Size"),
    "sha256": QT_TRANSLATE_NOOP("DossierLabels", "Checksum"),
    "data": QT_TRANSLATE_NOOP("DossierLabels", "Content"),
    "added_on": QT_TRANSLATE_NOOP("DossierLabels", "Added on"),
    "recipient": QT_TRANSLATE_NOOP("DossierLabels", "Shared with"),
    "recipient_name": QT_TRANSLATE_NOOP("DossierLabels", "Name of the recipient"),
    "scope": QT_TRANSLATE_NOOP("DossierLabels", "What is shared"),
    "given_on": QT_TRANSLATE_NOOP("DossierLabels", "Consent given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("DossierLabels", "Consent withdrawn on"),
    "note": QT_TRANSLATE_NOOP("DossierLabels", "Note"),
    "amount_cents": QT_TRANSLATE_NOOP("DossierLabels", "Amount"),
    "outcome": QT_TRANSLATE_NOOP("DossierLabels", "Outcome"),
    "score": QT_TRANSLATE_NOOP("DossierLabels", "Score"),
    "version": QT_TRANSLATE_NOOP("DossierLabels", "Version"),
    "change": QT_TRANSLATE_NOOP("DossierLabels", "Kind of change"),
    "change_reason": QT_TRANSLATE_NOOP("DossierLabels", "Reason for the change"),
    "advice_on": QT_TRANSLATE_NOOP("DossierLabels", "Date of the advice"),
    "advice": QT_TRANSLATE_NOOP("DossierLabels", "Advice"),
    "step": QT_TRANSLATE_NOOP("DossierLabels", "Step"),
    "done_on": QT_TRANSLATE_NOOP("DossierLabels", "Done on"),
    "consultant_id": QT_TRANSLATE_NOOP("DossierLabels", "Consultant"),
    "appointment_id": QT_TRANSLATE_NOOP("DossierLabels", "Talk"),
    "old_starts_at": QT_TRANSLATE_NOOP("DossierLabels", "Previous time"),
    "new_starts_at": QT_TRANSLATE_NOOP("DossierLabels", "New time"),
    "intake_id": QT_TRANSLATE_NOOP("DossierLabels", "Brede Intake"),
    "domain": QT_TRANSLATE_NOOP("DossierLabels", "Life domain"),
    "details": QT_TRANSLATE_NOOP("DossierLabels", "Details"),
    "pip_id": QT_TRANSLATE_NOOP("DossierLabels", "PIP"),
    "role": QT_TRANSLATE_NOOP("DossierLabels", "Role"),
    "municipality": QT_TRANSLATE_NOOP("DossierLabels", "Municipality"),
    "_deleted": QT_TRANSLATE_NOOP("DossierLabels", "Deleted"),
}

FORM_FIELD_LABELS: dict[tuple[str, str], str] = {
    ("residence", "kind"): QT_TRANSLATE_NOOP("DossierLabels", "Kind of residence"),
    ("residence", "start_date"): QT_TRANSLATE_NOOP("DossierLabels", "From"),
    ("residence", "end_date"): QT_TRANSLATE_NOOP("DossierLabels", "Until"),
    ("activity", "kind"): QT_TRANSLATE_NOOP("DossierLabels", "Activity"),
    ("termijn_besluit", "kind"): QT_TRANSLATE_NOOP("DossierLabels", "Request"),
    ("exam_result", "outcome"): QT_TRANSLATE_NOOP("DossierLabels", "Result"),
    ("contact_note", "category"): QT_TRANSLATE_NOOP("DossierLabels", "Kind of contact"),
    ("income", "kind"): QT_TRANSLATE_NOOP("DossierLabels", "Income from"),
    ("income", "start_date"): QT_TRANSLATE_NOOP("DossierLabels", "From"),
    ("income", "end_date"): QT_TRANSLATE_NOOP("DossierLabels", "Until"),
    ("income", "note"): QT_TRANSLATE_NOOP("DossierLabels", "Note"),
}

CHOICE_LABELS: dict[str, str] = {
    "telefoon": QT_TRANSLATE_NOOP("DossierLabels", "Phone call"),
    "e-mail": QT_TRANSLATE_NOOP("DossierLabels", "E-mail"),
    "bezoek": QT_TRANSLATE_NOOP("DossierLabels", "Visit"),
    "signaal": QT_TRANSLATE_NOOP("DossierLabels", "Signal"),
    "vwn": QT_TRANSLATE_NOOP("DossierLabels", "VluchtelingenWerk (VWN)"),
    "school": QT_TRANSLATE_NOOP("DossierLabels", "School"),
    "coa": QT_TRANSLATE_NOOP("DossierLabels", "COA"),
    "inburgeraar": QT_TRANSLATE_NOOP("DossierLabels", "The person themselves"),
    "pdf": QT_TRANSLATE_NOOP("DossierLabels", "PDF"),
    "jpeg": QT_TRANSLATE_NOOP("DossierLabels", "JPEG image"),
    "png": QT_TRANSLATE_NOOP("DossierLabels", "PNG image"),
    "uitkering": QT_TRANSLATE_NOOP("DossierLabels", "Benefit (bijstand)"),
    "werk": QT_TRANSLATE_NOOP("DossierLabels", "Work"),
    "studie": QT_TRANSLATE_NOOP("DossierLabels", "Study"),
    "": QT_TRANSLATE_NOOP("DossierLabels", "—"),
    "rol": QT_TRANSLATE_NOOP("DossierLabels", "ROL"),
    "azc": QT_TRANSLATE_NOOP("DossierLabels", "AZC"),
    "noodopvang": QT_TRANSLATE_NOOP("DossierLabels", "Emergency shelter"),
    "amv": QT_TRANSLATE_NOOP("DossierLabels", "AMV location"),
    "gemeentehuis": QT_TRANSLATE_NOOP("DossierLabels", "Town hall"),
    "thuis": QT_TRANSLATE_NOOP("DossierLabels", "At home"),
    "telefonisch": QT_TRANSLATE_NOOP("DossierLabels", "By phone"),
    "overig": QT_TRANSLATE_NOOP("DossierLabels", "Other"),
    "geen": QT_TRANSLATE_NOOP("DossierLabels", "None"),
    "aanwezig": QT_TRANSLATE_NOOP("DossierLabels", "In person"),
    "video": QT_TRANSLATE_NOOP("DossierLabels", "By video"),
    "standaard": QT_TRANSLATE_NOOP("DossierLabels", "Standard"),
    "gezinsmigrant": QT_TRANSLATE_NOOP("DossierLabels", "Family migrant (short)"),
    "b1": QT_TRANSLATE_NOOP("DossierLabels", "B1"),
    "z": QT_TRANSLATE_NOOP("DossierLabels", "Z"),
    "twijfel": QT_TRANSLATE_NOOP("DossierLabels", "In doubt"),
    "onderwijs": QT_TRANSLATE_NOOP("DossierLabels", "Education route"),
    "starterz": QT_TRANSLATE_NOOP("DossierLabels", "StarterZ class first"),
    "op_schema": QT_TRANSLATE_NOOP("DossierLabels", "On schedule"),
    "achter": QT_TRANSLATE_NOOP("DossierLabels", "Behind"),
    "voor": QT_TRANSLATE_NOOP("DossierLabels", "Ahead"),
    "zorg": QT_TRANSLATE_NOOP("DossierLabels", "Concern"),
    "gesprek": QT_TRANSLATE_NOOP("DossierLabels", "Talk"),
    "waarschuwing": QT_TRANSLATE_NOOP("DossierLabels", "Warning"),
    "boete": QT_TRANSLATE_NOOP("DossierLabels", "Fine"),
    "wi2021": QT_TRANSLATE_NOOP("DossierLabels", "Wet inburgering 2021"),
    "participatiewet": QT_TRANSLATE_NOOP("DossierLabels", "Participatiewet"),
    "voldaan": QT_TRANSLATE_NOOP("DossierLabels", "Completed (voldaan)"),
    "ontheven": QT_TRANSLATE_NOOP("DossierLabels", "Exempted (ontheven)"),
    "verhuisd": QT_TRANSLATE_NOOP("DossierLabels", "Moved (verhuisd)"),
    "gestopt": QT_TRANSLATE_NOOP("DossierLabels", "Stopped (gestopt)"),
    "m": QT_TRANSLATE_NOOP("DossierLabels", "Male"),
    "v": QT_TRANSLATE_NOOP("DossierLabels", "Female"),
    "x": QT_TRANSLATE_NOOP("DossierLabels", "X"),
    "goed": QT_TRANSLATE_NOOP("DossierLabels", "Good"),
    "voldoende": QT_TRANSLATE_NOOP("DossierLabels", "Sufficient"),
    "aandacht nodig": QT_TRANSLATE_NOOP("DossierLabels", "Needs attention"),
    "aanvrager": QT_TRANSLATE_NOOP("DossierLabels", "Main applicant"),
    "partner": QT_TRANSLATE_NOOP("DossierLabels", "Partner"),
    "kind": QT_TRANSLATE_NOOP("DossierLabels", "Child"),
    "ouder": QT_TRANSLATE_NOOP("DossierLabels", "Parent"),
    "niet_aangevraagd": QT_TRANSLATE_NOOP("DossierLabels", "Not applied for"),
    "aangevraagd": QT_TRANSLATE_NOOP("DossierLabels", "Applied for"),
    "toegekend": QT_TRANSLATE_NOOP("DossierLabels", "Granted"),
    "verlenging": QT_TRANSLATE_NOOP("DossierLabels", "Extension (verlenging)"),
    "ontheffing": QT_TRANSLATE_NOOP("DossierLabels", "Exemption (ontheffing)"),
    "in_behandeling": QT_TRANSLATE_NOOP("DossierLabels", "Pending"),
    "lezen": QT_TRANSLATE_NOOP("DossierLabels", "Reading"),
    "luisteren": QT_TRANSLATE_NOOP("DossierLabels", "Listening"),
    "schrijven": QT_TRANSLATE_NOOP("DossierLabels", "Writing"),
    "spreken": QT_TRANSLATE_NOOP("DossierLabels", "Speaking"),
    "knm": QT_TRANSLATE_NOOP("DossierLabels", "Knowledge of Dutch society (KNM)"),
    "z_route": QT_TRANSLATE_NOOP("DossierLabels", "Z route final assessment"),
    "behaald": QT_TRANSLATE_NOOP("DossierLabels", "Passed"),
    "niet_behaald": QT_TRANSLATE_NOOP("DossierLabels", "Not passed"),
    "vrijgesteld": QT_TRANSLATE_NOOP("DossierLabels", "Exempt"),
    "afgewezen": QT_TRANSLATE_NOOP("DossierLabels", "Refused"),
    "schakelen": QT_TRANSLATE_NOOP("DossierLabels", "Step up (schakelen)"),
    "afschalen": QT_TRANSLATE_NOOP("DossierLabels", "Step down (afschalen)"),
    "verhuizing": QT_TRANSLATE_NOOP("DossierLabels", "Move (verhuizing)"),
    "bijstelling": QT_TRANSLATE_NOOP("DossierLabels", "Adjustment"),
    "initieel": QT_TRANSLATE_NOOP("DossierLabels", "First version"),
    "har_woning": QT_TRANSLATE_NOOP("DossierLabels", "HAR home (temporary)"),
    "vve": QT_TRANSLATE_NOOP("DossierLabels", "Pre-school (VVE)"),
    "basisschool": QT_TRANSLATE_NOOP("DossierLabels", "Primary school"),
    "isk": QT_TRANSLATE_NOOP("DossierLabels", "International transition class (ISK)"),
    "voortgezet": QT_TRANSLATE_NOOP("DossierLabels", "Secondary school"),
    "mbo": QT_TRANSLATE_NOOP("DossierLabels", "MBO"),
    "hbo_wo": QT_TRANSLATE_NOOP("DossierLabels", "HBO or university"),
    "reguliere_woning": QT_TRANSLATE_NOOP("DossierLabels", "Regular home"),
    "buitenland": QT_TRANSLATE_NOOP("DossierLabels", "Abroad"),
    "koffie_en_taal": QT_TRANSLATE_NOOP("DossierLabels", "Koffie en Taal"),
    "taalcafe": QT_TRANSLATE_NOOP("DossierLabels", "Language café"),
    "taalcoach": QT_TRANSLATE_NOOP("DossierLabels", "Language coach"),
    "taalstage": QT_TRANSLATE_NOOP("DossierLabels", "Language internship"),
    "vrijwilligerswerk": QT_TRANSLATE_NOOP("DossierLabels", "Volunteer work"),
    "naaiatelier": QT_TRANSLATE_NOOP("DossierLabels", "Sewing workshop"),
    "zwemles": QT_TRANSLATE_NOOP("DossierLabels", "Swimming lessons"),
    "fietsles": QT_TRANSLATE_NOOP("DossierLabels", "Cycling lessons"),
    "informatiebijeenkomst": QT_TRANSLATE_NOOP("DossierLabels", "Information meeting"),
    "werkcarrousel": QT_TRANSLATE_NOOP("DossierLabels", "Work carousel"),
    "werkervaringsplaats": QT_TRANSLATE_NOOP("DossierLabels", "Work experience placement"),
    "betaald_werk": QT_TRANSLATE_NOOP("DossierLabels", "Paid work"),
    "opleiding": QT_TRANSLATE_NOOP("DossierLabels", "Course or training"),
}

#: Fields whose choices are learning routes: labelled as everywhere else ("B1 route").
ROUTE_FIELDS = frozenset({"route", "starterz_advice"})

#: History entries whose value is a learning route.
ROUTE_HISTORY = frozenset({"pip", "starterz"})

DOMAIN_LABELS: dict[str, str] = {
    "leerbaarheid": QT_TRANSLATE_NOOP("DossierLabels", "Learnability"),
    "opleiding": QT_TRANSLATE_NOOP("DossierLabels", "Education"),
    "werkervaring": QT_TRANSLATE_NOOP("DossierLabels", "Work experience"),
    "competenties": QT_TRANSLATE_NOOP("DossierLabels", "Competences and work skills"),
    "taalniveau": QT_TRANSLATE_NOOP("DossierLabels", "Language level"),
    "motivatie": QT_TRANSLATE_NOOP("DossierLabels", "Motivation and interests"),
    "zelfredzaamheid": QT_TRANSLATE_NOOP("DossierLabels", "Self-reliance"),
    "digitale_vaardigheden": QT_TRANSLATE_NOOP("DossierLabels", "Digital skills"),
    "gezinssituatie": QT_TRANSLATE_NOOP("DossierLabels", "Family situation"),
    "gezondheid_fysiek": QT_TRANSLATE_NOOP("DossierLabels", "Physical health"),
    "gezondheid_mentaal": QT_TRANSLATE_NOOP("DossierLabels", "Mental health"),
    "sociaal_netwerk": QT_TRANSLATE_NOOP("DossierLabels", "Social network"),
    "voorinburgering": QT_TRANSLATE_NOOP("DossierLabels", "Pre-integration (COA)"),
    "wonen": QT_TRANSLATE_NOOP("DossierLabels", "Housing"),
    "financien": QT_TRANSLATE_NOOP("DossierLabels", "Finances"),
}

HISTORY_LABELS: dict[str, str] = {
    "contact_note": QT_TRANSLATE_NOOP("DossierLabels", "Contact journal"),
    "attachment": QT_TRANSLATE_NOOP("DossierLabels", "Attachment"),
    "residence": QT_TRANSLATE_NOOP("DossierLabels", "Residence"),
    "koffie_en_koek": QT_TRANSLATE_NOOP("DossierLabels", "Koffie en Koek talk"),
    "brede_intake": QT_TRANSLATE_NOOP("DossierLabels", "Broad intake"),
    "leerbaarheidstoets": QT_TRANSLATE_NOOP("DossierLabels", "Learnability test"),
    "starterz": QT_TRANSLATE_NOOP("DossierLabels", "StarterZ class"),
    "pip": QT_TRANSLATE_NOOP("DossierLabels", "PIP version"),
    "progress_talk": QT_TRANSLATE_NOOP("DossierLabels", "Progress talk"),
    "pvt": QT_TRANSLATE_NOOP("DossierLabels", "PVT"),
    "map": QT_TRANSLATE_NOOP("DossierLabels", "MAP"),
    "ontzorgen": QT_TRANSLATE_NOOP("DossierLabels", "Ontzorgen"),
    "participation_activity": QT_TRANSLATE_NOOP("DossierLabels", "Participation activity"),
    "income_situation": QT_TRANSLATE_NOOP("DossierLabels", "Income situation"),
    "handhaving": QT_TRANSLATE_NOOP("DossierLabels", "Enforcement"),
    "person": QT_TRANSLATE_NOOP("DossierLabels", "Personal details"),
    "trajectory": QT_TRANSLATE_NOOP("DossierLabels", "Trajectory"),
    "consultant": QT_TRANSLATE_NOOP("DossierLabels", "Consultant"),
    "household": QT_TRANSLATE_NOOP("DossierLabels", "Household"),
    "appointment": QT_TRANSLATE_NOOP("DossierLabels", "Planned talk"),
    "appointment_change": QT_TRANSLATE_NOOP("DossierLabels", "Talk planned, moved or cancelled"),
}


def _tr(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else key


def field_label(name: str, form: str = "") -> str:
    """The label of a field (of ``form``); ``domain.taalniveau.notes`` is labelled by its
    last part."""
    if (form, name) in FORM_FIELD_LABELS:
        return QCoreApplication.translate(_CONTEXT, FORM_FIELD_LABELS[form, name])
    last = name.rsplit(".", 1)[-1]
    if last not in FIELD_LABELS and last in DOMAIN_LABELS:
        return domain_label(last)  # an agreement per life domain
    if last not in FIELD_LABELS and last in RECORD_FIELD_LABELS:
        return _tr(RECORD_FIELD_LABELS, last)
    return _tr(FIELD_LABELS, last)


# Tables whose columns a form of another name shows (the labels follow that form).
TABLE_FORMS = {"trajectory": "person", "leerbaarheidstoets": "brede_intake"}


def fields_label(fields: str, table: str = "") -> str:
    """A comma-separated list of column names (the audit trail's) in the consultant's words."""
    form = TABLE_FORMS.get(table, table)
    return ", ".join(field_label(name, form) for name in fields.split(",") if name)


def choice_label(value: str) -> str:
    """The label of a choice value."""
    return _tr(CHOICE_LABELS, value)


def field_choice_label(field: str, value: str) -> str:
    """The label of a choice of one field: routes read as routes ("B1 route"), not levels."""
    if field == "category" and value in CATEGORY_LABELS:
        return category_label(value)  # "Asielstatushouder", not the code (a contact's
        # category, "telefoon", is a choice of its own)
    return route_label(value) if field in ROUTE_FIELDS and value else choice_label(value)


def history_value_label(kind: str, value: str) -> str:
    """The label of the value a history entry shows (a route, an outcome, a kind)."""
    return route_label(value) if kind in ROUTE_HISTORY and value else choice_label(value)


def domain_label(domain: str) -> str:
    """The label of a life domain."""
    return _tr(DOMAIN_LABELS, domain)


def history_label(kind: str) -> str:
    """The label of a kind of history entry."""
    return _tr(HISTORY_LABELS, kind)


SECTION_LABELS: dict[str, str] = {
    "contact_note": QT_TRANSLATE_NOOP("DossierLabels", "Note"),
    "talk": QT_TRANSLATE_NOOP("DossierLabels", "The talk"),
    "topics": QT_TRANSLATE_NOOP("DossierLabels", "Topics of the regional guideline"),
    "agreements": QT_TRANSLATE_NOOP("DossierLabels", "Agreements"),
    "intake": QT_TRANSLATE_NOOP("DossierLabels", "Intake"),
    "toets": QT_TRANSLATE_NOOP("DossierLabels", "Learnability test and StarterZ class"),
    "plan": QT_TRANSLATE_NOOP("DossierLabels", "Plan"),
    "dates": QT_TRANSLATE_NOOP("DossierLabels", "Dates"),
    "pip_agreements": QT_TRANSLATE_NOOP("DossierLabels", "Agreements per life domain"),
    "progress_talk": QT_TRANSLATE_NOOP("DossierLabels", "New progress talk"),
    "pvt": QT_TRANSLATE_NOOP("DossierLabels", "Participation statement (PVT)"),
    "map": QT_TRANSLATE_NOOP("DossierLabels", "Labour market module (MAP)"),
    "ontzorgen": QT_TRANSLATE_NOOP("DossierLabels", "Ontzorgen (rent, energy and insurance paid)"),
    "handhaving": QT_TRANSLATE_NOOP("DossierLabels", "New enforcement step"),
    "einde": QT_TRANSLATE_NOOP("DossierLabels", "End of the trajectory"),
    "person": QT_TRANSLATE_NOOP("DossierLabels", "Personal details"),
    "koppeling": QT_TRANSLATE_NOOP("DossierLabels", "Koppeling and where they live now"),
    "trajectory": QT_TRANSLATE_NOOP("DossierLabels", "Trajectory: pre-integration and VWN"),
    "member": QT_TRANSLATE_NOOP("DossierLabels", "Add a household member"),
    "member_edit": QT_TRANSLATE_NOOP("DossierLabels", "Household member"),
    "residence": QT_TRANSLATE_NOOP("DossierLabels", "Period of residence"),
    "activity": QT_TRANSLATE_NOOP("DossierLabels", "Participation activity"),
    "income": QT_TRANSLATE_NOOP("DossierLabels", "Income situation"),
}


def section_label(key: str) -> str:
    """The title of a group of fields (a life domain's name for a domain)."""
    return _tr(SECTION_LABELS, key) if key in SECTION_LABELS else domain_label(key)
