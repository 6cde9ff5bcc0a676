package org.blueledger.statistics.web;

import java.io.Serializable;
import java.time.LocalDate;

/** The filters of the statistics page, as typed (the service validates them). */
public class StatisticsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String year;
    private String quarter;
    private String mission;
    private String personnelCategory;
    private String nationality;
    private String asOf;
    private boolean publicView;

    /** Starts on the last complete quarter before {@code today}. */
    public StatisticsForm(LocalDate today) {
        LocalDate lastQuarter = today.minusMonths(3);
        year = Integer.toString(lastQuarter.getYear());
        quarter = Integer.toString((lastQuarter.getMonthValue() - 1) / 3 + 1);
    }

    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public String getQuarter() { return quarter; }
    public void setQuarter(String v) { quarter = v; }
    public String getMission() { return mission; }
    public void setMission(String v) { mission = v; }
    public String getPersonnelCategory() { return personnelCategory; }
    public void setPersonnelCategory(String v) { personnelCategory = v; }
    public String getNationality() { return nationality; }
    public void setNationality(String v) { nationality = v; }
    public String getAsOf() { return asOf; }
    public void setAsOf(String v) { asOf = v; }
    public boolean isPublicView() { return publicView; }
    public void setPublicView(boolean v) { publicView = v; }
}
