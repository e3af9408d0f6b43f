package dev.kokoro.text.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers read digit by digit in their written groups, with a pause between groups:
 * "(555) 123-4567" → "five five five, one two three, four five six seven";
 * "1-800-555-0199" → "one, eight hundred, five five five, zero one nine nine" (a round area code is
 * said as a hundred); "+44 20 7946 0958" → "plus four four, two zero, seven nine four six, zero
 * nine five eight"; a British number written from its leading 0, "020 7946 0958", likewise. The
 * emergency numbers are said digit by digit: "call 911" → "call nine one one" (but "Porsche 911"
 * is left to the model-number rule).
 */
final class PhoneNumberRule implements NormalizationRule {
    private static final Pattern NORTH_AMERICAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}+-])(?:(\\+\\d{1,3}|1(?=[ .-]\\d{3}[ .-]))[ .-]?)?(?:\\((\\d{3})\\) ?|(\\d{3})[ .-])(\\d{3})[ .-](\\d{4})(?![\\p{N}-])");
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])(\\+\\d{1,3})((?:[ .-]\\(?\\d{1,4}+\\)?){2,6}+)(?![\\p{N}])");
    /** A national number from its trunk 0 in groups of three to six digits: "020 7946 0958", "07700 900123". */
    private static final Pattern TRUNK = Pattern.compile(
            "(?<![\\p{L}\\p{N}+.,-])(0\\d{2,4}+)((?: \\d{3,6}+){1,2}+)(?![\\p{N}]|[.,-]\\d)");
    private static final Pattern EMERGENCY = Pattern.compile("(?<![\\p{L}\\p{N}.,/$£€#-])(?<number>911|999|112)(?![\\p{N}]|[.,/:-]\\d)");
    /** Words before a number that make it one to dial: "call 999", "dial 112". */
    private static final Set<String> DIAL_WORDS = Set.of("call", "dial", "dialed", "dialled", "dialing", "dialling",
            "called", "calling", "ring", "rang", "phone", "phoned", "text", "texted");
    private static final int LONGEST_DIAL_WORD = 8;

    @Override
    public String apply(String text, RuleContext context) {
        if (!context.options().phoneNormalization()) return text;
        String out = Replacer.replace(text, NORTH_AMERICAN, m -> {
            List<String> spoken = new ArrayList<>();
            if (m.group(1) != null) spoken.add(group(m.group(1), context));
            String area = m.group(2) != null ? m.group(2) : m.group(3);
            spoken.add(area.endsWith("00") ? context.join(context.numbers().cardinal(area.substring(0, 1)),
                    hundred(context)) : group(area, context));
            spoken.add(group(m.group(4), context));
            spoken.add(group(m.group(5), context));
            return Replacer.spaced(text, m, String.join(", ", spoken), context);
        });
        String international = out;
        out = Replacer.replace(international, INTERNATIONAL, m -> {
            List<String> groups = new ArrayList<>();
            groups.add(m.group(1));
            for (String g : m.group(2).split("[ .-]")) {
                if (!g.isEmpty()) groups.add(g);
            }
            return Replacer.spaced(international, m, say(groups, context), context);
        });
        String trunk = out;
        out = Replacer.replace(trunk, TRUNK, m -> {
            List<String> groups = new ArrayList<>();
            groups.add(m.group(1));
            groups.addAll(List.of(m.group(2).strip().split(" ")));
            int digits = groups.stream().mapToInt(String::length).sum();
            return digits == 10 || digits == 11 ? Replacer.spaced(trunk, m, say(groups, context), context) : null;
        });
        String emergency = out;
        return Replacer.replace(emergency, EMERGENCY, m -> {
            String before = Replacer.wordBefore(emergency, m.start(), LONGEST_DIAL_WORD);
            boolean dialled = DIAL_WORDS.contains(before.toLowerCase(Locale.ROOT));
            // "911" on its own is the emergency number; after a name ("Porsche 911", "Flight 911") it is not.
            boolean usEmergency = m.group("number").equals("911")
                    && (before.isEmpty() || Character.isLowerCase(before.charAt(0)));
            return dialled || usEmergency ? Replacer.spaced(emergency, m, group(m.group(), context), context) : null;
        });
    }

    private static String say(List<String> groups, RuleContext context) {
        List<String> spoken = new ArrayList<>();
        for (String g : groups) spoken.add(group(g, context));
        return String.join(", ", spoken);
    }

    private static String group(String g, RuleContext context) {
        String digits = context.numbers().digits(g);
        return g.startsWith("+") ? context.join(context.words().phonePlus(), digits) : digits;
    }

    /** "hundred" in the language, for a round area code such as 800. */
    private static String hundred(RuleContext context) {
        return switch (context.language()) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> "hundred";
            default -> context.numbers().cardinal(100);
        };
    }
}
