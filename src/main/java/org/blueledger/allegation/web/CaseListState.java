package org.blueledger.allegation.web;

import org.blueledger.allegation.domain.AllegationStatus;
import org.blueledger.allegation.domain.MisconductKind;
import org.blueledger.allegation.service.AllegationCriteria;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the case list shows, as it travels in the address (view parameters of allegation/list.xhtml):
 * filters, free text, sort and page. Sort fields come from the {@link Column} whitelist; anything
 * else in the address falls back to the default (newest received first).
 */
public class CaseListState implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ROWS = 25;

    /** The sortable columns: the name in the address and the table's {@code field}, and the query's sort. */
    enum Column {
        receivedOn(AllegationCriteria.Sort.RECEIVED_ON), reference(AllegationCriteria.Sort.REFERENCE),
        mission(AllegationCriteria.Sort.MISSION), status(AllegationCriteria.Sort.STATUS);

        final AllegationCriteria.Sort sort;

        Column(AllegationCriteria.Sort sort) {
            this.sort = sort;
        }

        static Column of(String name) {
            for (Column c : values()) {
                if (c.name().equals(name)) {
                    return c;
                }
            }
            return receivedOn;
        }
    }

    String q;
    String mission;
    AllegationStatus status;
    MisconductKind kind;
    LocalDate receivedFrom;
    LocalDate receivedTo;
    String sort;
    String order;
    Integer page;

    Column column() {
        return Column.of(sort);
    }

    /** Ascending only when asked for; the default sort is newest first. */
    boolean ascending() {
        return sort != null && column().name().equals(sort) ? "asc".equals(order) : false;
    }

    /** The page's index, from 0 ({@code page} in the address counts from 1). */
    int pageIndex() {
        return page == null || page < 1 ? 0 : Math.min(page - 1, Integer.MAX_VALUE / ROWS - 1);
    }

    AllegationCriteria criteria() {
        return new AllegationCriteria(mission, status, kind, receivedFrom, receivedTo, null, column().sort, ascending(),
                pageIndex(), ROWS, q == null || q.isBlank() ? null : q.strip());
    }

    /** The query string of this state, only the parameters that differ from the defaults. */
    /** The list's address in this state, under the application's context path. */
    String address(String contextPath) {
        String query = queryString();
        return contextPath + "/allegation/list.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    String queryString() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q == null || q.isBlank() ? null : q.strip());
        put(p, "mission", mission);
        put(p, "status", status == null ? null : status.name());
        put(p, "kind", kind == null ? null : kind.name());
        put(p, "receivedFrom", receivedFrom == null ? null : receivedFrom.toString());
        put(p, "receivedTo", receivedTo == null ? null : receivedTo.toString());
        boolean defaultSort = column() == Column.receivedOn && !ascending();
        put(p, "sort", defaultSort ? null : column().name());
        put(p, "order", defaultSort ? null : ascending() ? "asc" : "desc");
        put(p, "page", pageIndex() == 0 ? null : Integer.toString(pageIndex() + 1));
        return p.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null && !value.isEmpty()) {
            p.put(name, value);
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission == null || mission.isBlank() ? null : mission;
    }

    public AllegationStatus getStatus() {
        return status;
    }

    public void setStatus(AllegationStatus status) {
        this.status = status;
    }

    public MisconductKind getKind() {
        return kind;
    }

    public void setKind(MisconductKind kind) {
        this.kind = kind;
    }

    public LocalDate getReceivedFrom() {
        return receivedFrom;
    }

    public void setReceivedFrom(LocalDate receivedFrom) {
        this.receivedFrom = receivedFrom;
    }

    public LocalDate getReceivedTo() {
        return receivedTo;
    }

    public void setReceivedTo(LocalDate receivedTo) {
        this.receivedTo = receivedTo;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
