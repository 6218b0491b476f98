//! Spanish (neutral Latin American).
//!
//! Written for someone in pain, maybe on a phone in the middle of the night: short
//! sentences, everyday words, the formal "usted", calm, and always a next thing to do.
//! Medical words appear once, in brackets, after the plain ones, as in the English.

use super::{NumberKind, OptionWords, QuestionWords, Words};
use crate::engine::{
    Condition, DailyFunction, Diagnosis, Field, LadderStep, LegPain, LegWeakness, Level, OptionId,
    PainArea, Relief, RuleId,
};
use crate::questionnaire::{AnswerGroup, Choice, DurationUnit, Item, NumberProblem, Page};

pub static ES: Words = Words {
    lang: "es",
    page_title_tag: "backstep: revise su dolor de espalda",
    switch_language: "English",

    // --- Start screen (index.html repeats the first six word for word) ---
    start_title: "Revise su dolor de espalda",
    start_lead: "Unas pocas preguntas cortas para saber si su dolor de espalda necesita atención urgente, y qué paso del tratamiento podría venir después.",
    start_button: "Comenzar",
    warning_title: "Llame ahora a su número local de emergencias (por ejemplo, 911) si tiene dolor de espalda y:",
    warning_signs: [
        "entumecimiento (adormecimiento) entre las piernas o alrededor de los genitales o del ano",
        "dificultad nueva para orinar, o se le escapan la orina o las heces",
        "dolor, entumecimiento (adormecimiento) o debilidad en las dos piernas, o debilidad en una pierna que está empeorando",
        "inestabilidad nueva al estar de pie o caminar, o una pierna que no le obedece",
        "un dolor repentino y muy fuerte en la espalda o el abdomen, como un desgarro, como si algo se rasgara por dentro; dolor en el pecho; o dificultad repentina para respirar",
        "una lesión grave, como un accidente de tránsito o una caída desde una altura",
    ],
    not_a_diagnosis: "Esto no es un diagnóstico y no reemplaza a un profesional de la salud. Sus respuestas se quedan en este dispositivo.",
    emergency_number_label: "Su número de emergencias:",
    emergency_number_change: "Cambiar",
    emergency_number_save: "Guardar",
    emergency_number_invalid: "Escriba el número de emergencias de su país, por ejemplo 911, 112, 999 o 000.",
    about_link: "Acerca de backstep y sus fuentes",

    // --- Questionnaire ---
    progress: |at, of| format!("Paso {at} de {of}"),
    page_title,
    page_intro,
    question,
    item,
    none_of_these: "Ninguna de estas",
    or_answer_each: "O responda cada una abajo.",
    choice,
    yes: "Sí",
    no: "No",
    unsure: "No estoy seguro(a)",
    duration_amount_label: "Cantidad",
    duration_unit_label: "Días, semanas o meses",
    duration_unit,
    pain_score_low: "0: sin dolor",
    pain_score_high: "10: el peor dolor que pueda imaginar",
    none_tried: "Nada todavía",
    optional_questions: "Opcional: lo que le ha dicho un profesional de la salud, y estudios recientes",
    more_treatments: "Inyecciones y procedimientos (abra si le han hecho alguno)",
    option_line,
    next: "Siguiente",
    back: "Atrás",
    see_result: "Ver mi resultado",
    problems_title: "Por favor, revise otra vez estas respuestas",
    check_title: "Revise sus respuestas",
    check_lead: "Asegúrese de que sean correctas antes de ver su resultado. Las respuestas sobre señales de alarma van primero.",
    change: "Cambiar",
    unanswered: "Por favor, responda esta pregunta. Si no lo sabe, elija \"No estoy seguro(a)\".",
    number_problem,

    // --- Emergency panel ---
    emergency_title: "Busque ayuda de emergencia ahora",
    emergency_do_now: "Llame ahora a su número de emergencias, o vaya ahora a la sala de emergencias (urgencias) del hospital más cercano.",
    emergency_ambulance: "Pida una ambulancia. No maneje ni conduzca usted mismo(a), y no espere a que alguien le lleve: el personal de la ambulancia puede empezar a ayudarle en el camino.",
    emergency_call: |number| format!("Llamar al {number}"),
    emergency_why: "Sus respuestas indican algo que un médico necesita revisar ahora. Recibir ayuda de inmediato le da la mejor oportunidad de recuperarse bien.",
    emergency_while_waiting: [
        "No maneje ni conduzca usted mismo(a).",
        "Si puede, lleve consigo esta página o sus respuestas.",
        "Si se pone peor mientras espera, vuelva a llamar.",
    ],
    emergency_acknowledge: "Más respuestas no cambiarán esta recomendación. Mostrar de todos modos el resto de las preguntas",

    // --- Result ---
    result_title: "Su resultado",
    level_name,
    level_action,
    level_timeframe,
    level_detail,
    reasons_title: "Lo que en sus respuestas llevó a este resultado",
    no_reasons: "Nada en sus respuestas indica un problema que necesite ver a un médico pronto.",
    reason,
    condition,
    condition_intro: "Un médico querrá descartar:",
    uncertain_note: "Esto viene de una respuesta \"No estoy seguro(a)\". Sigue contando hasta que un profesional de la salud lo revise, y se considera un paso menos urgente que un \"Sí\".",
    uncertain_kept_note: "Esto viene de una respuesta \"No estoy seguro(a)\". Ante un posible problema de los nervios de la parte baja de la columna, de la arteria principal (la aorta), o del corazón o los pulmones, no estar seguro(a) cuenta como un \"Sí\": busque atención ahora.",
    warning_signs_title: |number| format!("Llame al {number} o vaya ahora a la sala de emergencias (urgencias) del hospital si aparece cualquiera de estas señales:"),
    emergency_signs: [
        "entumecimiento (adormecimiento) entre las piernas o alrededor de los genitales o del ano",
        "dificultad nueva para orinar, no sentir cuando sale la orina o cuando defeca, o se le escapan la orina o las heces",
        "dolor por debajo de la rodilla, entumecimiento (adormecimiento) o debilidad en las dos piernas",
        "pérdida de sensibilidad en los genitales o de la función sexual, junto con dolor o entumecimiento (adormecimiento) en las piernas",
        "debilidad en una pierna o un pie que está empeorando",
        "inestabilidad nueva al estar de pie o caminar, o una pierna que no le obedece",
        "una temperatura de 38 °C (100.4 °F) o más, con entumecimiento (adormecimiento), debilidad o cualquiera de las señales anteriores",
        "un dolor repentino y muy fuerte en la espalda o el abdomen, como un desgarro, como si algo se rasgara por dentro; sentir que se va a desmayar; sudor frío, piel fría y húmeda; o un latido en el abdomen",
        "dolor o presión en el pecho, o falta de aire repentina",
    ],
    cancer_emergency_sign: "porque usted dijo que puede haber tenido cáncer: dolor nuevo que baja por una pierna, entumecimiento (adormecimiento), debilidad, inestabilidad o espasmos en las piernas",
    sources_label: "Fuentes:",
    ladder_title: "Pasos del tratamiento",
    ladder_discuss: "Para hablar con su profesional de la salud",
    step_name,
    step_summary,
    you_are_here: "Usted está aquí",
    not_started: "Todavía no ha probado nada",
    next_step: "Siguiente paso",
    options_title: "Opciones en el siguiente paso",
    repeat_what_helped: "Una inyección le ayudó por un tiempo, así que repetirla es un siguiente paso razonable. Estas inyecciones se suelen poner hasta 3 veces al año.",
    no_option_fits: "Ninguna de estas opciones se ajusta claramente a sus respuestas. Pregunte a un profesional de la salud qué paso es el adecuado para usted.",
    pain_programme: "Ningún procedimiento de este paso se ajusta claramente a sus respuestas. Pregunte a un profesional de la salud por un programa de manejo del dolor: un curso que combina ejercicio con ayuda para vivir con el dolor.",
    option,
    guideline_note,
    what_helps: "Lo que ayuda ahora",
    check_again: "Vuelva a revisar si su espalda no ha mejorado en 2 a 6 semanas. Puede hacer esta revisión otra vez cuando quiera.",
    what_to_expect: "Qué esperar:",
    pregnancy_pharmacist: "Pregunte a un farmacéutico antes de tomar cualquier medicamento para el dolor. A partir de las 20 semanas de embarazo, no tome antiinflamatorios como el ibuprofeno.",
    bring_title: "Qué llevar a su cita",
    bring_imaging: "Su resonancia magnética o tomografía reciente, y el informe escrito que vino con ella.",
    bring_treatments: "Una lista de lo que ha probado para su espalda, y cuánto le ayudó cada cosa.",
    bring_medicines: "Una lista de todos los medicamentos que toma, incluidos los que compra sin receta.",
    print: "Imprimir un resumen",
    change_answers: "Cambiar mis respuestas",
    start_over: "Empezar de nuevo",
    start_over_confirm: "¿Empezar de nuevo? Esto borra todas las respuestas que ha dado.",
    start_over_yes: "Sí, borrar mis respuestas",
    start_over_no: "No, conservar mis respuestas",
    incomplete_result: "Algunas preguntas sobre señales de alarma todavía no tienen respuesta. Por favor, regrese y respóndalas para que podamos mostrarle una recomendación.",
    returning: &super::returning::RETURNING_ES,

    // --- Printed summary ---
    summary_title: "Revisión del dolor de espalda: resumen",
    summary_date: "Fecha:",
    summary_answers: "Sus respuestas",
    summary_not_answered: "Sin responder",
    content_version: "Versión del contenido clínico",

    // --- About and sources ---
    about_title: "Acerca de backstep",
    about_is: [
        "backstep le hace preguntas sobre su dolor de espalda y busca señales de alarma que necesitan que un médico le vea rápido.",
        "Le dice qué tan pronto buscar ayuda, y cuáles de sus respuestas llevaron a eso.",
        "Muestra los pasos habituales del tratamiento del dolor de espalda, y qué paso podría venir después, para que lo hable con un profesional de la salud.",
    ],
    about_is_not: [
        "No es un diagnóstico: no puede decirle qué está causando su dolor.",
        "No reemplaza a un médico, enfermero o fisioterapeuta que pueda examinarle en persona.",
        "Está hecho para adultos. Un niño o un adolescente con dolor de espalda debe ver a un médico.",
    ],
    about_rules_title: "Cómo se revisan sus respuestas",
    about_rules_intro: "Cada regla de abajo busca una cosa en las respuestas. Cuando la encuentra, la regla indica qué tan pronto buscar ayuda. Cada regla viene de las fuentes médicas que aparecen junto a ella.",
    about_sources_title: "Fuentes",
    about_conformance: "Cómo le va a esta versión con sus casos clínicos de prueba: el informe de conformidad (en inglés)",
    about_privacy: "Sus respuestas se quedan en este dispositivo. No se envía nada a ninguna parte y no se guarda nada: al cerrar la página, se borran.",
    close: "Cerrar",
    update_ready: "Hay una nueva versión de backstep lista.",
    update_now: "Actualizar ahora",
    update_note: "Al actualizar, la página se vuelve a cargar y se borran sus respuestas. Si quiere guardar su resumen, imprímalo antes.",
    panic_title: "Algo salió mal",
    panic_text: "backstep dejó de funcionar. Por favor, vuelva a cargar la página para empezar de nuevo. Si tiene dolor de espalda y alguna de las señales de abajo, no espere:",
    clinic_offered_by: "Ofrecido por",
    clinic_call: "Llamar a la clínica",
    clinic_book: "Pedir una cita",
    offered_here: "Se ofrece aquí",

    // --- Printed summary: answers grouped for a clinician, and an English copy ---
    summary_group,
    summary_warning_mark: "Señal de alarma",
    print_english_too: "Imprimir también en inglés para el profesional de la salud",
    language_label: "Idioma",
};

