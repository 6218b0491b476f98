// The clinic configurator (configure.html): a field for each widget setting, checked as the
// widget checks it, a live preview of the widget and of the iframe form, and the snippet of
// each to copy.
//
// The checks are the widget's own: the wasm's check_clinic_settings (src/lib.rs) runs
// clinic::ClinicSettings::read and the browser's colour check, so a value refused here is
// refused there, with the same reason, and nothing is re-implemented in JavaScript. The
// snippets and the previews carry only the values the widget would use. Nothing typed here
// leaves the page: no request is made with it (the iframe preview is embed.html of this same
// folder, which the service worker serves offline), and nothing is stored.
//
// The build (scripts/configure.mjs) copies this file to dist/configure.js and fills in the
// start module's hashed name.
import { start } from '__BACKSTEP_START__';

/** The settings, in the order of the form and of clinic::SETTINGS. */
const SETTINGS = ['lang', 'clinic-name', 'phone', 'emergency-number', 'booking-url', 'accent', 'services'];

/** The fallback inside <backstep-checker>, in the widget's language: what a person sees
 *  until the checker starts, or instead of it if widget.js cannot load. */
const FALLBACK = {
  en: (number, phone) => `If your back pain comes with numbness between your legs or around your bottom, new trouble passing or holding urine or stool, weakness or numbness in both legs, a sudden severe tearing pain in your back or belly, or follows a serious injury, call ${number} now.${phone ? ` Otherwise, call us on ${phone}.` : ''}`,
  es: (number, phone) => `Si su dolor de espalda viene con adormecimiento entre las piernas o alrededor de las nalgas, problemas nuevos para orinar o evacuar o para aguantarlos, debilidad o adormecimiento en ambas piernas, un dolor fuerte y repentino, como un desgarro, en la espalda o el vientre, o si empezó después de una lesión grave, llame ahora al ${number}.${phone ? ` Si no, llámenos al ${phone}.` : ''}`,
};

const form = document.getElementById('settings');
const widget = document.getElementById('preview-widget');
const frame = document.getElementById('preview-frame');
const widgetSnippet = document.getElementById('snippet-widget');
const frameSnippet = document.getElementById('snippet-iframe');
const contrast = document.getElementById('contrast');
const swatch = document.getElementById('accent-swatch');

/** Where this build is served: the snippets load widget.js and embed.html from here. */
const BASE = new URL('./', window.location.href).href;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** What the form holds, as the iframe form's query: empty fields left out. */
function query() {
  const params = new URLSearchParams();
  for (const name of SETTINGS) {
    if (name === 'services') {
      const ids = [...form.querySelectorAll('input[name="services"]:checked')].map((box) => box.value);
      if (ids.length) params.set(name, ids.join(' '));
      continue;
    }
    const value = form.elements[name].value;
    if (value.trim() !== '') params.set(name, value);
  }
  return params;
}

/** Shows each refused value's reason beside its field, and marks the field invalid. */
function showWarnings(warnings) {
  for (const name of SETTINGS) {
    const problem = document.getElementById(`problem-${name}`);
    const rules = warnings.filter((w) => w.setting === name).map((w) => w.rule);
    problem.textContent = rules.length ? `Refused: the ${name} setting ${rules.join('; ')}` : '';
    problem.hidden = rules.length === 0;
    const field = name === 'services' ? null : form.elements[name];
    if (rules.length) field?.setAttribute('aria-invalid', 'true');
    else field?.removeAttribute('aria-invalid');
  }
}

/** The accent's contrast against white, as the widget measures it, with its colour. */
function showContrast(ratio, accent, given) {
  swatch.style.removeProperty('background-color');
  if (!given) {
    contrast.textContent = 'No accent: the widget uses its own colour (7.3:1 against white).';
  } else if (ratio === undefined) {
    contrast.textContent = 'Not a colour the widget can read, so no contrast to measure.';
  } else {
    const enough = ratio >= 4.5;
    contrast.textContent = `Contrast against white: ${ratio.toFixed(2)}:1, ${enough ? 'enough (at least 4.5:1 is needed)' : 'too low (at least 4.5:1 is needed)'}.`;
    // The CSSOM, not a style attribute: the page's strict CSP allows it.
    if (accent) swatch.style.setProperty('background-color', accent);
  }
  swatch.hidden = !swatch.style.getPropertyValue('background-color');
}

