"""The rules engine: every rule over a whole event, and again after an edit for just what it touched.

Findings are kept by scope: one session, one room on one day, one interpreter on
one day. An edit to a session re-checks that session, the room-days it was and
is in, and the days of the interpreters it had and has: nothing else can change.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import defaultdict
from collections.abc import Iterable

from planner.rules.agenda import check_agenda
from planner.rules.facts import SessionFacts, session_facts
from planner.rules.findings import Finding
from planner.rules.interpretation import check_interpretation
from planner.rules.plan import AssignmentLike, PlanLike
from planner.rules.printable import Unprintable, check_printable
from planner.rules.rooms import check_room_day, check_room_fit
from planner.rules.translation import check_translations
from planner.rules.worktime import check_interpreter_day, works_of

Scope = tuple[str, int, dt.date | None]


class RuleEngine:
    """Checks a plan and keeps its findings current as sessions change.

    With ``unprintable`` (what the documents' fonts lack, see ``rules.printable``), texts
    with characters no font prints are findings too.
    """

    def __init__(self, plan: PlanLike, *, unprintable: Unprintable | None = None) -> None:
        self.plan = plan
        self._unprintable = unprintable
        self._facts: dict[int, SessionFacts] = {}
        self._by_scope: dict[Scope, list[Finding]] = {}
        self._scopes_of_session: dict[int, set[Scope]] = {}
        self._sessions_of_scope: dict[Scope, set[int]] = defaultdict(set)
        self._assignments: dict[int, list[AssignmentLike]] = {}
        self._policy = plan.policy
        self._languages = list(plan.languages)

    # -- public ------------------------------------------------------------------

    def check_all(self) -> list[Finding]:
        """Check everything from scratch."""
        collecting = gc.isenabled()
        gc.disable()  # many short-lived objects and no cycles: collection is pure cost here
        try:
            return self._check_all()
        finally:
            if collecting:
                gc.enable()

    def _check_all(self) -> list[Finding]:
        self._policy = self.plan.policy
        self._languages = list(self.plan.languages)
        self._facts = {s.id: session_facts(self.plan, s, self._policy)
                       for s in self.plan.sessions if s.id is not None}
        self._index_assignments()
        self._by_scope = {}
        self._scopes_of_session = {}
        self._sessions_of_scope = defaultdict(set)
        for sid in self._facts:
            self._enter(sid)
        for scope in self._sessions_of_scope:
            self._by_scope[scope] = self._check_scope(scope)
        return self.findings()

    def recheck(self, session_ids: Iterable[int]) -> list[Finding]:
        """Check again after the given sessions changed (times, room, rows, assignments).

        A session id that is gone from the plan is a deleted session: its findings go.
        """
        changed = set(session_ids)
        self._policy = self.plan.policy
        self._languages = list(self.plan.languages)
        stale: set[Scope] = set()
        for sid in changed:
            for scope in self._scopes_of_session.pop(sid, set()):
                self._sessions_of_scope[scope].discard(sid)
                stale.add(scope)
            self._facts.pop(sid, None)
        live = [s for s in self.plan.sessions if s.id in changed]
        for session in live:
            self._facts[session.id] = session_facts(  # type: ignore[index]
                self.plan, session, self._policy)
        self._index_assignments()
        for session in live:
            stale |= self._enter(session.id)  # type: ignore[arg-type]
        for scope in stale:
            if self._sessions_of_scope.get(scope):
                self._by_scope[scope] = self._check_scope(scope)
            else:
                self._by_scope.pop(scope, None)
                self._sessions_of_scope.pop(scope, None)
        return self.findings()

    def findings(self) -> list[Finding]:
        """All current findings, by day, session and severity."""
        return sorted((f for fs in self._by_scope.values() for f in fs), key=Finding.sort_key)

    # -- scopes ------------------------------------------------------------------

    def _index_assignments(self) -> None:
        by_session: dict[int, list[AssignmentLike]] = defaultdict(list)
        for a in self.plan.assignments:
            by_session[a.session_id].append(a)
        self._assignments = by_session

    def _enter(self, sid: int) -> set[Scope]:
        scopes = self._scopes(sid)
        self._scopes_of_session[sid] = scopes
        for scope in scopes:
            self._sessions_of_scope[scope].add(sid)
        return scopes

    def _scopes(self, sid: int) -> set[Scope]:
        f = self._facts[sid]
        scopes: set[Scope] = {("session", sid, None)}
        if f.session.room_id is not None:
            scopes.add(("room", f.session.room_id, f.date))
        for a in self._assignments.get(sid, ()):
            scopes.add(("interpreter", a.interpreter_id, f.date))
        return scopes

    def _check_scope(self, scope: Scope) -> list[Finding]:
        kind, ident, day = scope
        plan = self.plan
        if kind == "session":
            f = self._facts.get(ident)
            if f is None:
                return []
            availability = {a.interpreter_id: plan.availability_of(plan.interpreter_by_id[
                a.interpreter_id]) for a in self._assignments.get(ident, ())
                if a.interpreter_id in plan.interpreter_by_id}
            found = [*check_room_fit(f, self._policy), *check_agenda(f),
                     *check_interpretation(f, self._assignments.get(ident, ()),
                                           plan.interpreter_by_id, availability, self._policy),
                     *check_translations(f, plan.delegations_of(f.session), self._languages)]
            if self._unprintable is not None:
                found += check_printable(f, plan.delegations_of(f.session),  # type: ignore[arg-type]
                                         self._unprintable)
            return found
        sessions = sorted(self._sessions_of_scope.get(scope, ()))
        if kind == "room":
            return list(check_room_day([self._facts[sid] for sid in sessions], self._policy))
        person = plan.interpreter_by_id.get(ident)
        if person is None:
            return []
        works = [w for sid in sessions for a in self._assignments.get(sid, ())
                 if a.interpreter_id == ident
                 for w in works_of(self._facts[sid], a, self._policy)]
        return list(check_interpreter_day(person, works, self._policy))


def check_plan(plan: PlanLike, *, unprintable: Unprintable | None = None) -> list[Finding]:
    """Every finding of a plan, checked from scratch (see ``RuleEngine`` for ``unprintable``)."""
    return RuleEngine(plan, unprintable=unprintable).check_all()
