//! The words of the features for people who come back (the calendar reminder, keeping the
//! answers on the device, the diary and its chart), in every language. One struct, so the
//! catalogue's completeness checks reach every one of them.

/// The words of the reminder, of keeping and forgetting, and of the diary.
#[derive(Debug)]
pub struct ReturningWords {
    // --- The reminder ---
    pub reminder_button: &'static str,
    /// The calendar event's title.
    pub reminder_title: &'static str,
    /// The event's note: the advice's time frame, nothing about the answers.
    pub reminder_note: &'static str,

    // --- Keeping the answers ---
    pub keep_title: &'static str,
    /// What keeping means, before the person says yes.
    pub keep_explain: &'static str,
    pub keep_button: &'static str,
    pub kept_note: &'static str,
    pub forget_button: &'static str,
    pub forget_confirm: &'static str,
    pub forget_yes: &'static str,
    pub forget_no: &'static str,
    pub forgotten: &'static str,
    /// A record from an earlier visit could not be read.
    pub set_aside: &'static str,
    pub continue_button: &'static str,
    pub check_again_button: &'static str,

    // --- The diary ---
    pub diary_button: &'static str,
    pub diary_title: &'static str,
    pub diary_lead: &'static str,
    pub diary_pain: &'static str,
    pub diary_activities: &'static str,
    pub diary_save: &'static str,
    pub diary_saved: &'static str,
    /// Above the warning signs, asked again after a worse entry.
    pub diary_worse: &'static str,
    pub chart_title: &'static str,
    /// What the chart shows, for its `<title>` and for screen readers.
    pub chart_description: &'static str,
    pub table_date: &'static str,
    pub table_pain: &'static str,
    pub table_activities: &'static str,
    pub marks_title: &'static str,
    /// Short month names, January first, for dates in the table and under the chart.
    pub months: [&'static str; 12],
}

impl ReturningWords {
    /// Every text with a stable key, for the catalogue's checks.
    pub fn entries(&self) -> Vec<(String, String)> {
        let ReturningWords {
            reminder_button,
            reminder_title,
            reminder_note,
            keep_title,
            keep_explain,
            keep_button,
            kept_note,
            forget_button,
            forget_confirm,
            forget_yes,
            forget_no,
            forgotten,
            set_aside,
            continue_button,
            check_again_button,
            diary_button,
            diary_title,
            diary_lead,
            diary_pain,
            diary_activities,
            diary_save,
            diary_saved,
            diary_worse,
            chart_title,
            chart_description,
            table_date,
            table_pain,
            table_activities,
            marks_title,
            months,
        } = self;
        let mut out: Vec<(String, String)> = [
            ("reminder_button", reminder_button),
            ("reminder_title", reminder_title),
            ("reminder_note", reminder_note),
            ("keep_title", keep_title),
            ("keep_explain", keep_explain),
            ("keep_button", keep_button),
            ("kept_note", kept_note),
            ("forget_button", forget_button),
            ("forget_confirm", forget_confirm),
            ("forget_yes", forget_yes),
            ("forget_no", forget_no),
            ("forgotten", forgotten),
            ("set_aside", set_aside),
            ("continue_button", continue_button),
            ("check_again_button", check_again_button),
            ("diary_button", diary_button),
            ("diary_title", diary_title),
            ("diary_lead", diary_lead),
            ("diary_pain", diary_pain),
            ("diary_activities", diary_activities),
            ("diary_save", diary_save),
            ("diary_saved", diary_saved),
            ("diary_worse", diary_worse),
            ("chart_title", chart_title),
            ("chart_description", chart_description),
            ("table_date", table_date),
            ("table_pain", table_pain),
            ("table_activities", table_activities),
            ("marks_title", marks_title),
        ]
        .into_iter()
        .map(|(key, text)| (key.to_owned(), text.to_string()))
        .collect();
        for (at, month) in months.iter().enumerate() {
            out.push((format!("months[{at}]"), month.to_string()));
        }
        out
    }

