// The voice formula of a mix, in the server's grammar (see VoiceSpec): names joined by '+', each with its
// weight in parentheses unless the weight is 1, e.g. af_bella(2)+af_sky.

/** A weight as the formula writes it: at most two decimals, no trailing zeros. */
export function formatWeight(weight) {
  return String(Number(Number(weight).toFixed(2)));
}

/** The formula of a mix: [{id, weight}] → "af_bella(2)+af_sky"; one voice is just its id. */
export function formulaOf(mix) {
  return mix
    .filter(entry => entry.weight > 0)
    .map(entry => (Number(formatWeight(entry.weight)) === 1 ? entry.id : `${entry.id}(${formatWeight(entry.weight)})`))
    .join('+');
}

/**
 * The mix a typed formula stands for, when it is a plain sum of voices with positive weights; null for
 * anything else (a subtraction, a typo), which the server then judges.
 */
export function parseFormula(text) {
  const terms = text.split('+').map(term => term.trim());
  const mix = [];
  for (const term of terms) {
    const match = /^([A-Za-z0-9_]+)\s*(?:\(\s*(\d+(?:\.\d+)?|\.\d+)\s*\))?$/.exec(term);
    if (!match) return null;
    const weight = match[2] === undefined ? 1 : Number(match[2]);
    if (!(weight > 0)) return null;
    mix.push({ id: match[1].toLowerCase(), weight });
  }
  return mix;
}
