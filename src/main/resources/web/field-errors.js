// Server errors shown where they belong: the OpenAI envelope's `param` names the request field at fault,
// and the message goes next to the form control for it, tied to it for screen readers.

/** The request fields the page sends, and the id of the control each comes from. */
const CONTROLS = {
  input: 'text',
  voice: 'voice',
  speed: 'speed',
  lang_code: 'lang-code',
  response_format: 'format',
  download_format: 'format',
  caption_format: 'caption-format',
  formula: 'voice',
  name: 'voice-id',
  voice_id: 'voice-id',
};

/** The control id for a field the server named, e.g. "normalization_options.url_normalization"; null if none. */
export function controlIdFor(param) {
  if (!param) return null;
  const normalization = /^normalization_options\.(\w+)$/.exec(param);
  if (normalization) return `norm-${normalization[1].replaceAll('_', '-')}`;
  return Object.hasOwn(CONTROLS, param) ? CONTROLS[param] : null;
}

function describedBy(control) {
  return (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Shows a message next to the control for `param`; returns the control, or null when the page has no control
 * for it (the caller shows the message in the general error area instead).
 */
export function showFieldError(param, message) {
  const id = controlIdFor(param);
  const control = id && document.getElementById(id);
  if (!control) return null;
  const errorId = `${id}-error`;
  let error = document.getElementById(errorId);
  if (!error) {
    error = document.createElement('p');
    error.id = errorId;
    error.className = 'field-error';
    (control.closest('.field, label') ?? control).after(error);
  }
  error.textContent = message;
  error.hidden = false;
  control.setAttribute('aria-invalid', 'true');
  if (!describedBy(control).includes(errorId)) {
    control.setAttribute('aria-describedby', [...describedBy(control), errorId].join(' '));
  }
  return control;
}

/** Takes every field error off the page. */
export function clearFieldErrors() {
  for (const control of document.querySelectorAll('[aria-invalid="true"]')) {
    const errorId = `${control.id}-error`;
    control.removeAttribute('aria-invalid');
    const rest = describedBy(control).filter(id => id !== errorId);
    if (rest.length) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
    document.getElementById(errorId)?.remove();
  }
}