fn page_title(page: Page) -> &'static str {
    match page {
        Page::WarningSigns => "¿Tiene ahora mismo alguna de estas señales?",
        Page::Nerves => "Desde que empezó el dolor de espalda, ¿ha notado alguna de estas cosas?",
        Page::Legs => "Sus piernas",
        Page::Health => "¿Algo de esto se aplica a usted?",
        Page::YourPain => "Su dolor",
        Page::PainPattern => "Cómo se comporta el dolor",
        Page::Risks => "Un poco más sobre usted",
        Page::Treatment => "Lo que ha probado",
        Page::Relief => "Cuánto le ayudó cada cosa",
    }
}

fn page_intro(page: Page) -> &'static str {
    match page {
        Page::WarningSigns => "Estas preguntas van primero porque son las más importantes.",
        Page::Nerves => {
            "Son señales de que los nervios de la parte baja de la columna pueden estar apretados."
        }
        Page::Legs => {
            "Los problemas de espalda pueden presionar los nervios que bajan hacia las piernas."
        }
        Page::Health => "Algunos datos sobre su salud cambian lo que es más seguro para usted.",
        Page::YourPain => "Cuánto tiempo, dónde, y cómo afecta su día.",
        Page::PainPattern => "Cómo cambia el dolor durante el día y con las semanas.",
        Page::Risks => "Unas últimas cosas que cambian qué tratamientos son seguros para usted.",
        Page::Treatment => "Esto muestra qué paso del tratamiento podría venir después.",
        Page::Relief => "Esto ayuda a mostrar qué paso del tratamiento podría venir después.",
    }
}