/** The widget's snippet: the script, and the element with the accepted settings and a
 *  fallback in its language. */
function widgetCode(accepted) {
  const attributes = SETTINGS.filter((name) => accepted[name] !== undefined)
    .map((name) => `${name}="${escape(accepted[name])}"`);
  const number = accepted['emergency-number'] ?? '911';
  const phone = accepted.phone;
  const tel = (text) => `<a href="tel:${escape(text.replace(/[^\d+]/g, ''))}">${escape(text)}</a>`;
  const fallback = (FALLBACK[accepted.lang] ?? FALLBACK.en)(tel(number), phone ? tel(phone) : '');
  return `<script type="module" src="${escape(new URL('widget.js', BASE).href)}"></script>
<backstep-checker${attributes.length ? ` ${attributes.join(' ')}` : ''}>
  <!-- Fallback: shown until the checker starts, and instead of it if widget.js cannot load. -->
  <p>${fallback}</p>
</backstep-checker>`;
}

/** The iframe form's snippet, and its address. */
function frameAddress(accepted) {
  const params = new URLSearchParams();
  for (const name of SETTINGS) if (accepted[name] !== undefined) params.set(name, accepted[name]);
  const search = params.toString().replaceAll('+', '%20');
  return new URL(`embed.html${search ? `?${search}` : ''}`, BASE).href;
}

const frameCode = (address) => `<iframe src="${escape(address)}"
  title="Back pain check" width="100%" height="900" loading="lazy"></iframe>`;

/** The widget preview takes exactly the accepted settings, as a host page's element would. */
function previewWidget(accepted) {
  for (const name of SETTINGS) {
    if (accepted[name] === undefined) widget.removeAttribute(name);
    else if (widget.getAttribute(name) !== accepted[name]) widget.setAttribute(name, accepted[name]);
  }
}

let frameTimer;
/** The iframe preview reloads a moment after the last change, not at every key. */
function previewFrame(address) {
  clearTimeout(frameTimer);
  frameTimer = setTimeout(() => {
    if (frame.src !== address) frame.src = address;
  }, 400);
}

/** Checks what the form holds and brings everything else up to date with it. */
async function update() {
  const params = query();
  const result = await start('check_clinic_settings', params.toString());
  showWarnings(result.warnings);
  showContrast(result.contrast, result.accepted.accent, params.has('accent'));
  previewWidget(result.accepted);
  const address = frameAddress(result.accepted);
  previewFrame(address);
  widgetSnippet.value = widgetCode(result.accepted);
  frameSnippet.value = frameCode(address);
  document.body.dataset.checked = params.toString();
}

/** One box per ladder option the services setting takes, from the wasm's own list. */
function serviceBoxes(options) {
  const list = document.getElementById('services-list');
  for (const [id, name] of options) {
    const item = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'services';
    box.value = id;
    box.id = `service-${id}`;
    const label = document.createElement('label');
    label.htmlFor = box.id;
    label.textContent = `${name} `;
    const code = document.createElement('code');
    code.textContent = id;
    label.append(code);
    item.append(box, label);
    list.append(item);
  }
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    const status = document.getElementById(`${button.dataset.copy}-status`);
    try {
      await navigator.clipboard.writeText(source.value);
      status.textContent = 'Copied.';
    } catch {
      source.select();
      status.textContent = 'Selected: press Ctrl+C (or ⌘+C) to copy.';
    }
  });
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('input', () => update().catch(failed));

function failed(error) {
  document.getElementById('load-failed').hidden = false;
  console.error('backstep configurator:', error);
}

try {
  serviceBoxes((await start('check_clinic_settings', '')).services);
  await update();
  document.body.dataset.ready = '';
} catch (error) {
  failed(error);
}

// Offline next time, as the app is: the same worker and scope as the start page's.
navigator.serviceWorker?.register('./sw.js').catch(() => {});
