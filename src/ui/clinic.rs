//! The clinic that embeds backstep: its name, its phone and its booking page, as text and
//! links only (settings are never rendered as HTML).

use yew::prelude::*;

use super::{use_clinic, use_words};

/// Shown on the start and result screens when a clinic has set any of its details.
#[function_component]
pub fn ClinicCard() -> Html {
    let words = use_words();
    let clinic = use_clinic();
    if clinic.clinic_name.is_none() && clinic.phone.is_none() && clinic.booking_url.is_none() {
        return html! {};
    }
    let tel = clinic.phone.as_deref().map(|phone| {
        phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect::<String>()
    });
    html! {
        <aside class="clinic" aria-label={clinic.clinic_name.clone().unwrap_or_else(|| words.clinic_call().to_string())}>
            if let Some(name) = &clinic.clinic_name {
                <p class="clinic-name">{ words.clinic_offered_by() }{ " " }<strong>{ name.clone() }</strong></p>
            }
            <p class="clinic-links">
                if let (Some(phone), Some(tel)) = (&clinic.phone, &tel) {
                    <a class="button" href={format!("tel:{tel}")}>{ words.clinic_call() }{ ": " }{ phone.clone() }</a>
                }
                if let Some(url) = &clinic.booking_url {
                    <a class="button" href={url.clone()} target="_blank" rel="noopener noreferrer">{ words.clinic_book() }</a>
                }
            </p>
        </aside>
    }
}
