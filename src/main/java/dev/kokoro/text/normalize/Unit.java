package dev.kokoro.text.normalize;

import dev.kokoro.text.Language;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit of measurement's spoken names in one language. Immutable.
 *
 * @param one      singular ("kilometer")
 * @param many     plural ("kilometers")
 * @param feminine whether the noun is feminine (Romance number agreement: "veintiuna horas")
 */
record Unit(String one, String many, boolean feminine) {

    /**
     * symbol | English | English plural | es | es pl. | fr | fr pl. | it | it pl. | pt | pt pl. | hi.
     * A leading * marks a feminine noun; "-" a unit the language does not get here.
     */
    private static final String TABLE = """
            km|kilometer|kilometers|kilómetro|kilómetros|kilomètre|kilomètres|chilometro|chilometri|quilômetro|quilômetros|किलोमीटर
            m|meter|meters|metro|metros|mètre|mètres|metro|metri|metro|metros|मीटर
            cm|centimeter|centimeters|centímetro|centímetros|centimètre|centimètres|centimetro|centimetri|centímetro|centímetros|सेंटीमीटर
            mm|millimeter|millimeters|milímetro|milímetros|millimètre|millimètres|millimetro|millimetri|milímetro|milímetros|मिलीमीटर
            km²|square kilometer|square kilometers|kilómetro cuadrado|kilómetros cuadrados|kilomètre carré|kilomètres carrés|chilometro quadrato|chilometri quadrati|quilômetro quadrado|quilômetros quadrados|वर्ग किलोमीटर
            m²|square meter|square meters|metro cuadrado|metros cuadrados|mètre carré|mètres carrés|metro quadrato|metri quadrati|metro quadrado|metros quadrados|वर्ग मीटर
            m³|cubic meter|cubic meters|metro cúbico|metros cúbicos|mètre cube|mètres cubes|metro cubo|metri cubi|metro cúbico|metros cúbicos|घन मीटर
            kg|kilogram|kilograms|kilogramo|kilogramos|kilogramme|kilogrammes|chilogrammo|chilogrammi|quilograma|quilogramas|किलोग्राम
            g|gram|grams|gramo|gramos|gramme|grammes|grammo|grammi|grama|gramas|ग्राम
            mg|milligram|milligrams|miligramo|miligramos|milligramme|milligrammes|milligrammo|milligrammi|miligrama|miligramas|मिलीग्राम
            lb|pound|pounds|*libra|libras|*livre|livres|*libbra|libbre|*libra|libras|पाउंड
            lbs|pound|pounds|*libra|libras|*livre|livres|*libbra|libbre|*libra|libras|पाउंड
            oz|ounce|ounces|*onza|onzas|*once|onces|*oncia|once|*onça|onças|औंस
            mi|mile|miles|*milla|millas|-|-|miglio|miglia|*milha|milhas|मील
            ft|foot|feet|pie|pies|pied|pieds|piede|piedi|pé|pés|फ़ुट
            yd|yard|yards|*yarda|yardas|yard|yards|*iarda|iarde|*jarda|jardas|गज़
            L|liter|liters|litro|litros|litre|litres|litro|litri|litro|litros|लीटर
            l|liter|liters|litro|litros|litre|litres|litro|litri|litro|litros|लीटर
            ml|milliliter|milliliters|mililitro|mililitros|millilitre|millilitres|millilitro|millilitri|mililitro|mililitros|मिलीलीटर
            mL|milliliter|milliliters|mililitro|mililitros|millilitre|millilitres|millilitro|millilitri|mililitro|mililitros|मिलीलीटर
            ms|millisecond|milliseconds|milisegundo|milisegundos|*milliseconde|millisecondes|millisecondo|millisecondi|milissegundo|milissegundos|मिलीसेकंड
            s|second|seconds|segundo|segundos|*seconde|secondes|secondo|secondi|segundo|segundos|सेकंड
            sec|second|seconds|segundo|segundos|*seconde|secondes|secondo|secondi|segundo|segundos|सेकंड
            min|minute|minutes|minuto|minutos|*minute|minutes|minuto|minuti|minuto|minutos|मिनट
            h|hour|hours|*hora|horas|*heure|heures|*ora|ore|*hora|horas|घंटे
            hr|hour|hours|*hora|horas|*heure|heures|*ora|ore|*hora|horas|घंटे
            hrs|hour|hours|*hora|horas|*heure|heures|*ora|ore|*hora|horas|घंटे
            km/h|kilometer per hour|kilometers per hour|kilómetro por hora|kilómetros por hora|kilomètre par heure|kilomètres par heure|chilometro orario|chilometri orari|quilômetro por hora|quilômetros por hora|किलोमीटर प्रति घंटा
            kph|kilometer per hour|kilometers per hour|kilómetro por hora|kilómetros por hora|kilomètre par heure|kilomètres par heure|chilometro orario|chilometri orari|quilômetro por hora|quilômetros por hora|किलोमीटर प्रति घंटा
            mph|mile per hour|miles per hour|*milla por hora|millas por hora|-|-|miglio orario|miglia orarie|*milha por hora|milhas por hora|मील प्रति घंटा
            m/s|meter per second|meters per second|metro por segundo|metros por segundo|mètre par seconde|mètres par seconde|metro al secondo|metri al secondo|metro por segundo|metros por segundo|मीटर प्रति सेकंड
            kB|kilobyte|kilobytes|kilobyte|kilobytes|kilooctet|kilooctets|kilobyte|kilobyte|kilobyte|kilobytes|किलोबाइट
            KB|kilobyte|kilobytes|kilobyte|kilobytes|kilooctet|kilooctets|kilobyte|kilobyte|kilobyte|kilobytes|किलोबाइट
            MB|megabyte|megabytes|megabyte|megabytes|mégaoctet|mégaoctets|megabyte|megabyte|megabyte|megabytes|मेगाबाइट
            GB|gigabyte|gigabytes|gigabyte|gigabytes|gigaoctet|gigaoctets|gigabyte|gigabyte|gigabyte|gigabytes|गीगाबाइट
            TB|terabyte|terabytes|terabyte|terabytes|téraoctet|téraoctets|terabyte|terabyte|terabyte|terabytes|टेराबाइट
            Ko|-|-|-|-|kilooctet|kilooctets|-|-|-|-|-
            Mo|-|-|-|-|mégaoctet|mégaoctets|-|-|-|-|-
            Go|-|-|-|-|gigaoctet|gigaoctets|-|-|-|-|-
            To|-|-|-|-|téraoctet|téraoctets|-|-|-|-|-
            Kb|kilobit|kilobits|kilobit|kilobits|kilobit|kilobits|kilobit|kilobit|kilobit|kilobits|किलोबिट
            Mb|megabit|megabits|megabit|megabits|mégabit|mégabits|megabit|megabit|megabit|megabits|मेगाबिट
            Gb|gigabit|gigabits|gigabit|gigabits|gigabit|gigabits|gigabit|gigabit|gigabit|gigabits|गीगाबिट
            kbps|kilobit per second|kilobits per second|kilobit por segundo|kilobits por segundo|kilobit par seconde|kilobits par seconde|kilobit al secondo|kilobit al secondo|kilobit por segundo|kilobits por segundo|किलोबिट प्रति सेकंड
            kb/s|kilobit per second|kilobits per second|kilobit por segundo|kilobits por segundo|kilobit par seconde|kilobits par seconde|kilobit al secondo|kilobit al secondo|kilobit por segundo|kilobits por segundo|किलोबिट प्रति सेकंड
            Mbps|megabit per second|megabits per second|megabit por segundo|megabits por segundo|mégabit par seconde|mégabits par seconde|megabit al secondo|megabit al secondo|megabit por segundo|megabits por segundo|मेगाबिट प्रति सेकंड
            Mb/s|megabit per second|megabits per second|megabit por segundo|megabits por segundo|mégabit par seconde|mégabits par seconde|megabit al secondo|megabit al secondo|megabit por segundo|megabits por segundo|मेगाबिट प्रति सेकंड
            Gbps|gigabit per second|gigabits per second|gigabit por segundo|gigabits por segundo|gigabit par seconde|gigabits par seconde|gigabit al secondo|gigabit al secondo|gigabit por segundo|gigabits por segundo|गीगाबिट प्रति सेकंड
            Gb/s|gigabit per second|gigabits per second|gigabit por segundo|gigabits por segundo|gigabit par seconde|gigabits par seconde|gigabit al secondo|gigabit al secondo|gigabit por segundo|gigabits por segundo|गीगाबिट प्रति सेकंड
            Hz|hertz|hertz|hercio|hercios|hertz|hertz|hertz|hertz|hertz|hertz|हर्ट्ज़
            kHz|kilohertz|kilohertz|kilohercio|kilohercios|kilohertz|kilohertz|kilohertz|kilohertz|quilohertz|quilohertz|किलोहर्ट्ज़
            MHz|megahertz|megahertz|megahercio|megahercios|mégahertz|mégahertz|megahertz|megahertz|mega-hertz|mega-hertz|मेगाहर्ट्ज़
            GHz|gigahertz|gigahertz|gigahercio|gigahercios|gigahertz|gigahertz|gigahertz|gigahertz|giga-hertz|giga-hertz|गीगाहर्ट्ज़
            W|watt|watts|vatio|vatios|watt|watts|watt|watt|watt|watts|वाट
            kW|kilowatt|kilowatts|kilovatio|kilovatios|kilowatt|kilowatts|chilowatt|chilowatt|quilowatt|quilowatts|किलोवाट
            MW|megawatt|megawatts|megavatio|megavatios|mégawatt|mégawatts|megawatt|megawatt|megawatt|megawatts|मेगावाट
            kWh|kilowatt-hour|kilowatt-hours|kilovatio hora|kilovatios hora|kilowattheure|kilowattheures|chilowattora|chilowattora|quilowatt-hora|quilowatts-hora|किलोवाट घंटा
            V|volt|volts|voltio|voltios|volt|volts|volt|volt|volt|volts|वोल्ट
            mV|millivolt|millivolts|milivoltio|milivoltios|millivolt|millivolts|millivolt|millivolt|milivolt|milivolts|मिलीवोल्ट
            kV|kilovolt|kilovolts|kilovoltio|kilovoltios|kilovolt|kilovolts|chilovolt|chilovolt|quilovolt|quilovolts|किलोवोल्ट
            tbsp|tablespoon|tablespoons|-|-|-|-|-|-|-|-|-
            tsp|teaspoon|teaspoons|-|-|-|-|-|-|-|-|-
            mAh|milliamp hour|milliamp hours|-|-|-|-|-|-|-|-|-
            px|pixel|pixels|píxel|píxeles|pixel|pixels|pixel|pixel|pixel|pixels|पिक्सेल
            dB|decibel|decibels|decibelio|decibelios|décibel|décibels|decibel|decibel|decibel|decibéis|डेसिबल
            cl|centiliter|centiliters|centilitro|centilitros|centilitre|centilitres|centilitro|centilitri|centilitro|centilitros|सेंटीलीटर
            dl|deciliter|deciliters|decilitro|decilitros|décilitre|décilitres|decilitro|decilitri|decilitro|decilitros|डेसीलीटर
            nm|nanometer|nanometers|nanómetro|nanómetros|nanomètre|nanomètres|nanometro|nanometri|nanômetro|nanômetros|नैनोमीटर
            µm|micrometer|micrometers|micrómetro|micrómetros|micromètre|micromètres|micrometro|micrometri|micrômetro|micrômetros|माइक्रोमीटर
            μm|micrometer|micrometers|micrómetro|micrómetros|micromètre|micromètres|micrometro|micrometri|micrômetro|micrômetros|माइक्रोमीटर
            µs|microsecond|microseconds|microsegundo|microsegundos|*microseconde|microsecondes|microsecondo|microsecondi|microssegundo|microssegundos|माइक्रोसेकंड
            μs|microsecond|microseconds|microsegundo|microsegundos|*microseconde|microsecondes|microsecondo|microsecondi|microssegundo|microssegundos|माइक्रोसेकंड
            ns|nanosecond|nanoseconds|nanosegundo|nanosegundos|*nanoseconde|nanosecondes|nanosecondo|nanosecondi|nanossegundo|nanossegundos|नैनोसेकंड
            kcal|kilocalorie|kilocalories|*kilocaloría|kilocalorías|*kilocalorie|kilocalories|*chilocaloria|chilocalorie|*quilocaloria|quilocalorias|किलोकैलोरी
            kPa|kilopascal|kilopascals|kilopascal|kilopascales|kilopascal|kilopascals|chilopascal|chilopascal|quilopascal|quilopascais|किलोपास्कल
            hPa|hectopascal|hectopascals|hectopascal|hectopascales|hectopascal|hectopascals|ettopascal|ettopascal|hectopascal|hectopascais|हेक्टोपास्कल
            mA|milliamp|milliamps|miliamperio|miliamperios|milliampère|milliampères|milliampere|milliampere|miliampere|miliamperes|मिलीएम्पियर
            kJ|kilojoule|kilojoules|kilojulio|kilojulios|kilojoule|kilojoules|chilojoule|chilojoule|quilojoule|quilojoules|किलोजूल
            Ω|ohm|ohms|ohmio|ohmios|ohm|ohms|ohm|ohm|ohm|ohms|ओम
            kΩ|kilohm|kilohms|kiloohmio|kiloohmios|kiloohm|kiloohms|chiloohm|chiloohm|quilo-ohm|quilo-ohms|किलोओम
            mi/h|mile per hour|miles per hour|*milla por hora|millas por hora|-|-|miglio orario|miglia orarie|*milha por hora|milhas por hora|मील प्रति घंटा
            ft/s|foot per second|feet per second|pie por segundo|pies por segundo|pied par seconde|pieds par seconde|piede al secondo|piedi al secondo|pé por segundo|pés por segundo|फ़ुट प्रति सेकंड
            PB|petabyte|petabytes|petabyte|petabytes|pétaoctet|pétaoctets|petabyte|petabyte|petabyte|petabytes|पेटाबाइट
            Tbps|terabit per second|terabits per second|terabit por segundo|terabits por segundo|térabit par seconde|térabits par seconde|terabit al secondo|terabit al secondo|terabit por segundo|terabits por segundo|टेराबिट प्रति सेकंड
            rpm|revolution per minute|revolutions per minute|-|-|-|-|-|-|-|-|-
            """;

