#!/usr/bin/env python3
"""Independent checker for dates-forms.tsv.

It re-resolves every phrase from scratch (its own small resolver, written for the forms used
in the corpus; it does not share code with factable) and compares with the value column.
It also checks the file format: six tab-separated fields, a valid published date, the phrase
being an exact substring of the text, the value matching one of the value formats, and any
weekday named next to an absolute date agreeing with the calendar.

    python3 verify.py dates-forms.tsv
"""
import re
import sys
from datetime import date, timedelta

# --------------------------------------------------------------------------- vocabulary
MONTHS = {
    'january': 1, 'jan': 1, 'february': 2, 'feb': 2, 'march': 3, 'mar': 3, 'april': 4,
    'apr': 4, 'may': 5, 'june': 6, 'jun': 6, 'july': 7, 'jul': 7, 'august': 8, 'aug': 8,
    'september': 9, 'sep': 9, 'sept': 9, 'october': 10, 'oct': 10, 'november': 11,
    'nov': 11, 'december': 12, 'dec': 12,
}
MON_RE = '(' + '|'.join(sorted(MONTHS, key=len, reverse=True)) + r')\.?'
WEEKDAYS = {
    'monday': 0, 'mon': 0, 'tuesday': 1, 'tues': 1, 'tue': 1, 'wednesday': 2, 'wed': 2,
    'thursday': 3, 'thurs': 3, 'thu': 3, 'friday': 4, 'fri': 4, 'saturday': 5, 'sat': 5,
    'sunday': 6, 'sun': 6,
}
WD_RE = '(' + '|'.join(sorted(WEEKDAYS, key=len, reverse=True)) + ')'
UNITS = {
    'zero': 0, 'oh': 0, 'a': 1, 'an': 1, 'one': 1, 'two': 2, 'three': 3, 'four': 4, 'five': 5,
    'six': 6, 'seven': 7, 'eight': 8, 'nine': 9, 'ten': 10, 'eleven': 11, 'twelve': 12,
    'thirteen': 13, 'fourteen': 14, 'fifteen': 15, 'sixteen': 16, 'seventeen': 17,
    'eighteen': 18, 'nineteen': 19,
}
TENS = {'twenty': 20, 'thirty': 30, 'forty': 40, 'fifty': 50, 'sixty': 60, 'seventy': 70,
        'eighty': 80, 'ninety': 90}
ORD_UNITS = {
    'first': 1, 'second': 2, 'third': 3, 'fourth': 4, 'fifth': 5, 'sixth': 6, 'seventh': 7,
    'eighth': 8, 'ninth': 9, 'tenth': 10, 'eleventh': 11, 'twelfth': 12, 'thirteenth': 13,
    'fourteenth': 14, 'fifteenth': 15, 'sixteenth': 16, 'seventeenth': 17,
    'eighteenth': 18, 'nineteenth': 19,
}
ORD_TENS = {'twentieth': 20, 'thirtieth': 30}
DAY_RE = r"(\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|[a-z]+th|first|second|third|twentieth|thirtieth)"

FUTURE_RE = re.compile(
    r"\b(will|'ll|shall|would|due|expects?|expected|scheduled|set to|set for|plans?|"
    r"pencilled|promises|going to|reminder|kick in|takes effect|wants)\b", re.I)

# Per-line tense where a sentence mixes tenses or uses a present tense for the future;
# keyed by (published, phrase).
TENSE_OVERRIDE = {
    ('2024-03-12', 'Monday'): 'past',
    ('2024-03-12', 'april 15'): 'future',
    ('2019-05-24', 'Friday'): 'past',
    ('2026-01-28', 'February 20'): 'future',
    ('2026-01-28', 'the week of March 9'): 'future',
    ('2022-01-14', 'the 23rd'): 'future',
    ('2024-11-27', 'Black Friday'): 'future',
    ('2026-04-22', 'sat'): 'future',
    ('2026-04-22', 'sun'): 'future',
    ('2021-05-17', 'fifth of June'): 'future',
    ('2021-03-03', 'April the first'): 'future',
    ('2026-01-20', 'the twenty-eighth'): 'future',
    ('2025-10-20', 'october the 27th'): 'future',
    ('2020-05-01', "Mother's Day"): 'future',
    ('2023-05-01', "Mother's Day"): 'future',
    ('2022-06-13', "Father's Day"): 'future',
    ('2018-05-22', 'Memorial Day'): 'future',
    ('2024-02-05', "Presidents' Day"): 'future',
    ('2022-01-10', 'MLK Day'): 'future',
    ('2019-03-11', "St Patrick's Day"): 'future',
    ('2021-12-20', "New Year's Eve"): 'future',
    ('2024-04-25', 'the second half'): 'future',
    ('2019-10-01', 'the thirtieth of September'): 'past',  # "The will was signed" (noun)
    ('2025-09-19', 'the third Wednesday of October'): 'future',
    ('2018-06-22', 'the first Tuesday in July'): 'future',
    ('2022-11-03', 'Dec. 1-12'): 'future',
    ('2026-05-27', 'Jun-Aug'): 'future',
}

