package io.socialroi.imports.file;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The header of one format: the labels each column is known by (English and the translated UI labels, each with
 * its language) and the columns it cannot do without. Labels match case-insensitively, ignoring accents, spaces and
 * punctuation, with a trailing {@code (XXX)} ISO 4217 code taken as the column's currency (docs/imports.md).
 */
final class Layout {

    static final Locale ENGLISH = Locale.US;
    static final Locale GERMAN = Locale.GERMANY;
    static final Locale FRENCH = Locale.FRANCE;
    static final Locale SPANISH = new Locale("es", "ES");
    static final Locale PORTUGUESE = new Locale("pt", "BR");

    /** Upper case only: {@code Clicks (all)} is not Albanian lek. */
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("^(.*?)\\s*\\(([A-Z]{3})\\)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Set<String> ISO_CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    final ImportFormat format;
    final String title;
    private final Map<Field, String> labels = new EnumMap<>(Field.class);
    private final Map<String, Field> fieldByKey = new HashMap<>();
    private final Map<String, Set<Locale>> languagesByKey = new HashMap<>();
    private final List<List<Field>> required = new ArrayList<>();
    private List<Field> moneyFields = List.of();

    private Layout(ImportFormat format, String title) {
        this.format = format;
        this.title = title;
    }

    static Layout of(ImportFormat format, String title) {
        return new Layout(format, title);
    }

    /** A column, known by its documented label and the English aliases given. */
    Layout column(Field field, String label, String... aliases) {
        labels.put(field, label);
        alias(field, ENGLISH, label);
        for (String alias : aliases) {
            alias(field, ENGLISH, alias);
        }
        return this;
    }

    /** More labels of a column, in another language of the platform's UI. */
    Layout in(Locale language, Field field, String... aliases) {
        for (String alias : aliases) {
            alias(field, language, alias);
        }
        return this;
    }

    /** The header must have at least one of these columns. */
    Layout requireOneOf(Field... fields) {
        required.add(List.of(fields));
        return this;
    }

    /** The columns holding money, in the order a row takes them; their currency is the file's or the row's. */
    Layout money(Field... fields) {
        moneyFields = List.of(fields);
        return this;
    }

    static boolean isCurrencyCode(String code) {
        return ISO_CURRENCIES.contains(code);
    }

    private void alias(Field field, Locale language, String alias) {
        String key = matchKey(alias);
        Field before = fieldByKey.putIfAbsent(key, field);
        if (before != null && before != field) {
            throw new IllegalStateException(title + ": " + alias + " names two columns");
        }
        languagesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(language);
    }

    String label(Field field) {
        return labels.get(field);
    }

    /** The columns this layout cannot do without, as a reader would list them. */
    String requiredLabels() {
        return required.stream().map(this::oneOf).collect(Collectors.joining(", "));
    }

    private String oneOf(List<Field> group) {
        return group.stream().map(this::label).collect(Collectors.joining(" or "));
    }

    /** How the cells of one line match this layout's columns. */
    Header match(List<String> cells) {
        Map<Field, Integer> index = new EnumMap<>(Field.class);
        Map<Field, String> fileLabels = new EnumMap<>(Field.class);
        Map<Field, String> suffixCurrency = new EnumMap<>(Field.class);
        Map<Locale, Integer> votes = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).strip();
            String currency = null;
            Matcher suffix = CURRENCY_SUFFIX.matcher(cell);
            if (suffix.matches() && ISO_CURRENCIES.contains(suffix.group(2))) {
                currency = suffix.group(2);
                cell = suffix.group(1);
            }
            String key = matchKey(cell);
            Field field = fieldByKey.get(key);
            if (field == null || index.containsKey(field)) {
                continue;
            }
            index.put(field, i);
            fileLabels.put(field, cells.get(i).strip());
            if (currency != null) {
                suffixCurrency.put(field, currency);
            }
            for (Locale language : languagesByKey.get(key)) {
                votes.merge(language, 1, Integer::sum);
            }
        }
        List<String> missing = required.stream().filter(group -> group.stream().noneMatch(index::containsKey))
                .map(this::oneOf).toList();
        return new Header(this, index, fileLabels, suffixCurrency, languageOf(votes), missing);
    }

    /** The UI language most labels came from; English when no translated label decides. */
    private static Locale languageOf(Map<Locale, Integer> votes) {
        Locale best = ENGLISH;
        int bestVotes = 0;
        for (Map.Entry<Locale, Integer> vote : votes.entrySet()) {
            if (!vote.getKey().equals(ENGLISH) && vote.getValue() > bestVotes) {
                best = vote.getKey();
                bestVotes = vote.getValue();
            }
        }
        int englishVotes = votes.getOrDefault(ENGLISH, 0);
        return englishVotes >= bestVotes ? ENGLISH : best;
    }

    /**
     * Lower case without accents, keeping letters and digits only: {@code Amount spent}, {@code amount_spent} and
     * {@code AMOUNT-SPENT} are one column; so are {@code Día} and {@code Dia}. Curly apostrophes need no rule: no
     * punctuation is kept.
     */
    static String matchKey(String label) {
        String decomposed = Normalizer.normalize(label, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(plain.length());
        plain.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** The columns of one header line as this layout reads them. */
    record Header(Layout layout, Map<Field, Integer> index, Map<Field, String> fileLabels,
            Map<Field, String> suffixCurrency, Locale language, List<String> missing) {

        boolean complete() {
            return missing.isEmpty();
        }

        int matched() {
            return index.size();
        }

        /** The money column the header has, or null for a layout without money. */
        Field moneyField() {
            return layout.moneyFields.stream().filter(index::containsKey).findFirst().orElse(null);
        }

        boolean has(Field field) {
            return index.containsKey(field);
        }

        /** The column's label as the file writes it, or the documented one. */
        String label(Field field) {
            return fileLabels.getOrDefault(field, layout.label(field));
        }
    }
}
