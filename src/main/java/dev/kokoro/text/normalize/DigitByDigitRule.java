package dev.kokoro.text.normalize;

import java.util.regex.Pattern;

/**
 * Numbers that are codes, not amounts, read digit by digit after the word that names them: "My PIN
 * is 1234" → "My PIN is one two three four", "code: 4711", "OTP 908172", "zip code 90210",
 * "mi código es 1234", "ma senha é 4321".
 */
final class DigitByDigitRule implements NormalizationRule {
    /** "PIN" and "ZIP" only in capitals: "pin 300 photos" and "zip 100 files" are verbs. */
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}])(?<cue>(?:(?:PIN|ZIP)(?: code| number)?|(?i:passcode"
            + "|pass code|security code|verification code|confirmation code|access code|OTP|zip code|postcode"
            + "|account number|card number|serial number|código|contraseña|senha|codice|code))"
            + "(?: is| was| number| número| numéro| numero| est| era| es| é| è|:| #)?+ ?)(?<digits>\\d{3,12}+)(?![\\p{N}]|[.,]\\d)");

    @Override
    public String apply(String text, RuleContext context) {
        return Replacer.replace(text, CODE, m -> {
            String cue = m.group("cue");
            String separator = cue.endsWith(" ") ? "" : context.words().separator();
            return cue + separator + Replacer.spaced(text, m, context.numbers().digits(m.group("digits")), context);
        });
    }
}