fn question(field: Field) -> QuestionWords {
    let (label, hint) = match field {
        Field::Age => ("¿Cuántos años tiene?", "En años cumplidos, por ejemplo 42."),
        Field::DurationWeeks => (
            "¿Cuánto tiempo lleva con este episodio de dolor de espalda?",
            "Cuente desde que empezó este episodio. Escriba un número y luego elija días, semanas o meses.",
        ),
        Field::PainArea => ("¿Dónde tiene principalmente el dolor de espalda?", "Elija la parte que más le duele."),
        Field::PainScore => (
            "¿Qué tan fuerte fue el dolor en su peor momento en las últimas 24 horas?",
            "",
        ),
        Field::LegPain => (
            "¿El dolor se extiende hacia una pierna?",
            "Si le duelen las dos piernas, piense en aquella donde el dolor baja más.",
        ),
        Field::BothLegs => (
            "¿Tiene síntomas en las dos piernas, y eso es nuevo o está empeorando?",
            "Aquí, síntomas en las piernas quiere decir dolor por debajo de la rodilla, entumecimiento (adormecimiento) o debilidad. Si no tiene ninguno de estos, responda que no.",
        ),
        Field::Worsening => (
            "¿Su dolor de espalda está empeorando con los días o las semanas?",
            "Responda que sí si ahora está claramente peor que cuando empezó, no solo por un mal día.",
        ),
        Field::ConstantNightPain => (
            "¿El dolor está ahí todo el tiempo cuando descansa o de noche, incluso cuando cambia de posición?",
            "Responda que no si se alivia al acostarse sin moverse, o al cambiar de posición.",
        ),
        Field::InflammatoryPattern => (
            "¿Siente la espalda rígida por más de 30 minutos después de levantarse, y mejora una vez que se mueve?",
            "Responda que sí solo si las dos cosas son ciertas.",
        ),
        Field::SaddleNumbness => (
            "¿Tiene entumecimiento (adormecimiento) o una sensación extraña entre las piernas, alrededor de los genitales o del ano, y eso es nuevo o está empeorando?",
            "Por ejemplo, no siente bien el papel higiénico al limpiarse, o la piel de esa zona se siente entumecida (adormecida), con hormigueo o diferente.",
        ),
        Field::BladderChange => (
            "¿Tiene un problema para orinar que es nuevo o está empeorando?",
            "Por ejemplo: le cuesta empezar o parar, no siente cuando sale la orina, se le escapa la orina, o no nota cuando tiene la vejiga llena.",
        ),
        Field::BowelIncontinence => (
            "¿Ha perdido el control para defecar (evacuar el intestino), o ha dejado de sentir cuando defeca, y eso es nuevo o está empeorando?",
            "Por ejemplo, se le escapan las heces, o las encuentra en la ropa interior sin haberlo sentido.",
        ),
        Field::SexualDysfunction => (
            "Desde que empezó el dolor de espalda, ¿ha perdido la sensibilidad en los genitales, o ha perdido la función sexual (no solo que tener relaciones le duela)?",
            "Por ejemplo, siente los genitales entumecidos (adormecidos), o tiene problemas nuevos para tener una erección, eyacular o llegar al orgasmo.",
        ),
        Field::LegWeakness => (
            "¿Tiene debilidad en una pierna o en un pie?",
            "Por ejemplo, se tropieza con su propio pie, el pie le cae de golpe contra el suelo al caminar, o la rodilla le falla.",
        ),
        Field::LegNumbness => (
            "¿Tiene entumecimiento (adormecimiento) u hormigueo en una pierna o en un pie?",
            "Cosquilleo, pinchazos, o una zona de la piel que se siente sin sensibilidad o como muerta.",
        ),
        Field::LegSpasms => (
            "¿Tiene espasmos fuertes o rigidez en las piernas?",
            "Un espasmo es cuando un músculo se aprieta con fuerza por sí solo y no se suelta.",
        ),
        Field::WalkingDifficulty => (
            "Desde que empezó el dolor, ¿se ha vuelto inestable al estar de pie o caminar, o una pierna no le obedece (no solo caminar despacio porque duele)?",
            "Por ejemplo, se tambalea, pierde el equilibrio, o una pierna no se mueve como usted quiere.",
        ),
        Field::MajorTrauma => (
            "¿Ha tenido hace poco una lesión grande, como un accidente de tránsito, una caída desde una altura, o un choque fuerte contra algo o alguien?",
            "Por ejemplo, un choque en auto o en bicicleta, caerse de una escalera de mano o por unas escaleras, o un golpe fuerte contra otro jugador en un deporte.",
        ),
        Field::MinorTrauma => (
            "¿Ha tenido hace poco una lesión pequeña, como una caída estando de pie, o un tirón al levantar algo?",
            "Por ejemplo, se resbaló en casa, o sintió un tirón de repente al levantar una bolsa.",
        ),
        Field::CancerHistory => (
            "¿Tiene cáncer ahora, o ha tenido cáncer en el pasado?",
            "Cuente cualquier cáncer, aunque haya sido hace mucho. Puede dejar fuera un cáncer de piel que no fue melanoma (el melanoma es un tipo de cáncer de piel que se puede extender).",
        ),
        Field::WeightLoss => (
            "¿Ha bajado de peso sin intentarlo?",
            "Por ejemplo, la ropa le queda más floja, aunque no ha cambiado cómo come ni cuánto ejercicio hace.",
        ),
        Field::Fever => (
            "Desde que empezó el dolor, ¿ha tenido una temperatura de 38 °C (100.4 °F) o más, o escalofríos con temblores?",
            "Escalofríos con temblores quiere decir temblar fuerte sin poder parar, aunque tenga calor.",
        ),
        Field::IvDrugUse => (
            "¿Se inyecta drogas?",
            "Esto quiere decir drogas que un médico no le ha recetado, usadas con una aguja. Su respuesta se queda en este dispositivo.",
        ),
        Field::Immunosuppressed => (
            "¿Toma medicamentos que debilitan su sistema inmunológico, o tiene una enfermedad que lo debilita?",
            "El sistema inmunológico es la forma en que su cuerpo combate los microbios. Por ejemplo, la quimioterapia (medicamentos contra el cáncer), o los medicamentos que se toman después de un trasplante de órgano.",
        ),
        Field::RecentInfectionOrProcedure => (
            "En los últimos 3 meses, ¿ha tenido una infección causada por bacterias, una inyección u operación en la columna, o una herida en la espalda?",
            "Las bacterias son microbios. Por ejemplo, una infección urinaria, de la piel o del pecho que necesitó antibióticos.",
        ),
        Field::SteroidUse => (
            "¿Ha tomado pastillas de corticoides (esteroides) durante meses?",
            "Pastillas de corticoides (esteroides), como la prednisona o la prednisolona. Las cremas y los inhaladores no cuentan.",
        ),
        Field::Osteoporosis => (
            "¿Un médico le ha dicho que tiene los huesos frágiles (osteoporosis)?",
            "",
        ),
        Field::VascularWarning => (
            "¿Tiene un dolor repentino y muy fuerte en la espalda o el abdomen, como un desgarro, como si algo se rasgara por dentro, siente que se va a desmayar, tiene sudor frío (piel fría y húmeda), o siente un latido en el abdomen?",
            "Sudor frío quiere decir piel fría y húmeda. Un latido es un golpeteo en el abdomen, como el del corazón.",
        ),
        Field::KnownAneurysm => (
            "¿Un médico le ha dicho que tiene un aneurisma de aorta?",
            "Un aneurisma de aorta es un ensanchamiento de la arteria principal (la aorta) en el abdomen o el pecho.",
        ),
        Field::ChestOrBreathing => (
            "Además del dolor de espalda, ¿tiene dolor o presión en el pecho, o de repente le falta el aire?",
            "Por ejemplo, opresión o pesadez en el pecho, o le cuesta recuperar el aliento.",
        ),
        Field::BellyOrUrine => (
            "¿Tiene dolor en el abdomen o en el costado junto con ardor o ganas de orinar seguido, o ha visto sangre en la orina?",
            "El costado es la zona entre las costillas de abajo y la cadera. La sangre puede hacer que la orina se vea rosada, roja o de color café.",
        ),
        Field::Pregnant => (
            "¿Está embarazada, o ha dado a luz en las últimas 6 semanas?",
            "Si esto no puede aplicarse a usted, responda que no.",
        ),
        Field::DailyFunction => (
            "¿Puede seguir con sus actividades de todos los días?",
            "Por ejemplo, el trabajo o la escuela, cuidar de usted o de otras personas, hacer las compras y moverse de un lugar a otro.",
        ),
        Field::SleepDisturbed => ("¿El dolor le despierta a menudo o no le deja dormir?", ""),
        Field::TreatmentsTried => (
            "¿Qué ha probado ya para este episodio de dolor de espalda?",
            "Todo, aunque no le haya ayudado.",
        ),
        Field::PtWeeks => (
            "¿Cuántas semanas de fisioterapia ha hecho?",
            "La fisioterapia también se llama terapia física. Cuente las semanas hasta ahora, por ejemplo 4.",
        ),
        Field::Relief => (
            "¿Cuánto le ayudó cada cosa?",
            "Responda por cada cosa que marcó.",
        ),
        Field::Diagnosis => (
            "¿Un médico u otro profesional de la salud le ha dicho qué está causando su dolor de espalda?",
            "Elija lo que le dijeron. Si no le dijeron nada, o no lo sabe con seguridad, elija la primera respuesta.",
        ),
        Field::RecentImaging => (
            "¿Le han hecho una resonancia magnética o una tomografía de la columna en el último año?",
            "Son estudios detallados que se hacen en un hospital o una clínica. Una radiografía simple no cuenta.",
        ),
    };
    QuestionWords { label, hint }
}

