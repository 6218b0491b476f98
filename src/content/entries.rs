//! Every text of a catalogue as (key, text) pairs, so tests can compare languages entry by
//! entry. The destructuring below names every field of `Words`: a field added there and not
//! here is a compile error, so no text can escape the comparison.

use super::Words;
use crate::engine::{ladder_option, Condition, Field, LadderStep, Level, OptionId, RuleId};
use crate::questionnaire::{AnswerGroup, Choice, DurationUnit, Item, NumberProblem, Page};

impl Words {
    /// Every text of the catalogue, each with a stable key ("question.age.label").
    // One push per field, in the order of the struct, reads better than one long vec![].
    #[allow(clippy::vec_init_then_push)]
    pub fn entries(&self) -> Vec<(String, String)> {
        let Words {
            lang: _,
            page_title_tag,
            switch_language,
            start_title,
            start_lead,
            start_button,
            warning_title,
            warning_signs,
            not_a_diagnosis,
            emergency_number_label,
            emergency_number_change,
            emergency_number_save,
            emergency_number_invalid,
            about_link,
            progress,
            page_title,
            page_intro,
            question,
            item,
            none_of_these,
            or_answer_each,
            choice,
            yes,
            no,
            unsure,
            duration_amount_label,
            duration_unit_label,
            duration_unit,
            pain_score_low,
            pain_score_high,
            none_tried,
            optional_questions,
            more_treatments,
            option_line,
            next,
            back,
            see_result,
            problems_title,
            check_title,
            check_lead,
            change,
            unanswered,
            number_problem,
            emergency_title,
            emergency_do_now,
            emergency_ambulance,
            emergency_call,
            emergency_why,
            emergency_while_waiting,
            emergency_acknowledge,
            result_title,
            level_name,
            level_action,
            level_timeframe,
            level_detail,
            reasons_title,
            no_reasons,
            reason,
            condition,
            condition_intro,
            uncertain_note,
            uncertain_kept_note,
            warning_signs_title,
            emergency_signs,
            cancer_emergency_sign,
            sources_label,
            ladder_title,
            ladder_discuss,
            step_name,
            step_summary,
            you_are_here,
            not_started,
            next_step,
            options_title,
            repeat_what_helped,
            no_option_fits,
            pain_programme,
            option,
            guideline_note,
            what_helps,
            check_again,
            what_to_expect,
            pregnancy_pharmacist,
            bring_title,
            bring_imaging,
            bring_treatments,
            bring_medicines,
            print,
            change_answers,
            start_over,
            start_over_confirm,
            start_over_yes,
            start_over_no,
            incomplete_result,
            returning,
            summary_title,
            summary_date,
            summary_answers,
            summary_not_answered,
            content_version,
            about_title,
            about_is,
            about_is_not,
            about_rules_title,
            about_rules_intro,
            about_sources_title,
            about_privacy,
            about_conformance,
            close,
            update_ready,
            update_now,
            update_note,
            panic_title,
            panic_text,
            clinic_offered_by,
            clinic_call,
            clinic_book,
            offered_here,
            summary_group,
            summary_warning_mark,
            print_english_too,
            language_label,
        } = *self;
        let mut out: Vec<(String, String)> = Vec::new();
        out.push(("page_title_tag".into(), page_title_tag.to_string()));
        out.push(("switch_language".into(), switch_language.to_string()));
        out.push(("start_title".into(), start_title.to_string()));
        out.push(("start_lead".into(), start_lead.to_string()));
        out.push(("start_button".into(), start_button.to_string()));
        out.push(("warning_title".into(), warning_title.to_string()));
        for (at, text) in warning_signs.iter().enumerate() {
            out.push((format!("warning_signs[{at}]"), text.to_string()));
        }
        out.push(("not_a_diagnosis".into(), not_a_diagnosis.to_string()));
        out.push((
            "emergency_number_label".into(),
            emergency_number_label.to_string(),
        ));
        out.push((
            "emergency_number_change".into(),
            emergency_number_change.to_string(),
        ));
        out.push((
            "emergency_number_save".into(),
            emergency_number_save.to_string(),
        ));
        out.push((
            "emergency_number_invalid".into(),
            emergency_number_invalid.to_string(),
        ));
        out.push(("about_link".into(), about_link.to_string()));
        out.push(("progress".into(), progress(2, 6)));
        for page in Page::ALL {
            out.push((format!("page_title.{page:?}"), page_title(page).into()));
        }
        for page in Page::ALL {
            out.push((format!("page_intro.{page:?}"), page_intro(page).into()));
        }
        for field in Field::ALL {
            let words = question(field);
            out.push((
                format!("question.{}.label", field.name()),
                words.label.into(),
            ));
            out.push((format!("question.{}.hint", field.name()), words.hint.into()));
        }
        for one in Item::ALL {
            let words = item(one);
            out.push((format!("item.{}.label", one.id()), words.label.into()));
            out.push((format!("item.{}.hint", one.id()), words.hint.into()));
        }
        out.push(("none_of_these".into(), none_of_these.to_string()));
        out.push(("or_answer_each".into(), or_answer_each.to_string()));
        for field in Field::ALL {
            for &one in Choice::offered_for(field) {
                out.push((
                    format!("choice.{}.{}", field.name(), one.id()),
                    choice(one).into(),
                ));
            }
        }
        out.push(("yes".into(), yes.to_string()));
        out.push(("no".into(), no.to_string()));
        out.push(("unsure".into(), unsure.to_string()));
        out.push((
            "duration_amount_label".into(),
            duration_amount_label.to_string(),
        ));
        out.push((
            "duration_unit_label".into(),
            duration_unit_label.to_string(),
        ));
        for unit in DurationUnit::ALL {
            out.push((
                format!("duration_unit.{}", unit.id()),
                duration_unit(unit).into(),
            ));
        }
        out.push(("pain_score_low".into(), pain_score_low.to_string()));
        out.push(("pain_score_high".into(), pain_score_high.to_string()));
        out.push(("none_tried".into(), none_tried.to_string()));
        out.push(("optional_questions".into(), optional_questions.to_string()));
        out.push(("more_treatments".into(), more_treatments.to_string()));
        for id in OptionId::ALL {
            if id != OptionId::SurgicalConsultation {
                out.push((format!("option_line.{}", id.id()), option_line(id).into()));
            }
        }
        out.push(("next".into(), next.to_string()));
        out.push(("back".into(), back.to_string()));
        out.push(("see_result".into(), see_result.to_string()));
        out.push(("problems_title".into(), problems_title.to_string()));
        out.push(("check_title".into(), check_title.to_string()));
        out.push(("check_lead".into(), check_lead.to_string()));
        out.push(("change".into(), change.to_string()));
        out.push(("unanswered".into(), unanswered.to_string()));
        let problems = [
            NumberProblem::Missing,
            NumberProblem::NotANumber,
            NumberProblem::NotWhole,
            NumberProblem::OutOfRange { min: 0, max: 120 },
        ];
        for field in [Field::Age, Field::DurationWeeks, Field::PtWeeks] {
            for problem in problems {
                out.push((
                    format!("number_problem.{}.{problem:?}", field.name()),
                    number_problem(field, problem),
                ));
            }
        }
        out.push(("emergency_title".into(), emergency_title.to_string()));
        out.push(("emergency_do_now".into(), emergency_do_now.to_string()));
        out.push((
            "emergency_ambulance".into(),
            emergency_ambulance.to_string(),
        ));
        out.push(("emergency_call".into(), emergency_call("911")));
        out.push(("emergency_why".into(), emergency_why.to_string()));
        for (at, text) in emergency_while_waiting.iter().enumerate() {
            out.push((format!("emergency_while_waiting[{at}]"), text.to_string()));
        }
        out.push((
            "emergency_acknowledge".into(),
            emergency_acknowledge.to_string(),
        ));
        out.push(("result_title".into(), result_title.to_string()));
        for level in Level::ALL {
            out.push((
                format!("level_name.{}", level.id()),
                level_name(level).into(),
            ));
        }
        for level in Level::ALL {
            out.push((
                format!("level_action.{}", level.id()),
                level_action(level).into(),
            ));
        }
        for level in Level::ALL {
            out.push((
                format!("level_timeframe.{}", level.id()),
                level_timeframe(level).into(),
            ));
        }
        for level in Level::ALL {
            out.push((
                format!("level_detail.{}", level.id()),
                level_detail(level).into(),
            ));
        }
        out.push(("reasons_title".into(), reasons_title.to_string()));
        out.push(("no_reasons".into(), no_reasons.to_string()));
        for rule in RuleId::ALL {
            out.push((format!("reason.{}", rule.id()), reason(rule).into()));
        }
        for suspected in Condition::ALL {
            out.push((
                format!("condition.{}", suspected.id()),
                condition(suspected).into(),
            ));
        }
        out.push(("condition_intro".into(), condition_intro.to_string()));
        out.push(("uncertain_note".into(), uncertain_note.to_string()));
        out.push((
            "uncertain_kept_note".into(),
            uncertain_kept_note.to_string(),
        ));
        out.push(("warning_signs_title".into(), warning_signs_title("911")));
        for (at, text) in emergency_signs.iter().enumerate() {
            out.push((format!("emergency_signs[{at}]"), text.to_string()));
        }
        out.push((
            "cancer_emergency_sign".into(),
            cancer_emergency_sign.to_string(),
        ));
        out.push(("sources_label".into(), sources_label.to_string()));
        out.push(("ladder_title".into(), ladder_title.to_string()));
        out.push(("ladder_discuss".into(), ladder_discuss.to_string()));
        for step in LadderStep::ALL {
            out.push((format!("step_name.{}", step.id()), step_name(step).into()));
        }
        for step in LadderStep::ALL {
            out.push((
                format!("step_summary.{}", step.id()),
                step_summary(step).into(),
            ));
        }
        out.push(("you_are_here".into(), you_are_here.to_string()));
        out.push(("not_started".into(), not_started.to_string()));
        out.push(("next_step".into(), next_step.to_string()));
        out.push(("options_title".into(), options_title.to_string()));
        out.push(("repeat_what_helped".into(), repeat_what_helped.to_string()));
        out.push(("no_option_fits".into(), no_option_fits.to_string()));
        out.push(("pain_programme".into(), pain_programme.to_string()));
        for id in OptionId::ALL {
            let words = option(id);
            out.push((format!("option.{}.name", id.id()), words.name.into()));
            out.push((format!("option.{}.what", id.id()), words.what.into()));
            out.push((format!("option.{}.expect", id.id()), words.expect.into()));
        }
        // A note for exactly the options a guideline does not recommend.
        for id in OptionId::ALL {
            if !ladder_option(id).not_recommended_by.is_empty() {
                out.push((
                    format!("guideline_note.{}", id.id()),
                    guideline_note(id).into(),
                ));
            }
        }
        out.push(("what_helps".into(), what_helps.to_string()));
        out.push(("check_again".into(), check_again.to_string()));
        out.push(("what_to_expect".into(), what_to_expect.to_string()));
        out.push((
            "pregnancy_pharmacist".into(),
            pregnancy_pharmacist.to_string(),
        ));
        out.push(("bring_title".into(), bring_title.to_string()));
        out.push(("bring_imaging".into(), bring_imaging.to_string()));
        out.push(("bring_treatments".into(), bring_treatments.to_string()));
        out.push(("bring_medicines".into(), bring_medicines.to_string()));
        out.push(("print".into(), print.to_string()));
        out.push(("change_answers".into(), change_answers.to_string()));
        out.push(("start_over".into(), start_over.to_string()));
        out.push(("start_over_confirm".into(), start_over_confirm.to_string()));
        out.push(("start_over_yes".into(), start_over_yes.to_string()));
        out.push(("start_over_no".into(), start_over_no.to_string()));
        out.push(("incomplete_result".into(), incomplete_result.to_string()));
        for (key, text) in returning.entries() {
            out.push((format!("returning.{key}"), text));
        }
        out.push(("summary_title".into(), summary_title.to_string()));
        out.push(("summary_date".into(), summary_date.to_string()));
        out.push(("summary_answers".into(), summary_answers.to_string()));
        out.push((
            "summary_not_answered".into(),
            summary_not_answered.to_string(),
        ));
        out.push(("content_version".into(), content_version.to_string()));
        out.push(("about_title".into(), about_title.to_string()));
        for (at, text) in about_is.iter().enumerate() {
            out.push((format!("about_is[{at}]"), text.to_string()));
        }
        for (at, text) in about_is_not.iter().enumerate() {
            out.push((format!("about_is_not[{at}]"), text.to_string()));
        }
        out.push(("about_rules_title".into(), about_rules_title.to_string()));
        out.push(("about_rules_intro".into(), about_rules_intro.to_string()));
        out.push((
            "about_sources_title".into(),
            about_sources_title.to_string(),
        ));
        out.push(("about_privacy".into(), about_privacy.to_string()));
        out.push(("about_conformance".into(), about_conformance.to_string()));
        out.push(("close".into(), close.to_string()));
        out.push(("update_ready".into(), update_ready.to_string()));
        out.push(("update_now".into(), update_now.to_string()));
        out.push(("update_note".into(), update_note.to_string()));
        out.push(("panic_title".into(), panic_title.to_string()));
        out.push(("panic_text".into(), panic_text.to_string()));
        out.push(("clinic_offered_by".into(), clinic_offered_by.to_string()));
        out.push(("clinic_call".into(), clinic_call.to_string()));
        out.push(("clinic_book".into(), clinic_book.to_string()));
        out.push(("offered_here".into(), offered_here.to_string()));
        for group in AnswerGroup::ALL {
            out.push((
                format!("summary_group.{}", group.id()),
                summary_group(group).into(),
            ));
        }
        out.push((
            "summary_warning_mark".into(),
            summary_warning_mark.to_string(),
        ));
        out.push(("print_english_too".into(), print_english_too.to_string()));
        out.push(("language_label".into(), language_label.to_string()));
        out
    }
}
