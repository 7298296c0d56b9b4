"""Helpers shared by the document modules (gold builders)."""


def gold(genre, **kw):
    g = dict(genre=genre, issuer=None, issuer_parent=None, doc_number=None, place=None,
             date=None, title=None, meeting=None, attendance=None, decisions=[], targets=[],
             tasks=[], signers=[], recipients=[], key_figures=[], noise_figures=[])
    for k in kw:
        if k not in g:
            raise KeyError(k)
    g.update(kw)
    return g


def M(name=None, kind=None, start=None, end=None, date=None, place=None, chairs=None,
      secretary=None, form=None):
    return dict(name=name, kind=kind, start=start, end=end, date=date, place=place,
                chairs=chairs, secretary=secretary, form=form)


def A(total=None, official=None, probationary=None, present=None, absent=None, absentees=None):
    return dict(total=total, official=official, probationary=probationary, present=present,
                absent=absent, absentees=absentees)


def AB(name, reason):
    return dict(name=name, reason=reason)


def V(kind, subject, for_=None, against=None, abstain=None, base=None, person=None, outcome=None):
    return {"kind": kind, "subject": subject, "person": person, "for": for_, "against": against,
            "abstain": abstain, "base": base, "outcome": outcome}


def T(name, target, result, unit, period, verdict):
    return dict(name=name, target=target, result=result, unit=unit, period=period, verdict=verdict)


def K(text, owner=None, deadline=None):
    return dict(text=text, owner=owner, deadline=deadline)


def S(role, position, name):
    return dict(role=role, position=position, name=name)


def doc(name, text, g, pct=(), shape=""):
    """text: lines joined by newlines; pct: (numerator, denominator, printed) triples to recheck."""
    return dict(name=name, text=text.strip("\n"), gold=g, pct=list(pct), shape=shape)
