package org.blueledger.statistics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Chart.js configurations (the JSON {@code p:chart} takes in PrimeFaces 15) for the statistics
 * page. Suppressed cells of the public variant are plotted as gaps (null), never as a number.
 */
final class StatisticsCharts {

    static final List<String> COLOURS = List.of("#1f5fa8", "#d9822b", "#2e8540", "#8e44ad", "#c0392b", "#16a085",
            "#7f8c8d", "#b7950b", "#34495e");

    private StatisticsCharts() {
    }

    /** A bar chart of one breakdown. */
    static String bar(String title, Map<String, Object> cells, UnaryOperator<String> label) {
        return single("bar", title, cells, label, Json.createObjectBuilder().add("backgroundColor", COLOURS.get(0)));
    }

    /** One bar stacked by the cells of a breakdown (the status of the quarter's allegations). */
    static String stacked(String title, Map<String, Object> cells, UnaryOperator<String> label) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, Object> e : cells.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            add(data, e.getValue());
            datasets.add(Json.createObjectBuilder().add("label", label.apply(e.getKey())).add("data", data)
                    .add("backgroundColor", COLOURS.get(i++ % COLOURS.size())));
        }
        return config("bar", title, Json.createArrayBuilder().add(title), datasets, true);
    }

    /** A line over time (quarters or years). */
    static String line(String title, Map<String, Object> cells, UnaryOperator<String> label) {
        return single("line", title, cells, label,
                Json.createObjectBuilder().add("borderColor", COLOURS.get(0)).add("tension", 0));
    }

    /** One data set over the cells of a breakdown, drawn in {@code style}. */
    private static String single(String type, String title, Map<String, Object> cells, UnaryOperator<String> label,
                                 JsonObjectBuilder style) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        cells.forEach((k, v) -> {
            labels.add(label.apply(k));
            add(data, v);
        });
        return config(type, title, labels, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("label", title).add("data", data).addAll(style)), false);
    }

    private static void add(JsonArrayBuilder data, Object v) {
        if (v instanceof Number n) {
            data.add(n.longValue());
        } else {
            data.addNull();
        }
    }

    private static String config(String type, String title, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                 boolean stacked) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("display", stacked)));
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder x = Json.createObjectBuilder();
        if (stacked) {
            x.add("stacked", true);
            y.add("stacked", true);
            options.add("indexAxis", "y");
            options.add("scales", Json.createObjectBuilder().add("x", y).add("y", x));
        } else {
            options.add("scales", Json.createObjectBuilder().add("x", x).add("y", y));
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}
