#!/usr/bin/env python3
"""Writes uk-personal-info.jsonl (labelled UK personal details) and
uk-personal-info-school.json (the school's published details and roster it is scored with).

Every value is safe to publish: Ofcom's drama ranges for UK phone numbers, the fictional
ranges of North America (555-01xx), Australia (ACMA) and France (ARCEP) for international
ones, RFC 2606 / 6761 domains, NHS numbers in the 999 test range, card scheme test numbers,
invented streets and towns. See README.md beside this file.

Two parts with their own templates and random seeds: `pii-t-*` (tuned on) and `pii-h-*`
(held out: written with different phrasing, never looked at row by row while tuning).
Row ids say what a row is: `pos` holds personal details, `look` holds only look-alikes that
must never be flagged, `neg` is ordinary text.

    python3 Fixtures/eval/make-uk-personal-info.py    # rewrites both files, deterministically
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

SCHOOL = {
    "publishedPhones": ["0113 496 0000", "0808 157 0000"],
    "publishedEmails": ["office@school.example", "admissions@school.example"],
    "publishedAddresses": ["Example Primary School, 1 School Lane, Exampleton, EX9 9ZZ"],
    "pupilNames": [
        "Amelia Jones", "Oliver Smith", "Isla Brown", "Noah Patel", "Ava Williams",
        "Muhammad Khan", "Freya Taylor", "Leo Davies", "Zoë O'Brien", "Siân Evans",
        "Jack Wilson", "Poppy Thomas", "Arthur Roberts", "Maya Chen", "Theo Walker",
    ],
}

FIRST_NAMES = ["sarah", "j.bloggs", "mrs.khan", "dave_t", "jo", "lucy.m", "the.smiths", "amir99",
               "karen", "tom.h", "parent.rep", "gemma_w", "mike", "nana.pat", "r.ahmed"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example", "parents.test",
           "home.example", "family.invalid", "inbox.example"]
STREET_NAMES = ["Acacia", "Example", "Sample", "Willow", "Foxglove", "Bramble", "Larkspur",
                "Juniper", "Heather", "Primrose", "Thistle", "Kestrel", "Linnet", "Rowan",
                "Sorrel", "Teasel", "Clover", "Fictional", "Placeholder", "Imaginary"]
STREET_TYPES = ["Road", "Street", "Avenue", "Close", "Lane", "Drive", "Way", "Crescent",
                "Gardens", "Court", "Place", "Terrace", "Grove", "Row", "Mews", "Hill", "View",
                "Walk", "Rise", "Square"]
LOWER_TYPES = ["road", "street", "avenue", "lane", "crescent", "close", "drive", "grove", "gardens"]
TOWNS = ["Exampleton", "Sampleford", "Anytown", "Testbury", "Fictonby", "Placeholme",
         "Mockley", "Dummington", "Imaginton", "Newtown Sample"]
AREAS1 = ["B", "E", "G", "L", "M", "N", "S", "W"]
AREAS2 = ["AB", "BD", "BS", "CF", "CV", "DN", "EX", "HU", "LS", "ME", "NE", "NG", "OX", "PO",
          "RG", "SE", "SK", "SO", "SW", "TN", "WF", "YO", "BT", "KY", "IV"]
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
CARDS = ["4111111111111111", "5555555555554444", "2223003122003222", "4242424242424242",
         "5105105105105100", "4012888888881881", "378282246310005", "371449635398431",
         "6011111111111117", "4000056655665556", "2221000000000009", "4222222222222"]
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]


def nhs_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = (11 - s % 11) % 11
    return None if c == 10 else str(c)


def luhn_ok(num):
    total = 0
    for k, ch in enumerate(reversed(num)):
        x = int(ch)
        if k % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


class Values:
    """Random values of every kind, each in one of the forms people write it."""

    def __init__(self, rng):
        self.r = rng

    def pick(self, xs):
        return self.r.choice(xs)

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # Phones -----------------------------------------------------------------
    def mobile(self):
        local = "900" + self.digits(3)
        a, b = "7700", local
        forms = [f"0{a} {b}", f"0{a}{b}", f"0{a} {b[:3]} {b[3:]}", f"+44 {a} {b}",
                 f"+44{a}{b}", f"+44 (0){a} {b}", f"0044 {a} {b}", f"0{a}-{b[:3]}-{b[3:]}",
                 f"0{a}.{b[:3]}.{b[3:]}", f"(0{a}) {b}", f"+44 {a} {b[:3]} {b[3:]}",
                 f"+44 (0) {a} {b}", f"0{a} {b}"]
        s = self.pick(forms)
        if self.r.random() < 0.06:
            s = s.replace("0", "o") if not s.startswith("+") else s
        return s, "uk-mobile"

    def landline(self):
        code, mid, width = self.pick([
            ("020", "7946 0", 3), ("0113", "496 0", 3), ("0114", "496 0", 3), ("0115", "496 0", 3),
            ("0116", "496 0", 3), ("0117", "496 0", 3), ("0118", "496 0", 3), ("0121", "496 0", 3),
            ("0131", "496 0", 3), ("0141", "496 0", 3), ("0151", "496 0", 3), ("0161", "496 0", 3),
            ("0191", "498 0", 3), ("028", "9649 6", 3), ("029", "2018 0", 3), ("01632", "960", 3),
        ])
        number = f"{code} {mid}{self.digits(width)}"
        if number in SCHOOL["publishedPhones"]:
            number = number[:-1] + "7"
        parts = number.split(" ")
        forms = [number, "".join(parts), f"({parts[0]}) {' '.join(parts[1:])}", "-".join(parts),
                 f"+44 {parts[0][1:]} {' '.join(parts[1:])}", f"+44 (0){parts[0][1:]} {' '.join(parts[1:])}"]
        if code == "020":
            forms.append(f"0207 {parts[1][1:]} {parts[2]}")
        return self.pick(forms), "uk-landline"

    def nongeo(self):
        s = self.pick([f"0808 157 0{self.digits(3)}", f"03069 990{self.digits(3)}",
                       f"0909 879 0{self.digits(3)}", f"0808 157 0{self.digits(3)}"])
        if s in SCHOOL["publishedPhones"]:
            s = s[:-1] + "5"
        return (s.replace(" ", "") if self.r.random() < 0.2 else s), "uk-non-geographic"

    def intl(self):
        area = self.pick(["202", "613", "416", "312"])
        line = f"01{self.digits(2)}"
        au = self.pick(["006", "156", "157", "158", "159", "110", "313", "737"])
        fr = self.pick([("1", "99 00"), ("2", "61 91"), ("3", "53 01"), ("4", "65 71"), ("6", "39 98")])
        return self.pick([
            f"+1 {area} 555 {line}", f"+1 ({area}) 555-{line}", f"+1{area}555{line}",
            f"001 {area} 555 {line}", f"+61 491 570 {au}", f"+61491570{au}",
            f"+33 {fr[0]} {fr[1]} {self.digits(2)} {self.digits(2)}",
            f"+33 (0){fr[0]} {fr[1]} {self.digits(2)} {self.digits(2)}",
            f"0033 {fr[0]} {fr[1]} {self.digits(2)} {self.digits(2)}",
        ]), "international-phone"

    def phone(self):
        return self.pick([self.mobile, self.mobile, self.landline, self.nongeo])()

    # E-mail -----------------------------------------------------------------
    def email(self):
        name, dom = self.pick(FIRST_NAMES), self.pick(DOMAINS)
        host, tld = dom.rsplit(".", 1)
        forms = [f"{name}@{dom}", f"{name}@{dom}", f"{name.upper()}@{dom.upper()}",
                 f"{name} @ {dom}", f"{name} at {host} dot {tld}", f"{name}[at]{host}[dot]{tld}",
                 f"{name} [at] {host} [dot] {tld}", f"{name}(at){host}(dot){tld}",
                 f"{name} (at) {host} (dot) {tld}", f"{name} AT {host} DOT {tld}",
                 f"{name} at {dom}"]
        return self.pick(forms), "email"

    # Places -----------------------------------------------------------------
    def postcode_value(self, spaced=None):
        if self.r.random() < 0.35:
            area = self.pick(AREAS1)
            outward = area + self.pick([self.digits(1).replace("0", "1"), str(self.r.randint(10, 20)),
                                        self.digits(1).replace("0", "1") + self.pick("ABCDEFGHJKPSTUW")])
        else:
            area = self.pick(AREAS2)
            outward = area + self.pick([self.digits(1).replace("0", "1"), str(self.r.randint(10, 29))])
        inward = self.digits(1) + self.pick(INWARD_LETTERS) + self.pick(INWARD_LETTERS)
        if spaced is None:
            spaced = self.r.random() < 0.8
        code = f"{outward} {inward}" if spaced else outward + inward
        return code.lower() if self.r.random() < 0.15 else code

    def postcode(self):
        return self.postcode_value(), "postcode"

    def street(self, lower=False):
        n = str(self.r.randint(1, 240)) + (self.pick("abAB") if self.r.random() < 0.1 else "")
        if lower:
            return f"{n} {self.pick(STREET_NAMES).lower()} {self.pick(LOWER_TYPES)}"
        return f"{n} {self.pick(STREET_NAMES)} {self.pick(STREET_TYPES)}"

    def address(self):
        roll = self.r.random()
        if roll < 0.12:
            return self.street(lower=True), "street-address"
        s = self.street()
        if roll < 0.22:
            s = f"Flat {self.r.randint(1, 12)}, " + s
        elif roll < 0.28:
            s = f"Flat {self.r.randint(1, 9)} {self.pick(STREET_NAMES)} Court"
        tail = self.r.random()
        if tail < 0.25:
            s += f", {self.pick(TOWNS)}"
        elif tail < 0.5:
            s += f", {self.pick(TOWNS)} {self.postcode_value(True).upper()}"
        elif tail < 0.6:
            s += f" {self.postcode_value(True).upper()}"
        return s, "street-address"

    # Numbers ----------------------------------------------------------------
    def nhs(self, valid=True):
        while True:
            d9 = "999" + self.digits(6)
            c = nhs_check(d9)
            if c is None:
                continue
            if not valid:
                c = str((int(c) + self.r.randint(1, 9)) % 10)
            n = d9 + c
            return self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]), "nhs-number"

    def ni(self, valid=True):
        bad = ["DA", "FA", "QQ", "BG", "GB", "NK", "TN", "ZZ", "AO", "UV", "VI", "NT", "KN"]
        while True:
            p = self.pick(NI_FIRST) + self.pick(NI_SECOND)
            if p not in bad:
                break
        if not valid:
            p = self.pick(bad)
        d = self.digits(6)
        s = self.pick("ABCD")
        forms = [f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}", f"{p}{d}{s}", f"{p} {d[:3]} {d[3:]} {s}",
                 f"{p} {d} {s}", f"{p}{d}{s}".lower(), f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}"]
        return self.pick(forms), "national-insurance"

    def card(self, valid=True):
        n = self.pick(CARDS)
        if not valid:
            n = n[:-1] + str((int(n[-1]) + self.r.randint(1, 9)) % 10)
            assert not luhn_ok(n)
        if len(n) == 15:
            forms = [f"{n[:4]} {n[4:10]} {n[10:]}", n, f"{n[:4]}-{n[4:10]}-{n[10:]}"]
        elif len(n) == 13:
            forms = [n]
        else:
            g = [n[i:i + 4] for i in range(0, 16, 4)]
            forms = [" ".join(g), n, "-".join(g), " ".join(g)]
        return self.pick(forms), "payment-card"

    def bank(self):
        sc = [self.digits(2) for _ in range(3)]
        acc = self.digits(8)
        return self.pick([
            f"{'-'.join(sc)} {acc}", f"{'-'.join(sc)}, account {acc}", f"{' '.join(sc)} acc no {acc}",
            f"{'-'.join(sc)} account number {acc}", f"{'-'.join(sc)} a/c {acc}",
        ]), "bank-details"

    def bank_account_first(self):
        sc = "-".join(self.digits(2) for _ in range(3))
        return f"{self.digits(8)} sort code {sc}", "bank-details"

    def dob(self):
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2008, 2019)
        return self.pick([
            f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
            f"{d}/{m}/{str(y)[2:]}", f"{y}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}",
            f"{d}{self.ordinal(d)} {MONTHS[m - 1]} {y}", f"{d}{self.ordinal(d)} of {MONTHS[m - 1]}",
            f"{MONTHS[m - 1]} {d}{self.ordinal(d)}, {y}", f"{d} {ABBR[m - 1]} {y}", f"{d} {MONTHS[m - 1]}",
        ]), "date-of-birth"

    @staticmethod
    def ordinal(d):
        return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    def pupil(self):
        name = self.pick(SCHOOL["pupilNames"])
        return self.pick([name, name, name.upper(), name.lower()]), "pupil-name"

    def pupil_possessive(self):
        name, _ = self.pupil()
        return name, "pupil-name", self.pick(["'s", "’s"])


# Look-alikes: never personal details. -----------------------------------------
def lookalike_values(v):
    r = v.r
    return {
        "time": lambda: v.pick([f"{r.randint(7, 11)}:{v.pick(['00', '15', '30', '45'])}",
                                f"{r.randint(13, 18)}.{v.pick(['00', '15', '30', '45'])}",
                                f"{r.randint(1, 11)}.{v.pick(['15', '30', '45'])}pm", f"{r.randint(1, 11)}am"]),
        "price": lambda: v.pick([f"£{r.randint(1, 60)}.{v.pick(['00', '50', '99'])}", f"£{r.randint(1, 9)},{r.randint(100, 999)}",
                                 f"£{r.randint(2, 20)}", f"{r.randint(1, 9)},{r.randint(100, 999)}", f"{r.randint(20, 90)}p"]),
        "year": lambda: v.pick([str(r.randint(1990, 2025)), f"{r.randint(1990, 2010)}–{r.randint(2015, 2025)}",
                                f"{r.randint(2015, 2024)}/{r.randint(16, 25)}", f"{r.randint(1990, 2010)}-{r.randint(2015, 2025)}"]),
        "score": lambda: v.pick([f"{r.randint(20, 59)}/60", f"{r.randint(0, 5)}-{r.randint(0, 5)}", f"{r.randint(1, 10)}/10",
                                 f"{r.randint(50, 99)}%", f"{r.randint(10, 40)} out of 40"]),
        "date": lambda: v.pick([f"{r.randint(1, 28):02d}.{r.randint(1, 12):02d}.{r.randint(2023, 2026)}",
                                f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2023, 2026)}",
                                f"{r.randint(1, 28)} {v.pick(MONTHS)}", f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
                                f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(23, 26)}"]),
        "room": lambda: v.pick([f"Room {r.randint(1, 250)}", f"B{r.randint(1, 30)}", f"S{r.randint(1, 12)}",
                                f"room {r.randint(1, 3)}.{r.randint(10, 40)}", f"Block {v.pick('ABCD')}{r.randint(1, 20)}"]),
        "isbn": lambda: v.pick(["ISBN 978-0-306-40615-7", "ISBN 0-306-40615-2", "ISBN 9780306406157",
                                "ISBN: 0306406152", "isbn 978 0 306 40615 7"]),
        "candidate": lambda: v.pick([f"candidate number {r.randint(1000, 9999)}", f"candidate no. {r.randint(1, 999):04d}",
                                     f"centre {r.randint(10000, 99999)} candidate {r.randint(1000, 9999)}"]),
        "reference": lambda: v.pick([f"ref {v.digits(10)}", f"order number {v.digits(10)}", f"booking ref {v.digits(10)}",
                                     f"invoice no. {v.digits(10)}", f"tracking number 0{v.digits(9)}",
                                     f"reference 07{v.digits(9)}", f"order 0{v.digits(10)}", f"ticket {v.digits(10)}"]),
        "bad-nhs": lambda: v.nhs(valid=False)[0] if r.random() < 0.5 else v.nhs(valid=False)[0].replace(" ", "").replace("-", ""),
        "bad-ni": lambda: v.ni(valid=False)[0],
        "bad-card": lambda: v.card(valid=False)[0],
        "sortcode-date": lambda: f"{r.randint(1, 28):02d}-{r.randint(1, 12):02d}-{r.randint(23, 26)}",
        "not-postcode": lambda: v.pick(["B12", "M25", "Year 10A", "COVID19", "A1", "AB12 CDE", "LS1", "SW1A", "KS2", "Y6",
                                        "M6 toll", "A14", "GCSE 9-1", "U12s", "P7"]),
        "mention": lambda: v.pick(["@Sarah", "@school_office", "@ExamplePrimary", "@mike", "@PTA_Example"]),
    }


def build(part, rng, templates, counts):
    v = Values(rng)
    looks = lookalike_values(v)
    rows = []

    def render(template, slots, kinds):
        """Fills {0}, {1}, ... with values; returns text and spans (code points)."""
        text, spans = "", []
        pieces = template.split("{}")
        for k, piece in enumerate(pieces):
            text += piece
            if k < len(slots):
                value, kind = slots[k]
                if kind:
                    spans.append({"start": len(text), "end": len(text) + len(value), "kind": kind})
                text += value
        return text, spans

    def fill(spec):
        slots = []
        for name in spec:
            if name in looks:
                slots.append((looks[name](), None))
            elif name == "pupil's":
                value, kind, suffix = v.pupil_possessive()
                slots.append((value, kind))
                slots.append((suffix, None))
            elif name == "first-name":
                slots.append((v.pick(SCHOOL["pupilNames"]).split(" ")[0], None))
            elif name == "school-phone":
                slots.append((v.pick(["0113 496 0000", "0113 4960000", "(0113) 496 0000", "+44 113 496 0000", "0808 157 0000"]), None))
            elif name == "school-email":
                slots.append((v.pick(["office@school.example", "Office@School.example", "admissions at school dot example",
                                      "office [at] school [dot] example"]), None))
            elif name == "school-address":
                slots.append((v.pick(["1 School Lane", "1 School Lane, Exampleton", "1 School Ln, EX9 9ZZ", "EX9 9ZZ",
                                      "1 school lane"]), None))
            else:
                slots.append(getattr(v, name.replace("-", "_"))())
        return slots

    for group, count in counts.items():
        pool = templates[group]
        for i in range(count):
            template, spec = pool[i % len(pool)]
            slots = fill(spec)
            # "pupil's" inserts two slots for one placeholder: the name, then its suffix.
            text, spans = render(template.replace("{pupil's}", "{}{}"), slots, None)
            rows.append({
                "id": f"pii-{part}-{group}-{len(rows) + 1:04d}",
                "text": text,
                "categories": ["personal-info"] if spans else [],
                "spans": spans,
            })
    return rows


def T(template, *spec):
    return (template, list(spec))


TUNED = {
    "pos": [
        T("Please can someone from the office call me on {} about Year 4", "mobile"),
        T("My number is {} if the trip is cancelled", "mobile"),
        T("Text me on {} and I'll pick up both kids", "mobile"),
        T("Ring {} after 6, thanks", "phone"),
        T("If anyone finds a blue coat please ring me {}", "landline"),
        T("Can Mrs Patel call me back on {} please", "landline"),
        T("call the helpline {} for free school meals advice", "nongeo"),
        T("Grandad is in Canada, his number is {}", "intl"),
        T("My sister in Sydney is on {} for the reunion", "intl"),
        T("Dad works in Paris this term, call {} if urgent", "intl"),
        T("Anyone with a lift share, whatsapp me {}", "mobile"),
        T("Her mum's mobile: {}", "mobile"),
        T("Contact {} or {} for the PTA quiz", "phone", "phone"),
        T("email me at {} and I'll send the photos", "email"),
        T("Send the permission slip to {} please", "email"),
        T("my email is {} if easier", "email"),
        T("Contact me: {}", "email"),
        T("They've moved, the new postcode is {}", "postcode"),
        T("Which bus goes to {}?", "postcode"),
        T("the boy who did it lives in {} near the shop", "postcode"),
        T("She's staying with her nan, {}", "postcode"),
        T("We're at {} if anyone wants to collect the uniform", "postcode"),
        T("She lives at {} and walks to school alone, just saying", "address"),
        T("Party at ours, {} from 2pm!", "address"),
        T("Lost cat near {} please check your sheds", "address"),
        T("Deliveries for the fair to {}", "address"),
        T("His NHS number is {} for the school nurse", "nhs"),
        T("NHS no {} in case she needs it on the trip", "nhs"),
        T("My NI number is {} can you update the payroll", "ni"),
        T("national insurance {} for the DBS form", "ni"),
        T("I paid with card {} but got charged twice", "card"),
        T("card number {} expiry 09/27 please refund", "card"),
        T("Pay the deposit to sort code {}", "bank"),
        T("Bank details for the raffle money: {}", "bank"),
        T("account {}", "bank-account-first"),
        T("DOB {} for the passport form", "dob"),
        T("date of birth: {}", "dob"),
        T("He was born on {} so he's the youngest", "dob"),
        T("her birthday is {} so party invites soon!", "dob"),
        T("Well done {} on the spelling bee!", "pupil"),
        T("{} has been pushing my son every day", "pupil"),
        T("{}{} mum should sort this out", "pupil's"),
        T("@Sarah said {} is her number, ring her", "mobile"),
        T("> call me on {}\nI did, no answer", "phone"),
        T("Our address is {}, parcel for the PTA please", "address"),
        T("Reply to {} or phone {}", "email", "mobile"),
        T("{} lives at {} if anyone wants to send a card", "pupil", "address"),
        T("Mum's number {}, dad's {}", "mobile", "landline"),
        T("Text {} 😊 thanks", "mobile"),
        T("Zoë's mum here, ring me {} 🙏", "mobile"),
    ],
    "look": [
        T("Meet at the gate at {} for the trip", "time"),
        T("Tickets are {} each, {} for a family", "price", "price"),
        T("Class of {} reunion!", "year"),
        T("He got {} in the maths mock", "score"),
        T("Parents evening is {} in the hall", "date"),
        T("Science club has moved to {}", "room"),
        T("The set text is {}", "isbn"),
        T("Your {} is on the letter", "candidate"),
        T("Lost property: {} has shipped", "reference"),
        T("Uniform {} not arrived yet", "reference"),
        T("the code on the bottle was {}", "bad-nhs"),
        T("Password hint: {}", "bad-ni"),
        T("Gift card {} did not work", "bad-card"),
        T("Match on {} was brilliant", "sortcode-date"),
        T("Traffic on the {} was awful this morning", "not-postcode"),
        T("Thanks {} for the photos", "mention"),
        T("See you all at the park at {}", "time"),
        T("Ring the office on {} to report an absence", "school-phone"),
        T("Forms to {} please", "school-email"),
        T("Drop off is at {}", "school-address"),
        T("{} was brilliant in the play", "first-name"),
        T("We need 2 more for the walk on {}", "date"),
        T("Year 7 Nature Walk on {}, bring wellies", "date"),
        T("Fun run {} raised {}", "year", "price"),
        T("Doors open {}, raffle {} a strip", "time", "price"),
        T("Term dates {} to {}", "date", "date"),
        T("birthday party on Saturday at {}", "time"),
        T("Born to run! {} laps for charity", "score"),
        T("The score was {} and we were robbed", "score"),
        T("Kids did {} minutes of reading, target is {}", "score", "score"),
    ],
    "neg": [
        T("Lovely assembly today, well done everyone"),
        T("Is there school on Monday with the snow?"),
        T("Thank you to all the staff for a brilliant year"),
        T("My 3 kids loved the trip to the farm"),
        T("Year 6 leavers assembly was so emotional"),
        T("Can we have more notice for non-uniform days please"),
        T("What time does the disco finish?"),
        T("Top 10 reasons I love this school: the teachers"),
        T("We walked 5 miles for the sponsored walk and it rained"),
        T("The new playground looks amazing"),
        T("Well done to the under 11s football team, 4-2 win"),
        T("Reminder: PE kit on Tuesdays and Thursdays"),
        T("Any spare costumes for World Book Day?"),
        T("Such a shame the fete was cancelled"),
        T("Why is the car park always full at 3?"),
        T("Congratulations on the Ofsted report"),
        T("Who's doing the 5k on Sunday?"),
        T("Can't wait for sports day!"),
        T("Diolch yn fawr to everyone who helped 💚"),
        T("Brilliant news about the new library 📚"),
        T("Does anyone know if the swimming lessons are still on?"),
        T("The choir were amazing at the cathedral"),
        T("Please remind children to bring a water bottle"),
        T("2 weeks until half term, hang in there everyone"),
        T("My son says the new maths scheme is hard"),
        T("Great to see the Year 5s at the museum"),
        T("Who won the house cup this year?"),
        T("The road works outside are a nightmare at drop off"),
        T("Really proud of the football team, 3rd in the league"),
        T("Is the uniform shop open in the holidays?"),
        T("Lovely to see so many dads at the breakfast"),
        T("Please can we have a crossing patrol on the main road"),
        T("The Year 3 class assembly made me cry"),
        T("Any news on the roof repairs?"),
        T("Thanks for the quick reply about the trip"),
        T("Love the new website"),
        T("Twenty years since I left, still the best school around"),
        T("Can parents help with reading on Fridays?"),
        T("Why do they have 6 weeks off in summer but only 1 at Easter"),
        T("Sports day results: Red 120, Blue 115, Green 98"),
    ],
}

HELD_OUT = {
    "pos": [
        T("pls ring me asap {} its about the bus", "mobile"),
        T("hi, could the head of year give me a call? {} (anytime after 4)", "landline"),
        T("You can reach me at {}.", "phone"),
        T("mobile {}", "mobile"),
        T("Tel: {}", "phone"),
        T("I rang {} and nobody answered!!", "nongeo"),
        T("we're on holiday, use my US number {}", "intl"),
        T("ring my husband hes in the states {}", "intl"),
        T("bank: {}", "bank"),
        T("sort code & acc: {}", "bank"),
        T("dad's number is {} x", "mobile"),
        T("for the car boot sale drop me a line: {}", "email"),
        T("{} <- send the minutes there", "email"),
        T("write to us {}, thank you", "email"),
        T("the kid who did it lives on {} everyone knows", "address"),
        T("FOUND: keys outside {}", "address"),
        T("address for the leavers' hoodies money is {}", "address"),
        T("we moved to {} over summer", "postcode"),
        T("postcode {} if you're using satnav", "postcode"),
        T("sat nav: {}", "postcode"),
        T("nhs {} (for the medical form)", "nhs"),
        T("Her NHS no. is {}.", "nhs"),
        T("NI no {}", "ni"),
        T("Payroll has my NI as {} which is wrong", "ni"),
        T("why was my card {} charged £30??", "card"),
        T("visa {} please refund", "card"),
        T("transfer to {} ref your child's name", "bank"),
        T("dob {}", "dob"),
        T("D.O.B. {} - can you update SIMS", "dob"),
        T("my daughter's birthday is {}", "dob"),
        T("shout out to {} for the amazing painting 🎨", "pupil"),
        T("{} keeps taking my son's lunch", "pupil"),
        T("Is {}{} brother in year 3?", "pupil's"),
        T("Quote: 'my mobile is {}' - why would you post that here", "mobile"),
        T("Replying to @Jo: yes it's {}", "email"),
        T("{}\n{}\nfor anyone who needs it", "mobile", "email"),
        T("Anyone know {}? she said her address is {}", "pupil", "address"),
        T("Call {} or email {} 👍", "landline", "email"),
        T("🚨 lost dog, ring {} 🚨", "mobile"),
        T("Café on {} is where we meet", "address"),
    ],
    "look": [
        T("Kick off {} on the field", "time"),
        T("Cake sale raised {}!!", "price"),
        T("Alumni {} please get in touch through the website", "year"),
        T("Got {} on the spelling test 🎉", "score"),
        T("Trip deadline {}", "date"),
        T("Homework club is in {} now", "room"),
        T("Book for year 9: {}", "isbn"),
        T("Exam slip says {}", "candidate"),
        T("Parcel {} still not delivered", "reference"),
        T("Where is my {}", "reference"),
        T("printed on the form: {}", "bad-nhs"),
        T("serial {}", "bad-ni"),
        T("voucher {} rejected", "bad-card"),
        T("Next match {}", "sortcode-date"),
        T("Stuck on the {} again", "not-postcode"),
        T("Ask {} about the rota", "mention"),
        T("office number is {} btw", "school-phone"),
        T("I emailed {} last week", "school-email"),
        T("Parents' entrance is round the back of {}", "school-address"),
        T("Go {}!!", "first-name"),
        T("Match report: {} and {} in the second half", "score", "time"),
        T("Sponsored silence {} raised {}", "date", "price"),
        T("Pick up from {} at {}", "room", "time"),
        T("Born in the wrong decade lol, {} forever", "year"),
    ],
    "neg": [
        T("school dinners are so much better this term"),
        T("Anyone else's kid come home without a jumper again 🙄"),
        T("Massive thanks to Mr Hughes for the trip"),
        T("no school tmrw??"),
        T("Please slow down on the road outside school, it's dangerous"),
        T("The Christmas play was fab, 2 hours well spent"),
        T("Are the 3 INSET days on the website yet"),
        T("Year 2 sounded amazing in the choir"),
        T("Is breakfast club still 7.45?"),
        T("Proud mum moment 🥹"),
        T("can someone tell me what the spellings are this week"),
        T("Brilliant concert, the recorders were... loud 😂"),
        T("Love how the kids planted the garden"),
        T("Is it wear your own clothes on Friday?"),
        T("the queue at pick up was ridiculous today"),
        T("Thank you Miss for everything x"),
        T("That's 4 snow days this year!"),
        T("Year 11 prom photos are gorgeous"),
        T("Any chance of a second parents evening slot?"),
        T("our lot came 2nd in the quiz 🎉"),
    ],
}


def main():
    tuned = build("t", random.Random(20241105), TUNED, {"pos": 420, "look": 240, "neg": 41})
    held = build("h", random.Random(77003), HELD_OUT, {"pos": 210, "look": 120, "neg": 20})
    with open(os.path.join(HERE, "uk-personal-info.jsonl"), "w", encoding="utf-8") as f:
        for row in tuned + held:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "uk-personal-info-school.json"), "w", encoding="utf-8") as f:
        json.dump(SCHOOL, f, ensure_ascii=False, indent=2)
        f.write("\n")
    rows = tuned + held
    print(f"{len(rows)} rows: {len(tuned)} tuned, {len(held)} held out, "
          f"{sum(1 for r in rows if r['spans'])} with personal details, {sum(len(r['spans']) for r in rows)} spans")


if __name__ == "__main__":
    main()
