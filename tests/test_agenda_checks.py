"""The agenda's planned times against the meeting's end, and against each other (domain/services/agenda_checks)."""
from __future__ import annotations

from datetime import time

from kpu_rakor.domain.services.agenda_checks import OVERLAP, PAST_END, AgendaWarning, agenda_warnings


def test_an_agenda_within_the_meeting_gives_no_warning():
    items = [("Pembukaan", time(9, 0), time(9, 45)), ("Paparan", time(9, 45), time(10, 30)),
             ("Diskusi", time(10, 30), time(12, 0))]
    assert agenda_warnings(items, time(12, 0)) == []


def test_an_item_ending_after_the_meeting_is_named_with_both_times():
    items = [("Pembukaan", time(9, 0), time(9, 45)), ("Diskusi", time(9, 45), time(12, 30))]
    assert agenda_warnings(items, time(12, 0)) == [AgendaWarning(PAST_END, 2, "Diskusi", time(12, 30), time(12, 0))]


def test_an_item_with_only_a_start_after_the_end_runs_past_it_too():
    assert [w.kind for w in agenda_warnings([("Penutup", time(12, 15), None)], time(12, 0))] == [PAST_END]


def test_items_over_each_other_name_the_earlier_item():
    items = [("Pembukaan", time(9, 0), time(10, 0)), ("Paparan", time(9, 30), time(10, 30))]
    assert agenda_warnings(items, None) == [AgendaWarning(OVERLAP, 2, "Paparan", time(9, 30), time(10, 0), 1)]


def test_untimed_items_and_until_done_meetings_are_not_judged():
    items = [("Pembukaan", time(9, 0), time(10, 0)), ("Sambutan", None, None), ("Paparan", time(10, 0), None)]
    assert agenda_warnings(items, None) == []
    assert agenda_warnings([("Diskusi", time(13, 0), time(17, 0))], None) == []  # "s.d. selesai"
