"""Helpers shared by the document modules: builders for gold objects in schema key order."""


def M(name, kind, start, end, date, place, chairs, secretary, form):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date,
            "place": place, "chairs": chairs, "secretary": secretary, "form": form}


def A(total, official, probationary, present, absent, absentees):
    return {"total": total, "official": official, "probationary": probationary,
            "present": present, "absent": absent, "absentees": absentees}


def AB(name, reason):
    return {"name": name, "reason": reason}


def D(kind, for_, against, abstain, base, person, outcome):
    return {"kind": kind, "for": for_, "against": against, "abstain": abstain,
            "base": base, "person": person, "outcome": outcome}


def T(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit,
            "period": period, "verdict": verdict}


def K(text, owner, deadline):
    return {"text": text, "owner": owner, "deadline": deadline}


def S(role, position, name):
    return {"role": role, "position": position, "name": name}


def G(genre, issuer, issuer_parent, doc_number, place, date, title, meeting, attendance,
      decisions, targets, tasks, signers, recipients, key_figures, noise_figures):
    return {"genre": genre, "issuer": issuer, "issuer_parent": issuer_parent,
            "doc_number": doc_number, "place": place, "date": date, "title": title,
            "meeting": meeting, "attendance": attendance, "decisions": decisions,
            "targets": targets, "tasks": tasks, "signers": signers, "recipients": recipients,
            "key_figures": key_figures, "noise_figures": noise_figures}