/// The label of a choice answer. An exhaustive `match`: a new value is a compile error
/// here, not a blank button.
fn choice(choice: Choice) -> &'static str {
    match choice {
        Choice::PainArea(PainArea::Lower) => "Parte baja de la espalda",
        Choice::PainArea(PainArea::MiddleUpper) => "Parte media o alta de la espalda",
        Choice::LegPain(LegPain::None) => "No, se queda en la espalda",
        Choice::LegPain(LegPain::AboveKnee) => "Sí, pero no por debajo de la rodilla",
        Choice::LegPain(LegPain::BelowKnee) => "Sí, por debajo de la rodilla (hasta la pantorrilla o el pie)",
        Choice::LegWeakness(LegWeakness::None) => "Sin debilidad",
        Choice::LegWeakness(LegWeakness::Stable) => "Sí, y sigue igual",
        Choice::LegWeakness(LegWeakness::Worsening) => "Sí, y está empeorando",
        Choice::LegWeakness(LegWeakness::Unsure) => "No estoy seguro(a)",
        Choice::DailyFunction(DailyFunction::Normal) => "Sí, como siempre",
        Choice::DailyFunction(DailyFunction::Limited) => "Solo algunas, o con dificultad",
        Choice::DailyFunction(DailyFunction::Unable) => "No, no puedo hacer la mayoría",
        Choice::Relief(Relief::Good) => "Me ayudó mucho",
        Choice::Relief(Relief::Partial) => "Me ayudó un poco, pero no lo suficiente",
        Choice::Relief(Relief::None) => "No me ayudó",
        Choice::Relief(Relief::Temporary) => "Me ayudó, pero luego se pasó el efecto",
        Choice::Diagnosis(Diagnosis::NoneKnown) => "No, o no lo sé",
        Choice::Diagnosis(Diagnosis::HerniatedDisc) => "Un disco desplazado o abultado (hernia de disco)",
        Choice::Diagnosis(Diagnosis::SpinalStenosis) => "Estrechamiento del espacio alrededor de los nervios en la columna (estenosis espinal)",
        Choice::Diagnosis(Diagnosis::FacetArthritis) => "Desgaste de las pequeñas articulaciones de la columna (artrosis facetaria)",
        Choice::Diagnosis(Diagnosis::DegenerativeDisc) => "Desgaste de los discos, los cojines entre los huesos de la columna (enfermedad degenerativa del disco)",
        Choice::Diagnosis(Diagnosis::CompressionFracture) => "Un hueso de la columna que se agrietó y se aplastó (fractura por compresión)",
    }
}

fn duration_unit(unit: DurationUnit) -> &'static str {
    match unit {
        DurationUnit::Days => "días",
        DurationUnit::Weeks => "semanas",
        DurationUnit::Months => "meses",
    }
}

fn number_problem(field: Field, problem: NumberProblem) -> String {
    let number = NumberKind::of(field);
    match (number, problem) {
        (NumberKind::Age, NumberProblem::Missing) => "Por favor, escriba su edad en años cumplidos.".into(),
        (NumberKind::Age, NumberProblem::NotANumber) => {
            "Escriba su edad solo con dígitos, por ejemplo 42.".into()
        }
        (NumberKind::Age, NumberProblem::NotWhole) => {
            "Escriba su edad en años cumplidos, sin decimales, por ejemplo 42.".into()
        }
        (NumberKind::Age, NumberProblem::OutOfRange { min, max }) => {
            format!("Escriba una edad en años cumplidos, de {min} a {max}.")
        }
        (NumberKind::Duration, NumberProblem::Missing) => {
            "Por favor, escriba cuánto tiempo lleva con este dolor, como un número de días, semanas o meses.".into()
        }
        (NumberKind::Duration, NumberProblem::NotANumber) => {
            "Escriba un número de días, semanas o meses con dígitos, 0 o más, por ejemplo 3.".into()
        }
        (NumberKind::Duration, NumberProblem::NotWhole) => {
            "Escriba un número entero de días, semanas o meses, por ejemplo 3.".into()
        }
        (NumberKind::Duration, NumberProblem::OutOfRange { min, max }) => {
            format!("Escriba un número de días, semanas o meses de {min} a {max}.")
        }
        (NumberKind::TherapyWeeks, NumberProblem::Missing) => {
            "Por favor, escriba cuántas semanas de fisioterapia ha hecho. Escriba 0 si no ha empezado.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::NotANumber) => {
            "Escriba un número de semanas con dígitos, 0 o más, por ejemplo 4.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::NotWhole) => {
            "Escriba un número entero de semanas, por ejemplo 4.".into()
        }
        (NumberKind::TherapyWeeks, NumberProblem::OutOfRange { min, max }) => {
            format!("Escriba un número de semanas de {min} a {max}.")
        }
        (NumberKind::Other, NumberProblem::Missing) => "Por favor, escriba un número.".into(),
        (NumberKind::Other, NumberProblem::NotANumber) => {
            "Escriba un número solo con dígitos, por ejemplo 3.".into()
        }
        (NumberKind::Other, NumberProblem::NotWhole) => {
            "Escriba un número entero, sin decimales.".into()
        }
        (NumberKind::Other, NumberProblem::OutOfRange { min, max }) => {
            format!("Escriba un número de {min} a {max}.")
        }
    }
}

fn level_name(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Emergencia",
        Level::Urgent => "Urgente",
        Level::Soon => "Pronto",
        Level::Routine => "De rutina",
        Level::SelfCare => "Autocuidado",
    }
}

fn level_action(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Llame a su número de emergencias ahora o vaya ahora a la sala de emergencias (urgencias) del hospital más cercano.",
        Level::Urgent => "Vea a un médico hoy.",
        Level::Soon => "Pida una cita con un médico en los próximos días, a más tardar dentro de una semana.",
        Level::Routine => "Pida una cita de rutina con un médico o con un especialista en columna en las próximas semanas.",
        Level::SelfCare => "Por ahora, cuide su espalda en casa, y vuelva a revisar si no mejora en 2 a 6 semanas.",
    }
}

fn level_timeframe(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Ahora",
        Level::Urgent => "Hoy",
        Level::Soon => "Dentro de una semana",
        Level::Routine => "En las próximas semanas",
        Level::SelfCare => "Vuelva a revisar en 2 a 6 semanas",
    }
}

