package dev.kokoro.text.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phone numbers read digit by digit in their written groups, with a pause between groups:
 * "(555) 123-4567" → "five five five, one two three, four five six seven";
 * "1-800-555-0199" → "one, eight zero zero, five five five, zero one nine nine"; "+44 20 7946 0958" →
 * "plus four four, two zero, seven nine four six, zero nine five eight".
 */
final class PhoneNumberRule implements NormalizationRule {
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}+-])(?:(\\+\\d{1,3}|1(?=[ .-]\\d{3}[ .-]))[ .-]?)?(?:\\((\\d{3})\\) ?|(\\d{3})[ .-])(\\d{3})[ .-](\\d{4})(?![\\p{N}-])");
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(\\+\\d{1,3})((?:[ .-]\\(?\\d{1,4}+\\)?){2,6}+)(?![\\p{N}])");

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().phoneNormalization()) return text;
        String out = Replacer.replace(text, NORTH_AMERICAN, m -> {
            List<String> groups = new ArrayList<>();
            if (m.group(1) != null) groups.add(m.group(1));
            groups.add(m.group(2) != null ? m.group(2) : m.group(3));
            groups.add(m.group(4));
            groups.add(m.group(5));
            return Replacer.spaced(text, m, say(groups, context), context);
        });
        return Replacer.replace(out, INTERNATIONAL, m -> {
            List<String> groups = new ArrayList<>();
            groups.add(m.group(1));
            for (String g : m.group(2).split("[ .-]")) {
                if (!g.isEmpty()) groups.add(g);
            }
            return Replacer.spaced(out, m, say(groups, context), context);
        });
    }

    private static String say(List<String> groups, RuleContext context) {
        List<String> spoken = new ArrayList<>();
        for (String g : groups) {
            String digits = context.numbers().digits(g);
            spoken.add(g.startsWith("+") ? context.join(context.words().phonePlus(), digits) : digits);
        }
        return String.join(", ", spoken);
    }
}
