def G(genre, issuer, parent, number, place, date, title, meeting=None, attendance=None, decisions=(),
      targets=(), tasks=(), signers=(), recipients=(), key=(), noise=()):
    return {"genre": genre, "issuer": issuer, "issuer_parent": parent, "doc_number": number, "place": place,
            "date": date, "title": title, "meeting": meeting, "attendance": attendance,
            "decisions": list(decisions), "targets": list(targets), "tasks": list(tasks),
            "signers": list(signers), "recipients": list(recipients), "key_figures": list(key),
            "noise_figures": list(noise)}

def M(name, kind, start, end, date, place, chairs, secretary, form=None):
    return {"name": name, "kind": kind, "start": start, "end": end, "date": date, "place": place,
            "chairs": list(chairs), "secretary": secretary, "form": form}

def A(total, official, prob, present, absent, absentees=()):
    return {"total": total, "official": official, "probationary": prob, "present": present,
            "absent": absent, "absentees": [{"name": n, "reason": r} for n, r in absentees]}

def D(kind, subject, person, f, against, abstain, base, outcome):
    return {"kind": kind, "subject": subject, "person": person, "for": f, "against": against,
            "abstain": abstain, "base": base, "outcome": outcome}

def T(name, target, result, unit, period, verdict):
    return {"name": name, "target": target, "result": result, "unit": unit, "period": period, "verdict": verdict}

def K(text, owner=None, deadline=None):
    return {"text": text, "owner": owner, "deadline": deadline}

def S(role, position, name):
    return {"role": role, "position": position, "name": name}
