"""Participant feedback: questionnaires and versions, entry of paper forms, the anonymity
threshold, results per event/session/format/topic and the hand-counted figures."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select

from planner.errors import NotFoundError, ValidationError
from planner.evaluation.anonymity import anonymity_threshold
from planner.evaluation.questionnaires import current_for_event, current_for_format
from planner.evaluation.results import (
    event_feedback,
    grouped_feedback,
    municipality_feedback,
    report_section,
)
from planner.evaluation.standard import STANDARD_ITEMS
from planner.models import (
    Base,
    EvaluationItem,
    FeedbackAnswer,
    FeedbackResponse,
    Questionnaire,
)
from planner.usecases.feedback import FormInput, save_forms, set_text_hidden
from planner.usecases.masterdata import update_settings
from planner.usecases.questionnaires import (
    add_item,
    reset_event_questionnaire,
    save_questionnaire,
    update_item,
)
from tests.factories import make_series
from tests.feedback_fixture import (
    APPLICATION,
    MISSING,
    OVERALL,
    RELEVANCE,
    TAKEAWAY,
    build_feedback_world,
)


def _count(db, model) -> int:
    with db.reading() as orm:
        return orm.scalar(select(func.count()).select_from(model))


# -- the library and the questionnaires ---------------------------------------------------

def test_every_format_starts_with_the_standard_set(db):
    with db.reading() as orm:
        items = list(orm.scalars(select(EvaluationItem).order_by(EvaluationItem.id)))
        assert [(i.code, i.kind, i.text, tuple(i.options)) for i in items] == [
            (s.code, s.kind, s.text, s.options) for s in STANDARD_ITEMS]
        for fmt in ("training_series", "network_group", "conference", "coaching", "analysis"):
            q = current_for_format(orm, fmt)
            assert q.version == 1 and [e.item.code for e in q.entries] == [
                s.code for s in STANDARD_ITEMS]
        assert anonymity_threshold(orm) == 5


def test_answers_are_never_linked_to_a_person():
    for name in ("feedback_response", "feedback_answer", "questionnaire",
                 "questionnaire_item", "evaluation_item"):
        table = Base.metadata.tables[name]
        assert not any(fk.column.table.name == "person" for fk in table.foreign_keys), name
        assert not any("person" in c.name for c in table.columns), name


def test_editing_an_unanswered_questionnaire_changes_it_in_place(db):
    with db.transaction() as orm:
        q = current_for_format(orm, "coaching")
        change = save_questionnaire(orm, fmt="coaching", item_ids=[OVERALL, TAKEAWAY]).value
        assert not change.new_version and change.questionnaire.id == q.id
        assert [e.item_id for e in change.questionnaire.entries] == [OVERALL, TAKEAWAY]


def test_answered_questionnaire_gets_a_new_version_and_old_answers_stay(db):
    series = make_series(db, persons=6)
    with db.transaction() as orm:
        old = current_for_event(orm, series.event_id)
        save_forms(orm, series.event_id, [FormInput({OVERALL: 5, MISSING: "Pausen"})
                                          for _ in range(5)])
    with db.transaction() as orm:
        outcome = save_questionnaire(orm, fmt="training_series",
                                     item_ids=[OVERALL, RELEVANCE, TAKEAWAY])
        change = outcome.value
        assert change.new_version and change.kept_answers == 5
        assert "Version 2" in change.message() and "Version 1" in change.message()
    with db.reading() as orm:
        new = current_for_event(orm, series.event_id)
        assert new.id != old.id and new.version == 2
        old_again = orm.get(Questionnaire, old.id)
        assert old_again.superseded_at is not None
        assert "missing" in [e.item.code for e in old_again.entries]  # nothing lost
        assert set(orm.scalars(select(FeedbackResponse.questionnaire_id))) == {old.id}
        result = event_feedback(orm, series.event_id).total
        assert result.item("missing") is not None  # old answers still evaluated
        assert result.mean("overall") == 5.0


def test_an_event_adds_and_drops_items_then_goes_back(db):
    series = make_series(db, persons=2)
    with db.transaction() as orm:
        extra = add_item(orm, kind="scale", text="Wie hilfreich war die Exkursion?",
                         low_label="gar nicht", high_label="sehr").value
        assert extra.code == "wie_hilfreich_war_die_exkursion"
        change = save_questionnaire(orm, event_id=series.event_id,
                                    item_ids=[OVERALL, extra.id, TAKEAWAY]).value
        assert change.questionnaire.event_id == series.event_id
    with db.reading() as orm:
        own = current_for_event(orm, series.event_id)
        assert [e.item.code for e in own.entries] == ["overall", extra.code, "takeaway"]
        assert current_for_format(orm, "training_series").version == 1  # untouched
    with db.transaction() as orm:
        reset_event_questionnaire(orm, series.event_id)
    with db.reading() as orm:
        assert current_for_event(orm, series.event_id).format == "training_series"


@pytest.mark.parametrize("item_ids, message", [
    ([], "mindestens eine Frage"),
    ([OVERALL, OVERALL], "zweimal"),
    ([OVERALL, 999], "Frage Nr. 999"),
    (list(range(1, 8)) * 2, "zweimal"),
])
def test_bad_questionnaires_are_refused(db, item_ids, message):
    with db.transaction() as orm, pytest.raises((ValidationError, NotFoundError),
                                                 match=message):
        save_questionnaire(orm, fmt="conference", item_ids=item_ids)


def test_answered_choice_item_only_gains_options(db):
    series = make_series(db, persons=1)
    with db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({APPLICATION: 2})])
    with db.transaction() as orm:
        item = orm.get(EvaluationItem, APPLICATION)
        options = list(item.options)
        with pytest.raises(ValidationError, match="nur neue anhängen"):
            update_item(orm, APPLICATION, options=list(reversed(options)))
    with db.transaction() as orm:
        update_item(orm, APPLICATION, options=[*options, "Netzwerkarbeit"],
                    text="Was wollen Sie vor allem anwenden?")
    with db.reading() as orm:
        item = orm.get(EvaluationItem, APPLICATION)
        assert item.options[-1] == "Netzwerkarbeit" and item.code == "application"


# -- entering paper forms -----------------------------------------------------------------

def test_entry_adds_updates_deletes_and_keeps_hidden_marks(db):
    series = make_series(db, persons=5)
    with db.transaction() as orm:
        saved = save_forms(orm, series.event_id, [
            FormInput({OVERALL: "4", RELEVANCE: 3, TAKEAWAY: "Frau K. war super"}),
            FormInput({OVERALL: "", RELEVANCE: None}),  # an empty row of the grid
            FormInput({OVERALL: 2}),
        ]).value
        assert len(saved.created) == 2 and saved.skipped_empty == 1
    first, second = saved.created
    with db.transaction() as orm:
        text_id = orm.scalar(select(FeedbackAnswer.id).where(FeedbackAnswer.text.is_not(None)))
        set_text_hidden(orm, text_id, True)
    with db.transaction() as orm:
        again = save_forms(orm, series.event_id, [
            FormInput({OVERALL: 5, RELEVANCE: 3, TAKEAWAY: "Frau K. war super"},
                      response_id=first)], deleted=[second]).value
        assert again.updated == [first] and again.deleted == 1
    with db.reading() as orm:
        answers = {a.item_id: a for a in orm.scalars(
            select(FeedbackAnswer).where(FeedbackAnswer.response_id == first))}
        assert answers[OVERALL].value == 5 and answers[TAKEAWAY].hidden is True
        assert orm.get(FeedbackResponse, second) is None


@pytest.mark.parametrize("raw, message", [
    (6, "6 liegt außerhalb von 1 bis 5"),
    ("0", "0 liegt außerhalb"),
    ("4,5", "keine ganze Zahl"),
    ("gut", "kein Wert von 1 bis 5"),
])
def test_bad_entry_names_the_form_and_writes_nothing(db, raw, message):
    series = make_series(db, persons=1)
    with pytest.raises(ValidationError, match=f"Bogen 2: .*{message}"), \
            db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({OVERALL: 3}), FormInput({OVERALL: raw})])
    assert _count(db, FeedbackResponse) == 0 and _count(db, FeedbackAnswer) == 0


def test_entry_refuses_foreign_sessions_and_choice_out_of_range(db):
    a = make_series(db, persons=1)
    b = make_series(db, persons=1, title="Andere Reihe")
    with db.transaction() as orm, pytest.raises(ValidationError, match="gehört nicht"):
        save_forms(orm, a.event_id, [FormInput({OVERALL: 3})], session_id=b.session_ids[0])
    with db.transaction() as orm, pytest.raises(ValidationError, match="außerhalb von 1 bis 5"):
        save_forms(orm, a.event_id, [FormInput({APPLICATION: 6})])


# -- the anonymity threshold -------------------------------------------------------------

def test_four_answers_show_nothing_five_show_figures(db):
    series = make_series(db, persons=8)
    with db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({OVERALL: 4, TAKEAWAY: "Viel"})
                                          for _ in range(4)])
    with db.reading() as orm:
        result = event_feedback(orm, series.event_id).total
        assert result.suppressed and result.items == [] and result.responses == 0
        assert result.response_rate is None
    with db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({OVERALL: 5})])
    with db.reading() as orm:
        result = event_feedback(orm, series.event_id).total
        assert not result.suppressed and result.responses == 5
        overall = result.item("overall")
        assert overall.n == 5 and overall.counts == [0, 0, 0, 4, 1]
        assert overall.mean == pytest.approx(4.2)
        assert [t.text for t in result.item("takeaway").texts] == ["Viel"] * 4


def test_threshold_setting_never_below_three(db):
    with db.transaction() as orm:
        with pytest.raises(ValidationError, match="nicht unter 3"):
            update_settings(orm, {"evaluation_min_answers": 2})
        update_settings(orm, {"evaluation_min_answers": 3})
    with db.reading() as orm:
        assert anonymity_threshold(orm) == 3
    with db.transaction() as orm:  # a value written past the use case is still clamped
        from planner.settings import EVALUATION_MIN_ANSWERS

        EVALUATION_MIN_ANSWERS.set(orm, 1)
    with db.reading() as orm:
        assert anonymity_threshold(orm) == 3


def test_hidden_free_text_is_left_out_but_counted(db):
    series = make_series(db, persons=6)
    with db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({OVERALL: 4, TAKEAWAY: f"Text {i}"})
                                          for i in range(5)])
        hidden = orm.scalar(select(FeedbackAnswer.id).where(FeedbackAnswer.text == "Text 2"))
        set_text_hidden(orm, hidden, True)
    with db.reading() as orm:
        item = event_feedback(orm, series.event_id).total.item("takeaway")
        assert item.n == 5 and [t.text for t in item.texts] == [
            "Text 0", "Text 1", "Text 3", "Text 4"]
        shown = event_feedback(orm, series.event_id, include_hidden=True).total
        assert [t.hidden for t in shown.item("takeaway").texts].count(True) == 1


# -- results against the hand-counted fixture ---------------------------------------------

def test_event_and_session_results_hand_counted(db):
    world = build_feedback_world(db)
    with db.reading() as orm:
        feedback = event_feedback(orm, world.series)
        total = feedback.total
        assert (total.responses, total.present) == (10, 14)
        assert total.response_rate == pytest.approx(10 / 14)
        assert total.mean("overall") == pytest.approx(3.2)
        assert total.item("overall").counts == [2, 2, 1, 2, 3]
        assert total.mean("relevance") == pytest.approx(4.0)
        assert total.item("relevance").n == 5
        assert total.item("application").counts == [3, 1, 1, 0, 0]
        assert [t.text for t in total.item("takeaway").texts] == ["Viel gelernt", "Kontakte"]
        assert [r.suppressed for r in feedback.sessions] == [True]  # module 2: four forms
        module = event_feedback(orm, world.series, world.series_sessions[1]).total
        assert module.suppressed
        network = event_feedback(orm, world.network).total
        assert (network.responses, network.present, network.mean("overall")) == (5, 5, 4.2)
        assert event_feedback(orm, world.conference).total.suppressed


def test_report_section_by_format_and_topic_hand_counted(db):
    from datetime import date

    build_feedback_world(db)
    with db.reading() as orm:
        section = report_section(orm, date(2027, 1, 1), date(2027, 12, 31))
    by_format = {r.label: r.result for r in section.by_format}
    assert set(by_format) == {"Fortbildungsreihe", "Netzwerk on Tour", "Fachtagung"}
    series = by_format["Fortbildungsreihe"]
    assert (series.events, series.responses, series.present) == (1, 10, 14)
    assert series.mean("overall") == pytest.approx(3.2)
    assert by_format["Netzwerk on Tour"].mean("overall") == pytest.approx(4.2)
    assert by_format["Fachtagung"].suppressed
    by_topic = {r.label: r.result for r in section.by_topic}
    assert by_topic["Bildungsmonitoring"].responses == 10
    assert by_topic["ohne Thema"].responses == 5
    assert by_topic["Stadtentwicklung"].suppressed
    total = section.total
    assert (total.events, total.responses, total.present) == (3, 19, 25)
    assert total.mean("overall") == pytest.approx(65 / 19)
    with db.reading() as orm:
        assert not report_section(orm, date(2026, 1, 1), date(2026, 12, 31)).has_data


def test_grouped_over_the_years_and_office_filter(db):
    build_feedback_world(db)
    with db.reading() as orm:
        rows = grouped_feedback(orm, "format")
        assert {(r.year, r.label) for r in rows} == {
            (2027, "Fortbildungsreihe"), (2027, "Netzwerk on Tour"), (2027, "Fachtagung")}
        from planner.usecases.lookup import office_by_key

        hamburg = office_by_key(orm, "hamburg").id
        only = grouped_feedback(orm, "topic", office_id=hamburg)
        assert [(r.label, r.result.responses) for r in only] == [("ohne Thema", 5)]


def test_municipality_sees_the_events_its_people_attended(db):
    from planner.usecases.people import add_organisation, update_person

    world = build_feedback_world(db)
    with db.transaction() as orm:
        city = add_organisation(orm, name="Leipzig", municipality=True, federal_state="SN",
                                population=600_000).value.id
        update_person(orm, world.persons[7], organisation_id=city)  # series only (module 1)
    with db.reading() as orm:
        feedback = municipality_feedback(orm, city)
    assert [e[0] for e in feedback.events] == [world.series]
    assert feedback.total.responses == 10 and feedback.total.mean("overall") == 3.2


def test_gdpr_erasure_leaves_feedback_untouched(db):
    world = build_feedback_world(db)
    before = _count(db, FeedbackAnswer)
    from planner.gdpr.erasure import erase_person

    with db.transaction() as orm:
        erase_person(orm, world.persons[0])
    assert _count(db, FeedbackAnswer) == before
    with db.reading() as orm:
        assert event_feedback(orm, world.network).total.responses == 5


def test_no_table_links_feedback_to_persons_in_the_database(db):
    with db.engine.connect() as conn:
        insp = inspect(conn)
        for table in ("feedback_response", "feedback_answer"):
            referred = {fk["referred_table"] for fk in insp.get_foreign_keys(table)}
            assert "person" not in referred


def test_upgrading_a_database_in_use_adds_the_standard_set(tmp_path):
    from planner.storage.database import Database, create_db_engine, upgrade_database

    path = tmp_path / "release2.sqlite"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade_database(engine, "0002_search_consent_mail")
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO office (id, code, name, region, organisation_name, "
                             "street, postcode, city, email, phone, head_name, head_title, "
                             "certificate_prefix, version_id) VALUES (1, 'berlin', 'Berlin', "
                             "'', '', '', '', 'Berlin', '', '', '', '', 'TAB', 1)")
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.schema_action == "upgraded"
        with db.transaction() as orm:
            q = current_for_format(orm, "conference")
            assert [e.item.code for e in q.entries] == [s.code for s in STANDARD_ITEMS]
            # ids came from the migration: the next item must not collide with them
            assert add_item(orm, kind="text", text="Noch etwas?").value.id == 8
    finally:
        db.close()


def test_copy_target_stays_empty_until_the_copy(tmp_path):
    from planner.storage.database import create_db_engine, ensure_schema
    from planner.storage.dbcopy import count_rows

    engine = create_db_engine(f"sqlite:///{tmp_path / 'target.sqlite'}")
    ensure_schema(engine)
    assert not any(count_rows(engine).values())
    engine.dispose()


def test_an_event_with_feedback_cannot_be_deleted(db):
    from planner.usecases.event_removal import delete_event

    series = make_series(db, persons=1)
    with db.transaction() as orm:
        save_forms(orm, series.event_id, [FormInput({OVERALL: 4})])
    with db.transaction() as orm, pytest.raises(ValidationError, match="Rückmeldungen"):
        delete_event(orm, series.event_id)
    assert _count(db, FeedbackResponse) == 1