    /** Degrees are always read: the sign is a symbol, not an abbreviation. */
    private static final String DEGREES = """
            °C|degree Celsius|degrees Celsius|grado Celsius|grados Celsius|degré Celsius|degrés Celsius|grado Celsius|gradi Celsius|grau Celsius|graus Celsius|डिग्री सेल्सियस
            °F|degree Fahrenheit|degrees Fahrenheit|grado Fahrenheit|grados Fahrenheit|degré Fahrenheit|degrés Fahrenheit|grado Fahrenheit|gradi Fahrenheit|grau Fahrenheit|graus Fahrenheit|डिग्री फ़ारेनहाइट
            °|degree|degrees|grado|grados|degré|degrés|grado|gradi|grau|graus|डिग्री
            """;

    /**
     * symbol | Mandarin name. Chinese nouns have no plural; the Japanese G2P reads units itself, from the
     * dictionary's readings.
     */
    private static final String CHINESE = """
            km|公里
            m|米
            cm|厘米
            mm|毫米
            km²|平方公里
            m²|平方米
            m³|立方米
            kg|公斤
            g|克
            mg|毫克
            lb|磅
            lbs|磅
            oz|盎司
            mi|英里
            ft|英尺
            L|升
            l|升
            ml|毫升
            mL|毫升
            ms|毫秒
            s|秒
            min|分钟
            h|小时
            km/h|公里每小时
            kph|公里每小时
            mph|英里每小时
            m/s|米每秒
            KB|千字节
            kB|千字节
            MB|兆字节
            GB|吉字节
            TB|太字节
            Hz|赫兹
            kHz|千赫
            MHz|兆赫
            GHz|吉赫
            W|瓦
            kW|千瓦
            kWh|千瓦时
            V|伏
            mAh|毫安时
            dB|分贝
            kcal|千卡
            """;