fn level_detail(level: Level) -> &'static str {
    match level {
        Level::Emergency => "Sus respuestas indican algo que un médico necesita revisar ahora. No espere a ver si se le pasa.",
        Level::Urgent => "Vaya a un centro de atención de urgencia, pida una consulta el mismo día con su médico, o llame a un servicio de atención fuera de horario. Si antes aparece una de las señales de alarma de abajo, llame a su número de emergencias.",
        Level::Soon => "Sus respuestas indican algo que un médico debe revisar, aunque no tiene que ser hoy. Si empeora, busque ayuda antes.",
        Level::Routine => "Nada en sus respuestas necesita atención urgente, pero un médico debe revisar su espalda. Mientras tanto, siga moviéndose con suavidad.",
        Level::SelfCare => "Nada en sus respuestas necesita un médico ahora mismo, y la mayoría de los dolores de espalda mejoran solos. Siga moviéndose con suavidad: quedarse en cama hace que sane más despacio.",
    }
}

fn reason(rule: RuleId) -> &'static str {
    match rule {
        RuleId::CaudaEquina => "Usted dijo que tiene entumecimiento (adormecimiento) entre las piernas o alrededor del ano, o un problema nuevo para orinar o para defecar.",
        RuleId::BilateralLegSymptoms => "Usted dijo que tiene síntomas en las dos piernas, como dolor por debajo de la rodilla, entumecimiento o debilidad, que son nuevos o están empeorando.",
        RuleId::CesSexualWithLegSymptoms => "Usted dijo que ha perdido la sensibilidad en los genitales o la función sexual, y además tiene síntomas en las piernas.",
        RuleId::ProgressiveWeakness => "Usted dijo que tiene débil una pierna o un pie, y que la debilidad está empeorando.",
        RuleId::GaitDisturbance => "Usted dijo que se ha vuelto inestable al estar de pie o caminar, o que una pierna no le obedece.",
        RuleId::CancerWithNeuro => "Usted dijo que tiene o ha tenido cáncer, y además tiene señales de que un nervio puede estar presionado, como dolor por debajo de la rodilla, entumecimiento o debilidad.",
        RuleId::MajorTrauma => "Usted dijo que tuvo hace poco una lesión grande, como un accidente de tránsito o una caída desde una altura.",
        RuleId::InfectionWithNeuro => "Usted dijo que ha tenido fiebre, y además tiene síntomas de los nervios, como entumecimiento, debilidad, inestabilidad, o cambios al orinar o al defecar.",
        RuleId::InfectionRiskWithFever => "Usted dijo que ha tenido fiebre, junto con algo que hace más probable una infección: inyectarse drogas, un sistema inmunológico débil, o una infección, inyección en la columna, operación o herida reciente.",
        RuleId::Vascular => "Usted dijo que tiene un dolor repentino y muy fuerte, como un desgarro, como si algo se rasgara por dentro, que siente que se va a desmayar o tiene sudor frío (piel fría y húmeda), o que siente un latido en el abdomen.",
        RuleId::KnownAneurysm => "Usted dijo que un médico le ha dicho que tiene un aneurisma de aorta: con dolor de espalda, hay que revisarlo ahora.",
        RuleId::ChestOrBreathing => "Usted dijo que tiene dolor o presión en el pecho, o que de repente le falta el aire, además del dolor de espalda.",
        RuleId::Fever => "Usted dijo que ha tenido una temperatura de 38 °C (100.4 °F) o más, o escalofríos con temblores, desde que empezó el dolor.",
        RuleId::CancerWithSpinalPainFeatures => "Usted dijo que tiene o ha tenido cáncer, y su dolor de espalda tiene algo que hay que revisar hoy: está en la parte media o alta de la espalda, está empeorando, está ahí todo el tiempo en reposo o de noche, o es muy fuerte.",
        RuleId::InfectionRiskWithProgression => "Usted dijo que algo hace más probable una infección (inyectarse drogas, un sistema inmunológico débil, o una infección o un procedimiento en la columna recientes), y el dolor está empeorando o está ahí todo el tiempo en reposo. Una infección en la columna no siempre da fiebre.",
        RuleId::BellyOrUrine => "Usted dijo que tiene dolor en el abdomen o en el costado con ardor o ganas de orinar seguido, o sangre en la orina.",
        RuleId::StableWeakness => "Usted dijo que tiene débil una pierna o un pie, aunque no está empeorando.",
        RuleId::LegSpasms => "Usted dijo que tiene espasmos fuertes o rigidez en las piernas.",
        RuleId::FragilityFracture => "Usted dijo que tuvo una lesión pequeña, y sus huesos se pueden romper con más facilidad: tiene los huesos frágiles, toma pastillas de corticoides (esteroides) o tiene 70 años o más.",
        RuleId::FractureRiskSeverePain => "Usted dijo que tiene los huesos frágiles o que ha tomado pastillas de corticoides (esteroides) durante meses, y su dolor es muy fuerte, 8 o más de 10: un hueso de la columna puede haberse agrietado, aun sin una caída.",
        RuleId::SexualDysfunction => "Usted dijo que ha perdido algo de sensibilidad en los genitales, o algo de la función sexual, desde que empezó el dolor.",
        RuleId::CancerHistory => "Usted dijo que tiene cáncer ahora o que lo ha tenido en el pasado, así que un médico debe revisar su espalda.",
        RuleId::MultipleRiskFactors => "Varias cosas en sus respuestas se suman, aunque cada una por sí sola sería menos preocupante.",
        RuleId::SeverePainDisabling => "Usted dijo que su dolor es muy fuerte, 8 o más de 10, y que no puede hacer la mayoría de sus actividades de todos los días.",
        RuleId::Age70Plus => "Usted tiene 70 años o más: a esta edad, el dolor de espalda se revisa con más cuidado.",
        RuleId::AgeUnder20 => "Usted tiene menos de 20 años: el dolor de espalda es menos común a esta edad, así que se revisa con más cuidado.",
        RuleId::WeightLoss => "Usted dijo que ha bajado de peso sin intentarlo.",
        RuleId::NightPain => "Usted dijo que el dolor está ahí todo el tiempo en reposo o de noche, incluso cuando cambia de posición.",
        RuleId::ThoracicPain => "Usted dijo que el dolor está principalmente en la parte media o alta de la espalda, que se revisa con más cuidado que el dolor en la parte baja.",
        RuleId::Immunosuppressed => "Usted dijo que toma medicamentos, o tiene una enfermedad, que debilitan su sistema inmunológico.",
        RuleId::SteroidUse => "Usted dijo que ha tomado pastillas de corticoides (esteroides) durante meses, lo que puede volver los huesos más frágiles.",
        RuleId::Osteoporosis => "Usted dijo que le han dicho que tiene los huesos frágiles (osteoporosis).",
        RuleId::IvDrugUse => "Usted dijo que se inyecta drogas, lo que hace un poco más probable una infección en la columna.",
        RuleId::LegNumbness => "Usted dijo que tiene entumecimiento (adormecimiento) u hormigueo en una pierna o en un pie.",
        RuleId::Pregnancy => "Usted dijo que está embarazada o que dio a luz en las últimas 6 semanas, así que los medicamentos y tratamientos necesitan el consejo de un profesional de la salud.",
        RuleId::PersistentPain => "Usted dijo que el dolor ha durado 6 semanas o más.",
        RuleId::Worsening => "Usted dijo que el dolor está empeorando con los días o las semanas.",
        RuleId::FunctionLimited => "Usted dijo que el dolor le ha dificultado sus actividades de todos los días durante 2 semanas o más.",
        RuleId::SleepDisturbed => "Usted dijo que el dolor le despierta a menudo o no le deja dormir, y que ha durado 2 semanas o más.",
        RuleId::SeverePain => "Usted dijo que su peor dolor es de 8 o más de 10, así que se debe revisar de nuevo su tratamiento para el dolor.",
        RuleId::PersistentSciatica => "Usted dijo que el dolor baja por debajo de la rodilla, y que ha durado 4 semanas o más.",
        RuleId::InflammatoryBackPain => "El dolor empezó antes de que usted cumpliera 45 años, ha durado 12 semanas o más, y su espalda está rígida por más de 30 minutos en la mañana y mejora al moverse.",
    }
}