# Expressions anchored to another expression rather than to the publication date.
ANCHORED = {
    ('2026-03-09', 'the year after'): '2027',  # the year after twenty twenty-six
}


# --------------------------------------------------------------------------- helpers
def card(s):
    """Cardinal number in digits or words (up to 99), or None."""
    s = s.strip().replace('-', ' ')
    if re.fullmatch(r'\d+', s):
        return int(s)
    w = s.split()
    if len(w) == 1:
        if w[0] in UNITS:
            return UNITS[w[0]]
        if w[0] in TENS:
            return TENS[w[0]]
        return None
    if len(w) == 2 and w[0] in TENS and w[1] in UNITS and 1 <= UNITS[w[1]] <= 9 \
            and w[1] not in ('a', 'an'):
        return TENS[w[0]] + UNITS[w[1]]
    return None


def ordinal(s):
    s = s.strip().replace('-', ' ')
    m = re.fullmatch(r'(\d{1,2})(?:st|nd|rd|th)?', s)
    if m:
        return int(m.group(1))
    w = s.split()
    if len(w) == 1:
        return ORD_UNITS.get(w[0]) or ORD_TENS.get(w[0])
    if len(w) == 2 and w[0] in TENS and w[1] in ORD_UNITS and ORD_UNITS[w[1]] <= 9:
        return TENS[w[0]] + ORD_UNITS[w[1]]
    return None


def year_words(s):
    s = s.strip().replace('-', ' ')
    w = [t for t in s.split() if t != 'and']
    if not w:
        return None
    if w[:2] == ['two', 'thousand']:
        rest = ' '.join(w[2:])
        if not rest:
            return 2000
        n = card(rest)
        return None if n is None else 2000 + n
    if len(w) >= 2 and w[1] == 'hundred':
        hi = card(w[0])
        if hi is None:
            return None
        rest = ' '.join(w[2:])
        return hi * 100 + (card(rest) if rest else 0)
    hi = card(w[0])
    if hi is None or not 10 <= hi <= 20:
        return None
    rest = ' '.join(w[1:])
    lo = card(rest) if rest else None
    if lo is None or not 10 <= lo <= 99:
        return None
    return hi * 100 + lo


def year_expr(s, pub):
    s = s.strip()
    if re.fullmatch(r'\d{4}', s):
        return int(s)
    m = re.fullmatch(r"'?(\d{2})", s)
    if m:
        yy = int(m.group(1))
        return 2000 + yy if 2000 + yy <= pub.year + 10 else 1900 + yy
    return year_words(s)


def easter(y):
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(y, month, day + 1)


def nth_weekday(y, m, wd, n):
    d = date(y, m, 1)
    d += timedelta((wd - d.weekday()) % 7)
    d += timedelta(7 * (n - 1))
    return d if d.month == m else None


def last_weekday(y, m, wd):
    d = month_end(y, m)
    return d - timedelta((d.weekday() - wd) % 7)


def month_end(y, m):
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(1)


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def add_months_date(d, k):
    y, m = add_months(d.year, d.month, k)
    return date(y, m, min(d.day, month_end(y, m).day))


def D(d):
    return d.isoformat()


def M(y, m):
    return '%04d-%02d' % (y, m)


def W(d):
    y, w, _ = d.isocalendar()
    return '%04d-W%02d' % (y, w)


def week_monday(d):
    return d - timedelta(d.weekday())


def tense_of(text, pub_s, phrase):
    if (pub_s, phrase) in TENSE_OVERRIDE:
        return TENSE_OVERRIDE[(pub_s, phrase)]
    return 'future' if FUTURE_RE.search(text) else 'past'


def year_for_month(m, pub, tense):
    if tense == 'future' and m < pub.month:
        return pub.year + 1
    if tense == 'past' and m > pub.month:
        return pub.year - 1
    return pub.year


def year_for_monthday(m, d, pub, tense):
    if tense == 'future' and (m, d) < (pub.month, pub.day):
        return pub.year + 1
    if tense == 'past' and (m, d) > (pub.month, pub.day):
        return pub.year - 1
    return pub.year


# --------------------------------------------------------------------------- durations
DUR_UNITS = ('year', 'month', 'week', 'day', 'hour', 'minute')


def dur_components(q):
    """[(n, unit, half)] for 'two years and 3 months', 'a year and a half', ... or None."""
    q = q.replace(',', ' ').replace('-', ' ')
    w = q.split()
    i, comps = 0, []
    while i < len(w):
        if w[i] == 'and':
            i += 1
            continue
        n = None
        for k in (2, 1):
            if i + k <= len(w) and card(' '.join(w[i:i + k])) is not None:
                n = card(' '.join(w[i:i + k]))
                i += k
                break
        if n is None:
            return None
        half = False
        if w[i:i + 3] == ['and', 'a', 'half']:
            half = True
            i += 3
        if i >= len(w):
            return None
        unit = w[i].rstrip("'").rstrip('s')
        if unit not in DUR_UNITS:
            return None
        i += 1
        if w[i:i + 3] == ['and', 'a', 'half']:
            half = True
            i += 3
        comps.append((n, unit, half))
    return comps or None