    /// "29 Nov 2026".
    pub fn date(&self, day: crate::returning::Day) -> String {
        let (year, month, date) = day.civil();
        format!("{date} {} {year}", self.months[(month - 1) as usize])
    }
}

pub static RETURNING_EN: ReturningWords = ReturningWords {
    reminder_button: "Add a reminder to my calendar",
    reminder_title: "Check your back pain again",
    reminder_note: "Check again if your back is not better in 2 to 6 weeks. Open the checker again:",
    keep_title: "Keep my answers on this device?",
    keep_explain: "If you say yes, your answers, your results and a diary you can add to are stored in this browser on this device only. They are never sent anywhere. Anyone who uses this device could see them. \"Forget everything\" deletes all of it at any time.",
    keep_button: "Yes, keep my answers on this device",
    kept_note: "Your answers are kept in this browser on this device only.",
    forget_button: "Forget everything",
    forget_confirm: "Delete your answers, results and diary from this device?",
    forget_yes: "Yes, forget everything",
    forget_no: "No, keep them",
    forgotten: "Everything backstep kept on this device is deleted.",
    set_aside: "Something backstep kept on this device on an earlier visit could not be read. It is not used. \"Forget everything\" deletes it.",
    continue_button: "Continue where I left off",
    check_again_button: "Check again with my last answers",
    diary_button: "Add today's diary entry",
    diary_title: "Your pain diary",
    diary_lead: "One entry a day shows you and your clinician whether a treatment is helping.",
    diary_pain: "How bad was your pain at its worst today?",
    diary_activities: "Could you keep up with your everyday activities today?",
    diary_save: "Save today's entry",
    diary_saved: "Today's entry is saved.",
    diary_worse: "Your pain is worse than last time. Please answer the warning-sign questions again.",
    chart_title: "Your last weeks",
    chart_description: "Worst pain each day, from 0 (none) at the bottom to 10 (worst) at the top. Treatments are marked on the day they were first recorded.",
    table_date: "Date",
    table_pain: "Worst pain (0 to 10)",
    table_activities: "Everyday activities",
    marks_title: "Treatments first recorded",
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
};

pub static RETURNING_ES: ReturningWords = ReturningWords {
    reminder_button: "Añadir un recordatorio a mi calendario",
    reminder_title: "Vuelva a revisar su dolor de espalda",
    reminder_note: "Vuelva a revisarlo si su espalda no mejora en 2 a 6 semanas. Abra de nuevo la herramienta:",
    keep_title: "¿Guardar sus respuestas en este dispositivo?",
    keep_explain: "Si dice que sí, sus respuestas, sus resultados y un diario que puede completar se guardan solo en este navegador, en este dispositivo. Nunca se envían a ninguna parte. Cualquier persona que use este dispositivo podría verlos. \"Olvidar todo\" lo borra todo en cualquier momento.",
    keep_button: "Sí, guardar mis respuestas en este dispositivo",
    kept_note: "Sus respuestas se guardan solo en este navegador, en este dispositivo.",
    forget_button: "Olvidar todo",
    forget_confirm: "¿Borrar sus respuestas, resultados y diario de este dispositivo?",
    forget_yes: "Sí, olvidar todo",
    forget_no: "No, conservarlos",
    forgotten: "Se borró todo lo que backstep guardaba en este dispositivo.",
    set_aside: "No se pudo leer algo que backstep guardó en este dispositivo en una visita anterior. No se usa. \"Olvidar todo\" lo borra.",
    continue_button: "Seguir donde lo dejé",
    check_again_button: "Revisar de nuevo con mis últimas respuestas",
    diary_button: "Añadir la entrada de hoy al diario",
    diary_title: "Su diario del dolor",
    diary_lead: "Una entrada al día les muestra a usted y a su profesional de salud si un tratamiento está ayudando.",
    diary_pain: "¿Qué tan fuerte fue su dolor hoy en su peor momento?",
    diary_activities: "¿Pudo seguir con sus actividades de todos los días hoy?",
    diary_save: "Guardar la entrada de hoy",
    diary_saved: "La entrada de hoy está guardada.",
    diary_worse: "Su dolor está peor que la última vez. Por favor, responda de nuevo las preguntas sobre señales de alarma.",
    chart_title: "Sus últimas semanas",
    chart_description: "El peor dolor de cada día, de 0 (nada) abajo a 10 (el peor) arriba. Los tratamientos se marcan el día en que se anotaron por primera vez.",
    table_date: "Fecha",
    table_pain: "Peor dolor (0 a 10)",
    table_activities: "Actividades de todos los días",
    marks_title: "Tratamientos anotados por primera vez",
    months: [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
    ],
};