fn condition(condition: Condition) -> &'static str {
    match condition {
        Condition::CaudaEquinaSyndrome => "presión sobre los nervios de la parte baja de la columna: síndrome de la cola de caballo (cauda equina)",
        Condition::ProgressiveNeurologicalDeficit => "presión sobre un nervio o la médula espinal que está empeorando (déficit neurológico progresivo)",
        Condition::SpinalCordCompression => "presión sobre la médula espinal (compresión medular)",
        Condition::SpinalFracture => "un hueso roto en la columna (fractura de columna)",
        Condition::SpinalInfection => "una posible infección en la columna",
        Condition::AorticAneurysm => "un problema en el vaso sanguíneo principal del abdomen (aneurisma de la aorta)",
        Condition::HeartOrLungCause => "un problema del corazón o de los pulmones",
        Condition::SpinalMalignancy => "algo más serio, como un crecimiento anormal que afecta la columna",
        Condition::KidneyOrAbdominalCause => "una infección de los riñones u otro problema dentro del abdomen",
        Condition::NerveRootCompression => "un nervio pinzado en la parte baja de la espalda (compresión de una raíz nerviosa)",
        Condition::CompressionFracture => "un hueso de la columna que se agrietó y se aplastó (fractura por compresión)",
        Condition::SeriousPathologyRisk => "una causa de dolor de espalda menos común pero más seria",
        Condition::AxialSpondyloarthritis => "una enfermedad de larga duración que inflama las articulaciones de la columna y las pone rígidas (espondiloartritis axial)",
    }
}

fn step_name(step: LadderStep) -> &'static str {
    match step {
        LadderStep::SelfCare => "Autocuidado",
        LadderStep::Conservative => "Fisioterapia y medicamentos",
        LadderStep::Interventional => "Inyecciones",
        LadderStep::Advanced => "Procedimientos mínimamente invasivos",
        LadderStep::SurgicalConsult => "La opinión de un cirujano",
    }
}

fn step_summary(step: LadderStep) -> &'static str {
    match step {
        LadderStep::SelfCare => "Siga moviéndose, use calor o hielo, y tome medicamentos para el dolor de la farmacia.",
        LadderStep::Conservative => "Fisioterapia, medicamentos recetados por un médico, y otros cuidados con las manos o que ayudan a calmarse (tratamiento conservador).",
        LadderStep::Interventional => "Medicamento inyectado cerca del nervio o la articulación adolorida, con ayuda de rayos X, para calmar el dolor y la inflamación.",
        LadderStep::Advanced => "Procedimientos pequeños a través de una aguja o un corte diminuto (mínimamente invasivos), cuando las inyecciones no han sido suficientes.",
        LadderStep::SurgicalConsult => "Hablar con un cirujano sobre una operación. Es el último recurso: solo alrededor de 1 de cada 20 personas necesita cirugía.",
    }
}