def duration(q):
    fixed = {'a fortnight': 'P2W', 'a decade': 'P10Y', 'a quarter of a century': 'P25Y',
             'half an hour': 'PT30M', 'a half-hour': 'PT30M', 'a half hour': 'PT30M'}
    if q in fixed:
        return fixed[q], ''
    qual = ''
    m = re.fullmatch(r'a couple of (\w+)', q)
    if m:
        q, qual = '2 ' + m.group(1), 'about'
    m = re.fullmatch(r'an? (.+?) period', q)
    if m:
        q = m.group(1)
    comps = dur_components(q)
    if not comps:
        return None
    acc = dict.fromkeys(DUR_UNITS, 0)
    for n, unit, half in comps:
        acc[unit] += n
        if half:
            if unit == 'year':
                acc['month'] += 6
            elif unit == 'hour':
                acc['minute'] += 30
            else:
                return None
    out = 'P'
    for u, c in (('year', 'Y'), ('month', 'M'), ('week', 'W'), ('day', 'D')):
        if acc[u]:
            out += '%d%s' % (acc[u], c)
    if acc['hour'] or acc['minute']:
        out += 'T'
        if acc['hour']:
            out += '%dH' % acc['hour']
        if acc['minute']:
            out += '%dM' % acc['minute']
    return out, qual


def offset(q, pub):
    qual = ''
    m = (re.fullmatch(r'(?:in )?(.+?) (ago|from now|from today)', q)
         or re.fullmatch(r"in (.+?)(?:'s|')? time", q)
         or re.fullmatch(r'in (.+)', q))
    if not m:
        return None
    body = m.group(1)
    sign = -1 if (m.lastindex == 2 and m.group(2) == 'ago') else 1
    if body == 'a fortnight':
        body = 'two weeks'
    mc = re.fullmatch(r'a couple of (\w+)', body)
    if mc:
        body, qual = '2 ' + mc.group(1), 'about'
    comps = dur_components(body)
    if not comps:
        return None
    years = months = days = 0
    finest = 0
    rank = {'year': 0, 'month': 1, 'week': 2, 'day': 2}
    for n, unit, half in comps:
        if unit == 'year':
            years += n
            if half:
                months += 6
        elif unit == 'month':
            months += n
        elif unit == 'week':
            days += 7 * n
        elif unit == 'day':
            days += n
        else:
            return None
        finest = max(finest, rank[unit] + (1 if half and unit == 'year' else 0))
    total_months = 12 * years + months
    if finest == 2:
        d = add_months_date(pub, sign * total_months) + timedelta(sign * days)
        return D(d), qual
    if finest == 1:
        return M(*add_months(pub.year, pub.month, sign * total_months)), qual
    return '%04d' % (pub.year + sign * years), qual


# --------------------------------------------------------------------------- quarters
QORD = {'first': 1, '1st': 1, 'second': 2, '2nd': 2, 'third': 3, '3rd': 3, 'fourth': 4,
        '4th': 4, 'final': 4, 'back': 2}


