package io.mentorbot.telegram.account;

import java.util.Map;

/**
 * Cities people name when asked for their time zone but whose names are not zone ids: the common ones in Ukrainian,
 * and in English those with no zone of their own.
 */
final class Cities {

    private static final String KYIV = "Europe/Kyiv";
    private static final String WARSAW = "Europe/Warsaw";
    private static final String NEW_YORK = "America/New_York";
    private static final String LOS_ANGELES = "America/Los_Angeles";

    /** City name to zone id. */
    static final Map<String, String> ZONES = Map.ofEntries(
            // Ukraine
            Map.entry("Київ", KYIV), Map.entry("Харків", KYIV), Map.entry("Львів", KYIV), Map.entry("Одеса", KYIV),
            Map.entry("Дніпро", KYIV), Map.entry("Запоріжжя", KYIV), Map.entry("Вінниця", KYIV),
            Map.entry("Івано-Франківськ", KYIV), Map.entry("Тернопіль", KYIV), Map.entry("Ужгород", KYIV),
            Map.entry("Чернівці", KYIV), Map.entry("Полтава", KYIV), Map.entry("Житомир", KYIV),
            Map.entry("Черкаси", KYIV), Map.entry("Суми", KYIV), Map.entry("Чернігів", KYIV),
            Map.entry("Миколаїв", KYIV), Map.entry("Херсон", KYIV), Map.entry("Рівне", KYIV), Map.entry("Луцьк", KYIV),
            Map.entry("Хмельницький", KYIV), Map.entry("Кропивницький", KYIV),
            Map.entry("Kharkiv", KYIV), Map.entry("Lviv", KYIV), Map.entry("Odesa", KYIV), Map.entry("Odessa", KYIV),
            Map.entry("Dnipro", KYIV), Map.entry("Zaporizhzhia", KYIV), Map.entry("Vinnytsia", KYIV),
            Map.entry("Ivano-Frankivsk", KYIV), Map.entry("Ternopil", KYIV), Map.entry("Chernivtsi", KYIV),
            Map.entry("Poltava", KYIV),
            // Europe
            Map.entry("Варшава", WARSAW), Map.entry("Краків", WARSAW), Map.entry("Вроцлав", WARSAW),
            Map.entry("Гданськ", WARSAW), Map.entry("Познань", WARSAW), Map.entry("Krakow", WARSAW),
            Map.entry("Kraków", WARSAW), Map.entry("Wroclaw", WARSAW), Map.entry("Wrocław", WARSAW),
            Map.entry("Gdansk", WARSAW), Map.entry("Poznan", WARSAW),
            Map.entry("Лондон", "Europe/London"), Map.entry("Дублін", "Europe/Dublin"),
            Map.entry("Берлін", "Europe/Berlin"), Map.entry("Мюнхен", "Europe/Berlin"), Map.entry("Munich", "Europe/Berlin"),
            Map.entry("Прага", "Europe/Prague"), Map.entry("Відень", "Europe/Vienna"), Map.entry("Париж", "Europe/Paris"),
            Map.entry("Рим", "Europe/Rome"), Map.entry("Мілан", "Europe/Rome"), Map.entry("Milan", "Europe/Rome"),
            Map.entry("Мадрид", "Europe/Madrid"), Map.entry("Барселона", "Europe/Madrid"),
            Map.entry("Barcelona", "Europe/Madrid"), Map.entry("Лісабон", "Europe/Lisbon"),
            Map.entry("Амстердам", "Europe/Amsterdam"), Map.entry("Брюссель", "Europe/Brussels"),
            Map.entry("Цюрих", "Europe/Zurich"), Map.entry("Стокгольм", "Europe/Stockholm"),
            Map.entry("Осло", "Europe/Oslo"), Map.entry("Копенгаген", "Europe/Copenhagen"),
            Map.entry("Гельсінкі", "Europe/Helsinki"), Map.entry("Таллінн", "Europe/Tallinn"),
            Map.entry("Рига", "Europe/Riga"), Map.entry("Вільнюс", "Europe/Vilnius"),
            Map.entry("Кишинів", "Europe/Chisinau"), Map.entry("Бухарест", "Europe/Bucharest"),
            Map.entry("Будапешт", "Europe/Budapest"), Map.entry("Братислава", "Europe/Bratislava"),
            Map.entry("Софія", "Europe/Sofia"), Map.entry("Афіни", "Europe/Athens"),
            Map.entry("Стамбул", "Europe/Istanbul"),
            // Asia and Oceania
            Map.entry("Тбілісі", "Asia/Tbilisi"), Map.entry("Єреван", "Asia/Yerevan"), Map.entry("Баку", "Asia/Baku"),
            Map.entry("Алмати", "Asia/Almaty"), Map.entry("Ташкент", "Asia/Tashkent"), Map.entry("Дубай", "Asia/Dubai"),
            Map.entry("Тель-Авів", "Asia/Jerusalem"), Map.entry("Tel Aviv", "Asia/Jerusalem"),
            Map.entry("Єрусалим", "Asia/Jerusalem"), Map.entry("Делі", "Asia/Kolkata"), Map.entry("Delhi", "Asia/Kolkata"),
            Map.entry("Mumbai", "Asia/Kolkata"), Map.entry("Бангкок", "Asia/Bangkok"),
            Map.entry("Сінгапур", "Asia/Singapore"), Map.entry("Токіо", "Asia/Tokyo"), Map.entry("Сеул", "Asia/Seoul"),
            Map.entry("Пекін", "Asia/Shanghai"), Map.entry("Beijing", "Asia/Shanghai"),
            Map.entry("Шанхай", "Asia/Shanghai"), Map.entry("Гонконг", "Asia/Hong_Kong"),
            Map.entry("Сідней", "Australia/Sydney"), Map.entry("Мельбурн", "Australia/Melbourne"),
            // The Americas
            Map.entry("Нью-Йорк", NEW_YORK), Map.entry("Вашингтон", NEW_YORK), Map.entry("Washington", NEW_YORK),
            Map.entry("Бостон", NEW_YORK), Map.entry("Boston", NEW_YORK), Map.entry("Маямі", NEW_YORK),
            Map.entry("Miami", NEW_YORK), Map.entry("Торонто", "America/Toronto"), Map.entry("Монреаль", "America/Toronto"),
            Map.entry("Montreal", "America/Toronto"), Map.entry("Чикаго", "America/Chicago"),
            Map.entry("Денвер", "America/Denver"), Map.entry("Лос-Анджелес", LOS_ANGELES),
            Map.entry("Сан-Франциско", LOS_ANGELES), Map.entry("San Francisco", LOS_ANGELES),
            Map.entry("Сіетл", LOS_ANGELES), Map.entry("Seattle", LOS_ANGELES), Map.entry("Ванкувер", "America/Vancouver"),
            Map.entry("Мехіко", "America/Mexico_City"), Map.entry("Сан-Паулу", "America/Sao_Paulo"),
            Map.entry("Буенос-Айрес", "America/Argentina/Buenos_Aires"));

    private Cities() {
    }
}