fn option(option: OptionId) -> OptionWords {
    let (name, what, expect) = match option {
        OptionId::ActivityAndSelfCare => (
            "Seguir en movimiento",
            "Siga con su día normal tanto como pueda, a su propio ritmo y con descansos cortos. Quedarse en cama por días hace que sane más despacio.",
            "Un movimiento suave, como caminatas cortas, es un buen comienzo. Haga un poco más cada día. La mayoría de los dolores de espalda mejoran solos.",
        ),
        OptionId::HeatIce => (
            "Calor o hielo",
            "Una compresa caliente relaja los músculos tensos y ayuda a la circulación. Una compresa fría adormece la zona adolorida y baja la hinchazón.",
            "Úsela por ratos cortos, unas cuantas veces al día, la que le haga sentir mejor. Ponga siempre un paño entre la compresa y la piel.",
        ),
        OptionId::OtcPainRelief => (
            "Medicamentos para el dolor de la farmacia",
            "Medicamentos que puede comprar sin receta, como los antiinflamatorios (por ejemplo, el ibuprofeno), que alivian el dolor y la inflamación.",
            "Pueden aliviar el dolor lo suficiente para que siga moviéndose. Siga las instrucciones del empaque, y pregunte primero a un farmacéutico si toma otros medicamentos o tiene problemas del estómago, los riñones o el corazón.",
        ),
        OptionId::PhysicalTherapy => (
            "Fisioterapia (terapia física)",
            "Un fisioterapeuta le enseña ejercicios que estiran y fortalecen la espalda y los músculos de la zona media del cuerpo (el abdomen y la cintura). También puede usar calor, hielo, ultrasonido o TENS (un aparato pequeño que envía impulsos eléctricos suaves) para aliviar el dolor.",
            "Un tratamiento suele durar de 6 a 12 semanas, y la mayoría de las personas notan un avance claro en el primer mes. Los ejercicios también ayudan a que el dolor no vuelva.",
        ),
        OptionId::PrescriptionMedication => (
            "Medicamentos con receta",
            "Medicamentos que un médico receta y vigila, como antiinflamatorios más fuertes, relajantes musculares (para los espasmos) o medicamentos para el dolor de los nervios.",
            "Su médico elige la dosis, revisa si hay efectos secundarios y le dice por cuánto tiempo tomarlos.",
        ),
        OptionId::Chiropractic => (
            "Quiropráctica u osteopatía",
            "Un quiropráctico o un osteópata usa las manos para mover y presionar la columna (manipulación de la columna), para que se mueva mejor y quitar presión de los nervios.",
            "Suele ser una serie de sesiones cortas. Primero, cuénteles sobre cualquier problema de salud que tenga. Muchos seguros médicos no lo pagan, así que consulte antes de empezar.",
        ),
        OptionId::Acupuncture => (
            "Acupuntura",
            "Se colocan agujas muy delgadas en la piel, en puntos elegidos, para ayudar a aliviar el dolor.",
            "Las agujas son finas, y la mayoría de las personas casi no las sienten. A algunas personas les ayuda mucho y a otras menos, y se suele hacer en varias sesiones.",
        ),
        OptionId::Massage => (
            "Masaje",
            "Trabajo con las manos sobre los músculos de la espalda para aflojar las zonas tensas, aliviar los espasmos y ayudar a la circulación.",
            "Debe sentirse relajante, no doloroso. Funciona mejor junto con el ejercicio y seguir en movimiento.",
        ),
        OptionId::YogaTaiChi => (
            "Yoga o taichí",
            "Ejercicio lento y suave que combina estiramientos, equilibrio y respiración tranquila, para que la espalda sea más fuerte y flexible.",
            "Empiece con una clase para principiantes y un instructor calificado, y cuéntele sobre su espalda. El beneficio aumenta con semanas de práctica regular, y es una habilidad que le queda para siempre.",
        ),
        OptionId::Mindfulness => (
            "Atención plena (mindfulness) y relajación",
            "Formas sencillas de calmar la mente, como respirar despacio y meditar. Pueden hacer que el dolor se sienta menos fuerte y aliviar el estrés y el desánimo que puede traer un dolor que dura mucho.",
            "Puede aprenderlo en un curso, una clase o una aplicación. Requiere práctica regular, unos minutos al día, y puede hacerlo en cualquier lugar.",
        ),
        OptionId::EpiduralSteroidInjection => (
            "Inyección epidural de esteroides",
            "Un médico inyecta un esteroide (un medicamento fuerte contra la inflamación) y un medicamento que adormece en el espacio alrededor de los nervios de la columna, con ayuda de rayos X. Se usa para el dolor que baja por la pierna como una descarga.",
            "Es una visita corta y vuelve a casa el mismo día. El alivio suele empezar en 1 a 2 días y puede durar días, semanas o meses. Se puede poner hasta 3 veces al año.",
        ),
        OptionId::SelectiveNerveRootBlock => (
            "Bloqueo de raíz nerviosa",
            "Una inyección de un medicamento que adormece y un medicamento contra la inflamación junto a un nervio, donde sale de la columna, con ayuda de rayos X. Puede aliviar el dolor y también mostrar qué nervio lo está causando.",
            "El adormecimiento se pasa en unas pocas horas. El medicamento contra la inflamación puede tardar unos días en hacer todo su efecto. A veces, las inyecciones repetidas funcionan mejor cada vez.",
        ),
        OptionId::FacetJointBlock => (
            "Inyección en las articulaciones facetarias",
            "Una inyección de un medicamento que adormece y un esteroide en una de las pequeñas articulaciones que unen los huesos de la columna (articulaciones facetarias). Puede aliviar el dolor y mostrar si esa articulación es la causa.",
            "El adormecimiento se pasa en unas horas, y el esteroide hace todo su efecto en 1 a 2 días. Si el dolor vuelve, se puede repetir, normalmente hasta 3 veces al año.",
        ),
        OptionId::TriggerPointInjection => (
            "Inyección en puntos gatillo",
            "Una inyección en un nudo tenso y adolorido de un músculo de la espalda (un punto gatillo), para ayudar a que el músculo se relaje.",
            "Es rápida y se hace en una clínica o consultorio. Es para el dolor que viene de un músculo, y no de un nervio o una articulación.",
        ),
        OptionId::RadiofrequencyAblation => (
            "Ablación por radiofrecuencia",
            "Se coloca una aguja, calentada con ondas de radio, sobre los nervios diminutos que llevan el dolor desde las articulaciones facetarias, para que dejen de enviar señales de dolor. Es para personas a quienes las inyecciones en las articulaciones facetarias les ayudaron, pero solo por un tiempo.",
            "Se hace a través de una aguja, con un medicamento que adormece y a veces un medicamento suave para que se relaje, con ayuda de rayos X. Normalmente vuelve a casa el mismo día, y la recuperación toma desde unos minutos hasta unos días.",
        ),
        OptionId::VertebroplastyKyphoplasty => (
            "Vertebroplastia o cifoplastia",
            "Se pone cemento para hueso, a través de una aguja, en un hueso de la columna que se agrietó y se aplastó, para mantenerlo firme mientras sana. En la cifoplastia, primero un globo diminuto hace espacio para el cemento.",
            "Se hace con ayuda de rayos X. Puede quedarse unas horas, o a veces una noche. La recuperación toma desde unos minutos hasta unos días.",
        ),
        OptionId::SpinalCordStimulation => (
            "Estimulación de la médula espinal",
            "Se colocan cables delgados cerca de la médula espinal a través de una aguja. Envían señales eléctricas suaves que reducen los mensajes de dolor que llegan al cerebro. Es para el dolor que ha durado 6 meses o más cuando otros tratamientos no han ayudado lo suficiente.",
            "Puede quedarse unas horas, o a veces una noche. La recuperación toma desde unos minutos hasta unos días, y después tendrá controles regulares.",
        ),
        OptionId::TargetedDrugDelivery => (
            "Bomba de medicamento para el dolor",
            "Un tubo delgado lleva el medicamento para el dolor desde una bomba pequeña directamente al líquido que rodea la médula espinal (administración dirigida de medicamentos). Así se necesita una dosis mucho menor que con pastillas.",
            "Es para el dolor de larga duración cuando otros tratamientos no han ayudado lo suficiente. Tendrá controles regulares para ver cómo está funcionando.",
        ),
        OptionId::InterspinousSpacer => (
            "Espaciador interespinoso",
            "Se coloca un espaciador pequeño entre dos huesos de la columna a través de un corte pequeño, para mantenerlos separados y quitar presión de los nervios pinzados. Es para el estrechamiento alrededor de los nervios (estenosis espinal).",
            "Puede quedarse unas horas, o a veces una noche. La recuperación suele tomar desde unos minutos hasta unos días.",
        ),
        OptionId::PercutaneousDiscectomy => (
            "Tratamiento del disco con una aguja",
            "Se pasa una aguja a través de la piel de la espalda hasta un disco abultado para quitar una parte, de modo que el abultamiento se reduzca y presione menos el nervio (discectomía percutánea). Es para una hernia de disco.",
            "No hay un corte grande, solo una aguja. Puede quedarse unas horas, o a veces una noche. La recuperación suele tomar desde unos minutos hasta unos días.",
        ),
        OptionId::SurgicalConsultation => (
            "Consultar a un cirujano de columna",
            "Un cirujano revisa sus estudios de imagen y su historia, y le dice si una operación podría ayudar, como quitar parte de un disco, hacer más espacio para los nervios, o unir huesos de la columna.",
            "La cirugía es el último recurso: más de 9 de cada 10 personas mejoran sin ella, y solo alrededor de 1 de cada 20 la necesita. Ver a un cirujano no quiere decir que tenga que operarse. Le ayuda a pensar bien sus opciones.",
        ),
    };
    OptionWords { name, what, expect }
}

/// La nota en palabras sencillas sobre una opción que una guía no recomienda; vacía para las demás.
fn guideline_note(option: OptionId) -> &'static str {
    match option {
        OptionId::Acupuncture => "NICE, la institución del Reino Unido que hace guías clínicas, no recomienda la acupuntura para el dolor de la parte baja de la espalda, con o sin ciática. Algunas clínicas la siguen ofreciendo.",
        OptionId::FacetJointBlock => "NICE, la institución del Reino Unido que hace guías clínicas, no recomienda las inyecciones en la columna para el dolor de la parte baja de la espalda. Solo apoya el tratamiento de los nervios que puede venir después (ablación por radiofrecuencia) si antes una inyección de prueba en los nervios de la articulación ayudó.",
        OptionId::TriggerPointInjection => "NICE, la institución del Reino Unido que hace guías clínicas, no recomienda las inyecciones para el dolor de la parte baja de la espalda. Algunas clínicas las siguen ofreciendo.",
        _ => "",
    }
}