    private static final String CHINESE_DEGREES = """
            °C|摄氏度
            °F|华氏度
            °|度
            """;

    /** The units of measurement a language reads, by symbol. */
    static Map<String, Unit> measures(Language language) {
        return language == Language.MANDARIN_CHINESE ? parseChinese(CHINESE) : parse(TABLE, language);
    }

    /** The degree units, by symbol. */
    static Map<String, Unit> degrees(Language language) {
        return language == Language.MANDARIN_CHINESE ? parseChinese(CHINESE_DEGREES) : parse(DEGREES, language);
    }

    private static Map<String, Unit> parseChinese(String table) {
        Map<String, Unit> units = new HashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            units.put(f[0], new Unit(f[1], f[1], false));
        }
        return Map.copyOf(units);
    }

    private static Map<String, Unit> parse(String table, Language language) {
        int column = switch (language) {
            case AMERICAN_ENGLISH, BRITISH_ENGLISH -> 1;
            case SPANISH -> 3;
            case FRENCH -> 5;
            case ITALIAN -> 7;
            case BRAZILIAN_PORTUGUESE -> 9;
            case HINDI -> 11;
            case JAPANESE, MANDARIN_CHINESE -> -1; // Chinese has its own table; Japanese reads units in its G2P

        };
        Map<String, Unit> units = new HashMap<>();
        if (column < 0) return units;
        for (String line : table.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            String one = f[column];
            if (one.equals("-")) continue;
            String many = column == 11 ? one : f[column + 1];
            boolean feminine = one.startsWith("*");
            if (feminine) one = one.substring(1);
            if (language == Language.BRITISH_ENGLISH) {
                one = british(one);
                many = british(many);
            }
            units.put(f[0], new Unit(one, many, feminine));
        }
        return Map.copyOf(units);
    }

    private static String british(String american) {
        return american.replace("meter", "metre").replace("liter", "litre");
    }
}