def quarter(q, pub, tense):
    def rel_year(kind, n):
        cur = (pub.month - 1) // 3 + 1 if kind == 'Q' else (pub.month - 1) // 6 + 1
        if tense == 'future' and n < cur:
            return pub.year + 1
        if tense == 'past' and n > cur:
            return pub.year - 1
        return pub.year

    pats = [
        (r'q([1-4])(?: of)?[ /-]?(\d{4})', lambda a, b: '%s-Q%s' % (b, a)),
        (r'(\d{4})[ -]?q([1-4])', lambda a, b: '%s-Q%s' % (a, b)),
        (r'(\d{2})q([1-4])', lambda a, b: '20%s-Q%s' % (a, b)),
        (r'([1-4])q(\d{2})', lambda a, b: '20%s-Q%s' % (b, a)),
        (r'h([12]) (\d{4})', lambda a, b: '%s-H%s' % (b, a)),
        (r'([12])h ?(\d{4})', lambda a, b: '%s-H%s' % (b, a)),
        (r'([12])h ?(\d{2})', lambda a, b: '20%s-H%s' % (b, a)),
    ]
    for p, f in pats:
        m = re.fullmatch(p, q)
        if m:
            return f(*m.groups())
    ordw = '(' + '|'.join(QORD) + ')'
    m = re.fullmatch(r'(?:the )?' + ordw + r' (quarter|qtr|half) of (\d{4})', q)
    if m:
        k = 'H' if m.group(2) == 'half' else 'Q'
        return '%s-%s%d' % (m.group(3), k, QORD[m.group(1)])
    m = re.fullmatch(r'(?:the )?(\d{4}) ' + ordw + r' (quarter|half)', q)
    if m:
        k = 'H' if m.group(3) == 'half' else 'Q'
        return '%s-%s%d' % (m.group(1), k, QORD[m.group(2)])
    m = re.fullmatch(ordw + r'[- ]quarter (\d{4})', q)
    if m:
        return '%s-Q%d' % (m.group(2), QORD[m.group(1)])
    m = re.fullmatch(r'(?:the )?' + ordw + r' (quarter|half) of (last|next|this|the) year', q)
    if m:
        k = 'H' if m.group(2) == 'half' else 'Q'
        y = pub.year + {'last': -1, 'next': 1, 'this': 0, 'the': 0}[m.group(3)]
        return '%d-%s%d' % (y, k, QORD[m.group(1)])
    m = re.fullmatch(r'(last|next|this) quarter', q)
    if m:
        cur = (pub.year * 4) + (pub.month - 1) // 3 + {'last': -1, 'next': 1, 'this': 0}[m.group(1)]
        return '%d-Q%d' % (cur // 4, cur % 4 + 1)
    m = re.fullmatch(r'(?:the )?' + ordw + r' (quarter|half)', q)
    if m:
        k = 'H' if m.group(2) == 'half' else 'Q'
        n = QORD[m.group(1)]
        return '%d-%s%d' % (rel_year(k, n), k, n)
    m = re.fullmatch(r'([qh])([1-4])', q)
    if m:
        k, n = m.group(1).upper(), int(m.group(2))
        return '%d-%s%d' % (rel_year(k, n), k, n)
    m = re.fullmatch(r'(?:the )?' + MON_RE + '-' + MON_RE + ' quarter', q)
    if m:
        a, b = MONTHS[m.group(1)], MONTHS[m.group(2)]
        if a % 3 != 1 or b != a + 2:
            return None
        n = (a - 1) // 3 + 1
        return '%d-Q%d' % (rel_year('Q', n), n)
    m = re.fullmatch(r'the ' + MON_RE + ' quarter', q) or re.fullmatch(r'the quarter to ' + MON_RE, q)
    if m:
        mm = MONTHS[m.group(1)]
        if 'to' in q.split() and mm % 3 != 0:
            return None
        n = (mm - 1) // 3 + 1
        return '%d-Q%d' % (rel_year('Q', n), n)
    m = re.fullmatch(r'the first (three|six) months of (the year|\d{4})', q)
    if m:
        y = pub.year if m.group(2) == 'the year' else int(m.group(2))
        return '%d-%s' % (y, 'Q1' if m.group(1) == 'three' else 'H1')
    return None


# --------------------------------------------------------------------------- decades
DEC_WORDS = {'tens': 1, 'twenties': 2, 'thirties': 3, 'forties': 4, 'fifties': 5,
             'sixties': 6, 'seventies': 7, 'eighties': 8, 'nineties': 9, 'noughties': 0}
CENT_WORDS = {'eighteen': 18, 'nineteen': 19, 'twenty': 20}


def decade(q):
    m = re.fullmatch(r"(?:the )?'?(\d)0'?s", q)
    if m:
        return '19%sX' % m.group(1)
    m = re.fullmatch(r"(?:the )?(\d{2})(\d)0'?s", q)
    if m:
        if m.group(2) == '0':
            return '%sXX' % m.group(1)
        return '%s%sX' % (m.group(1), m.group(2))
    m = re.fullmatch(r'(?:the )?(?:(eighteen|nineteen|twenty)[- ])?(' + '|'.join(DEC_WORDS) + ')', q)
    if m:
        d = DEC_WORDS[m.group(2)]
        c = CENT_WORDS[m.group(1)] if m.group(1) else (20 if d in (0, 1) else 19)
        return '%02d%dX' % (c, d)
    m = re.fullmatch(r'(?:the )?(\d{1,2})(?:st|nd|rd|th) century', q)
    if m:
        return '%02dXX' % (int(m.group(1)) - 1)
    m = re.fullmatch(r'(?:the )?([a-z-]+) century', q)
    if m and ordinal(m.group(1)):
        return '%02dXX' % (ordinal(m.group(1)) - 1)
    return None


# --------------------------------------------------------------------------- holidays
def holiday_date(name, y):
    name = name.replace('.', '').replace("'", '')
    e = easter(y)
    table = {
        'easter': e, 'easter sunday': e, 'good friday': e - timedelta(2),
        'easter monday': e + timedelta(1),
        'thanksgiving': nth_weekday(y, 11, 3, 4),
        'black friday': nth_weekday(y, 11, 3, 4) + timedelta(1),
        'mothers day': nth_weekday(y, 5, 6, 2), 'fathers day': nth_weekday(y, 6, 6, 3),
        'memorial day': last_weekday(y, 5, 0), 'labor day': nth_weekday(y, 9, 0, 1),
        'presidents day': nth_weekday(y, 2, 0, 3), 'mlk day': nth_weekday(y, 1, 0, 3),
        'martin luther king jr day': nth_weekday(y, 1, 0, 3),
        'st patricks day': date(y, 3, 17), 'christmas eve': date(y, 12, 24),
        'christmas day': date(y, 12, 25), 'christmas': date(y, 12, 25),
        'boxing day': date(y, 12, 26), 'new years eve': date(y, 12, 31),
        'new years day': date(y, 1, 1),
    }
    return table.get(name)


def holiday(q, pub, tense):
    m = re.fullmatch(r"(.+?)(?: (\d{4}))?", q)
    name, y = m.group(1), m.group(2)
    if holiday_date(name, 2000) is None:
        return None
    if y:
        return D(holiday_date(name, int(y)))
    d = holiday_date(name, pub.year)
    if tense == 'future' and d < pub:
        d = holiday_date(name, pub.year + 1)
    elif tense == 'past' and d > pub:
        d = holiday_date(name, pub.year - 1)
    return D(d)


# --------------------------------------------------------------------------- relative
REL = {'last': -1, 'next': 1, 'this': 0}


def relative(q, pub):
    fixed = {'today': 0, 'tonight': 0, 'yesterday': -1, 'tomorrow': 1, 'tmrw': 1,
             'the day before yesterday': -2, 'the day after tomorrow': 2}
    if q in fixed:
        return D(pub + timedelta(fixed[q]))
    m = re.fullmatch(r'(last|next|this) ' + WD_RE, q)
    if m:
        wd = WEEKDAYS[m.group(2)]
        if m.group(1) == 'last':
            return D(pub - timedelta((pub.weekday() - wd - 1) % 7 + 1))
        if m.group(1) == 'next':
            return D(pub + timedelta((wd - pub.weekday() - 1) % 7 + 1))
        return D(week_monday(pub) + timedelta(wd))
    m = re.fullmatch(r'(last|next|this) ' + MON_RE, q)
    if m:
        mm = MONTHS[m.group(2)]
        if m.group(1) == 'this':
            return M(pub.year, mm)
        if m.group(1) == 'last':
            return M(pub.year if mm < pub.month else pub.year - 1, mm)
        return M(pub.year if mm > pub.month else pub.year + 1, mm)
    m = (re.fullmatch(r'(last|next|this) (week|month|year)', q)
         or re.fullmatch(r'the (week|month|year) (after next|before last)', q))
    if m:
        if m.group(1) in REL:
            k, unit = REL[m.group(1)], m.group(2)
        else:
            k, unit = (2 if m.group(2) == 'after next' else -2), m.group(1)
        if unit == 'week':
            return W(pub + timedelta(7 * k))
        if unit == 'month':
            return M(*add_months(pub.year, pub.month, k))
        return '%04d' % (pub.year + k)
    # weekday inside a relative week
    m = (re.fullmatch(WD_RE + r' (?:of )?(last|next|this) week', q)
         or re.fullmatch(r'(last|next|this) week on ' + WD_RE, q))
    if m:
        a, b = m.groups()
        wd, k = (WEEKDAYS[a], REL[b]) if a in WEEKDAYS else (WEEKDAYS[b], REL[a])
        return D(week_monday(pub) + timedelta(7 * k + wd))
    # parts of a relative period
    m = re.fullmatch(r'(?:the )?(?:end|beginning|start|middle) of (the|this|next|last) (week|month|year)', q)
    if m:
        k = {'the': 0, 'this': 0, 'next': 1, 'last': -1}[m.group(1)]
        return relative_unit(m.group(2), k, pub)
    m = re.fullmatch(r'(?:later|earlier) (?:in the|this) (week|month|year)', q)
    if m:
        return relative_unit(m.group(1), 0, pub)
    m = re.fullmatch(r'(?:early|late|later|the middle of) (next|last) (week|month|year)', q)
    if m:
        return relative_unit(m.group(2), REL[m.group(1)], pub)
    return None


def relative_unit(unit, k, pub):
    if unit == 'week':
        return W(pub + timedelta(7 * k))
    if unit == 'month':
        return M(*add_months(pub.year, pub.month, k))
    return '%04d' % (pub.year + k)


NTH = {'first': 1, '1st': 1, 'second': 2, '2nd': 2, 'third': 3, '3rd': 3, 'fourth': 4,
       '4th': 4, 'fifth': 5, '5th': 5, 'last': -1}


def month_ref(s, pub, tense):
    """'may 2021' / 'this month' / 'next month' / 'the month' / 'october' -> (y, m)."""
    m = re.fullmatch(r'(this|next|last|the) month', s)
    if m:
        k = {'this': 0, 'the': 0, 'next': 1, 'last': -1}[m.group(1)]
        return add_months(pub.year, pub.month, k)
    m = re.fullmatch(MON_RE + r'(?: (\d{4}))?', s)
    if m:
        mm = MONTHS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else year_for_month(mm, pub, tense)
        return y, mm
    return None


def within(q, pub, tense):
    m = re.fullmatch(r'the (' + '|'.join(NTH) + ') ' + WD_RE + r' (?:of|in) (.+)', q)
    if m:
        ym = month_ref(m.group(3), pub, tense)
        if not ym:
            return None
        wd, n = WEEKDAYS[m.group(2)], NTH[m.group(1)]
        d = last_weekday(*ym, wd) if n == -1 else nth_weekday(*ym, wd, n)
        return D(d) if d else None
    m = re.fullmatch(r'the (first|last) day of (.+)', q)
    if m:
        ym = month_ref(m.group(2), pub, tense)
        if not ym:
            return None
        return D(date(*ym, 1) if m.group(1) == 'first' else month_end(*ym))
    m = re.fullmatch(r'the ' + DAY_RE + r' of (this|next|last) month', q)
    if m and ordinal(m.group(1)):
        ym = month_ref(m.group(2) + ' month', pub, tense)
        return D(date(*ym, ordinal(m.group(1))))
    m = re.fullmatch(WD_RE + r' the ' + DAY_RE, q)
    if m and ordinal(m.group(2)):
        wd, dd = WEEKDAYS[m.group(1)], ordinal(m.group(2))
        cands = []
        for k in range(-3, 4):
            y, mm = add_months(pub.year, pub.month, k)
            if dd <= month_end(y, mm).day and date(y, mm, dd).weekday() == wd:
                cands.append(date(y, mm, dd))
        if not cands:
            return None
        return D(min(cands, key=lambda d: abs((d - pub).days)))
    m = re.fullmatch(r'the week of (.+)', q)
    if m:
        v = absolute(m.group(1), pub, tense)
        if v and re.fullmatch(r'\d{4}-\d{2}-\d{2}', v):
            return W(date.fromisoformat(v))
    m = re.fullmatch(r'(?:the )?(?:end|beginning|start|middle) of (.+)', q)
    if m:
        s = m.group(1)
        if re.fullmatch(r'\d{4}', s):
            return s
        ym = month_ref(s, pub, tense)
        if ym:
            return M(*ym)
    return None


# --------------------------------------------------------------------------- absolute
def absolute(q, pub, tense):
    wd_check = None
    m = re.fullmatch(WD_RE + r',? (.+)', q)
    if m and not re.fullmatch(r'the .*', m.group(2)):
        wd_check, q = WEEKDAYS[m.group(1)], m.group(2)

    def out_day(y, mm, dd):
        try:
            d = date(y, mm, dd)
        except ValueError:
            return None
        if wd_check is not None and d.weekday() != wd_check:
            return 'WEEKDAY-MISMATCH'
        return D(d)

    mon3 = r'([a-z]{3,4})'
    m = re.fullmatch(r'(\d{4})[-/](\d{2})[-/](\d{2})', q)
    if m:
        return out_day(*map(int, m.groups()))
    m = re.fullmatch(r'(\d{4})-(\d{2})', q)
    if m and 1 <= int(m.group(2)) <= 12:
        return M(int(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r'(\d{1,2})\.(\d{1,2})\.(\d{4})', q)
    if m:
        return out_day(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{1,2})/(\d{4})', q)
    if m and 1 <= int(m.group(1)) <= 12:
        return M(int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{1,2})/(\d{1,2})', q)
    if m:
        mm, dd = int(m.group(1)), int(m.group(2))
        return out_day(year_for_monthday(mm, dd, pub, tense), mm, dd)
    m = re.fullmatch(r'(\d{1,2})[-/ ]' + mon3 + r'\.?[-/ ](\d{4}|\d{2})', q)
    if m and m.group(2) in MONTHS:
        return out_day(year_expr(m.group(3), pub), MONTHS[m.group(2)], int(m.group(1)))
    m = re.fullmatch(mon3 + r'-(\d{1,2})-(\d{4}|\d{2})', q)
    if m and m.group(1) in MONTHS:
        return out_day(year_expr(m.group(3), pub), MONTHS[m.group(1)], int(m.group(2)))
    m = re.fullmatch(r'(\d{4})-' + mon3 + r'-(\d{1,2})', q)
    if m and m.group(2) in MONTHS:
        return out_day(int(m.group(1)), MONTHS[m.group(2)], int(m.group(3)))
    m = re.fullmatch(r'(\d{4}) ' + MON_RE, q)
    if m:
        return M(int(m.group(1)), MONTHS[m.group(2)])
    m = re.fullmatch(r"'(\d{2})", q)
    if m:
        return '%04d' % year_expr(q, pub)
    m = re.fullmatch(r'the (\w+) day of the (\w+) month of (.+)', q)
    if m and ordinal(m.group(1)) and ordinal(m.group(2)) and year_words(m.group(3)):
        return out_day(year_words(m.group(3)), ordinal(m.group(2)), ordinal(m.group(1)))
    yr = r"(\d{4}|'\d{2}|\d{2}|[a-z][a-z -]+)"
    # month day [year]
    m = re.fullmatch(r'(?:the )?' + MON_RE + r'(?: the)? ' + DAY_RE + r'(?:,? ' + yr + ')?', q)
    if m and ordinal(m.group(2)):
        mm, dd = MONTHS[m.group(1)], ordinal(m.group(2))
        if m.group(3):
            y = year_expr(m.group(3), pub)
            if y is None:
                return None
        else:
            y = year_for_monthday(mm, dd, pub, tense)
        return out_day(y, mm, dd)
    # day [of] month [year]
    m = re.fullmatch(r'(?:the )?' + DAY_RE + r'(?: of)? ' + MON_RE + r'(?:,? ' + yr + ')?', q)
    if m and ordinal(m.group(1)):
        mm, dd = MONTHS[m.group(2)], ordinal(m.group(1))
        if m.group(3):
            y = year_expr(m.group(3), pub)
            if y is None:
                return None
        else:
            y = year_for_monthday(mm, dd, pub, tense)
        return out_day(y, mm, dd)
    # month [of] year
    m = re.fullmatch(MON_RE + r'(?: of)? (\d{4}|\d{2}|\'\d{2})', q)
    if m:
        return M(year_expr(m.group(2), pub), MONTHS[m.group(1)])
    m = re.fullmatch(r'(?:the year )?(\d{4})', q)
    if m:
        return m.group(1)
    m = re.fullmatch(r'(?:the year )?([a-z][a-z -]+)', q)
    if m and year_words(m.group(1)):
        return '%04d' % year_words(m.group(1))
    # bare month, bare day, bare weekday
    if q in MONTHS:
        mm = MONTHS[q]
        return M(year_for_month(mm, pub, tense), mm)
    m = re.fullmatch(r'the ' + DAY_RE, q)
    if m and ordinal(m.group(1)):
        dd = ordinal(m.group(1))
        y, mm = pub.year, pub.month
        if tense == 'future' and dd < pub.day:
            y, mm = add_months(y, mm, 1)
        elif tense == 'past' and dd > pub.day:
            y, mm = add_months(y, mm, -1)
        return out_day(y, mm, dd)
    if q in WEEKDAYS:
        wd = WEEKDAYS[q]
        if tense == 'future':
            return D(pub + timedelta((wd - pub.weekday() - 1) % 7 + 1))
        return D(pub - timedelta((pub.weekday() - wd) % 7))
    return None


# --------------------------------------------------------------------------- ranges
def side(s, pub):
    """Partial date for one end of a range: dict with some of y, yy, m, d, q, h, wd."""
    s = s.strip().rstrip(',')
    if re.fullmatch(r'\d{4}', s):
        return {'y': int(s)}
    if re.fullmatch(r'\d{2}', s):
        return {'yy': int(s), 'd': int(s)}
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return {'y': int(m.group(1)), 'm': int(m.group(2)), 'd': int(m.group(3))}
    m = re.fullmatch(r'([qh])([1-4]) (\d{4})', s)
    if m:
        return {'y': int(m.group(3)), m.group(1): int(m.group(2))}
    m = re.fullmatch(MON_RE + r'(?: ' + DAY_RE + r')?(?:,? (\d{4}))?', s)
    if m and (m.group(2) is None or ordinal(m.group(2))):
        r = {'m': MONTHS[m.group(1)]}
        if m.group(2):
            r['d'] = ordinal(m.group(2))
        if m.group(3):
            r['y'] = int(m.group(3))
        return r
    m = re.fullmatch(r'(?:the )?' + DAY_RE + r'(?: ' + MON_RE + r')?(?:,? (\d{4}))?', s)
    if m and ordinal(m.group(1)):
        r = {'d': ordinal(m.group(1))}
        if m.group(2):
            r['m'] = MONTHS[m.group(2)]
        if m.group(3):
            r['y'] = int(m.group(3))
        return r
    if s in WEEKDAYS:
        return {'wd': WEEKDAYS[s]}
    return None


def fmt_side(p):
    if 'q' in p:
        return '%d-Q%d' % (p['y'], p['q'])
    if 'h' in p:
        return '%d-H%d' % (p['y'], p['h'])
    if 'd' in p and 'm' in p:
        return D(date(p['y'], p['m'], p['d']))
    if 'm' in p:
        return M(p['y'], p['m'])
    return '%04d' % p['y']


def range_(q, pub, tense):
    if q in ('month to date', 'so far this month'):
        return D(pub.replace(day=1)) + '/' + D(pub)
    if q in ('year to date', 'so far this year'):
        return D(pub.replace(month=1, day=1)) + '/' + D(pub)
    m = re.fullmatch(r'the year to ' + MON_RE, q)
    if m:
        mm = MONTHS[m.group(1)]
        y = year_for_month(mm, pub, 'past')
        return M(y, 1) + '/' + M(y, mm)
    m = re.fullmatch(r'the ' + MON_RE + '-' + MON_RE + ' period', q)
    if m:
        a, b = MONTHS[m.group(1)], MONTHS[m.group(2)]
        y = year_for_month(b, pub, tense)
        return M(y if a <= b else y - 1, a) + '/' + M(y, b)
    s = re.sub(r'^(from|between) ', '', q)
    ctx = None
    m = re.fullmatch(r'(.+?) (?:of )?(this|next|last) (month|week)', s)
    if m:
        s, ctx = m.group(1), (m.group(2), m.group(3))
    for c in re.finditer(r'\s+(?:to|through|and)\s+|\s*-\s*', s):
        left = side(s[:c.start()], pub)
        right = side(s[c.end():], pub)
        if left is None or right is None:
            continue
        if 'yy' in right:
            if 'y' in left and 'm' not in left:
                right = {'y': left['y'] // 100 * 100 + right['yy']}
            else:
                right = {'d': right['d']}
        if 'yy' in left:
            left = {'d': left['d']}
        if 'wd' in left or 'wd' in right:
            if not ctx or ctx[1] != 'week' or 'wd' not in left or 'wd' not in right:
                continue
            mon = week_monday(pub) + timedelta(7 * REL[ctx[0]])
            return D(mon + timedelta(left['wd'])) + '/' + D(mon + timedelta(right['wd']))
        if ctx and ctx[1] == 'month':
            y, mm = add_months(pub.year, pub.month, REL[ctx[0]])
            for p in (left, right):
                p.setdefault('m', mm)
                p.setdefault('y', y)
        if 'm' not in left and 'd' in left and 'm' in right:
            left['m'] = right['m']
        if 'm' not in right and 'd' in right and 'm' in left:
            right['m'] = left['m']
        if 'y' not in left and 'y' in right:
            left['y'] = right['y'] - (1 if left.get('m', 0) > right.get('m', 13) else 0)
        if 'y' not in right and 'y' in left:
            right['y'] = left['y'] + (1 if right.get('m', 13) < left.get('m', 0) else 0)
        if 'y' not in left and 'y' not in right:
            if 'm' not in left or 'm' not in right:
                continue
            y = year_for_month(left['m'], pub, tense)
            left['y'] = y
            right['y'] = y + (1 if right['m'] < left['m'] else 0)
        try:
            return fmt_side(left) + '/' + fmt_side(right)
        except (KeyError, ValueError):
            continue
    return None


# --------------------------------------------------------------------------- driver
def resolve(cat, pub_s, text, phrase):
    """Return (value, qualifier) or None."""
    if (pub_s, phrase) in ANCHORED:
        return ANCHORED[(pub_s, phrase)], ''
    pub = date.fromisoformat(pub_s)
    tense = tense_of(text, pub_s, phrase)
    q = phrase.lower().replace('\u2019', "'").replace('\u2013', '-').strip()
    if cat in ('duration', 'news'):
        r = duration(q)
        if r and not re.match(r'in ', q):
            return r
    r = offset(q, pub)
    if r:
        return r
    for f in (lambda: relative(q, pub), lambda: quarter(q, pub, tense), lambda: decade(q),
              lambda: holiday(q, pub, tense), lambda: within(q, pub, tense),
              lambda: absolute(q, pub, tense), lambda: range_(q, pub, tense)):
        v = f()
        if v:
            return v, ''
    return None


VALUE_RE = re.compile(
    r'\d{4}(-\d{2}(-\d{2})?|-W\d{2}|-Q[1-4]|-H[12]|-SU|-FA|-WI|-SP)?'
    r'|\d{3}X|\d{2}XX'
    r'|P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(\d+H)?(\d+M)?)?')


def check_value_format(v):
    parts = v.split('/')
    if len(parts) > 2 or not all(VALUE_RE.fullmatch(p) for p in parts):
        return False
    return not any(p in ('P', 'PT') or p.endswith('T') for p in parts)


def main(path):
    bad = 0
    n = 0
    cats = {}
    with open(path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    assert lines[0] == 'category\tpublished\ttext\tphrase\tvalue\tqualifier', 'bad header'
    for no, line in enumerate(lines[1:], 2):
        if not line or line.startswith('#'):
            continue
        f = line.split('\t')
        if len(f) != 6:
            print('%d: expected 6 fields, got %d' % (no, len(f)))
            bad += 1
            continue
        cat, pub_s, text, phrase, value, qual = f
        n += 1
        cats[cat] = cats.get(cat, 0) + 1
        problems = []
        try:
            date.fromisoformat(pub_s)
        except ValueError:
            problems.append('bad published date')
        if phrase not in text:
            problems.append('phrase not in text')
        elif text.count(phrase) > 1 and not re.search(r'\b' + re.escape(phrase) + r'\b', text):
            problems.append('phrase ambiguous in text')
        if not check_value_format(value):
            problems.append('bad value format')
        if not problems:
            r = resolve(cat, pub_s, text, phrase)
            if r is None:
                problems.append('checker cannot resolve')
            elif r[0] != value:
                problems.append('value %s, checker says %s' % (value, r[0]))
            elif r[1] != qual:
                problems.append('qualifier %r, checker says %r' % (qual, r[1]))
        if problems:
            bad += 1
            print('%d: %s | %s | %s' % (no, '; '.join(problems), phrase, text))
    print('%d cases, %d problems' % (n, bad))
    print(', '.join('%s %d' % kv for kv in sorted(cats.items())))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'dates-forms.tsv'))
