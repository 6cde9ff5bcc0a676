package org.blueledger.allegation.web;

import org.blueledger.allegation.service.AllegationDetails;
import org.blueledger.allegation.service.AllegationInput;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The editable copy of a case behind the intake and edit forms (never a managed entity). */
public class AllegationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One subject row of the form. */
    public static class SubjectRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String personnelCategory;
        private String nationality;
        private String sex = "MALE";
        private String rank;
        private String unit;
        private String name;
        private String serviceNumber;

        public Long getId() { return id; }
        public String getPersonnelCategory() { return personnelCategory; }
        public void setPersonnelCategory(String v) { personnelCategory = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getRank() { return rank; }
        public void setRank(String v) { rank = v; }
        public String getUnit() { return unit; }
        public void setUnit(String v) { unit = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getServiceNumber() { return serviceNumber; }
        public void setServiceNumber(String v) { serviceNumber = v; }
    }

    /** One victim row of the form. */
    public static class VictimRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String sex = "FEMALE";
        private String ageGroup;
        private String name;
        private String dateOfBirth;
        private String contact;

        public Long getId() { return id; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getAgeGroup() { return ageGroup; }
        public void setAgeGroup(String v) { ageGroup = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String v) { dateOfBirth = v; }
        public String getContact() { return contact; }
        public void setContact(String v) { contact = v; }
    }

    private String mission;
    // dates as typed (yyyy-MM-dd): the service names a malformed one together with the other errors
    private String receivedOn;
    private String incidentDate;
    private String kind = "SEA";
    private String seaType;
    private String seaSubtype;
    private String seriousness;
    private String thematicArea;
    private String source;
    private String summary;
    private String location;
    private final List<SubjectRow> subjects = new ArrayList<>();
    private final List<VictimRow> victims = new ArrayList<>();

    /** A form holding what the caller sees of the case (restricted identities stay empty and are resent as such). */
    static AllegationForm of(AllegationDetails d) {
        AllegationForm f = new AllegationForm();
        f.mission = d.mission();
        f.receivedOn = text(d.receivedOn());
        f.incidentDate = text(d.incidentDate());
        f.kind = d.kind().name();
        f.seaType = d.seaType() == null ? null : d.seaType().name();
        f.seaSubtype = d.seaSubtype() == null ? null : d.seaSubtype().name();
        f.seriousness = d.seriousness().name();
        f.thematicArea = d.thematicArea() == null ? null : d.thematicArea().name();
        f.source = d.source().name();
        f.summary = d.summary();
        f.location = d.location();
        for (AllegationDetails.SubjectView s : d.subjects()) {
            SubjectRow r = new SubjectRow();
            r.id = s.id();
            r.personnelCategory = s.personnelCategory().name();
            r.nationality = s.nationality();
            r.sex = s.sex().name();
            r.rank = s.rank();
            r.unit = s.unit();
            r.name = s.name();
            r.serviceNumber = s.serviceNumber();
            f.subjects.add(r);
        }
        for (AllegationDetails.VictimView v : d.victims()) {
            VictimRow r = new VictimRow();
            r.id = v.id();
            r.sex = v.sex().name();
            r.ageGroup = v.ageGroup().name();
            r.name = v.name();
            r.dateOfBirth = text(v.dateOfBirth());
            r.contact = v.contact();
            f.victims.add(r);
        }
        return f;
    }

    AllegationInput toInput() {
        return new AllegationInput(mission, receivedOn,
                incidentDate, kind, seaType, seaSubtype, seriousness,
                thematicArea, source, summary, location,
                subjects.stream().map(s -> new AllegationInput.SubjectInput(s.id, s.personnelCategory, s.nationality,
                        s.sex, s.rank, s.unit, s.name, s.serviceNumber)).toList(),
                victims.stream().map(v -> new AllegationInput.VictimInput(v.id, v.sex, v.ageGroup, v.name,
                        v.dateOfBirth, v.contact)).toList());
    }

    public String getMission() { return mission; }
    public void setMission(String v) { mission = v; }
    public String getReceivedOn() { return receivedOn; }
    public void setReceivedOn(String v) { receivedOn = v; }
    public String getIncidentDate() { return incidentDate; }
    public void setIncidentDate(String v) { incidentDate = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getSeaType() { return seaType; }
    public void setSeaType(String v) { seaType = v; }
    public String getSeaSubtype() { return seaSubtype; }
    public void setSeaSubtype(String v) { seaSubtype = v; }
    public String getSeriousness() { return seriousness; }
    public void setSeriousness(String v) { seriousness = v; }
    public String getThematicArea() { return thematicArea; }
    public void setThematicArea(String v) { thematicArea = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public String getSummary() { return summary; }
    public void setSummary(String v) { summary = v; }
    public String getLocation() { return location; }
    public void setLocation(String v) { location = v; }
    /** A new, empty subject row (the intake form and the correction add them by ajax). */
    public void addSubject() { subjects.add(new SubjectRow()); }
    public void removeSubject(SubjectRow row) { subjects.remove(row); }
    public void addVictim() { victims.add(new VictimRow()); }
    public void removeVictim(VictimRow row) { victims.remove(row); }
    public List<SubjectRow> getSubjects() { return subjects; }
    public List<VictimRow> getVictims() { return victims; }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