/// Un punto de la lista de señales: una sola cosa, corta, que se lee bajo la pregunta del grupo.
fn item(item: Item) -> QuestionWords {
    let (label, hint) = match item {
        Item::TearingPain => (
            "Un dolor repentino y muy fuerte en la espalda o el abdomen, como un desgarro, como si algo se rasgara por dentro",
            "",
        ),
        Item::FaintOrClammy => (
            "Sentir que se va a desmayar, o sudor frío (piel fría y húmeda)",
            "",
        ),
        Item::PulsingBelly => (
            "Un latido en el abdomen, como el del corazón",
            "",
        ),
        Item::ChestPain => (
            "Dolor, presión u opresión en el pecho",
            "",
        ),
        Item::Breathless => (
            "Falta de aire repentina",
            "",
        ),
        Item::KnownAneurysm => (
            "Un médico le ha dicho que tiene un aneurisma de aorta (un ensanchamiento de la arteria principal)",
            "",
        ),
        Item::SaddleNumbness => (
            "Entumecimiento (adormecimiento) nuevo o una sensación extraña entre las piernas, alrededor de los genitales o del ano",
            "Por ejemplo, no siente bien el papel higiénico al limpiarse.",
        ),
        Item::Bladder => (
            "Dificultad nueva para orinar: le cuesta empezar o parar, no lo siente, o se le escapa la orina",
            "",
        ),
        Item::Bowel => (
            "Pérdida nueva del control para defecar, o no sentir cuando defeca",
            "",
        ),
        Item::SexualFunction => (
            "Pérdida nueva de sensibilidad en los genitales o de la función sexual (no solo que las relaciones duelan)",
            "",
        ),
        Item::LegPain => (
            "Dolor que se extiende desde la espalda hacia una pierna",
            "",
        ),
        Item::BelowKnee => (
            "¿El dolor de la pierna baja por debajo de la rodilla, hasta la pantorrilla o el pie?",
            "Si le duelen las dos piernas, piense en aquella donde el dolor baja más.",
        ),
        Item::LegNumbness => (
            "Entumecimiento (adormecimiento) u hormigueo en una pierna o un pie",
            "",
        ),
        Item::LegWeakness => (
            "Debilidad en una pierna o un pie",
            "Por ejemplo, se tropieza con su propio pie, o la rodilla le falla.",
        ),
        Item::WeaknessWorse => (
            "¿La debilidad está empeorando?",
            "",
        ),
        Item::BothLegs => (
            "¿Tiene estos síntomas en las dos piernas, y eso es nuevo o está empeorando?",
            "",
        ),
        Item::LegSpasms => (
            "Espasmos fuertes o rigidez en las piernas",
            "",
        ),
        Item::Unsteady => (
            "Inestabilidad nueva, o una pierna que no le obedece (no solo caminar despacio porque duele)",
            "",
        ),
        Item::Fever => (
            "Una temperatura de 38 °C (100.4 °F) o más, o escalofríos con temblores, desde que empezó el dolor",
            "",
        ),
        Item::Cancer => (
            "Cáncer ahora o en el pasado (sin contar un cáncer de piel que no fue melanoma)",
            "",
        ),
        Item::InjectsDrugs => (
            "Se inyecta drogas",
            "",
        ),
        Item::WeakImmunity => (
            "Medicamentos o una enfermedad que debilitan su sistema inmunológico, como la quimioterapia",
            "",
        ),
        Item::RecentInfection => (
            "En los últimos 3 meses: una infección tratada con antibióticos, una inyección u operación en la columna, o una herida en la espalda",
            "",
        ),
        Item::BigInjury => (
            "Una lesión grande reciente: un accidente de tránsito, una caída desde una altura, o un choque fuerte",
            "",
        ),
        Item::BellyOrUrine => (
            "Dolor en el abdomen o el costado con ardor o ganas de orinar seguido, o sangre en la orina",
            "",
        ),
        Item::Worsening => (
            "El dolor está empeorando con los días o las semanas",
            "",
        ),
        Item::NightPain => (
            "Dolor constante en reposo o de noche que no se alivia al cambiar de posición",
            "",
        ),
        Item::MorningStiffness => (
            "Rigidez por más de 30 minutos después de levantarse, que mejora al moverse",
            "",
        ),
        Item::SleepDisturbed => (
            "El dolor le despierta a menudo o no le deja dormir",
            "",
        ),
        Item::SmallInjury => (
            "Una lesión pequeña reciente: una caída estando de pie, o un tirón al levantar algo",
            "",
        ),
        Item::SteroidTablets => (
            "Pastillas de corticoides (esteroides), como la prednisona, tomadas durante meses (no cremas ni inhaladores)",
            "",
        ),
        Item::Osteoporosis => (
            "Un médico le ha dicho que tiene los huesos frágiles (osteoporosis)",
            "",
        ),
        Item::Pregnant => (
            "Está embarazada, o dio a luz en las últimas 6 semanas",
            "",
        ),
        Item::WeightLoss => (
            "Ha bajado de peso sin intentarlo",
            "",
        ),
    };
    QuestionWords { label, hint }
}

/// Una línea sencilla sobre cada tratamiento, para la lista de lo que ha probado.
fn option_line(option: OptionId) -> &'static str {
    match option {
        OptionId::ActivityAndSelfCare => "Seguir con su día normal, con descansos cortos",
        OptionId::HeatIce => "Una compresa caliente o fría en la espalda",
        OptionId::OtcPainRelief => "Como ibuprofeno o paracetamol, comprados sin receta",
        OptionId::PhysicalTherapy => "Ejercicios con un fisioterapeuta",
        OptionId::PrescriptionMedication => "Medicamentos para el dolor recetados por un médico",
        OptionId::Chiropractic => "Manipulación de la columna por un quiropráctico u osteópata",
        OptionId::Acupuncture => "Agujas muy finas colocadas en la piel",
        OptionId::Massage => "Trabajo con las manos sobre los músculos de la espalda",
        OptionId::YogaTaiChi => "Clases de estiramiento lento y equilibrio",
        OptionId::Mindfulness => "Respiración, meditación o relajación para aliviar el dolor",
        OptionId::EpiduralSteroidInjection => {
            "Una inyección cerca de los nervios para el dolor que baja por la pierna"
        }
        OptionId::SelectiveNerveRootBlock => {
            "Una inyección junto a un nervio donde sale de la columna"
        }
        OptionId::FacetJointBlock => "Una inyección en una pequeña articulación de la columna",
        OptionId::TriggerPointInjection => {
            "Una inyección en un nudo tenso de un músculo de la espalda"
        }
        OptionId::RadiofrequencyAblation => {
            "Calor con una aguja para calmar los nervios de una articulación"
        }
        OptionId::VertebroplastyKyphoplasty => "Cemento óseo en un hueso de la columna agrietado",
        OptionId::SpinalCordStimulation => {
            "Cables finos cerca de la médula espinal que calman las señales de dolor"
        }
        OptionId::TargetedDrugDelivery => {
            "Una pequeña bomba que lleva medicamento para el dolor cerca de la médula"
        }
        OptionId::InterspinousSpacer => {
            "Un pequeño separador entre huesos de la columna para liberar un nervio"
        }
        OptionId::PercutaneousDiscectomy => {
            "Parte de un disco abultado retirada a través de una aguja"
        }
        OptionId::SurgicalConsultation => "Una operación de la columna",
    }
}

/// El encabezado de un grupo de respuestas en el resumen impreso.
fn summary_group(group: AnswerGroup) -> &'static str {
    match group {
        AnswerGroup::WarningSigns => "Señales de alarma",
        AnswerGroup::AboutThePain => "Sobre el dolor",
        AnswerGroup::HealthAndRisks => "Salud y riesgos",
        AnswerGroup::Treatments => "Tratamientos probados y atención previa",
    }
}
